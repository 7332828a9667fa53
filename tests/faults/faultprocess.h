// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef FAULTPROCESS_H
#define FAULTPROCESS_H

#include <QProcess>
#include <QStringList>

// A long-running shm-fault (hold-lock, create) that a test stops, continues or kills. start()
// returns once it printed its ready line ("locked", "created ..."). The destructor kills it.
class FaultProcess
{
    Q_DISABLE_COPY_MOVE(FaultProcess)
public:
    FaultProcess() = default;
    ~FaultProcess();

    bool start(const QStringList &arguments, const QString &readyLine, int timeoutMs = 15000);
    // The same for a whole command line that runs shm-fault (ShmPrograms::asNobody()).
    bool startCommand(const QStringList &command, const QString &readyLine, int timeoutMs = 15000);
    void signal(int signal);
    bool waitForExit(int timeoutMs);
    void kill();

    qint64 pid() const { return m_pid; }
    QString output();

private:
    QProcess m_process;
    QByteArray m_output;
    qint64 m_pid = 0;
};

#endif // FAULTPROCESS_H
