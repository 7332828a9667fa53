// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentattachment.h"

SegmentAttachment::SegmentAttachment(QSharedMemory &memory, QSharedMemory::AccessMode mode)
    : m_memory(memory)
    , m_attached(memory.attach(mode))
{ }

SegmentAttachment::~SegmentAttachment()
{
    if (m_attached)
        m_memory.detach();
}
