// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentwatcher.h"

#include "viewerlog.h"

#include <QPointer>
#include <QThread>

// Workers stop() gave up on, kept here so they stay referenced for the rest of the process.
static QList<QPointer<QThread>> &abandonedThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

SegmentWatcher::SegmentWatcher(QObject *parent)
    : QObject(parent)
    , m_busySince(std::make_shared<std::atomic<qint64>>(0))
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
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("segment worker"));
    m_worker = new SegmentWorker(m_config, m_busySince);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SegmentWorker::start);
    connect(m_worker, &SegmentWorker::opened, this, &SegmentWatcher::opened);
    connect(m_worker, &SegmentWorker::openFailed, this, &SegmentWatcher::openFailed);
    connect(m_worker, &SegmentWorker::contentChanged, this, &SegmentWatcher::contentChanged);
    connect(m_worker, &SegmentWorker::pollError, this, &SegmentWatcher::pollError);
    m_thread->start();
    m_lockCheck.start();
}

bool SegmentWatcher::stop(int waitMs)
{
    if (!m_thread)
        return true;
    m_lockCheck.stop();
    QMetaObject::invokeMethod(m_worker, &SegmentWorker::shutdown, Qt::QueuedConnection);
    const bool finished = m_thread->wait(QDeadlineTimer(waitMs));
    if (finished) {
        delete m_worker;
        delete m_thread;
    } else {
        // Blocked in lock() with no timeout: nothing can interrupt it, and destroying a running
        // QThread aborts. Leave it; it never touches this object again. Should the holder ever
        // continue, the queued shutdown() detaches and the thread cleans up after itself.
        disconnect(m_worker, nullptr, this, nullptr);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        abandonedThreads().append(m_thread); // reachable on purpose: not a leak for LSan
        qCWarning(lcViewer,
                  "The worker thread is still waiting for the segment lock after %d ms; leaving "
                  "it behind. The segment stays for the next viewer, which attaches to it.",
                  waitMs);
    }
    m_worker = nullptr;
    m_thread = nullptr;
    if (m_waitingForLock) {
        m_waitingForLock = false;
        m_lockWaitMs = 0;
        emit lockWaitChanged();
    }
    return finished;
}

void SegmentWatcher::checkLockWait()
{
    const qint64 since = m_busySince->load(std::memory_order_acquire);
    const qint64 waited = since ? SegmentWorker::steadyNowMs() - since : 0;
    const bool waiting = waited >= LockWaitThresholdMs;
    const qint64 seconds = waiting ? waited / 1000 : 0;
    const bool changed = waiting != m_waitingForLock || seconds != m_lockWaitMs / 1000;
    m_waitingForLock = waiting;
    m_lockWaitMs = waiting ? waited : 0;
    if (changed)
        emit lockWaitChanged();
}
