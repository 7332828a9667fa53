// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTWORKER_H
#define SEGMENTWORKER_H

#include "textsnapshot.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QTimer;
class SegmentReader;

// Lives on the viewer's worker thread and does everything that can block on the segment's lock:
// create/attach, every poll, the final detach. Whoever owns it only reads busySince to tell how
// long the current call has been blocked.
class SegmentWorker : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString key;
        qsizetype requestedSize = 0;
        int intervalMs = 100;
        bool indexLines = true; // the window needs a line index, --print does not
    };

    // busySince holds the steady-clock milliseconds at which the current blocking call began, 0
    // while none is under way. Shared, so it outlives whichever of the two ends goes first.
    SegmentWorker(const Config &config, std::shared_ptr<std::atomic<qint64>> busySince);
    ~SegmentWorker() override;

    static qint64 steadyNowMs();

public slots:
    void start(); // creates or attaches, polls once, then polls on a timer
    void shutdown(); // stops polling, detaches, and quits the thread's event loop

signals:
    void opened(qsizetype size, bool created);
    void openFailed(const QString &message);
    void contentChanged(const TextSnapshot &content);
    // Emitted when the poll result switches between working ("") and failing (the reason).
    void pollError(const QString &message);

private:
    void poll();

    Config m_config;
    std::shared_ptr<std::atomic<qint64>> m_busySince;
    std::unique_ptr<SegmentReader> m_reader;
    QTimer *m_timer = nullptr;
    QString m_lastError;
};

#endif // SEGMENTWORKER_H
