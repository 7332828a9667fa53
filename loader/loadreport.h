// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LOADREPORT_H
#define LOADREPORT_H

#include "segmentwriter.h"

#include <QString>

// How shm-loader words a load's result (window status and the --load line) and the exit code of
// --load: the loader's own conventions, which common/ knows nothing of.
namespace LoadReport {

// "Loaded notes.md (2.3 KiB) into shared memory", "The viewer is not running — …", or the
// problem.
QString message(const SegmentWriter::Result &result);

// The exit code of shm-loader --load: 0 loaded, 2 no viewer, 3 file refused, 1 anything else.
int exitCode(SegmentWriter::Status status);

} // namespace LoadReport

#endif // LOADREPORT_H
