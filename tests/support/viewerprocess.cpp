// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "viewerprocess.h"

#include "segmentstatus.h"
#include "shmprograms.h"

#include <QJsonDocument>
#include <QTest>

#include <csignal>

ViewerProcess::ViewerProcess(const QString &key)
    : m_key(key)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { readOutput(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_stderr += m_process.readAllStandardError(); });
    QObject::connect(&m_process, &QProcess::finished, &m_process,
                     [this](int code, QProcess::ExitStatus status) {
                         if (m_signalTimer.isValid())
                             m_exitAfterSignalMs = m_signalTimer.elapsed();
                         readOutput();
                         m_stderr += m_process.readAllStandardError();
                         m_finished = true;
                         m_exitCode = code;
                         m_exitStatus = status;
                     });
}

ViewerProcess::~ViewerProcess()
{
    kill();
}

bool ViewerProcess::start(Mode mode, const QStringList &extraArguments)
{
    QStringList arguments{QStringLiteral("--key"), m_key};
    if (mode == Mode::Print)
        arguments << QStringLiteral("--print");
    arguments << extraArguments;
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(ShmPrograms::program(QStringLiteral("shm-viewer")), arguments);
    return m_process.waitForStarted(10000);
}

bool ViewerProcess::waitForAttached(int attachments, int timeoutMs)
{
    return QTest::qWaitFor(
                   [&] {
                       const SegmentStatus::Segment segment = SegmentStatus::inspect(m_key).segment;
                       return (segment.exists && segment.attachments >= attachments) || m_finished;
                   },
                   timeoutMs)
            && !m_finished;
}

void ViewerProcess::readOutput()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            m_snapshots.append(document.object());
        else
            m_badLines.append(QString::fromUtf8(line.left(300)));
    }
}

int ViewerProcess::waitForSnapshot(const Predicate &matches, int from, int timeoutMs)
{
    int found = -1;
    int next = from;
    (void)QTest::qWaitFor(
            [&] {
                for (; next < m_snapshots.size(); ++next) {
                    if (matches(m_snapshots.at(next))) {
                        found = next;
                        return true;
                    }
                }
                return m_finished;
            },
            timeoutMs);
    return found;
}

int ViewerProcess::waitForSnapshotCount(int count, int timeoutMs)
{
    (void)QTest::qWaitFor([&] { return m_snapshots.size() >= count || m_finished; }, timeoutMs);
    return int(m_snapshots.size());
}

bool ViewerProcess::waitForStderr(const QString &text, int timeoutMs)
{
    return QTest::qWaitFor([&] { return stderrText().contains(text) || m_finished; }, timeoutMs)
            && stderrText().contains(text);
}

void ViewerProcess::signal(int signal)
{
    if (isRunning() && pid() > 0)
        ::kill(pid_t(pid()), signal);
}

bool ViewerProcess::waitForExit(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_finished; }, timeoutMs);
}

bool ViewerProcess::terminate(int timeoutMs, qint64 *elapsedMs)
{
    m_signalTimer.start();
    m_exitAfterSignalMs = -1;
    signal(SIGTERM);
    const bool exited = waitForExit(timeoutMs);
    if (elapsedMs)
        *elapsedMs = exited ? m_exitAfterSignalMs : m_signalTimer.elapsed();
    return exited;
}

void ViewerProcess::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(pid()), SIGCONT); // a stopped process would not die any faster, but be tidy
    m_process.kill();
    m_process.waitForFinished(10000);
}

QString ViewerProcess::describe() const
{
    return QStringLiteral("viewer %1: running=%2 exit=%3 crashed=%4 snapshots=%5\n"
                          "stderr: %6\nbad stdout lines: %7")
            .arg(m_key)
            .arg(isRunning())
            .arg(m_exitCode)
            .arg(crashed())
            .arg(m_snapshots.size())
            .arg(stderrText().left(3000), m_badLines.join(u'\n').left(1000));
}
