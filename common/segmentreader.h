// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTREADER_H
#define SEGMENTREADER_H

#include "segmentsnapshot.h"

#include <QSharedMemory>

// The viewer's side: creates (or joins) the segment and reads it. Not thread-safe; every call may
// block on the segment's lock, so it lives on a worker thread.
class SegmentReader
{
    Q_DISABLE_COPY_MOVE(SegmentReader)
public:
    explicit SegmentReader(const QString &key);
    ~SegmentReader(); // detaches: the last process to detach removes segment, semaphore and key
                      // file

    // Attaches when the segment exists (another viewer, or a segment left by one that crashed),
    // else creates it with requestedSize. size() then tells the size actually attached.
    bool open(qsizetype requestedSize);
    void close();

    bool isOpen() const { return m_memory.isAttached(); }
    bool created() const { return m_created; }
    qsizetype size() const { return m_memory.size(); }
    QString errorString() const { return m_errorString; }

    enum class PollStatus { Unchanged, Changed, LockFailed };
    // Locks, and decodes only when the content changed since the last Changed poll (the header's
    // generation, or a hash of raw text). Copies the text while still holding the lock, so a
    // snapshot is never torn.
    PollStatus poll(SegmentSnapshot *snapshot);

private:
    QString m_key;
    QSharedMemory m_memory;
    bool m_created = false;
    bool m_hasFingerprint = false;
    quint64 m_fingerprint = 0;
    QString m_errorString;
};

#endif // SEGMENTREADER_H
