// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-loader: a small window that loads a bundled text (or a file) into the shared memory segment
// shm-viewer shows, or, with --load / --list, the same without a window.

#include "blockingcall.h"
#include "headlessapplication.h"
#include "headlessmode.h"
#include "imagedecoder.h"
#include "loaderlogging.h"
#include "loaderoptions.h"
#include "programsetup.h"
#include "programwindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <utility>

Q_IMPORT_QML_PLUGIN(ShmLoaderPlugin)
Q_IMPORT_QML_PLUGIN(ShmThemePlugin)

static int runWindow(int &argc, char **argv, const LoaderOptions &options,
                     const QElapsedTimer &sinceStart)
{
    ProgramWindow::Options window;
    window.program = QStringLiteral("shm-loader");
    window.module = QStringLiteral("ShmLoader");
    window.properties = {{QStringLiteral("key"), options.key},
                         {QStringLiteral("assetsDir"), options.assetsDir}};
    window.created = [&options, &sinceStart](QQuickWindow *quickWindow) {
        qCDebug(lcLoader, "window ready, key %s, texts from %s", qUtf8Printable(options.key),
                options.assetsDir.isEmpty() ? "the bundled assets"
                                            : qUtf8Printable(options.assetsDir));
        // For measuring start-up (scripts/measure-performance.sh): QT_LOGGING_RULES=
        // shm.loader.debug=true. frameSwapped comes from the render thread, queued: log only
        // once.
        QObject::connect(quickWindow, &QQuickWindow::frameSwapped, quickWindow,
                         [&sinceStart, logged = false]() mutable {
                             if (!std::exchange(logged, true))
                                 qCDebug(lcLoader, "first frame after %lld ms",
                                         sinceStart.elapsed());
                         });
    };
    // An SVG drawing given up on must not meet the application's destructor (the segment work
    // stopped at aboutToQuit).
    window.workStillRunning = [] { return ImageDecoder::abandonedSvgRenders() > 0; };
    return ProgramWindow::run(argc, argv, window);
}

// True when a platform plugin can be expected to start: an X11 or Wayland display, or a platform
// chosen explicitly (QT_QPA_PLATFORM or -platform).
static bool displayAvailable(const QStringList &arguments)
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument == QLatin1StringView("-platform")
                || argument == QLatin1StringView("--platform")
                || argument.startsWith(QLatin1StringView("--platform="))
                || argument.startsWith(QLatin1StringView("-platform="));
    });
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // The window's QGuiApplication must be the process's first application object: any
    // ~QCoreApplication runs Qt's post routines, one of which empties the accessibility factories
    // Qt Quick installs once, when its library loads, and screen readers would then see an
    // application without a window. So the command line is read once before any exists; for the
    // window that reading is the one used (nothing of it is shown), the rest goes on as before.
    const QStringList arguments = CommandLine::arguments(argc, argv);
    const LoaderOptions first = LoaderOptions::parse(arguments);
    if (first.outcome.kind == CommandLine::Outcome::Kind::Proceed
        && first.mode == LoaderOptions::Mode::Window && displayAvailable(arguments))
        return BlockingCall::exitProcess(runWindow(argc, argv, first, sinceStart));
    int exitCode = 0;
    LoaderOptions options;
    {
        // The command line is parsed under a Qt Core application of its own, so its help and
        // messages are translated and no display is needed; --list runs under it too. --load and
        // --follow need a QGuiApplication (on the offscreen platform); the window has had its own.
        QCoreApplication core(argc, argv);
        ProgramSetup::apply(QStringLiteral("shm-loader"));
        options = LoaderOptions::parse(arguments);
        if (const std::optional<int> code
            = CommandLine::finish(options.outcome, QStringLiteral("shm-loader")))
            return *code;
        if (options.mode == LoaderOptions::Mode::List) {
            exitCode = HeadlessMode::run(options);
        } else if (options.mode != LoaderOptions::Mode::Window) {
            // --load and --follow decode images: below, under a GUI application.
        } else if (!displayAvailable(arguments)) {
            // Qt would abort with a platform plugin error; say what to do instead.
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                 "main",
                                 "shm-loader: no display to open the window on (DISPLAY is not "
                                 "set).\nUse --load NAME|PATH or --list without a window, or set "
                                 "QT_QPA_PLATFORM=offscreen.")));
            exitCode = 1;
        }
    }
    if (options.mode == LoaderOptions::Mode::Load || options.mode == LoaderOptions::Mode::Follow) {
        // SVG text needs Qt's font database, which needs a QGuiApplication (offscreen: no
        // display is needed still).
        HeadlessApplication app(argc, argv);
        ProgramSetup::apply(QStringLiteral("shm-loader"));
        exitCode = HeadlessMode::run(options);
        // An SVG drawing given up on must not meet the application's destructor.
        if (ImageDecoder::abandonedSvgRenders() > 0)
            return BlockingCall::exitProcess(exitCode);
    }

    // A load still blocked in semop() (another process holds the lock) was abandoned when the
    // window closed, or by --timeout: static destructors must not run under it.
    return BlockingCall::exitProcess(exitCode);
}
