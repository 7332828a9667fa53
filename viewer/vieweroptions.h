// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWEROPTIONS_H
#define VIEWEROPTIONS_H

#include "commandline.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// shm-viewer's command line (the pattern both programs share: common/commandline.h). Parsed
// under a QCoreApplication (its help and errors translated), so --print, --status, --cleanup,
// --help, --version and bad options never need a display: only the window needs a
// QGuiApplication.
struct ViewerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ViewerOptions)
public:
    enum class Mode {
        Window,
        Print, // --print: JSON lines, no window
        Status, // --status [--json]: what the system holds for the key
        Cleanup // --cleanup: remove an orphaned segment
    };

    CommandLine::Outcome outcome; // Help, Version or Fail end the program before it starts
    Mode mode = Mode::Window;
    QString key;
    qint64 segmentSize = 0;
    int pollIntervalMs = 0;
    bool json = false;

    static ViewerOptions parse(const QStringList &arguments);

private:
    struct OwnOptions;
    // Declares shm-viewer's own options, with their help, in parser.
    static OwnOptions addOwnOptions(QCommandLineParser &parser);
    // Takes the options' values; why one is wrong, or empty.
    QString readValues(const QCommandLineParser &parser, const OwnOptions &own);
};

#endif // VIEWEROPTIONS_H
