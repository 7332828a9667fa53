// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loaderoptions.h"

#include "shmconstants.h"

// shm-loader's own options, after the standard ones.
struct LoaderOptions::OwnOptions
{
    QCommandLineOption load;
    QCommandLineOption follow;
    QCommandLineOption name;
    QCommandLineOption list;
    QCommandLineOption key;
    QCommandLineOption assets;
    QCommandLineOption timeout;
    QCommandLineOption layout;
};

LoaderOptions::OwnOptions LoaderOptions::addOwnOptions(QCommandLineParser &parser)
{
    const QCommandLineOption loadOption(
            QStringLiteral("load"),
            //: NAME, PATH, DIR and - are the option's values, as the help names them: keep them
            //: as they are, like the option names (--assets)
            tr("Load NAME (a bundled text, or a file of --assets DIR) or the file at PATH once, "
               "without a window, and exit: 0 loaded, 2 no viewer running, 3 file refused or "
               "unreadable, 1 other errors. - reads standard input as a file of the same content: "
               "a "
               "text to its end, loading what fits; an image whole."),
            QStringLiteral("NAME|PATH|-"));
    const QCommandLineOption followOption(
            QStringLiteral("follow"),
            //: NAME, PATH and - are the option's values, as the help names them: keep them
            tr("Load NAME or PATH without a window, then again whenever the file changes, one "
               "line per load, until SIGINT or SIGTERM (exit 0). - follows standard input: the "
               "newest lines that fit, written at most every 100 ms, until the input ends."),
            QStringLiteral("NAME|PATH|-"));
    const QCommandLineOption nameOption(
            QStringLiteral("name"),
            //: NAME is the option's value, stdin its default: keep both as they are
            tr("With --load - or --follow -: the source name the viewer shows (default: stdin). "
               "Its extension chooses the content type (.md, .html)."),
            QStringLiteral("NAME"));
    const QCommandLineOption listOption(
            QStringLiteral("list"),
            //: DIR is the value of --assets: keep it as it is
            tr("Print the names of the bundled texts (or of the files of --assets DIR), one per "
               "line, and exit."));
    const QCommandLineOption keyOption(
            QStringLiteral("key"),
            //: %1 is the default key, ShmLoaderText
            tr("Shared memory key (default: %1).").arg(QLatin1StringView(ShmConstants::DefaultKey)),
            QStringLiteral("KEY"));
    const QCommandLineOption assetsOption(
            QStringLiteral("assets"),
            //: DIR is the option's value: keep it as it is
            tr("Offer the files of DIR instead of the bundled texts."), QStringLiteral("DIR"));
    const QCommandLineOption timeoutOption(
            QStringLiteral("timeout"),
            //: MS is the option's value: keep it as it is
            tr("With --load: give up after MS milliseconds of waiting for the shared memory lock "
               "(exit 1); reading, decoding and scaling are not counted. Default, or 0: wait as "
               "long as it takes."),
            QStringLiteral("MS"));
    const QCommandLineOption layoutOption(
            QStringLiteral("layout"),
            //: LAYOUT and its values shm, qt-example and classic are kept as they are
            tr("With --load: where the content goes. shm (default): behind shm-viewer's header. "
               "qt-example: an image as Qt's Shared Memory Example writes it (QDataStream << "
               "QImage at offset 0). classic: plain NUL-terminated text at offset 0."),
            QStringLiteral("LAYOUT"));
    parser.addOptions({loadOption, followOption, nameOption, listOption, keyOption, assetsOption,
                       timeoutOption, layoutOption});
    return {loadOption, followOption, nameOption,    listOption,
            keyOption,  assetsOption, timeoutOption, layoutOption};
}

QString LoaderOptions::readValues(const QCommandLineParser &parser, const OwnOptions &own)
{
    if (parser.isSet(own.key)) {
        key = parser.value(own.key);
        if (key.isEmpty())
            return tr("--key must not be empty");
    }
    if (parser.isSet(own.assets)) {
        assetsDir = parser.value(own.assets);
        if (assetsDir.isEmpty())
            return tr("--assets needs a folder");
    }
    const bool load = parser.isSet(own.load);
    const bool follow = parser.isSet(own.follow);
    const bool list = parser.isSet(own.list);
    if (int(load) + int(follow) + int(list) > 1)
        return tr("Use only one of --load, --follow and --list");
    if (parser.isSet(own.timeout)) {
        if (!load)
            return tr("--timeout only applies to --load");
        bool ok = false;
        timeoutMs = parser.value(own.timeout).toInt(&ok);
        //: %1 is what was given instead
        if (!ok || timeoutMs < 0)
            return tr("--timeout expects a number of milliseconds, not '%1'")
                    .arg(parser.value(own.timeout));
        if (timeoutMs == 0)
            timeoutMs = -1; // as with curl --max-time 0: no limit
    }
    if (parser.isSet(own.layout)) {
        if (!load)
            return tr("--layout only applies to --load");
        const QString value = parser.value(own.layout);
        if (value == QLatin1StringView("shm"))
            layout = LoadTask::Layout::Shm;
        else if (value == QLatin1StringView("qt-example"))
            layout = LoadTask::Layout::QtExample;
        else if (value == QLatin1StringView("classic"))
            layout = LoadTask::Layout::Classic;
        else
            //: %1 is what was given instead; keep shm, qt-example and classic as they are
            return tr("--layout expects shm, qt-example or classic, not '%1'").arg(value);
    }
    if (load || follow) {
        const QCommandLineOption &option = load ? own.load : own.follow;
        loadTarget = parser.value(option);
        if (loadTarget.isEmpty())
            return load ? tr("--load needs the name of a bundled text, a path, or -")
                        : tr("--follow needs the name of a bundled text, a path, or -");
        mode = load ? Mode::Load : Mode::Follow;
    } else if (list) {
        mode = Mode::List;
    }
    if (parser.isSet(own.name)) {
        if (!readsStandardInput())
            return tr("--name only applies to --load - and --follow -");
        streamName = parser.value(own.name);
        if (streamName.isEmpty())
            return tr("--name must not be empty");
    } else {
        streamName = QStringLiteral("stdin"); // never translated: see streamName
    }
    return {};
}

LoaderOptions LoaderOptions::parse(const QStringList &arguments)
{
    LoaderOptions options;
    options.key = QLatin1StringView(ShmConstants::DefaultKey);

    QCommandLineParser parser;
    const CommandLine::StandardOptions standard = CommandLine::addStandardOptions(
            parser,
            tr("Loads a text or an image into the shared memory segment that shm-viewer "
               "shows.\nWithout --load, --follow or --list it opens a window with the bundled "
               "files."),
            {QStringLiteral("name")});
    const OwnOptions own = addOwnOptions(parser);

    options.outcome = CommandLine::parse(parser, standard, arguments, QStringLiteral("shm-loader"));
    if (options.outcome.kind != CommandLine::Outcome::Kind::Proceed) {
        if (!options.outcome.unexpectedArgument.isEmpty()) {
            //: %1 is the argument given without an option, often a file's path
            options.outcome.text = tr("Unexpected argument '%1' (to load a file, use --load PATH)")
                                           .arg(options.outcome.unexpectedArgument);
        }
        return options;
    }
    const QString reason = options.readValues(parser, own);
    if (!reason.isEmpty())
        options.outcome = CommandLine::fail(reason);
    return options;
}
