// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LATENCYPROBE_H
#define LATENCYPROBE_H

#include <QObject>

#include <atomic>
#include <memory>

class QQuickWindow;
class ViewerBackend;

// For measuring only (scripts/measure-performance.sh, QT_LOGGING_RULES="shm.viewer.latency=
// true"): follows each new snapshot to the screen and logs the frame that shows it. The model
// changed (GUI thread), the scene graph took it over (afterSynchronizing), the frame was swapped
// (frameSwapped): the last two run on the render thread, so the state is atomic and shared.
// main.cpp attaches one only when the category is on; the production classes know nothing of it.
class LatencyProbe : public QObject
{
    Q_OBJECT
public:
    LatencyProbe(ViewerBackend *backend, QQuickWindow *window);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

#endif // LATENCYPROBE_H
