// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loaderoptions.h"

#include "shmconstants.h"

static const QLatin1StringView KeyOption("key");
static const QLatin1StringView AssetsOption("assets");
static const QLatin1StringView LoadOption("load");
static const QLatin1StringView ListOption("list");
static const QLatin1StringView TimeoutOption("timeout");

LoaderOptions::LoaderOptions()
{
    m_parser.setApplicationDescription(
            QStringLiteral("Loads a text into the shared memory segment that shm-viewer shows.\n"
                           "Without --load or --list it opens a window with the bundled texts."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
            {LoadOption,
             QStringLiteral("Load NAME (a bundled text, or a file of --assets DIR) or the file "
                            "at PATH once, without a window, and exit: 0 loaded, 2 no viewer "
                            "running, 3 file refused or unreadable, 1 other errors."),
             QStringLiteral("NAME|PATH")},
            {ListOption,
             QStringLiteral("Print the names of the bundled texts (or of the files of --assets "
                            "DIR), one per line, and exit.")},
            {KeyOption,
             QStringLiteral("The shared memory key (default: %1).")
                     .arg(QLatin1StringView(ShmConstants::DefaultKey)),
             QStringLiteral("KEY")},
            {AssetsOption, QStringLiteral("Offer the files of DIR instead of the bundled texts."),
             QStringLiteral("DIR")},
            {TimeoutOption,
             QStringLiteral("With --load: give up after MS milliseconds of waiting for the shared "
                            "memory lock (exit 1). Default, or 0: wait as long as it takes."),
             QStringLiteral("MS")},
    });
    // QGuiApplication's own options reach this parser too, because it runs before the
    // application object exists; accept them quietly so "-platform offscreen" still works.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : {"platform", "style", "qwindowgeometry", "qwindowtitle", "display"}) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        m_parser.addOption(option);
    }
    QCommandLineOption reverse(QStringLiteral("reverse"));
    reverse.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(reverse);
}

LoaderOptions::Mode LoaderOptions::fail(const QString &text)
{
    m_errorText = text;
    return Mode::Error;
}

void LoaderOptions::parse(const QStringList &arguments)
{
    m_mode = m_parser.parse(arguments) ? interpret() : fail(m_parser.errorText());
}

LoaderOptions::Mode LoaderOptions::interpret()
{
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all")))
        return Mode::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Mode::Version;

    const QStringList positional = m_parser.positionalArguments();
    if (!positional.isEmpty())
        return fail(QStringLiteral("Unexpected argument '%1' (to load a file, use --load PATH)")
                            .arg(positional.constFirst()));

    m_key = QLatin1StringView(ShmConstants::DefaultKey);
    if (m_parser.isSet(KeyOption)) {
        m_key = m_parser.value(KeyOption);
        if (m_key.isEmpty())
            return fail(QStringLiteral("The key must not be empty"));
    }
    if (m_parser.isSet(AssetsOption)) {
        m_assetsDir = m_parser.value(AssetsOption);
        if (m_assetsDir.isEmpty())
            return fail(QStringLiteral("--assets needs a folder"));
    }

    const bool load = m_parser.isSet(LoadOption);
    const bool list = m_parser.isSet(ListOption);
    if (load && list)
        return fail(QStringLiteral("Use either --load or --list, not both"));
    if (m_parser.isSet(TimeoutOption)) {
        if (!load)
            return fail(QStringLiteral("--timeout only applies to --load"));
        bool ok = false;
        m_timeoutMs = m_parser.value(TimeoutOption).toInt(&ok);
        if (!ok || m_timeoutMs < 0)
            return fail(QStringLiteral("--timeout expects a number of milliseconds, not '%1'")
                                .arg(m_parser.value(TimeoutOption)));
        if (m_timeoutMs == 0)
            m_timeoutMs = -1; // as with curl --max-time 0: no limit
    }
    if (load) {
        m_loadTarget = m_parser.value(LoadOption);
        if (m_loadTarget.isEmpty())
            return fail(QStringLiteral("--load needs the name of a bundled text or a path"));
        return Mode::Load;
    }
    return list ? Mode::List : Mode::Window;
}
