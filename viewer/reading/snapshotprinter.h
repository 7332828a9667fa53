// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SNAPSHOTPRINTER_H
#define SNAPSHOTPRINTER_H

#include "segmentwatcher.h"
#include "skipcounter.h"

#include <QObject>

#include <cstdio>

// shm-viewer --print: no window, no GUI at all. Prints the content found at start-up and every
// change as one JSON line on stdout (SnapshotJson); notes about size and the lock go to stderr.
class SnapshotPrinter : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotPrinter(const SegmentWorker::Config &config, FILE *out = stdout,
                             QObject *parent = nullptr);

    void start();
    // Detaches (or abandons a worker stuck on the lock, see SegmentWatcher::stop()).
    void stop();

signals:
    // The segment could not be created or attached: the program should exit with an error.
    void failed(const QString &message);
    // A snapshot's line was written and flushed (loadedAtMs: the writer's time, 0 if unknown).
    void printed(quint64 generation, qint64 loadedAtMs);

private:
    void onOpened(qsizetype size);
    void onContentChanged(const TextSnapshot &content);
    void onLockWaitChanged();
    void note(const QString &message);

    SegmentWatcher m_watcher;
    SkipCounter m_skips; // each line's "skipped"
    FILE *m_out;
    qint64 m_reportedWaitSeconds = -1;
};

#endif // SNAPSHOTPRINTER_H
