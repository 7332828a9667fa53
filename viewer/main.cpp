// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-viewer: creates the shared memory segment and shows the text shm-loader writes into it,
// in a window or, with --print, as JSON lines on stdout.

#include "blockingcall.h"
#include "headlessapplication.h"
#include "imagedecoder.h"
#include "latencyprobe.h"
#include "programsetup.h"
#include "richtextitem.h"
#include "segmentcommands.h"
#include "snapshotprinter.h"
#include "unixsignalwatcher.h"
#include "viewerbackend.h"
#include "viewerlog.h"
#include "vieweroptions.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QUrl>
#include <QWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <csignal>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_IMPORT_QML_PLUGIN(ShmViewerPlugin)
Q_IMPORT_QML_PLUGIN(ShmThemePlugin)

// --print: under a QGuiApplication on the offscreen platform (SVG text needs Qt's font database),
// so it runs with no display at all.
static int runPrint(int argc, char **argv, const ViewerOptions &options)
{
    HeadlessApplication app(argc, argv);
    ProgramSetup::apply(QStringLiteral("shm-viewer"));
    SegmentWorker::Config config;
    config.key = options.key;
    config.requestedSize = options.segmentSize;
    config.intervalMs = options.pollIntervalMs;
    SnapshotPrinter printer(config);
    QObject::connect(&printer, &SnapshotPrinter::failed, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(1); });

    UnixSignalWatcher signalWatcher;
    signalWatcher.watch(SIGINT);
    signalWatcher.watch(SIGTERM);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::unixSignal, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });

    // Measuring only (QT_LOGGING_RULES="shm.viewer.latency=true"): a line per printed snapshot.
    if (lcViewerLatency().isInfoEnabled())
        QObject::connect(&printer, &SnapshotPrinter::printed, &ViewerLog::presented);
    printer.start();
    const int result = QCoreApplication::exec();
    printer.stop();
    // An SVG drawing given up on must not meet the application's destructor.
    if (ImageDecoder::abandonedSvgRenders() > 0)
        return BlockingCall::exitProcess(result);
    return result;
}

static int runWindow(int argc, char **argv, const ViewerOptions &options)
{
    QGuiApplication app(argc, argv);
    ProgramSetup::apply(QStringLiteral("shm-viewer"));
    // A desktop look with scroll bars that stay visible, unless the user picked a style.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
#endif
    // The one way settings reach QML: Main.qml's required properties, set before it completes,
    // so its backend starts with these values.
    engine.setInitialProperties({{QStringLiteral("key"), options.key},
                                 {QStringLiteral("segmentSize"), options.segmentSize},
                                 {QStringLiteral("pollInterval"), options.pollIntervalMs}});

    // SIGINT and SIGTERM close the window like its close button: the backend detaches on the way.
    UnixSignalWatcher signalWatcher;
    signalWatcher.watch(SIGINT);
    signalWatcher.watch(SIGTERM);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::unixSignal, &app, [] {
        const QWindowList windows = QGuiApplication::topLevelWindows();
        for (QWindow *window : windows)
            window->close();
        QCoreApplication::quit();
    });

    QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreated, &app,
            [](QObject *object, const QUrl &) {
                if (!object)
                    QCoreApplication::exit(1);
            },
            Qt::QueuedConnection);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    engine.loadFromModule("ShmViewer", "Main");
#else
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ShmViewer/Main.qml")));
#endif
    if (engine.rootObjects().isEmpty())
        return 1;
    // Measuring only (QT_LOGGING_RULES="shm.viewer.latency=true"): a line per frame that shows a
    // new snapshot.
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    auto *backend = window ? window->property("backend").value<ViewerBackend *>() : nullptr;
    if (lcViewerLatency().isInfoEnabled() && backend)
        new LatencyProbe(backend, window);
    const int exitCode = app.exec();
    // A rich-text build or an SVG drawing abandoned by the window may still be running with the
    // application's fonts: leave now rather than destroy them under it.
    if (RichTextItem::unfinishedBuilds() > 0 || ImageDecoder::abandonedSvgRenders() > 0) {
        qCInfo(lcViewer, "leaving with a rich-text build or an SVG drawing still running");
        return BlockingCall::exitProcess(exitCode);
    }
    return exitCode;
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // Every snapshot is a fresh multi-megabyte buffer, allocated on the worker thread and freed
    // on the GUI thread. With glibc's adaptive threshold such buffers soon come from the arenas,
    // which keep them after free(); a fixed threshold keeps them in their own mappings, returned
    // to the system as soon as a newer snapshot replaces them.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    // The window's QGuiApplication must be the process's first application object: any
    // ~QCoreApplication runs Qt's post routines, one of which empties the accessibility factories
    // Qt Quick installs once, when its library loads, and screen readers would then see an
    // application without a window. So the command line is read once before any exists; for the
    // window that reading is the one used (nothing of it is shown), the rest goes on as before.
    const ViewerOptions first = ViewerOptions::parse(CommandLine::arguments(argc, argv));
    if (first.outcome.kind == CommandLine::Outcome::Kind::Proceed
        && first.mode == ViewerOptions::Mode::Window)
        return BlockingCall::exitProcess(runWindow(argc, argv, first));

    int exitCode = 0;
    ViewerOptions options;
    {
        // The command line is parsed under a Qt Core application of its own, so its help and
        // messages are translated and no display is needed; --status and --cleanup run under it
        // too. --print needs a QGuiApplication (offscreen); the window has had its own.
        QCoreApplication core(argc, argv);
        ProgramSetup::apply(QStringLiteral("shm-viewer"));
        options = ViewerOptions::parse(CommandLine::arguments(argc, argv));
        if (const std::optional<int> code
            = CommandLine::finish(options.outcome, QStringLiteral("shm-viewer")))
            return *code;
        switch (options.mode) {
        case ViewerOptions::Mode::Status:
            return SegmentCommands::status(options.key, options.json);
        case ViewerOptions::Mode::Cleanup:
            return SegmentCommands::cleanup(options.key);
        case ViewerOptions::Mode::Print:
        case ViewerOptions::Mode::Window:
            break;
        }
    }
    if (options.mode == ViewerOptions::Mode::Print)
        exitCode = runPrint(argc, argv, options);
    // A worker left blocked in lock() by a stopped process: static destructors must not run
    // under it.
    return BlockingCall::exitProcess(exitCode);
}
