// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "faultprocess.h"

#include "shmprograms.h"

#include <QTest>

#include <csignal>

FaultProcess::~FaultProcess()
{
    kill();
}

bool FaultProcess::start(const QStringList &arguments, const QString &readyLine, int timeoutMs)
{
    return startCommand(QStringList{ShmPrograms::program(QStringLiteral("shm-fault"))} + arguments,
                        readyLine, timeoutMs);
}

bool FaultProcess::startCommand(const QStringList &command, const QString &readyLine, int timeoutMs)
{
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(command.first(), command.mid(1));
    if (!m_process.waitForStarted(10000))
        return false;
    m_pid = m_process.processId();
    return QTest::qWaitFor(
                   [&] {
                       return output().contains(readyLine)
                               || m_process.state() == QProcess::NotRunning;
                   },
                   timeoutMs)
            && output().contains(readyLine);
}

QString FaultProcess::output()
{
    m_output += m_process.readAllStandardOutput();
    m_output += m_process.readAllStandardError();
    return QString::fromUtf8(m_output);
}

void FaultProcess::signal(int signal)
{
    if (m_process.state() != QProcess::NotRunning)
        ::kill(pid_t(m_pid), signal);
}

bool FaultProcess::waitForExit(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

void FaultProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // SIGKILL ends a stopped process too
    m_process.waitForFinished(10000);
}
