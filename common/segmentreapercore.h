// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTREAPERCORE_H
#define SEGMENTREAPERCORE_H

#include <ctime>
#include <sys/types.h>

// The Qt-free part of SegmentReaper: plain C++ and system calls only, so that the shm-reaper
// helper (reaper/main.cpp) is built from it without Qt, and so that a forked child of a process
// with threads may run it (async-signal-safe calls only: no malloc, no locks, no exceptions).
namespace SegmentReaperCore {

enum class Result {
    Removed, // nobody was attached: segment, semaphore and key files are gone
    InUse, // processes are attached: nothing was touched
    Absent, // there is no segment for this key (a semaphore or key files left without one are
            // removed too)
    Failed // it could not be removed (permission, or the lock stayed taken)
};

// One segment as a reaper knows it: the ids, captured while the segment was in use, and the
// keys and key files they were found through. The ids are what counts; a key file is only
// unlinked while it still names the captured key.
struct Target
{
    int segment = -1; // shmid
    int semaphore = -1; // semid of the lock, -1 when there was none
    key_t segmentKey = -1;
    key_t semaphoreKey = -1;
    const char *segmentFile = nullptr;
    const char *semaphoreFile = nullptr;
};

// Qt's System V key for a key file: ftok(path, 'Q'), spelled out with lstat() (async-signal-
// safe, and a symlink is never followed). -1 when the file does not exist.
key_t keyOf(const char *path);

// One look through the key files, for a process that knows the key but not the ids: removes the
// segment the files name, with its semaphore and key files, when no process is attached.
Result removeByPaths(const char *segmentFile, const char *semaphoreFile, int lockWaitSeconds);

// One look at target by its ids: when no process is attached, removes the segment and what
// belongs to it only (the semaphore unless a segment now uses it through its key file, the key
// files that still name the captured keys). When the segment is already gone, removes the rest,
// except key files and a lock made or changed after `since` (0: no such check): a viewer started
// since made them anew, and ext4 may give a new key file the old one's inode, so its key.
Result removeById(const Target &target, int lockWaitSeconds, time_t since = 0);

// The reaper: drops the caller's session, descriptors and signal dispositions, makes sure it is
// the only reaper of target.segment, then looks every 100 ms until the segment is gone, whoever
// removes it. Never returns.
[[noreturn]] void reap(const Target &target);

} // namespace SegmentReaperCore

#endif // SEGMENTREAPERCORE_H
