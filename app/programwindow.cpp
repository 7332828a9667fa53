// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "programwindow.h"

#include "blockingcall.h"
#include "programsetup.h"
#include "unixsignalwatcher.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QUrl>
#include <QWindow>

#include <csignal>

namespace ProgramWindow {

int run(int &argc, char **argv, const Options &options)
{
    QGuiApplication app(argc, argv);
    ProgramSetup::apply(options.program);
    // A desktop look with scroll bars that stay visible, unless the user picked a style.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    // SIGINT and SIGTERM close the window like its close button (the viewer's backend detaches
    // on the way), then quit.
    UnixSignalWatcher signalWatcher;
    signalWatcher.watch(SIGINT);
    signalWatcher.watch(SIGTERM);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::unixSignal, &app, [] {
        const QWindowList windows = QGuiApplication::topLevelWindows();
        for (QWindow *window : windows)
            window->close();
        QCoreApplication::quit();
    });

    QQmlApplicationEngine engine;
    // The one way settings reach QML: Main.qml's required properties.
    engine.setInitialProperties(options.properties);
    QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreated, &app,
            [](QObject *object, const QUrl &) {
                if (!object)
                    QCoreApplication::exit(1);
            },
            Qt::QueuedConnection);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    engine.loadFromModule(options.module, u"Main");
#else
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/%1/Main.qml").arg(options.module)));
#endif
    if (engine.rootObjects().isEmpty())
        return 1;
    if (options.created) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
            options.created(window);
    }
    const int exitCode = app.exec();
    if (options.workStillRunning && options.workStillRunning())
        return BlockingCall::exitProcess(exitCode);
    return exitCode;
}

} // namespace ProgramWindow
