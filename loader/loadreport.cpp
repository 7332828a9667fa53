// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loadreport.h"

#include "segmentlayout.h"

#include <QLocale>

QString LoadReport::message(const SegmentWriter::Result &result)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    switch (result.status) {
    case SegmentWriter::Status::Loaded:
        break;
    case SegmentWriter::Status::ViewerNotRunning:
        return result.removedOrphan
                ? tr("The viewer is not running — start shm-viewer first (removed a segment left "
                     "by a viewer that did not quit cleanly)")
                : tr("The viewer is not running — start shm-viewer first");
    case SegmentWriter::Status::TooLarge:
        //: %1 is the image's name, %2 and %3 numbers of bytes, such as 369,140 and 65,279
        return tr("Cannot load %1: the image of %2 bytes is larger than the %3 bytes the segment "
                  "has room for")
                .arg(result.sourceName, english.toString(qint64(result.originalSize)),
                     english.toString(qint64(SegmentLayout::textCapacity(result.segmentSize))));
    case SegmentWriter::Status::FileRefused:
    case SegmentWriter::Status::Failed:
        return result.problem;
    }
    const SegmentWriter::Image &image = result.image;
    if (image.sourceWidth != 0) {
        //: %1 is the image's name; %2×%3 its width and height in pixels, %4×%5 the scaled ones
        return tr("Loaded %1 into shared memory, scaled to fit: %2×%3 → %4×%5")
                .arg(result.sourceName)
                .arg(image.sourceWidth)
                .arg(image.sourceHeight)
                .arg(image.width)
                .arg(image.height);
    }
    // Each case its own whole sentence, for the translators.
    if (result.truncated) {
        const QString kept = english.toString(result.textBytes);
        const QString of = english.toString(result.originalSize);
        if (!result.validUtf8) {
            //: %1 is the file's name, %2 and %3 numbers of bytes, such as 65,279 and 118,305
            return tr("Loaded %1 into shared memory, truncated to %2 of %3 bytes — not valid "
                      "UTF-8: the viewer shows replacement characters")
                    .arg(result.sourceName, kept, of);
        }
        //: %1 is the file's name, %2 and %3 numbers of bytes, such as 65,279 and 118,305
        return tr("Loaded %1 into shared memory, truncated to %2 of %3 bytes")
                .arg(result.sourceName, kept, of);
    }
    const QString size = english.formattedDataSize(result.textBytes, 1, QLocale::DataSizeIecFormat);
    if (!result.validUtf8) {
        //: %1 is the file's name, %2 its size, such as 2.3 KiB
        return tr("Loaded %1 (%2) into shared memory — not valid UTF-8: the viewer shows "
                  "replacement characters")
                .arg(result.sourceName, size);
    }
    //: %1 is the file's name, %2 its size, such as 2.3 KiB
    return tr("Loaded %1 (%2) into shared memory").arg(result.sourceName, size);
}

int LoadReport::exitCode(SegmentWriter::Status status)
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
