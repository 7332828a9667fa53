// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TEXTSNAPSHOT_H
#define TEXTSNAPSHOT_H

#include "segmentsnapshot.h"
#include "textlineindex.h"

#include <QImage>
#include <QMetaType>

// What the worker hands to the GUI thread: a decoded snapshot and, for the window, its line index
// or its decoded image. All are implicitly shared, so the queued signal copies no payload.
struct TextSnapshot
{
    SegmentSnapshot snapshot;
    TextLineIndex lines;
    QImage image; // decoded on the worker thread, within the allocation limit
};

Q_DECLARE_METATYPE(TextSnapshot)

#endif // TEXTSNAPSHOT_H
