// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-viewer: creates the shared memory segment and shows the text shm-loader writes into it,
// in a window or, with --print, as JSON lines on stdout.

#include "blockingcall.h"
#include "headlessapplication.h"
#include "imagedecoder.h"
#include "latencyprobe.h"
#include "programsetup.h"
#include "programwindow.h"
#include "promptframe.h"
#include "richtextitem.h"
#include "segmentcommands.h"
#include "snapshotprinter.h"
#include "unixsignalwatcher.h"
#include "viewerbackend.h"
#include "viewerlog.h"
#include "vieweroptions.h"

#include <QCoreApplication>
#include <QQuickWindow>
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

static int runWindow(int &argc, char **argv, const ViewerOptions &options)
{
    ProgramWindow::Options window;
    window.program = QStringLiteral("shm-viewer");
    window.module = QStringLiteral("ShmViewer");
    window.properties = {{QStringLiteral("key"), options.key},
                         {QStringLiteral("segmentSize"), options.segmentSize},
                         {QStringLiteral("pollInterval"), options.pollIntervalMs}};
    window.created = [](QQuickWindow *quickWindow) {
        auto *backend = quickWindow->property("backend").value<ViewerBackend *>();
        if (!backend)
            return;
        if (PromptFrame::helps())
            new PromptFrame(backend, quickWindow);
        // Measuring only (QT_LOGGING_RULES="shm.viewer.latency=true"): a line per frame that
        // shows a new snapshot.
        if (lcViewerLatency().isInfoEnabled())
            new LatencyProbe(backend, quickWindow);
    };
    window.workStillRunning = [] {
        if (RichTextItem::unfinishedBuilds() == 0 && ImageDecoder::abandonedSvgRenders() == 0)
            return false;
        qCInfo(lcViewer, "leaving with a rich-text build or an SVG drawing still running");
        return true;
    };
    return ProgramWindow::run(argc, argv, window);
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
    const QStringList arguments = CommandLine::arguments(argc, argv);
    const ViewerOptions first = ViewerOptions::parse(arguments);
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
        options = ViewerOptions::parse(arguments);
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
