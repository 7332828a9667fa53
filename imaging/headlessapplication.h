// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef HEADLESSAPPLICATION_H
#define HEADLESSAPPLICATION_H

#include <QByteArray>
#include <QGuiApplication>

#include <memory>
#include <vector>

// The application object of the modes without a window that decode images (shm-loader --load
// and --follow, shm-viewer --print): a QGuiApplication, because Qt SVG lays out <text> with the
// font database, which aborts the process under a mere QCoreApplication; always on the offscreen
// platform (shipped in libqt6gui6 itself), whatever DISPLAY or QT_QPA_PLATFORM say, so that these
// modes still need no display.
class HeadlessApplication
{
public:
    // argv as main() got it; its own arguments are parsed already (the -platform added here is
    // Qt's).
    HeadlessApplication(int argc, char **argv);
    ~HeadlessApplication();

private:
    std::vector<QByteArray> m_arguments;
    std::vector<char *> m_argv;
    int m_argc = 0;
    std::unique_ptr<QGuiApplication> m_application;
};

#endif // HEADLESSAPPLICATION_H
