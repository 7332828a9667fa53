// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "commandline.h"

#include "displaytext.h"

#include <cstdio>

CommandLine::StandardOptions CommandLine::addStandardOptions(QCommandLineParser &parser,
                                                             const QString &description,
                                                             const QStringList &claimed)
{
    parser.setApplicationDescription(description);
    // Qt's addHelpOption() adds --help-all, which lists Qt's own options: not what these
    // programs offer.
    StandardOptions standard{QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                                tr("Displays this help.")),
                             QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                                tr("Displays version information."))};
    parser.addOption(standard.help);
    parser.addOption(standard.version);
    // QGuiApplication's options, as it spells them: single dash, long names.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin", "style",
                             "stylesheet", "qwindowgeometry", "qwindowtitle", "qwindowicon",
                             "display", "geometry", "title", "name"}) {
        if (claimed.contains(QLatin1StringView(name)))
            continue;
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : {"reverse", "session", "nograb", "dograb", "sync"}) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    return standard;
}

QStringList CommandLine::arguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

CommandLine::Outcome CommandLine::fail(const QString &reason)
{
    return {Outcome::Kind::Fail, reason, QString()};
}

CommandLine::Outcome CommandLine::parse(QCommandLineParser &parser, const StandardOptions &standard,
                                        const QStringList &arguments, const QString &program)
{
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(standard.help)) {
        // The program's name, not argv[0] (often a path), in the usage line, in any language.
        // Qt writes the application's own argv[0] there, not arguments' (a test passes its own).
        QString text = parser.helpText();
        const QString shown = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                           : arguments.value(0);
        const qsizetype at = shown.isEmpty() ? -1 : text.indexOf(shown);
        if (at >= 0)
            text.replace(at, shown.size(), program);
        return {Outcome::Kind::Help, text, QString()};
    }
    if (parser.isSet(standard.version))
        return {Outcome::Kind::Version, QString(), QString()};
    if (!parser.positionalArguments().isEmpty()) {
        const QString argument = parser.positionalArguments().constFirst();
        //: %1 is an argument given without an option
        Outcome outcome = fail(tr("Unexpected argument '%1'").arg(argument));
        outcome.unexpectedArgument = argument;
        return outcome;
    }
    return {};
}

std::optional<int> CommandLine::finish(const Outcome &outcome, const QString &program)
{
    switch (outcome.kind) {
    case Outcome::Kind::Proceed:
        return std::nullopt;
    case Outcome::Kind::Help:
        fputs(outcome.text.toLocal8Bit().constData(), stdout);
        return 0;
    case Outcome::Kind::Version:
        printf("%s %s\n", program.toLocal8Bit().constData(), SHM_VERSION);
        return 0;
    case Outcome::Kind::Fail:
        fprintf(stderr, "%s\n",
                //: %1 is the program's name (shm-loader), %2 what is wrong with its command line
                tr("%1: %2\nTry '%1 --help' for more information.")
                        .arg(program, DisplayText::escaped(outcome.text))
                        .toLocal8Bit()
                        .constData());
        return 1;
    }
    return 1;
}
