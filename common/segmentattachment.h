// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTATTACHMENT_H
#define SEGMENTATTACHMENT_H

#include <QSharedMemory>

// Attaches for its lifetime and detaches on every return path. Qt's attach() and detach() take
// the segment's lock internally, so this too must stay off the GUI thread.
class SegmentAttachment
{
    Q_DISABLE_COPY_MOVE(SegmentAttachment)
public:
    explicit SegmentAttachment(QSharedMemory &memory,
                               QSharedMemory::AccessMode mode = QSharedMemory::ReadWrite);
    ~SegmentAttachment();

    bool isAttached() const { return m_attached; }

private:
    QSharedMemory &m_memory;
    bool m_attached;
};

#endif // SEGMENTATTACHMENT_H
