// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef COMMANDLINE_H
#define COMMANDLINE_H

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The command-line conventions both programs share. Each has an options struct (ViewerOptions,
// LoaderOptions) with a static parse() that runs under a QCoreApplication of its own (so that the
// help and the errors are translated), before any GUI object exists, so the headless modes never
// need a display; it needs no application object, and main() reads the command line once before
// making any, to give the window a QGuiApplication that is the process's first; both print the same
// --help shape and accept the options QGuiApplication takes itself (-platform offscreen, -style
// ...), which its parser then reads. A class of static functions, not a namespace, only for its
// translation context (tr()).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // What parsing decided before the program does anything else.
    struct Outcome
    {
        enum class Kind { Proceed, Help, Version, Fail };
        Kind kind = Kind::Proceed;
        QString text; // Help: the help text; Fail: the reason, one line
        // Fail because of a positional argument: that argument, for a program's own wording.
        QString unexpectedArgument;
    };

    struct StandardOptions
    {
        QCommandLineOption help;
        QCommandLineOption version;
    };
    // Adds -h/--help and -v/--version (no --help-all: Qt's own options are accepted, not offered)
    // and, hidden from the help, the options QGuiApplication takes, except those the program claims
    // for itself (shm-loader's --name: Qt's -name only names an X11 window's class).
    static StandardOptions addStandardOptions(QCommandLineParser &parser,
                                              const QString &description,
                                              const QStringList &claimed = {});

    // Parses arguments (argv, the program first): Fail, Help or Version when parsing ends there,
    // Proceed otherwise (with positional arguments refused).
    static Outcome parse(QCommandLineParser &parser, const StandardOptions &standard,
                         const QStringList &arguments, const QString &program);

    static Outcome fail(const QString &reason);

    // argv as a list, the program first, for a reading before any application object exists.
    static QStringList arguments(int argc, char **argv);

    // Prints what outcome says, as both programs do, and returns the exit code; nullopt for
    // Proceed.
    static std::optional<int> finish(const Outcome &outcome, const QString &program);
};

#endif // COMMANDLINE_H
