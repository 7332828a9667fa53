// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TEXTSNAPSHOT_H
#define TEXTSNAPSHOT_H

#include "segmentsnapshot.h"
#include "textlineindex.h"

#include <QMetaType>

// What the worker hands to the GUI thread: a decoded snapshot and, for the window, its line index.
// Both are implicitly shared, so the queued signal copies no text.
struct TextSnapshot
{
    SegmentSnapshot snapshot;
    TextLineIndex lines;
};

Q_DECLARE_METATYPE(TextSnapshot)

#endif // TEXTSNAPSHOT_H
