// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef UNIXSIGNALWATCHER_H
#define UNIXSIGNALWATCHER_H

#include <QObject>

#include <QList>

#include <csignal>
#include <vector>

class QSocketNotifier;

// Turns Unix signals (SIGINT, SIGTERM, ...) into a Qt signal on the thread that owns the watcher.
// The handler only write()s the signal number into a pipe (async-signal-safe); a QSocketNotifier
// reads it in the event loop, where quitting cleanly is allowed. Qt Core only.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override; // restores the handlers it replaced

    // Starts watching signalNumber; false (with a warning) when the handler cannot be installed.
    bool watch(int signalNumber);

signals:
    void unixSignal(int signalNumber);

private:
    void readPipe();

    int m_pipe[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
    std::vector<struct sigaction> m_previousActions; // one per entry of m_signals
};

#endif // UNIXSIGNALWATCHER_H
