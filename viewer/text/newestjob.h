// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef NEWESTJOB_H
#define NEWESTJOB_H

#include <atomic>
#include <functional>
#include <memory>

// "The newest job wins", for work on other threads that a newer request makes pointless (a find
// as you type, a rich-text build): start() supersedes every job started before. A job holds its
// Ticket and asks it, from any thread, whether it is stale to stop early; the owner takes its
// result only while it is current. The owner may go before its jobs: a ticket keeps what it
// needs.
class NewestJob
{
public:
    class Ticket
    {
    public:
        Ticket() = default;
        bool isStale() const
        {
            return !m_latest || m_latest->load(std::memory_order_acquire) != m_number;
        }
        // isStale() as a callable, for functions that check between their parts.
        std::function<bool()> staleCheck() const
        {
            return [ticket = *this] { return ticket.isStale(); };
        }

    private:
        friend class NewestJob;
        Ticket(std::shared_ptr<const std::atomic_int> latest, int number)
            : m_latest(std::move(latest))
            , m_number(number)
        { }
        std::shared_ptr<const std::atomic_int> m_latest;
        int m_number = -1;
    };

    NewestJob() = default;
    // Jobs still running find themselves stale.
    ~NewestJob() { supersedeAll(); }
    NewestJob(const NewestJob &) = delete;
    NewestJob &operator=(const NewestJob &) = delete;

    // A ticket for a new job; every earlier one is stale from now on.
    Ticket start()
    {
        const int number = ++m_count;
        m_latest->store(number, std::memory_order_release);
        return Ticket(m_latest, number);
    }
    // Every job started so far is stale, and none is current.
    void supersedeAll() { m_latest->store(++m_count, std::memory_order_release); }
    // Whether ticket's job is the newest one (on the owner's thread).
    bool isCurrent(const Ticket &ticket) const
    {
        return ticket.m_latest == m_latest && ticket.m_number == m_count;
    }

private:
    std::shared_ptr<std::atomic_int> m_latest = std::make_shared<std::atomic_int>(0);
    int m_count = 0;
};

#endif // NEWESTJOB_H
