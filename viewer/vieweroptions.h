// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWEROPTIONS_H
#define VIEWEROPTIONS_H

#include <QString>
#include <QStringList>

// shm-viewer's command line. Parsed before any application object exists, so that --print,
// --help, --version and bad options never need a display.
struct ViewerOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    QString key;
    qint64 segmentSize = 0;
    int pollIntervalMs = 0;
    bool print = false;
    QString error; // for Action::Fail: one line for stderr
    QString helpText; // for Action::ShowHelp

    static ViewerOptions parse(const QStringList &arguments);
};

#endif // VIEWEROPTIONS_H
