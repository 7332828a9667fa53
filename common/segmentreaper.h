// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTREAPER_H
#define SEGMENTREAPER_H

#include <QString>

// Removing a segment once nobody uses it. Qt removes a segment in the detach() that leaves it
// with no process attached. A process that leaves any other way does not: one SIGKILLed, or a
// viewer that quits while a stopped process holds the lock (its worker stays blocked in lock()),
// or a lock holder killed after every viewer has gone. Then whoever is attached last may die
// without detaching, and the segment, its semaphore and both key files stay for good.
//
// So a viewer that leaves while other processes are still attached starts a reaper: a small
// process of its own (forked, no exec, no Qt) that looks every 100 ms and, as soon as no process
// is attached, takes the lock and removes segment, semaphore and key files. It ends as soon as
// the segment is gone, whoever removed it. Only a viewer SIGKILLed as the last user leaves the
// segment behind; the next viewer joins it.
namespace SegmentReaper {

enum class Result {
    Removed, // nobody was attached: segment, semaphore and key files are gone
    InUse, // processes are attached: nothing was touched
    Absent, // there is no segment for this key (a semaphore or key files left without one are
            // removed too)
    Failed // it could not be removed (permission, or the lock stayed taken)
};

// Removes the segment of key with its semaphore and key files when no process is attached,
// holding the lock while it checks, so nobody attaches in between. Qt removes a semaphore only
// in the process that created it, so this is also what the last process to detach from a
// segment it did not create calls after detach(). Never waits longer than a second for the lock.
Result removeIfUnused(const QString &key);

// When the segment of key still has processes attached, starts a reaper for it and returns true.
// Safe to call from a process with threads (the reaper uses system calls only).
bool startIfInUse(const QString &key);

} // namespace SegmentReaper

#endif // SEGMENTREAPER_H
