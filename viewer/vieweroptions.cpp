// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "vieweroptions.h"

#include "segmentlayout.h"
#include "shmconstants.h"

#include <QCommandLineParser>

static constexpr int MaxPollIntervalMs = 60000;

ViewerOptions ViewerOptions::parse(const QStringList &arguments)
{
    ViewerOptions options;
    options.key = QString::fromLatin1(ShmConstants::DefaultKey);
    options.segmentSize = ShmConstants::DefaultSegmentSize;
    options.pollIntervalMs = ShmConstants::DefaultPollIntervalMs;

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Shows the text shm-loader puts into shared memory. Creates the segment "
                           "(or joins an existing one) and polls it for changes."));
    // Not addHelpOption(): its --help-all lists Qt's own options, which this early parse rejects.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Displays this help."));
    parser.addOption(helpOption);
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QStringLiteral("Shared memory key (default: %1).")
                                               .arg(QLatin1String(ShmConstants::DefaultKey)),
                                       QStringLiteral("KEY"));
    const QCommandLineOption sizeOption(
            QStringLiteral("size"),
            QStringLiteral("Size of the segment to create, in bytes (default: %1, at least %2). "
                           "An existing segment is used with its own size.")
                    .arg(ShmConstants::DefaultSegmentSize)
                    .arg(SegmentLayout::MinimumSegmentSize),
            QStringLiteral("BYTES"));
    const QCommandLineOption intervalOption(
            QStringLiteral("interval"),
            QStringLiteral("Poll interval in milliseconds, 1 to %1 (default: %2).")
                    .arg(MaxPollIntervalMs)
                    .arg(ShmConstants::DefaultPollIntervalMs),
            QStringLiteral("MS"));
    const QCommandLineOption printOption(
            QStringLiteral("print"),
            QStringLiteral("No window: print the content and every change as one JSON object per "
                           "line on stdout."));
    parser.addOptions({keyOption, sizeOption, intervalOption, printOption});

    if (!parser.parse(arguments)) {
        options.action = Action::Fail;
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(helpOption)) {
        options.action = Action::ShowHelp;
        // Parsed before QCoreApplication exists, so Qt does not know the program's name.
        options.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                     QStringLiteral("shm-viewer"));
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.action = Action::ShowVersion;
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = Action::Fail;
        options.error = QStringLiteral("Unexpected argument: %1")
                                .arg(parser.positionalArguments().constFirst());
        return options;
    }

    if (parser.isSet(keyOption)) {
        options.key = parser.value(keyOption);
        if (options.key.isEmpty()) {
            options.action = Action::Fail;
            options.error = QStringLiteral("--key must not be empty");
            return options;
        }
    }
    if (parser.isSet(sizeOption)) {
        bool ok = false;
        const QString value = parser.value(sizeOption);
        const qint64 size = value.toLongLong(&ok);
        if (!ok || size < SegmentLayout::MinimumSegmentSize) {
            options.action = Action::Fail;
            options.error = QStringLiteral("--size must be a number of bytes, at least %1 (the "
                                           "header needs %2): \"%3\"")
                                    .arg(SegmentLayout::MinimumSegmentSize)
                                    .arg(SegmentLayout::HeaderSize)
                                    .arg(value);
            return options;
        }
        options.segmentSize = size;
    }
    if (parser.isSet(intervalOption)) {
        bool ok = false;
        const QString value = parser.value(intervalOption);
        const int interval = value.toInt(&ok);
        if (!ok || interval < 1 || interval > MaxPollIntervalMs) {
            options.action = Action::Fail;
            options.error
                    = QStringLiteral(
                              "--interval must be a number of milliseconds from 1 to %1: \"%2\"")
                              .arg(MaxPollIntervalMs)
                              .arg(value);
            return options;
        }
        options.pollIntervalMs = interval;
    }
    options.print = parser.isSet(printOption);
    return options;
}
