// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWERLOG_H
#define VIEWERLOG_H

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcViewer)
// Off by default: "presented seq=... writtenAtMs=... nowUs=..." lines for latency measurements.
// Enable with QT_LOGGING_RULES="shm.viewer.latency=true".
Q_DECLARE_LOGGING_CATEGORY(lcViewerLatency)

namespace ViewerLog {

// Writes the latency line for a presented snapshot to stderr when lcViewerLatency is enabled.
void presented(quint64 generation, qint64 writtenAtMs);

} // namespace ViewerLog

#endif // VIEWERLOG_H
