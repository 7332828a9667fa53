// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef BLOCKINGCALL_H
#define BLOCKINGCALL_H

#include <QDeadlineTimer>
#include <QObject>

#include <functional>
#include <memory>

// Runs work that may never return on a thread of its own. QSharedMemory::lock() blocks with no
// timeout while another process holds the lock, and a *stopped* holder never lets go; attach(),
// detach() and create() take that lock too. The caller waits with a deadline or is told when the
// work is done, and may give up on it at any time: an unfinished call is abandoned, never joined.
// The work must own (or share) everything it touches, since it may outlive its caller.
//
// The one exit policy for abandoned calls: main() returns through exitProcess(), which leaves
// with _exit() while any call is still stuck, so that no static destructor runs under it, after
// letting a call that holds the segment's lock finish its write (SegmentLock::closeForExit).
class BlockingCall : public QObject
{
    Q_OBJECT
public:
    // Starts work at once.
    explicit BlockingCall(std::function<void()> work, QObject *parent = nullptr);
    // Never waits: an unfinished call is abandoned (it runs on, or stays blocked, on its own).
    ~BlockingCall() override;

    bool isFinished() const;
    // Waits until the work returns or the deadline passes; true when it returned.
    bool wait(QDeadlineTimer deadline);

    // Calls of the whole process still running, abandoned ones included.
    static int unfinishedCount();
    // Returns exitCode when no call is stuck; otherwise lets a write under way finish, flushes
    // stdio and _exit()s with it.
    static int exitProcess(int exitCode);

signals:
    // The work returned; delivered on this object's thread, never after its destruction.
    void finished();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

#endif // BLOCKINGCALL_H
