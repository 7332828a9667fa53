// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "vieweroptions.h"

#include "segmentlayout.h"
#include "shmconstants.h"

static constexpr int MaxPollIntervalMs = 60000;

// shm-viewer's own options, after the standard ones.
struct ViewerOptions::OwnOptions
{
    QCommandLineOption key;
    QCommandLineOption size;
    QCommandLineOption interval;
    QCommandLineOption print;
    QCommandLineOption status;
    QCommandLineOption json;
    QCommandLineOption cleanup;
};

ViewerOptions::OwnOptions ViewerOptions::addOwnOptions(QCommandLineParser &parser)
{
    const QCommandLineOption keyOption(
            QStringLiteral("key"),
            //: %1 is the default key, ShmLoaderText
            tr("Shared memory key (default: %1).").arg(QLatin1String(ShmConstants::DefaultKey)),
            QStringLiteral("KEY"));
    const QCommandLineOption sizeOption(
            QStringLiteral("size"),
            //: %1 and %2 are numbers of bytes
            tr("Size of the segment to create, in bytes (default: %1, at least %2). An existing "
               "segment is used with its own size.")
                    .arg(ShmConstants::DefaultSegmentSize)
                    .arg(SegmentLayout::MinimumSegmentSize),
            QStringLiteral("BYTES"));
    const QCommandLineOption intervalOption(
            QStringLiteral("interval"),
            //: %1 and %2 are numbers of milliseconds
            tr("Poll interval in milliseconds, for writers that do not wake the viewer, 1 to %1 "
               "(default: %2).")
                    .arg(MaxPollIntervalMs)
                    .arg(ShmConstants::DefaultPollIntervalMs),
            QStringLiteral("MS"));
    const QCommandLineOption printOption(
            QStringLiteral("print"),
            tr("No window: print the content and every change as one JSON object per line on "
               "stdout."));
    const QCommandLineOption statusOption(
            QStringLiteral("status"),
            tr("Say what the system holds for the key (segment, attached processes, content, "
               "lock) and exit: 0 the segment exists, 2 it does not."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("With --status: one JSON object."));
    const QCommandLineOption cleanupOption(
            QStringLiteral("cleanup"),
            tr("Remove the key's segment with its semaphore and key files when no process is "
               "attached (a leftover), and exit: 0 removed, 2 no segment, 1 refused because "
               "processes are attached."));
    parser.addOptions({keyOption, sizeOption, intervalOption, printOption, statusOption, jsonOption,
                       cleanupOption});
    return {keyOption,    sizeOption, intervalOption, printOption,
            statusOption, jsonOption, cleanupOption};
}

QString ViewerOptions::readValues(const QCommandLineParser &parser, const OwnOptions &own)
{
    const int modes = int(parser.isSet(own.print)) + int(parser.isSet(own.status))
            + int(parser.isSet(own.cleanup));
    if (modes > 1)
        return tr("Use one of --print, --status and --cleanup");
    if (parser.isSet(own.print))
        mode = Mode::Print;
    else if (parser.isSet(own.status))
        mode = Mode::Status;
    else if (parser.isSet(own.cleanup))
        mode = Mode::Cleanup;
    json = parser.isSet(own.json);
    if (json && mode != Mode::Status)
        return tr("--json only applies to --status");

    if (parser.isSet(own.key)) {
        key = parser.value(own.key);
        if (key.isEmpty())
            return tr("--key must not be empty");
    }
    if (parser.isSet(own.size)) {
        bool ok = false;
        const QString value = parser.value(own.size);
        const qint64 size = value.toLongLong(&ok);
        if (!ok || size < SegmentLayout::MinimumSegmentSize)
            //: %1 and %2 are numbers of bytes, %3 what was given instead
            return tr("--size must be a number of bytes, at least %1 (the header needs "
                      "%2): \"%3\"")
                    .arg(QString::number(SegmentLayout::MinimumSegmentSize),
                         QString::number(SegmentLayout::HeaderSize), value);
        segmentSize = size;
    }
    if (parser.isSet(own.interval)) {
        bool ok = false;
        const QString value = parser.value(own.interval);
        const int interval = value.toInt(&ok);
        if (!ok || interval < 1 || interval > MaxPollIntervalMs)
            //: %1 is a number of milliseconds, %2 what was given instead
            return tr("--interval must be a number of milliseconds from 1 to %1: \"%2\"")
                    .arg(QString::number(MaxPollIntervalMs), value);
        pollIntervalMs = interval;
    }
    return {};
}

ViewerOptions ViewerOptions::parse(const QStringList &arguments)
{
    ViewerOptions options;
    options.key = QString::fromLatin1(ShmConstants::DefaultKey);
    options.segmentSize = ShmConstants::DefaultSegmentSize;
    options.pollIntervalMs = ShmConstants::DefaultPollIntervalMs;

    QCommandLineParser parser;
    const CommandLine::StandardOptions standard = CommandLine::addStandardOptions(
            parser,
            tr("Shows the text shm-loader puts into shared memory. Creates the segment (or joins "
               "an existing one) and shows every write as it happens."));
    const OwnOptions own = addOwnOptions(parser);

    options.outcome = CommandLine::parse(parser, standard, arguments, QStringLiteral("shm-viewer"));
    if (options.outcome.kind != CommandLine::Outcome::Kind::Proceed)
        return options;
    const QString reason = options.readValues(parser, own);
    if (!reason.isEmpty())
        options.outcome = CommandLine::fail(reason);
    return options;
}
