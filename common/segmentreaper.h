// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTREAPER_H
#define SEGMENTREAPER_H

#include "segmentreapercore.h"

#include <QString>

// Removing a segment once nobody uses it. Qt removes a segment in the detach() that leaves it
// with no process attached. A process that leaves any other way does not: one SIGKILLed, or a
// viewer that quits while a stopped process holds the lock (its worker stays blocked in lock()),
// or a lock holder killed after every viewer has gone. Then whoever is attached last may die
// without detaching, and the segment, its semaphore and both key files stay for good.
//
// So a viewer that leaves while other processes are still attached starts a reaper: the small
// shm-reaper helper (no Qt, a session of its own, one per segment) that looks every 100 ms and,
// as soon as no process is attached, takes the lock and removes segment, semaphore and key
// files. It works from the segment's and semaphore's ids, captured while the viewer was attached,
// and ends as soon as the segment is gone, whoever removed it. Only a viewer SIGKILLed as the
// last user leaves the segment behind; the next viewer joins it.
namespace SegmentReaper {

using Result = SegmentReaperCore::Result;

// The System V objects a key's files name at one moment.
struct Ids
{
    int segment = -1;
    int semaphore = -1;
    int segmentKey = -1;
    int semaphoreKey = -1;
    bool isValid() const { return segment != -1; }
    bool operator==(const Ids &other) const
    {
        return segment == other.segment && semaphore == other.semaphore
                && segmentKey == other.segmentKey && semaphoreKey == other.semaphoreKey;
    }
};

// What the key files of key name now (ftok() and shmget()/semget() without creating anything).
// A process attached to the segment calls this right after attaching, to keep the ids for the
// time the files may be gone.
Ids idsOf(const QString &key);

// Removes the segment of key with its semaphore and key files when no process is attached,
// holding the lock while it checks, so nobody attaches in between. Qt removes a semaphore only
// in the process that created it, so this is also what the last process to detach from a
// segment it did not create calls after detach(). Never waits longer than a second for the lock.
Result removeIfUnused(const QString &key);
// The same for the segment ids names, wherever the key files point now (a segment whose key
// files were deleted). Key files are removed only while they still name ids' keys.
Result removeIfUnused(const QString &key, const Ids &ids);

// When the segment of key (or the one ids names) still has processes attached, starts a reaper
// for it and returns true. Safe to call from a process with threads.
bool startIfInUse(const QString &key);
bool startIfInUse(const QString &key, const Ids &ids);

// The shm-reaper helper: next to the running program first (a build's bin/), then the installed
// libexec directory. Empty when there is none; startIfInUse() then forks instead (and says so).
QString helperPath();

} // namespace SegmentReaper

#endif // SEGMENTREAPER_H
