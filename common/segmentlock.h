// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTLOCK_H
#define SEGMENTLOCK_H

#include <QtGlobal>

class QSharedMemory;

// Holds the segment's lock for its lifetime, so no return path can leave it locked.
// lock() blocks with no timeout while another process holds it: never construct one on a
// GUI thread.
class SegmentLock
{
    Q_DISABLE_COPY_MOVE(SegmentLock)
public:
    explicit SegmentLock(QSharedMemory &memory);
    ~SegmentLock();

    bool isLocked() const { return m_locked; }

    // For leaving the process while a blocked call is abandoned (BlockingCall::exitProcess):
    // from now on every SegmentLock of the process refuses (isLocked() false), and this waits up
    // to waitMs for those that hold the lock now, so that no write is cut off half-way. Returns
    // whether one held it when called.
    static bool closeForExit(int waitMs);

private:
    QSharedMemory &m_memory;
    bool m_locked;
};

#endif // SEGMENTLOCK_H
