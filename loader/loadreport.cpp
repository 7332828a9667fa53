// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loadreport.h"

#include "segmentlayout.h"

#include <QLocale>

namespace LoadReport {

QString message(const SegmentWriter::Result &result)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    switch (result.status) {
    case SegmentWriter::Status::Loaded:
        break;
    case SegmentWriter::Status::ViewerNotRunning:
        return result.removedOrphan
                ? QStringLiteral("The viewer is not running — start shm-viewer first (removed a "
                                 "segment left by a viewer that did not quit cleanly)")
                : QStringLiteral("The viewer is not running — start shm-viewer first");
    case SegmentWriter::Status::TooLarge:
        return QStringLiteral("Cannot load %1: the image of %2 bytes is larger than the %3 bytes "
                              "the segment has room for")
                .arg(result.sourceName, english.toString(qint64(result.originalSize)),
                     english.toString(qint64(SegmentLayout::textCapacity(result.segmentSize))));
    case SegmentWriter::Status::FileRefused:
    case SegmentWriter::Status::Failed:
        return result.problem;
    }
    QString message;
    const SegmentWriter::Image &image = result.image;
    if (image.sourceWidth != 0) {
        return QStringLiteral("Loaded %1 into shared memory, scaled to fit: %2×%3 → %4×%5")
                .arg(result.sourceName)
                .arg(image.sourceWidth)
                .arg(image.sourceHeight)
                .arg(image.width)
                .arg(image.height);
    }
    if (result.truncated) {
        message = QStringLiteral("Loaded %1 into shared memory, truncated to %2 of %3 bytes")
                          .arg(result.sourceName, english.toString(result.textBytes),
                               english.toString(result.originalSize));
    } else {
        message = QStringLiteral("Loaded %1 (%2) into shared memory")
                          .arg(result.sourceName,
                               english.formattedDataSize(result.textBytes, 1,
                                                         QLocale::DataSizeIecFormat));
    }
    if (!result.validUtf8)
        message += QStringLiteral(" — not valid UTF-8: the viewer shows replacement characters");
    return message;
}

int exitCode(SegmentWriter::Status status)
{
    switch (status) {
    case SegmentWriter::Status::Loaded:
        return 0;
    case SegmentWriter::Status::ViewerNotRunning:
        return 2;
    case SegmentWriter::Status::FileRefused:
    case SegmentWriter::Status::TooLarge:
        return 3;
    case SegmentWriter::Status::Failed:
        break;
    }
    return 1;
}

} // namespace LoadReport
