// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "shmprograms.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace ShmPrograms {

QString binDir()
{
    const QString dir = qEnvironmentVariable("SHM_BIN_DIR");
    return dir.isEmpty() ? QCoreApplication::applicationDirPath() : dir;
}

QString program(const QString &name)
{
    return binDir() + u'/' + name;
}

QString assetsDir()
{
    return qEnvironmentVariable("SHM_ASSETS_DIR");
}

QStringList assetNames()
{
    return QDir(assetsDir()).entryList(QDir::Files, QDir::Name);
}

int timeScale()
{
#if defined(__SANITIZE_ADDRESS__)
    return 3;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return 3;
#else
    return 1;
#endif
#else
    return 1;
#endif
}

QString Run::describe() const
{
    return QStringLiteral("started=%1 finished=%2 crashed=%3 exit=%4 after %5 ms\n"
                          "stdout: %6\nstderr: %7")
            .arg(started)
            .arg(finished)
            .arg(crashed)
            .arg(exitCode)
            .arg(elapsedMs)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
}

Run run(const QString &program, const QStringList &arguments, int timeoutMs,
        const QProcessEnvironment &environment)
{
    Run result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    QObject::connect(&process, &QProcess::finished, &process,
                     [&](int code, QProcess::ExitStatus status) {
                         result.elapsedMs = timer.elapsed();
                         result.finished = true;
                         result.crashed = status == QProcess::CrashExit;
                         result.exitCode = code;
                     });
    timer.start();
    process.start(program, arguments);
    result.started = process.waitForStarted(10000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    (void)QTest::qWaitFor([&] { return result.finished; }, timeoutMs);
    if (!result.finished) {
        result.elapsedMs = timer.elapsed();
        process.kill();
        process.waitForFinished(5000);
        result.finished = false;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// True when every directory on the way to path lets others search it.
static bool reachableByOthers(const QString &path)
{
    QFileInfo info(path);
    for (QDir dir = info.absoluteDir();;) {
        if (!(QFileInfo(dir.absolutePath()).permissions() & QFileDevice::ExeOther))
            return false;
        if (dir.isRoot())
            return true;
        dir.cdUp();
    }
}

QProcessEnvironment tracedEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       asan + (asan.isEmpty() ? QString() : QStringLiteral(":"))
                               + QStringLiteral("detect_leaks=0"));
    return environment;
}

QStringList asNobody(const QString &program, const QStringList &arguments, QString *reason)
{
    if (::geteuid() != 0) {
        *reason = QStringLiteral("not running as root: cannot switch to user nobody");
        return {};
    }
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty()) {
        *reason = QStringLiteral("setpriv (util-linux) is not installed");
        return {};
    }
    if (!reachableByOthers(program)
        || !(QFileInfo(program).permissions() & QFileDevice::ExeOther)) {
        *reason = QStringLiteral("%1 is not executable by user nobody").arg(program);
        return {};
    }
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody) {
        *reason = QStringLiteral("there is no user nobody");
        return {};
    }
    return QStringList{setpriv,
                       QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                       QStringLiteral("--regid=%1").arg(nobody->pw_gid),
                       QStringLiteral("--clear-groups"),
                       QStringLiteral("--"),
                       program}
    + arguments;
}

} // namespace ShmPrograms
