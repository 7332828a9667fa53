// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTWATCHER_H
#define SEGMENTWATCHER_H

#include "segmentworker.h"

#include <QObject>
#include <QTimer>

#include <memory>

class BlockingCall;

// The GUI-thread end of the viewer's reading: runs a SegmentWorker as a BlockingCall and reports
// what it finds. It never touches the segment itself, so nothing here can block on the lock; it
// only watches how long the worker's current call has taken.
class SegmentWatcher : public QObject
{
    Q_OBJECT
public:
    // stop() waits this long for the worker to detach before leaving it behind.
    static constexpr int StopWaitMs = 1000;

    explicit SegmentWatcher(QObject *parent = nullptr);
    ~SegmentWatcher() override; // stop()

    // Set before start().
    void setConfig(const SegmentWorker::Config &config) { m_config = config; }
    SegmentWorker::Config config() const { return m_config; }

    void start();
    // Stops reading and lets the worker detach. When the worker is still blocked after waitMs (a
    // stopped process holds the lock), it is abandoned: the segment stays for the next viewer,
    // and a clean-up process removes it once nobody uses it (SegmentReaper). Returns whether the
    // worker finished.
    bool stop(int waitMs = StopWaitMs);
    bool isRunning() const { return m_call != nullptr; }

    bool isWaitingForLock() const { return m_waitingForLock; }
    qint64 lockWaitMs() const { return m_lockWaitMs; }

signals:
    void opened(qsizetype size);
    void openFailed(const QString &message);
    void contentChanged(const TextSnapshot &content);
    void pollError(const QString &message);
    // A key file had gone and the worker made the segment anew (SegmentWorker::keyFilesRenewed).
    void keyFilesRenewed();
    // The waiting flag changed, or another whole second of waiting passed.
    void lockWaitChanged();

private:
    void deliverContent();
    void checkLockWait();

    SegmentWorker::Config m_config;
    std::shared_ptr<SegmentWorker> m_worker;
    BlockingCall *m_call = nullptr;
    QTimer m_lockCheck;
    bool m_waitingForLock = false;
    qint64 m_lockWaitMs = 0;
};

#endif // SEGMENTWATCHER_H
