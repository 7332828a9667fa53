// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LOADEROPTIONS_H
#define LOADEROPTIONS_H

#include "commandline.h"
#include "loadtask.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// shm-loader's command line (the pattern both programs share: common/commandline.h). Parsed
// under a QCoreApplication (its help and errors translated), so the headless modes run without a
// display: only the window needs a QGuiApplication.
struct LoaderOptions
{
    Q_DECLARE_TR_FUNCTIONS(LoaderOptions)
public:
    enum class Mode { Window, List, Load, Follow };

    CommandLine::Outcome outcome; // Help, Version or Fail end the program before it starts
    Mode mode = Mode::Window;
    QString key;
    QString assetsDir; // empty: the bundled texts
    QString loadTarget; // --load or --follow: a name, a path, or "-" for standard input
    // The source name of standard input (--name; default "stdin", in every language: the name
    // goes into the segment, and so into the viewer's --print JSON).
    QString streamName;
    int timeoutMs = -1; // -1: wait as long as it takes
    LoadTask::Layout layout = LoadTask::Layout::Shm; // --layout, with --load

    static LoaderOptions parse(const QStringList &arguments);

    static constexpr char StandardInput[] = "-";
    bool readsStandardInput() const { return loadTarget == QLatin1StringView(StandardInput); }

private:
    struct OwnOptions;
    // Declares shm-loader's own options, with their help, in parser.
    static OwnOptions addOwnOptions(QCommandLineParser &parser);
    // Takes the options' values; why one is wrong, or empty.
    QString readValues(const QCommandLineParser &parser, const OwnOptions &own);
};

#endif // LOADEROPTIONS_H
