// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTREADER_H
#define SEGMENTREADER_H

#include "segmentsnapshot.h"

#include <QCoreApplication>
#include <QSharedMemory>

#include <memory>
#include <mutex>

class WakeWord;

// The viewer's side: creates (or joins) the segment, reads it, and waits for the next write. Not
// thread-safe, except interruptWait(); every other call may block on the segment's lock, so it
// lives on a worker thread.
class SegmentReader
{
    Q_DISABLE_COPY_MOVE(SegmentReader)
    Q_DECLARE_TR_FUNCTIONS(SegmentReader)
public:
    explicit SegmentReader(const QString &key);
    ~SegmentReader(); // close()

    // Attaches when the segment exists (another viewer, or a segment left by one that crashed),
    // else creates it with requestedSize (SegmentCreator). size() then tells the size actually
    // attached. Refuses (errorString()) what is not the user's own (SegmentTrust) and a segment
    // larger than ShmConstants::MaxSegmentSize.
    bool open(qsizetype requestedSize);
    // Detaches: the last process to detach removes segment, semaphore and key files.
    void close();

    bool isOpen() const { return m_memory.isAttached(); }
    qsizetype size() const { return m_memory.size(); }
    QString errorString() const { return m_errorString; }

    enum class PollStatus { Unchanged, Changed, LockFailed };
    // When the content changed since the last Changed poll (a hash of our header, or of raw
    // text) copies out what decoding needs, then decodes the copy. Our header's segment is copied
    // without the lock, between two reads of its write sequence (SegmentLayout::copyIfUnchanged());
    // any other under the lock. A snapshot is never torn; a write its writer never finished
    // gives one Interrupted snapshot, never its bytes.
    PollStatus poll(SegmentSnapshot *snapshot);

    // The wake word's value; read it before poll() and pass it to waitForWrite().
    quint32 wakeValue() const;
    // Sleeps until a writer rings after `seen`, interruptWait(), or timeoutMs.
    void waitForWrite(quint32 seen, int timeoutMs);
    // From any thread: ends the current and every later waitForWrite() at once.
    void interruptWait();

private:
    static QString tooLarge(qsizetype size);
    PollStatus pollUnfinished(QByteArrayView segment, quint64 sequence, SegmentSnapshot *snapshot);
    PollStatus pollLocked(SegmentSnapshot *snapshot);
    bool lockIsFree() const;

    QString m_key;
    QSharedMemory m_memory;
    bool m_hasFingerprint = false;
    quint64 m_fingerprint = 0;
    QString m_errorString;
    // Set while attached; interruptWait() may come from another thread at any moment.
    mutable std::mutex m_wakeMutex;
    std::shared_ptr<WakeWord> m_wake;
    bool m_interrupted = false;
};

#endif // SEGMENTREADER_H
