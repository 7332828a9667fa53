// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTERROR_H
#define SEGMENTERROR_H

#include <QString>

class QSharedMemory;

namespace SegmentError {

// A short sentence for the status line: what failed, in words, plus Qt's errorString().
// action is what was tried ("attach to", "create", "lock").
QString describe(const QSharedMemory &memory, const QString &action);

} // namespace SegmentError

#endif // SEGMENTERROR_H
