// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef WAKEWORD_H
#define WAKEWORD_H

#include <QtGlobal>

#include <atomic>

// The header's 32-bit wake word: every writer bumps it and, after unlocking, wakes whoever waits
// on it, so a viewer sees a write at once instead of at its next poll. On Linux the wait is a futex
// on the word in the shared mapping (shared, so it works across processes); elsewhere there is no
// cross-process wake, and wait() just sleeps until its timeout or interrupt(), as plain polling.
// Writers that know nothing of the word (a classic strncpy loader) are still seen by that poll.
class WakeWord
{
    Q_DISABLE_COPY_MOVE(WakeWord)
public:
    // segment: the attached segment's first byte; the word is at SegmentLayout::WakeWordOffset.
    // The segment must be at least SegmentLayout::HeaderSize bytes.
    explicit WakeWord(void *segment);

    // The writer's side, a ring in two steps: bump() while still holding the lock (the header is
    // ours then; in a classic loader's segment these bytes are text, and such a loader may take
    // the lock the moment it is free), then wake() every waiter after unlock().
    static void bump(void *segment);
    static void wake(void *segment);

    quint32 load() const;
    // Blocks until the word differs from seen, a ring or interrupt() wakes it, or timeoutMs
    // passes; may also return early for no reason. Read the word with load() *before* reading
    // the segment, then wait with that value: a write in between is never missed.
    void wait(quint32 seen, int timeoutMs);
    // Ends the current or next wait() at once, from any thread. Sticky: every later wait()
    // returns at once too.
    void interrupt();
    bool isInterrupted() const { return m_interrupted.load(std::memory_order_acquire); }

private:
    quint32 *m_word;
    std::atomic<bool> m_interrupted{false};
    std::atomic<bool> m_waiting{false};
};

#endif // WAKEWORD_H
