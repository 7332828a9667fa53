// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SNAPSHOTJSON_H
#define SNAPSHOTJSON_H

#include "segmentsnapshot.h"

#include <QByteArray>
#include <QJsonObject>

// shm-viewer --print's output: one compact JSON object per snapshot. Other programs (the e2e tests)
// parse it, so the keys are fixed: state, seq, skipped, source, bytes, truncated, originalBytes,
// loadedAt, writerPid, segmentSize; then kind ("text" or "image") and contentType; for text
// validUtf8 and text; for an image width, height, sha256 (of the payload) and scaledFrom when the
// loader scaled it; for the unreadable state text (empty) and problem. Never translated, problem
// included: the same bytes in every language (no text, so a namespace).
namespace SnapshotJson {

// "valid", "raw", "unreadable", "empty": also --status's names for the content.
QString stateName(SegmentSnapshot::State state);
// False for an Empty snapshot: there is nothing to print.
bool isPrintable(const SegmentSnapshot &snapshot);
// skipped: the writes since the previous line that were never printed (SkipCounter).
QJsonObject toJson(const SegmentSnapshot &snapshot, quint64 skipped = 0);
// One line, newline included.
QByteArray toLine(const SegmentSnapshot &snapshot, quint64 skipped = 0);

} // namespace SnapshotJson

#endif // SNAPSHOTJSON_H
