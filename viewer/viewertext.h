// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWERTEXT_H
#define VIEWERTEXT_H

#include "segmentsnapshot.h"

#include <QCoreApplication>
#include <QString>

// The viewer's user-facing sentences, in one place for the window, --print's stderr and tests.
// A class of static functions, not a namespace, only for its translation context (tr()).
class ViewerText
{
    Q_DECLARE_TR_FUNCTIONS(ViewerText)
public:
    static QString placeholder(); // "No file loaded yet — start shm-loader and pick a file"
    static QString bytes(qint64 count); // "12,345 bytes (12.1 KiB)"
    // "Using the existing segment of 4,096 bytes (asked for 65,536)"
    static QString sizeNote(qint64 actualSize, qint64 requestedSize);
    static QString segmentInfo(const QString &key, qint64 size); // "Segment “key” — 65,536 bytes"
    // "Waiting for the segment lock — another process has held it for 3 s"
    static QString lockWait(qint64 waitedMs);
    // The notice while the segment holds a write its writer never finished.
    static QString interrupted();
    // "A key file of the segment in /tmp was deleted; the viewer made it anew, loads arrive again"
    static QString keyFilesRenewed();
    // The status line for what a poll found: source, size, truncation, time of the load (local
    // time). An unreadable segment's problem stays English (it is --print's "problem" too).
    static QString status(const SegmentSnapshot &snapshot);
    // An image's status line while a stream of frames arrives faster than the window shows
    // them: "120 of 600 frames skipped — <status>".
    static QString framesSkipped(const QString &status, quint64 skipped, quint64 total);
    // The find bar's count: "3 of 41", "3 of 1,000,000+", "No matches", "Searching…"; current is
    // 0-based, -1 for none.
    static QString findSummary(int current, int count, bool capped, bool searching);
    // Why a text stays plain: "Shown as plain text: 3.0 MiB is over the 2.0 MiB limit for rich
    // text"
    static QString richTooLarge(qint64 bytes, qint64 limit);
    // A note on stderr: "shm-viewer: using the existing segment …", escaped (DisplayText) as it
    // may carry a name. The first letter is made small only in English (the source strings):
    // other languages keep their own capitals.
    static QString programNote(const QString &message);
};

#endif // VIEWERTEXT_H
