// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentlock.h"

#include <QDeadlineTimer>
#include <QSharedMemory>
#include <QThread>

#include <atomic>

// Locks held in this process, and whether it is on its way out. Sequentially consistent on both
// sides: either closeForExit() sees a lock that was taken, or the new holder sees it closing.
static std::atomic<int> s_held{0};
static std::atomic<bool> s_closing{false};

// [walkthrough: lock]
SegmentLock::SegmentLock(QSharedMemory &memory)
    : m_memory(memory)
    , m_locked(memory.lock())
{
    if (!m_locked)
        return;
    ++s_held;
    if (s_closing.load()) {
        --s_held;
        memory.unlock();
        m_locked = false;
    }
}

SegmentLock::~SegmentLock()
{
    if (m_locked) {
        m_memory.unlock();
        --s_held;
    }
}
// [/walkthrough: lock]

bool SegmentLock::closeForExit(int waitMs)
{
    s_closing.store(true);
    const bool held = s_held.load() > 0;
    // A holder copies at most the segment, in milliseconds: a short, bounded wait.
    const QDeadlineTimer deadline(waitMs);
    while (s_held.load() > 0 && !deadline.hasExpired())
        QThread::msleep(1);
    return held;
}
