// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loaderoptions.h"

#include "shmconstants.h"

LoaderOptions LoaderOptions::parse(const QStringList &arguments)
{
    LoaderOptions options;
    options.key = QLatin1StringView(ShmConstants::DefaultKey);

    QCommandLineParser parser;
    const CommandLine::StandardOptions standard = CommandLine::addStandardOptions(
            parser,
            QStringLiteral("Loads a text into the shared memory segment that shm-viewer shows.\n"
                           "Without --load or --list it opens a window with the bundled texts."));
    const QCommandLineOption loadOption(
            QStringLiteral("load"),
            QStringLiteral("Load NAME (a bundled text, or a file of --assets DIR) or the file at "
                           "PATH once, without a window, and exit: 0 loaded, 2 no viewer "
                           "running, 3 file refused or unreadable, 1 other errors."),
            QStringLiteral("NAME|PATH"));
    const QCommandLineOption listOption(
            QStringLiteral("list"),
            QStringLiteral("Print the names of the bundled texts (or of the files of --assets "
                           "DIR), one per line, and exit."));
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QStringLiteral("Shared memory key (default: %1).")
                                               .arg(QLatin1StringView(ShmConstants::DefaultKey)),
                                       QStringLiteral("KEY"));
    const QCommandLineOption assetsOption(
            QStringLiteral("assets"),
            QStringLiteral("Offer the files of DIR instead of the bundled texts."),
            QStringLiteral("DIR"));
    const QCommandLineOption timeoutOption(
            QStringLiteral("timeout"),
            QStringLiteral("With --load: give up after MS milliseconds of waiting for the shared "
                           "memory lock (exit 1). Default, or 0: wait as long as it takes."),
            QStringLiteral("MS"));
    parser.addOptions({loadOption, listOption, keyOption, assetsOption, timeoutOption});

    options.outcome = CommandLine::parse(parser, standard, arguments, QStringLiteral("shm-loader"));
    if (options.outcome.kind != CommandLine::Outcome::Kind::Proceed) {
        if (options.outcome.text.startsWith(QLatin1StringView("Unexpected argument")))
            options.outcome.text += QStringLiteral(" (to load a file, use --load PATH)");
        return options;
    }
    const auto fail = [&options](const QString &reason) {
        options.outcome = CommandLine::fail(reason);
        return options;
    };

    if (parser.isSet(keyOption)) {
        options.key = parser.value(keyOption);
        if (options.key.isEmpty())
            return fail(QStringLiteral("--key must not be empty"));
    }
    if (parser.isSet(assetsOption)) {
        options.assetsDir = parser.value(assetsOption);
        if (options.assetsDir.isEmpty())
            return fail(QStringLiteral("--assets needs a folder"));
    }
    const bool load = parser.isSet(loadOption);
    const bool list = parser.isSet(listOption);
    if (load && list)
        return fail(QStringLiteral("Use either --load or --list, not both"));
    if (parser.isSet(timeoutOption)) {
        if (!load)
            return fail(QStringLiteral("--timeout only applies to --load"));
        bool ok = false;
        options.timeoutMs = parser.value(timeoutOption).toInt(&ok);
        if (!ok || options.timeoutMs < 0)
            return fail(QStringLiteral("--timeout expects a number of milliseconds, not '%1'")
                                .arg(parser.value(timeoutOption)));
        if (options.timeoutMs == 0)
            options.timeoutMs = -1; // as with curl --max-time 0: no limit
    }
    if (load) {
        options.loadTarget = parser.value(loadOption);
        if (options.loadTarget.isEmpty())
            return fail(QStringLiteral("--load needs the name of a bundled text or a path"));
        options.mode = Mode::Load;
    } else if (list) {
        options.mode = Mode::List;
    }
    return options;
}
