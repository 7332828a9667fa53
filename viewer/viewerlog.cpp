// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "viewerlog.h"

#include <cstdio>
#include <ctime>

Q_LOGGING_CATEGORY(lcViewer, "shm.viewer")
Q_LOGGING_CATEGORY(lcViewerLatency, "shm.viewer.latency", QtWarningMsg)

namespace ViewerLog {

void presented(quint64 generation, qint64 writtenAtMs)
{
    if (!lcViewerLatency().isInfoEnabled())
        return;
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    const long long nowUs = (long long)now.tv_sec * 1000000LL + now.tv_nsec / 1000;
    // Straight to stderr in a fixed format for the measuring script: no message pattern, and
    // cheap enough to call from the render thread. Never translated: a script reads it.
    fprintf(stderr, "presented seq=%llu writtenAtMs=%lld nowUs=%lld\n",
            (unsigned long long)generation, (long long)writtenAtMs, nowUs);
}

} // namespace ViewerLog
