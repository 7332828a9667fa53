// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "latencyprobe.h"

#include "viewerbackend.h"
#include "viewerlog.h"

#include <QQuickWindow>

struct LatencyProbe::State
{
    enum Stage { Idle, Changed, Synchronized };
    std::atomic<int> stage{Idle};
    std::atomic<quint64> generation{0};
    std::atomic<qint64> writtenAtMs{0};
};

LatencyProbe::LatencyProbe(ViewerBackend *backend, QQuickWindow *window)
    : QObject(window)
    , m_state(std::make_shared<State>())
{
    const std::shared_ptr<State> state = m_state;
    connect(backend, &ViewerBackend::textReplaced, this, [state, backend, window] {
        state->generation.store(quint64(backend->generation()));
        state->writtenAtMs.store(backend->loadedAtMs());
        state->stage.store(State::Changed);
        window->update();
    });
    connect(
            window, &QQuickWindow::afterSynchronizing, this,
            [state] {
                int expected = State::Changed;
                state->stage.compare_exchange_strong(expected, State::Synchronized);
            },
            Qt::DirectConnection);
    connect(
            window, &QQuickWindow::frameSwapped, this,
            [state] {
                int expected = State::Synchronized;
                if (state->stage.compare_exchange_strong(expected, State::Idle))
                    ViewerLog::presented(state->generation.load(), state->writtenAtMs.load());
            },
            Qt::DirectConnection);
}
