// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loadreport.h"

#include <QLocale>

namespace LoadReport {

QString message(const SegmentWriter::Result &result)
{
    switch (result.status) {
    case SegmentWriter::Status::Loaded:
        break;
    case SegmentWriter::Status::ViewerNotRunning:
        return result.removedOrphan
                ? QStringLiteral("The viewer is not running — start shm-viewer first (removed a "
                                 "segment left by a viewer that did not quit cleanly)")
                : QStringLiteral("The viewer is not running — start shm-viewer first");
    case SegmentWriter::Status::FileRefused:
    case SegmentWriter::Status::Failed:
        return result.problem;
    }
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QString message;
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
        return 3;
    case SegmentWriter::Status::Failed:
        break;
    }
    return 1;
}

} // namespace LoadReport
