// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LOADREPORT_H
#define LOADREPORT_H

#include "segmentwriter.h"

#include <QCoreApplication>
#include <QString>

// How shm-loader words a load's result (window status and the --load line) and the exit code of
// --load: the loader's own conventions, which common/ knows nothing of.
// A class of static functions, not a namespace, only for its translation context (tr()).
class LoadReport
{
    Q_DECLARE_TR_FUNCTIONS(LoadReport)
public:
    // "Loaded notes.md (2.3 KiB) into shared memory", "The viewer is not running — …", or the
    // problem.
    static QString message(const SegmentWriter::Result &result);

    // The exit code of shm-loader --load: 0 loaded, 2 no viewer, 3 file refused, 1 anything else.
    static int exitCode(SegmentWriter::Status status);
};

#endif // LOADREPORT_H
