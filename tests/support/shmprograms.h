// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SHMPROGRAMS_H
#define SHMPROGRAMS_H

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Running the real programs from the process tests: where they are, and one finished run.
namespace ShmPrograms {

// bin/ of the build (SHM_BIN_DIR, set by ctest) and the bundled assets (SHM_ASSETS_DIR).
QString binDir();
QString program(const QString &name); // binDir() + name
QString assetsDir();
QStringList assetNames(); // the regular files in assetsDir(), sorted

// Sanitizers slow start-up several times; bounded claims ("within 1 s") get this factor.
int timeScale();

struct Run
{
    bool started = false;
    bool finished = false; // false: killed after the timeout
    bool crashed = false; // ended by a signal
    int exitCode = -1;
    qint64 elapsedMs = 0; // start() to finished()
    QByteArray out;
    QByteArray err;
    QString describe() const; // for failure messages
};

// Runs program to completion (killing it after timeoutMs) while the event loop keeps serving
// every other QProcess of the test, so a viewer's output never backs up meanwhile.
Run run(const QString &program, const QStringList &arguments, int timeoutMs = 30000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// The system environment for a program run under ptrace (strace, gdb): LeakSanitizer cannot run
// there, so a sanitized program checks no leaks.
QProcessEnvironment tracedEnvironment();

// The same command run as user nobody (setpriv), or an empty list when that is impossible:
// not root, no setpriv, or the program not reachable by nobody. reason says why.
QStringList asNobody(const QString &program, const QStringList &arguments, QString *reason);

} // namespace ShmPrograms

#endif // SHMPROGRAMS_H
