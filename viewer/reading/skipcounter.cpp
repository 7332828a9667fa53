// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "skipcounter.h"

SkipCounter::Count SkipCounter::shown(const SegmentSnapshot &snapshot)
{
    Count count;
    if (snapshot.generation == 0) {
        // An empty segment: the next write of ours is generation 1, so one shown later at
        // generation g had g - 1 before it. Raw or unreadable bytes, a write cut short: no count.
        m_last = snapshot.state == SegmentSnapshot::State::Empty ? std::optional<quint64>(0)
                                                                 : std::nullopt;
        return count;
    }
    if (m_last && snapshot.generation > *m_last) {
        count.skipped = snapshot.generation - *m_last - 1;
        count.continued = *m_last != 0;
    }
    m_last = snapshot.generation;
    return count;
}
