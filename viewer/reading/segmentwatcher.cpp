// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentwatcher.h"

#include "blockingcall.h"
#include "segmentreaper.h"
#include "shmconstants.h"
#include "viewerlog.h"

SegmentWatcher::SegmentWatcher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TextSnapshot>();
    // Reading an atomic: cheap enough to do often, and it never repaints by itself.
    m_lockCheck.setInterval(100);
    connect(&m_lockCheck, &QTimer::timeout, this, &SegmentWatcher::checkLockWait);
}

SegmentWatcher::~SegmentWatcher()
{
    stop();
}

void SegmentWatcher::start()
{
    if (m_call)
        return;
    m_worker = std::make_shared<SegmentWorker>(m_config);
    SegmentWorker *worker = m_worker.get();
    // The worker emits from its own thread: every connection here is queued.
    connect(worker, &SegmentWorker::opened, this, &SegmentWatcher::opened);
    connect(worker, &SegmentWorker::openFailed, this, &SegmentWatcher::openFailed);
    connect(worker, &SegmentWorker::contentAvailable, this, &SegmentWatcher::deliverContent);
    connect(worker, &SegmentWorker::pollError, this, &SegmentWatcher::pollError);
    connect(worker, &SegmentWorker::keyFilesRenewed, this, &SegmentWatcher::keyFilesRenewed);
    // The call shares the worker, so an abandoned one keeps it alive for as long as it runs.
    m_call = new BlockingCall([worker = m_worker] { worker->run(); }, this);
    m_lockCheck.start();
}

bool SegmentWatcher::stop(int waitMs)
{
    if (!m_call)
        return true;
    m_lockCheck.stop();
    m_worker->stop();
    // [walkthrough: abandon]
    const bool finished = m_call->wait(QDeadlineTimer(waitMs));
    if (!finished) {
        // Blocked in lock() with no timeout: nothing can interrupt it. The call runs on alone
        // and never reaches this object again; the segment stays while it is attached.
        disconnect(m_worker.get(), nullptr, this, nullptr);
        // A log line, for developers and bug reports: never translated.
        qCWarning(lcViewer,
                  "The worker is still waiting for the segment lock after %d ms; leaving it "
                  "behind. The segment is removed once no process uses it any more.",
                  waitMs);
        // By the ids the worker attached to: its key files may be gone.
        SegmentReaper::startIfInUse(m_config.key, m_worker->ids());
    }
    // [/walkthrough: abandon]
    delete m_call;
    m_call = nullptr;
    m_worker.reset();
    if (m_waitingForLock) {
        m_waitingForLock = false;
        m_lockWaitMs = 0;
        emit lockWaitChanged();
    }
    return finished;
}

void SegmentWatcher::deliverContent()
{
    if (!m_worker)
        return;
    if (std::optional<TextSnapshot> content = m_worker->takeContent())
        emit contentChanged(*content);
}

void SegmentWatcher::checkLockWait()
{
    const qint64 since = m_worker ? m_worker->busySince() : 0;
    const qint64 waited = since ? SegmentWorker::steadyNowMs() - since : 0;
    const bool waiting = waited >= ShmConstants::LockWaitNoticeMs;
    const qint64 seconds = waiting ? waited / 1000 : 0;
    const bool changed = waiting != m_waitingForLock || seconds != m_lockWaitMs / 1000;
    m_waitingForLock = waiting;
    m_lockWaitMs = waiting ? waited : 0;
    if (changed)
        emit lockWaitChanged();
}
