// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "viewertext.h"

#include "displaytext.h"

#include <QDate>
#include <QDir>
#include <QLocale>

// Thousands separators as the loader writes them, whatever the user's locale.
static QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

static QString dataSize(qint64 bytes)
{
    return english().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString ViewerText::placeholder()
{
    return tr("No file loaded yet — start shm-loader and pick a file");
}

QString ViewerText::bytes(qint64 count)
{
    if (count == 1)
        return tr("1 byte");
    const QString number = english().toString(count);
    // Large counts also in a unit one can take in at a glance: "16,777,216 bytes (16.0 MiB)".
    if (count >= 10 * 1024) {
        //: %1 is a number of bytes, such as 16,777,216; %2 the same in a unit, such as 16.0 MiB
        return tr("%1 bytes (%2)").arg(number, dataSize(count));
    }
    //: %1 is a number, such as 9,999
    return tr("%1 bytes").arg(number);
}

QString ViewerText::sizeNote(qint64 actualSize, qint64 requestedSize)
{
    //: %1 is the size of the segment that exists, %2 the size asked for (--size), in bytes
    return tr("Using the existing segment of %1 bytes (asked for %2)")
            .arg(english().toString(actualSize), english().toString(requestedSize));
}

QString ViewerText::segmentInfo(const QString &key, qint64 size)
{
    //: %1 is the shared memory key, %2 the segment's size, such as 65,536 bytes (64.0 KiB)
    return tr("Segment “%1” — %2").arg(key, bytes(size));
}

QString ViewerText::lockWait(qint64 waitedMs)
{
    if (waitedMs < 1000)
        return tr("Waiting for the segment lock — another process is holding it");
    //: %1 is a number of seconds
    return tr("Waiting for the segment lock — another process has held it for %1 s")
            .arg(waitedMs / 1000);
}

QString ViewerText::interrupted()
{
    return tr("The last write was interrupted (its writer ended half-way): still showing what "
              "was here before");
}

QString ViewerText::keyFilesRenewed()
{
    //: %1 is the directory of temporary files, such as /tmp
    return tr("A key file of the segment in %1 was deleted; the viewer made it anew, loads "
              "arrive again")
            .arg(QDir::tempPath());
}

// The time of a load, with its date when it was not today. A valid snapshot always has one
// (SegmentLayout::decode()); "?" only for one made by hand.
static QString loadTime(const QDateTime &loadedAt)
{
    if (!loadedAt.isValid())
        return QStringLiteral("?");
    const QDateTime local = loadedAt.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Each status line is one whole sentence for the translators, one for each case.
QString ViewerText::status(const SegmentSnapshot &snapshot)
{
    switch (snapshot.state) {
    case SegmentSnapshot::State::Empty:
        return tr("Ready — no file loaded yet");
    case SegmentSnapshot::State::Unreadable:
        //: %1 is why, in English in every language (as shm-viewer --print reports it)
        return tr("Unreadable segment: %1").arg(snapshot.problem);
    case SegmentSnapshot::State::Interrupted:
        return interrupted();
    case SegmentSnapshot::State::Raw: {
        const QString size = bytes(snapshot.payload.size());
        if (snapshot.hasImage()) {
            //: %1 × %2 is the image's width and height in pixels, %3 its size in bytes
            return tr("Raw image (no header: QDataStream << QImage, as Qt's Shared Memory Example "
                      "writes it) — %1 × %2, %3")
                    .arg(snapshot.width)
                    .arg(snapshot.height)
                    .arg(size);
        }
        if (!snapshot.validUtf8) {
            //: %1 is the text's size, such as 42 bytes
            return tr("Raw text (no header) — %1 — not valid UTF-8, shown with replacement "
                      "characters")
                    .arg(size);
        }
        //: %1 is the text's size, such as 42 bytes
        return tr("Raw text (no header) — %1").arg(size);
    }
    case SegmentSnapshot::State::Valid:
        break;
    }
    const QString source = snapshot.sourceName.isEmpty() ? tr("(unnamed)") : snapshot.sourceName;
    const QString time = loadTime(snapshot.loadedAt);
    // One arg() call each from here: a source name such as "100%2.txt" stays as it is.
    const QString size = bytes(snapshot.payload.size());
    if (snapshot.hasImage()) {
        if (snapshot.sourceWidth != 0) {
            //: %1 is the image's name, %2 its content type (image/png), %3 × %4 its width and
            //: height in pixels, %5 its size in bytes, %6 × %7 the size the loader scaled it
            //: from, %8 the time it was loaded (15:24:06)
            return tr("%1 — %2, %3 × %4, %5 — scaled to fit from %6 × %7 — loaded %8")
                    .arg(source, snapshot.contentType, QString::number(snapshot.width),
                         QString::number(snapshot.height), size,
                         QString::number(snapshot.sourceWidth),
                         QString::number(snapshot.sourceHeight), time);
        }
        //: %1 is the image's name, %2 its content type (image/png), %3 × %4 its width and
        //: height in pixels, %5 its size in bytes, %6 the time it was loaded (15:24:06)
        return tr("%1 — %2, %3 × %4, %5 — loaded %6")
                .arg(source, snapshot.contentType, QString::number(snapshot.width),
                     QString::number(snapshot.height), size, time);
    }
    if (snapshot.truncated) {
        const QString kept = english().toString(snapshot.payload.size());
        const QString of = english().toString(snapshot.originalSize);
        if (!snapshot.validUtf8) {
            //: %1 is the file's name, %2 and %3 numbers of bytes (65,279 of 118,305), %4 the
            //: time it was loaded (15:24:06)
            return tr("%1 — truncated to %2 of %3 bytes — loaded %4 — not valid UTF-8, shown "
                      "with replacement characters")
                    .arg(source, kept, of, time);
        }
        //: %1 is the file's name, %2 and %3 numbers of bytes (65,279 of 118,305), %4 the time
        //: it was loaded (15:24:06)
        return tr("%1 — truncated to %2 of %3 bytes — loaded %4").arg(source, kept, of, time);
    }
    if (!snapshot.validUtf8) {
        //: %1 is the file's name, %2 its size (2,345 bytes), %3 the time it was loaded
        //: (15:24:06)
        return tr("%1 — %2 — loaded %3 — not valid UTF-8, shown with replacement characters")
                .arg(source, size, time);
    }
    //: %1 is the file's name, %2 its size (2,345 bytes), %3 the time it was loaded (15:24:06)
    return tr("%1 — %2 — loaded %3").arg(source, size, time);
}

QString ViewerText::framesSkipped(const QString &status, quint64 skipped, quint64 total)
{
    // First: the status line is elided at its end, and this is what changes least.
    //: %1 of %2: of the frames written since a stream of frames began (%2), those the window
    //: never showed because newer ones came first (%1); %3 is the image's status line
    return tr("%1 of %2 frames skipped — %3")
            .arg(english().toString(skipped), english().toString(total), status);
}

QString ViewerText::findSummary(int current, int count, bool capped, bool searching)
{
    if (count == 0)
        return searching ? tr("Searching…") : tr("No matches");
    QString total = english().toString(count);
    if (capped)
        total += QLatin1Char('+');
    if (current < 0) {
        //: %1 is a number of matches, such as 41, or 1,000,000+ when the search stopped there
        return tr("%1 matches").arg(total);
    }
    //: the find bar's count: match %1 of %2, such as 3 of 41 (or of 1,000,000+)
    return tr("%1 of %2").arg(english().toString(current + 1), total);
}

QString ViewerText::richTooLarge(qint64 bytes, qint64 limit)
{
    //: %1 is the text's size, %2 the limit, such as 3.0 MiB and 2.0 MiB
    return tr("Shown as plain text: %1 is over the %2 limit for rich text")
            .arg(dataSize(bytes), dataSize(limit));
}

QString ViewerText::programNote(const QString &message)
{
    // A note goes to a terminal: nothing in it may drive the terminal.
    QString text = DisplayText::escaped(message);
    const QLocale::Language language = QLocale().language();
    if (language == QLocale::C || language == QLocale::English)
        text = text.left(1).toLower() + text.mid(1);
    return QCoreApplication::applicationName() + QStringLiteral(": ") + text;
}
