// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef PROGRAMWINDOW_H
#define PROGRAMWINDOW_H

#include <QString>
#include <QVariantMap>

#include <functional>

class QQuickWindow;

// How both programs open their window, in one shape: the QGuiApplication (which must be the
// process's first application object: main.cpp says why), the Fusion style unless the user chose
// one, SIGINT and SIGTERM closing the window as its close button does, Main.qml of the program's
// QML module with its required properties, the event loop.
namespace ProgramWindow {

struct Options
{
    QString program; // "shm-viewer": ProgramSetup's name, settings and translations
    QString module; // the QML module whose Main.qml is the window: "ShmViewer"
    QVariantMap properties; // Main.qml's required properties, set before it completes
    // Once the window exists: measuring hooks (the latency probe, the first frame's time).
    std::function<void(QQuickWindow *)> created;
    // After the event loop: true when work the window abandoned (a rich-text build, an SVG
    // drawing) may still use the application's fonts. Then the process leaves at once rather
    // than destroy the application under it.
    std::function<bool()> workStillRunning;
};

// The exit code: 1 when Main.qml could not be made, the event loop's otherwise.
int run(int &argc, char **argv, const Options &options);

} // namespace ProgramWindow

#endif // PROGRAMWINDOW_H
