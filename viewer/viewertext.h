// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWERTEXT_H
#define VIEWERTEXT_H

#include "segmentsnapshot.h"

#include <QString>

// The viewer's user-facing sentences, in one place for the window, --print's stderr and tests.
namespace ViewerText {

QString placeholder(); // "No file loaded yet — start shm-loader and pick a file"
QString bytes(qint64 count); // "12,345 bytes (12.1 KiB)"
// "Using the existing segment of 4,096 bytes (asked for 65,536)"
QString sizeNote(qint64 actualSize, qint64 requestedSize);
QString segmentInfo(const QString &key, qint64 size); // "Segment “key” — 65,536 bytes"
// "Waiting for the segment lock — another process has held it for 3 s"
QString lockWait(qint64 waitedMs);
// The status line for what a poll found: source, size, truncation, time of the load (local time).
QString status(const SegmentSnapshot &snapshot);
// The find bar's count: "3 of 41", "3 of 1,000,000+", "No matches", "Searching…"; current is
// 0-based, -1 for none.
QString findSummary(int current, int count, bool capped, bool searching);
// Why a text stays plain: "Shown as plain text: 3.0 MiB is over the 2.0 MiB limit for rich text"
QString richTooLarge(qint64 bytes, qint64 limit);

} // namespace ViewerText

#endif // VIEWERTEXT_H
