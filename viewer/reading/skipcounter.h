// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SKIPCOUNTER_H
#define SKIPCOUNTER_H

#include "segmentsnapshot.h"

#include <optional>

// How many writes a reader never showed: every write of our layout increments the header's
// generation, so the gap between the generations of two snapshots shown one after the other is
// the writes in between that were never shown (polled too late, or replaced in the worker's
// mailbox). Only gaps it can trust count: after another layout's content (no generation), after a
// write cut short, or when the writer's counter went back (another layout wrote meanwhile and our
// next writer started again at 1), the count is 0 and counting starts again from there.
class SkipCounter
{
public:
    struct Count
    {
        quint64 skipped = 0; // writes since the previous snapshot shown that were never shown
        bool continued = false; // the previous snapshot shown was of the same run of generations
    };

    // Takes snapshot as shown (or printed) and says what came between it and the one before.
    Count shown(const SegmentSnapshot &snapshot);

private:
    // The generation of the last snapshot shown, when the next write's is known to follow from
    // it: 0 after an empty segment (a writer of ours starts at 1 there); nullopt when unknown.
    std::optional<quint64> m_last;
};

#endif // SKIPCOUNTER_H
