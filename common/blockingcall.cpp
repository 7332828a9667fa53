// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "blockingcall.h"

#include "segmentlock.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include <unistd.h>

static std::atomic<int> s_unfinished{0};

// Shared by the caller and the thread, so either may go first. owner is cleared by the caller's
// destructor under the mutex: the thread only posts to a live object.
struct BlockingCall::State
{
    std::mutex mutex;
    std::condition_variable condition;
    bool finished = false;
    BlockingCall *owner = nullptr;
};

// [walkthrough: blocking-call]
BlockingCall::BlockingCall(std::function<void()> work, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_state->owner = this;
    ++s_unfinished;
    std::thread([state = m_state, work = std::move(work)]() mutable {
        work();
        work = nullptr; // what it captured goes now, not after "finished"
        const std::lock_guard<std::mutex> guard(state->mutex);
        --s_unfinished;
        state->finished = true;
        state->condition.notify_all();
        if (BlockingCall *owner = state->owner) {
            // Queued to the owner's thread; Qt drops the event if the owner is destroyed first.
            QMetaObject::invokeMethod(
                    owner, [owner] { emit owner->finished(); }, Qt::QueuedConnection);
        }
    }).detach();
}
// [/walkthrough: blocking-call]

BlockingCall::~BlockingCall()
{
    const std::lock_guard<std::mutex> guard(m_state->mutex);
    m_state->owner = nullptr;
}

bool BlockingCall::isFinished() const
{
    const std::lock_guard<std::mutex> guard(m_state->mutex);
    return m_state->finished;
}

bool BlockingCall::wait(QDeadlineTimer deadline)
{
    std::unique_lock<std::mutex> lock(m_state->mutex);
    const auto done = [this] { return m_state->finished; };
    if (deadline.isForever()) {
        m_state->condition.wait(lock, done);
        return true;
    }
    return m_state->condition.wait_for(lock, std::chrono::milliseconds(deadline.remainingTime()),
                                       done);
}

int BlockingCall::unfinishedCount()
{
    return s_unfinished.load();
}

// [walkthrough: exit-process]
int BlockingCall::exitProcess(int exitCode)
{
    if (unfinishedCount() == 0)
        return exitCode;
    // A call may be inside a write rather than stuck before it: let that finish, so that no
    // segment is left with new text under an old header.
    SegmentLock::closeForExit(5000);
    std::fflush(stdout);
    std::fflush(stderr);
    ::_exit(exitCode);
}
// [/walkthrough: exit-process]
