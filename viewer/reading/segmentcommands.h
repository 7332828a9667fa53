// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTCOMMANDS_H
#define SEGMENTCOMMANDS_H

#include <QCoreApplication>
#include <QString>

// shm-viewer --status and --cleanup: looking at and removing what the system holds for a key,
// for the segments users of QSharedMemory meet and cannot explain (ipcs shows numbers, not
// meaning). They live in the viewer because it is the program that creates and owns the segment.
// Neither attaches through Qt, and neither waits more than a second for the lock, so neither can
// hang on a stopped holder.
// A class of static functions, not a namespace, only for its translation context (tr()): the
// human output is translated, --status --json never is.
class SegmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCommands)
public:
    // Prints the status (human-readable, or one JSON object); returns 0 when the segment
    // exists, 2 when it does not.
    static int status(const QString &key, bool json);

    // Removes an orphaned segment with its semaphore and key files: 0 removed, 2 no segment (a
    // semaphore or key files left without one are removed too), 1 refused (processes attached)
    // or failed.
    static int cleanup(const QString &key);
};

#endif // SEGMENTCOMMANDS_H
