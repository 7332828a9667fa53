// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef COMMANDLINE_H
#define COMMANDLINE_H

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

// The command-line conventions both programs share. Each has an options struct (ViewerOptions,
// LoaderOptions) with a static parse() that runs before any application object exists, so the
// headless modes never need a display; both print the same --help shape and accept the options
// QGuiApplication takes itself (-platform offscreen, -style ...), which its parser then reads.
namespace CommandLine {

// What parsing decided before the program does anything else.
struct Outcome
{
    enum class Kind { Proceed, Help, Version, Fail };
    Kind kind = Kind::Proceed;
    QString text; // Help: the help text; Fail: the reason, one line
};

struct StandardOptions
{
    QCommandLineOption help;
    QCommandLineOption version;
};
// Adds -h/--help and -v/--version (no --help-all: Qt's own options are accepted, not offered)
// and, hidden from the help, the options QGuiApplication takes, except those the program claims
// for itself (shm-loader's --name: Qt's -name only names an X11 window's class).
StandardOptions addStandardOptions(QCommandLineParser &parser, const QString &description,
                                   const QStringList &claimed = {});

// Parses arguments (argv, the program first): Fail, Help or Version when parsing ends there,
// Proceed otherwise (with positional arguments refused).
Outcome parse(QCommandLineParser &parser, const StandardOptions &standard,
              const QStringList &arguments, const QString &program);

Outcome fail(const QString &reason);

// Prints what outcome says, as both programs do, and returns the exit code; nullopt for Proceed.
std::optional<int> finish(const Outcome &outcome, const QString &program);

} // namespace CommandLine

#endif // COMMANDLINE_H
