// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentreader.h"

#include "segmenterror.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "shmkey.h"

SegmentReader::SegmentReader(const QString &key)
    : m_key(key)
{
    ShmKey::apply(m_memory, key);
}

SegmentReader::~SegmentReader()
{
    close();
}

bool SegmentReader::open(qsizetype requestedSize)
{
    close();
    // attach() first: Qt's create() opens the lock's semaphore in Create mode, which sets it
    // back to 1 even when the segment exists, so a viewer joining while another process holds
    // the lock would break the lock for everyone. create() only runs when there is no segment,
    // and then nobody can hold its lock. Another viewer may create or remove the segment between
    // the two calls: try again a few times rather than report a race as an error.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (m_memory.attach())
            return true;
        if (m_memory.error() != QSharedMemory::NotFound) {
            m_errorString = SegmentError::describe(m_memory, QStringLiteral("attach to"));
            return false;
        }
        if (m_memory.create(requestedSize)) {
            m_created = true; // System V zero-fills a new segment: it reads as Empty
            return true;
        }
        if (m_memory.error() != QSharedMemory::AlreadyExists) {
            m_errorString = SegmentError::describe(m_memory, QStringLiteral("create"));
            return false;
        }
    }
    m_errorString = SegmentError::describe(m_memory, QStringLiteral("create"));
    return false;
}

void SegmentReader::close()
{
    if (m_memory.isAttached()) {
        m_memory.detach();
        ShmKey::removeLockIfOrphaned(m_key);
    }
    m_created = false;
    m_hasFingerprint = false;
}

SegmentReader::PollStatus SegmentReader::poll(SegmentSnapshot *snapshot)
{
    if (!m_memory.isAttached()) {
        m_errorString = QStringLiteral("Not attached to shared memory");
        return PollStatus::LockFailed;
    }
    SegmentLock lock(m_memory);
    if (!lock.isLocked()) {
        m_errorString = SegmentError::describe(m_memory, QStringLiteral("lock"));
        return PollStatus::LockFailed;
    }
    const QByteArrayView segment(static_cast<const char *>(m_memory.constData()), m_memory.size());
    const quint64 fingerprint = SegmentLayout::fingerprint(segment);
    if (m_hasFingerprint && fingerprint == m_fingerprint)
        return PollStatus::Unchanged;
    *snapshot = SegmentLayout::decode(segment);
    m_fingerprint = fingerprint;
    m_hasFingerprint = true;
    return PollStatus::Changed;
}
