// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentlock.h"

#include <QSharedMemory>

SegmentLock::SegmentLock(QSharedMemory &memory)
    : m_memory(memory)
    , m_locked(memory.lock())
{ }

SegmentLock::~SegmentLock()
{
    if (m_locked)
        m_memory.unlock();
}
