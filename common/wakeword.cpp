// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "wakeword.h"

#include "segmentlayout.h"

#include <climits>

#ifdef Q_OS_LINUX
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <ctime>
#else
#include <condition_variable>
#include <mutex>
#endif

static quint32 *wordOf(void *segment)
{
    return reinterpret_cast<quint32 *>(static_cast<char *>(segment)
                                       + SegmentLayout::WakeWordOffset);
}

#ifdef Q_OS_LINUX
// FUTEX_WAIT and FUTEX_WAKE without FUTEX_PRIVATE_FLAG: the waiters are in other processes,
// which map the word at other addresses.
static long futex(quint32 *word, int operation, quint32 value, const timespec *timeout)
{
    return ::syscall(SYS_futex, word, operation, value, timeout, nullptr, 0);
}

static void wakeAll(quint32 *word)
{
    futex(word, FUTEX_WAKE, INT_MAX, nullptr);
}
#endif

WakeWord::WakeWord(void *segment)
    : m_word(wordOf(segment))
{ }

void WakeWord::bump(void *segment)
{
    __atomic_fetch_add(wordOf(segment), 1u, __ATOMIC_SEQ_CST);
}

void WakeWord::wake(void *segment)
{
#ifdef Q_OS_LINUX
    wakeAll(wordOf(segment));
#else
    Q_UNUSED(segment);
#endif
}

quint32 WakeWord::load() const
{
    return __atomic_load_n(m_word, __ATOMIC_ACQUIRE);
}

#ifdef Q_OS_LINUX

// [walkthrough: futex-wait]
void WakeWord::wait(quint32 seen, int timeoutMs)
{
    m_waiting.store(true, std::memory_order_seq_cst);
    if (!isInterrupted()) {
        const timespec timeout = {timeoutMs / 1000, long(timeoutMs % 1000) * 1000000L};
        // EAGAIN (the word already moved on), EINTR and ETIMEDOUT all mean: go and look.
        futex(m_word, FUTEX_WAIT, seen, &timeout);
    }
    m_waiting.store(false, std::memory_order_seq_cst);
}
// [/walkthrough: futex-wait]

void WakeWord::interrupt()
{
    m_interrupted.store(true, std::memory_order_seq_cst);
    // The word cannot be bumped here: in a segment of a classic loader it is part of the text.
    // So wake until the waiter has left: a wake that comes between its check of the flag and its
    // FUTEX_WAIT is lost, the next one is not (and the wait ends by its timeout anyway). Each
    // wake also rouses the other viewers on this word; they poll once, find nothing new and wait
    // again.
    for (;;) {
        wakeAll(m_word);
        if (!m_waiting.load(std::memory_order_seq_cst))
            return;
        ::usleep(100);
    }
}

#else

// One condition for all WakeWords of the process: only interrupt() uses it.
static std::mutex s_mutex;
static std::condition_variable s_condition;

void WakeWord::wait(quint32 seen, int timeoutMs)
{
    Q_UNUSED(seen);
    std::unique_lock<std::mutex> lock(s_mutex);
    s_condition.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                         [this] { return isInterrupted(); });
}

void WakeWord::interrupt()
{
    {
        const std::lock_guard<std::mutex> lock(s_mutex);
        m_interrupted.store(true, std::memory_order_release);
    }
    s_condition.notify_all();
}

#endif
