// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "viewertext.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace ViewerText {

// Thousands separators as the loader writes them, whatever the user's locale.
static QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString placeholder()
{
    return QStringLiteral("No file loaded yet — start shm-loader and pick a file");
}

QString bytes(qint64 count)
{
    QString text = QStringLiteral("%1 %2").arg(english().toString(count),
                                               count == 1 ? QStringLiteral("byte")
                                                          : QStringLiteral("bytes"));
    // Large counts also in a unit one can take in at a glance: "16,777,216 bytes (16.0 MiB)".
    if (count >= 10 * 1024)
        text += QStringLiteral(" (%1)").arg(
                english().formattedDataSize(count, 1, QLocale::DataSizeIecFormat));
    return text;
}

QString sizeNote(qint64 actualSize, qint64 requestedSize)
{
    return QStringLiteral("Using the existing segment of %1 bytes (asked for %2)")
            .arg(english().toString(actualSize), english().toString(requestedSize));
}

QString segmentInfo(const QString &key, qint64 size)
{
    return QStringLiteral("Segment “%1” — %2").arg(key, bytes(size));
}

QString lockWait(qint64 waitedMs)
{
    if (waitedMs < 1000)
        return QStringLiteral("Waiting for the segment lock — another process is holding it");
    return QStringLiteral("Waiting for the segment lock — another process has held it for %1 s")
            .arg(waitedMs / 1000);
}

static QString loadTime(const QDateTime &loadedAt)
{
    const QDateTime local = loadedAt.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

static QString invalidUtf8Note()
{
    return QStringLiteral(" — not valid UTF-8, shown with replacement characters");
}

QString status(const SegmentSnapshot &snapshot)
{
    switch (snapshot.state) {
    case SegmentSnapshot::State::Empty:
        return QStringLiteral("Ready — no file loaded yet");
    case SegmentSnapshot::State::Unreadable:
        return QStringLiteral("Unreadable segment: %1").arg(snapshot.problem);
    case SegmentSnapshot::State::Raw: {
        if (snapshot.hasImage())
            return QStringLiteral("Raw image (no header: QDataStream << QImage, as Qt's Shared "
                                  "Memory Example writes it) — %1 × %2, %3")
                    .arg(snapshot.width)
                    .arg(snapshot.height)
                    .arg(bytes(snapshot.payload.size()));
        QString text
                = QStringLiteral("Raw text (no header) — %1").arg(bytes(snapshot.payload.size()));
        if (!snapshot.validUtf8)
            text += invalidUtf8Note();
        return text;
    }
    case SegmentSnapshot::State::Valid:
        break;
    }
    const QString source
            = snapshot.sourceName.isEmpty() ? QStringLiteral("(unnamed)") : snapshot.sourceName;
    QString text = source + QStringLiteral(" — ");
    if (snapshot.hasImage()) {
        // "photo.jpg — image/jpeg, 1280 × 960, 201,344 bytes — scaled to fit from 4000 × 3000 —
        // loaded 15:24:06"
        text += QStringLiteral("%1, %2 × %3, %4")
                        .arg(snapshot.contentType)
                        .arg(snapshot.width)
                        .arg(snapshot.height)
                        .arg(bytes(snapshot.payload.size()));
        if (snapshot.sourceWidth != 0)
            text += QStringLiteral(" — scaled to fit from %1 × %2")
                            .arg(snapshot.sourceWidth)
                            .arg(snapshot.sourceHeight);
        if (snapshot.loadedAt.isValid())
            text += QStringLiteral(" — loaded ") + loadTime(snapshot.loadedAt);
        return text;
    }
    if (snapshot.truncated)
        text += QStringLiteral("truncated to %1 of %2 bytes")
                        .arg(english().toString(snapshot.payload.size()),
                             english().toString(snapshot.originalSize));
    else
        text += bytes(snapshot.payload.size());
    if (snapshot.loadedAt.isValid())
        text += QStringLiteral(" — loaded ") + loadTime(snapshot.loadedAt);
    if (!snapshot.validUtf8)
        text += invalidUtf8Note();
    return text;
}

QString findSummary(int current, int count, bool capped, bool searching)
{
    if (count == 0) {
        return searching ? QCoreApplication::translate("ViewerText", "Searching…")
                         : QCoreApplication::translate("ViewerText", "No matches");
    }
    QString total = english().toString(count);
    if (capped)
        total += QLatin1Char('+');
    if (current < 0)
        return QCoreApplication::translate("ViewerText", "%1 matches").arg(total);
    return QCoreApplication::translate("ViewerText", "%1 of %2")
            .arg(english().toString(current + 1), total);
}

QString richTooLarge(qint64 bytes, qint64 limit)
{
    return QCoreApplication::translate("ViewerText",
                                       "Shown as plain text: %1 is over the %2 limit for rich text")
            .arg(english().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat),
                 english().formattedDataSize(limit, 1, QLocale::DataSizeIecFormat));
}

} // namespace ViewerText
