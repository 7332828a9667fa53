// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentreader.h"

#include "segmentcreator.h"
#include "segmenterror.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "segmentreaper.h"
#include "segmenttrust.h"
#include "shmconstants.h"
#include "shmkey.h"
#include "wakeword.h"

#include <QThread>

#include <sys/ipc.h>
#include <sys/sem.h>

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
    // Never QSharedMemory::create() (see SegmentCreator): what is missing is made first, then
    // attach() joins it, whoever made it. The last process of another viewer may remove the
    // segment between the two: try again a few times rather than report a race as an error.
    bool attached = false;
    for (int attempt = 0; attempt < 3 && !attached; ++attempt) {
        // Checked before attaching too: refused, another user's segment is left untouched (a
        // detach as its last user would remove it, and root may).
        QString problem = SegmentCreator::createIfAbsent(m_key, requestedSize);
        if (problem.isEmpty())
            problem = SegmentTrust::problem(m_key);
        if (!problem.isEmpty()) {
            m_errorString = problem;
            return false;
        }
        attached = m_memory.attach();
        if (!attached && m_memory.error() != QSharedMemory::NotFound)
            break;
    }
    if (!attached) {
        m_errorString = SegmentError::describe(m_memory, SegmentError::Action::Attach);
        return false;
    }
    // [/walkthrough: attach]
    // Before a byte is read: only the user's own segment, and never a huge one.
    m_errorString = SegmentTrust::problem(m_key);
    if (m_errorString.isEmpty() && m_memory.size() > ShmConstants::MaxSegmentSize)
        m_errorString = tooLarge(m_memory.size());
    if (!m_errorString.isEmpty()) {
        m_memory.detach();
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

QString SegmentReader::tooLarge(qsizetype size)
{
    //: %1 and %2 are numbers of bytes
    return tr("The existing segment has %1 bytes, more than the %2 any program of this suite "
              "uses; refusing to read it (shm-viewer --cleanup removes it when unused)")
            .arg(QString::number(size), QString::number(ShmConstants::MaxSegmentSize));
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

// [walkthrough: copy]
SegmentReader::PollStatus SegmentReader::poll(SegmentSnapshot *snapshot)
{
    if (!m_memory.isAttached()) {
        m_errorString = tr("Not attached to shared memory");
        return PollStatus::LockFailed;
    }
    const QByteArrayView segment(static_cast<const char *>(m_memory.constData()), m_memory.size());
    // Without the lock while the segment holds our header: writers never wait for a reader, and
    // a writer stopped half-way never blocks one (a running reader keeps what it showed). A copy
    // that a write began or ended during is taken again; a few times, then under the lock.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const std::optional<quint64> sequence = SegmentLayout::sequence(segment);
        if (!sequence)
            break; // no header of ours: only the lock keeps a copy whole
        if (SegmentLayout::isWriting(*sequence))
            return pollUnfinished(segment, *sequence, snapshot);
        const quint64 fingerprint = SegmentLayout::fingerprint(segment);
        if (!SegmentLayout::sequenceIs(segment, *sequence))
            continue;
        if (m_hasFingerprint && fingerprint == m_fingerprint)
            return PollStatus::Unchanged;
        std::optional<SegmentLayout::Copy> copy
                = SegmentLayout::copyIfUnchanged(segment, *sequence);
        if (!copy)
            continue;
        m_fingerprint = fingerprint;
        m_hasFingerprint = true;
        *snapshot = SegmentLayout::decode(std::move(*copy));
        return PollStatus::Changed;
    }
    return pollLocked(snapshot);
}
// [/walkthrough: copy]

// [walkthrough: interrupted]
// A write began and has not ended. While its writer holds the lock it is under way: its ring
// (or the next poll) brings it. With the lock free and the sequence unchanged, the writer ended
// half-way (killed: the lock's SEM_UNDO freed it): say so, once, and never show its bytes.
SegmentReader::PollStatus SegmentReader::pollUnfinished(QByteArrayView segment, quint64 sequence,
                                                        SegmentSnapshot *snapshot)
{
    if (!lockIsFree() || !SegmentLayout::sequenceIs(segment, sequence))
        return PollStatus::Unchanged;
    const quint64 fingerprint = ~sequence;
    if (m_hasFingerprint && fingerprint == m_fingerprint)
        return PollStatus::Unchanged;
    m_fingerprint = fingerprint;
    m_hasFingerprint = true;
    *snapshot = SegmentSnapshot();
    snapshot->state = SegmentSnapshot::State::Interrupted;
    snapshot->segmentSize = segment.size();
    snapshot->problem = QStringLiteral("the last write did not finish: its writer ended half-way");
    return PollStatus::Changed;
}
// [/walkthrough: interrupted]

bool SegmentReader::lockIsFree() const
{
    const int key = ShmKey::systemVKey(ShmKey::semaphoreKeyFilePath(m_key));
    const int semaphore = key == -1 ? -1 : ::semget(key, 1, 0);
    return semaphore != -1 && ::semctl(semaphore, 0, GETVAL) > 0;
}

// Segments without our header (a classic loader's text, Qt's example's image) are written under
// the lock and nothing else: copied under it too.
SegmentReader::PollStatus SegmentReader::pollLocked(SegmentSnapshot *snapshot)
{
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
