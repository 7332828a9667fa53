// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentreader.h"

#include "segmenterror.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "segmentreaper.h"
#include "shmkey.h"
#include "wakeword.h"

#include <QThread>

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
    // [walkthrough: attach]
    // attach() first: Qt's create() opens the lock's semaphore in Create mode, which sets it
    // back to 1 even when the segment exists, so a viewer joining while another process holds
    // the lock would break the lock for everyone. create() only runs when there is no segment,
    // and then nobody can hold its lock. Another viewer may create or remove the segment between
    // the two calls: try again a few times rather than report a race as an error.
    bool attached = false;
    for (int attempt = 0; attempt < 3 && !attached; ++attempt) {
        if (m_memory.attach()) {
            attached = true;
            break;
        }
        if (m_memory.error() != QSharedMemory::NotFound) {
            m_errorString = SegmentError::describe(m_memory, SegmentError::Action::Attach);
            return false;
        }
        // System V zero-fills a new segment: it reads as Empty.
        if (m_memory.create(requestedSize)) {
            attached = true;
            break;
        }
        if (m_memory.error() != QSharedMemory::AlreadyExists) {
            m_errorString = SegmentError::describe(m_memory, SegmentError::Action::Create);
            return false;
        }
    }
    // [/walkthrough: attach]
    if (!attached) {
        m_errorString = SegmentError::describe(m_memory, SegmentError::Action::Create);
        return false;
    }
    if (m_memory.size() >= SegmentLayout::HeaderSize) {
        const std::lock_guard<std::mutex> guard(m_wakeMutex);
        m_wake = std::make_shared<WakeWord>(m_memory.data());
        if (m_interrupted)
            m_wake->interrupt(); // nobody waits yet: this only sets the flag
    }
    return true;
}

// [walkthrough: last-one-out]
void SegmentReader::close()
{
    {
        // Before detaching: interruptWait() must not touch the word once it is unmapped.
        const std::lock_guard<std::mutex> guard(m_wakeMutex);
        m_wake.reset();
    }
    if (m_memory.isAttached()) {
        m_memory.detach();
        // Qt removes the semaphore only in the process that created it.
        SegmentReaper::removeIfUnused(m_key);
    }
    m_hasFingerprint = false;
}
// [/walkthrough: last-one-out]

SegmentReader::PollStatus SegmentReader::poll(SegmentSnapshot *snapshot)
{
    if (!m_memory.isAttached()) {
        m_errorString = tr("Not attached to shared memory");
        return PollStatus::LockFailed;
    }
    // [walkthrough: copy]
    SegmentLayout::Copy copy;
    {
        SegmentLock lock(m_memory);
        if (!lock.isLocked()) {
            m_errorString = SegmentError::describe(m_memory, SegmentError::Action::Lock);
            return PollStatus::LockFailed;
        }
        const QByteArrayView segment(static_cast<const char *>(m_memory.constData()),
                                     m_memory.size());
        const quint64 fingerprint = SegmentLayout::fingerprint(segment);
        if (m_hasFingerprint && fingerprint == m_fingerprint)
            return PollStatus::Unchanged;
        copy = SegmentLayout::copyOut(segment);
        m_fingerprint = fingerprint;
        m_hasFingerprint = true;
    }
    *snapshot = SegmentLayout::decode(std::move(copy));
    return PollStatus::Changed;
    // [/walkthrough: copy]
}

quint32 SegmentReader::wakeValue() const
{
    const std::lock_guard<std::mutex> guard(m_wakeMutex);
    return m_wake ? m_wake->load() : 0;
}

void SegmentReader::waitForWrite(quint32 seen, int timeoutMs)
{
    WakeWord *wake;
    {
        const std::lock_guard<std::mutex> guard(m_wakeMutex);
        if (m_interrupted)
            return;
        wake = m_wake.get();
    }
    // Only this thread resets m_wake (close()), so it stays valid while waiting unlocked.
    if (wake) {
        wake->wait(seen, timeoutMs);
        return;
    }
    // A segment too small for the header has no wake word: poll only, in slices so that
    // interruptWait() is still heard soon.
    for (int slept = 0; slept < timeoutMs; slept += 10) {
        {
            const std::lock_guard<std::mutex> guard(m_wakeMutex);
            if (m_interrupted)
                return;
        }
        QThread::msleep(ulong(qMin(10, timeoutMs - slept)));
    }
}

void SegmentReader::interruptWait()
{
    std::shared_ptr<WakeWord> wake;
    {
        const std::lock_guard<std::mutex> guard(m_wakeMutex);
        m_interrupted = true;
        wake = m_wake;
    }
    // Not under the mutex: interrupt() wakes until the waiter has left its wait. Should close()
    // detach meanwhile, a wake of the unmapped word fails harmlessly (EFAULT).
    if (wake)
        wake->interrupt();
}
