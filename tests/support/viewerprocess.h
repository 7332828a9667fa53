// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWERPROCESS_H
#define VIEWERPROCESS_H

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>

#include <functional>

// A real shm-viewer under test: in --print mode every line it prints is parsed and kept, in
// window mode (QT_QPA_PLATFORM=offscreen) only its life and stderr are watched. Waiting spins the
// event loop, so other processes of the test are served meanwhile. The destructor kills it.
class ViewerProcess
{
    Q_DISABLE_COPY_MOVE(ViewerProcess)
public:
    enum class Mode { Print, Window };

    explicit ViewerProcess(const QString &key);
    ~ViewerProcess();

    bool start(Mode mode = Mode::Print, const QStringList &extraArguments = {});

    // Waits until the segment exists and has at least attachments processes attached (looked up
    // without attaching: see SegmentStatus).
    bool waitForAttached(int attachments = 1, int timeoutMs = 15000);

    using Predicate = std::function<bool(const QJsonObject &)>;
    // The first snapshot from index from on that matches, waiting up to timeoutMs for it.
    // Returns its index, or -1.
    int waitForSnapshot(const Predicate &matches, int from = 0, int timeoutMs = 15000);
    int waitForSnapshotCount(int count, int timeoutMs = 15000);
    bool waitForStderr(const QString &text, int timeoutMs = 15000);

    const QList<QJsonObject> &snapshots() const { return m_snapshots; }
    int snapshotCount() const { return int(m_snapshots.size()); }
    QStringList badLines() const { return m_badLines; } // stdout lines that are not JSON objects
    QString stderrText() const { return QString::fromUtf8(m_stderr); }

    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Sends signal (SIGTERM, SIGINT, SIGKILL, SIGSTOP, SIGCONT) to the viewer.
    void signal(int signal);
    // Sends SIGTERM and waits for the exit; elapsedMs is the time from the signal to the exit.
    bool terminate(int timeoutMs, qint64 *elapsedMs = nullptr);
    bool waitForExit(int timeoutMs);
    void kill();

    bool crashed() const { return m_exitStatus == QProcess::CrashExit; }
    int exitCode() const { return m_exitCode; }
    QString describe() const; // state, stderr and bad lines for failure messages

private:
    void readOutput();

    QString m_key;
    QProcess m_process;
    QByteArray m_pending;
    QByteArray m_stderr;
    QList<QJsonObject> m_snapshots;
    QStringList m_badLines;
    bool m_finished = false;
    int m_exitCode = -1;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
    QElapsedTimer m_signalTimer;
    qint64 m_exitAfterSignalMs = -1;
};

#endif // VIEWERPROCESS_H
