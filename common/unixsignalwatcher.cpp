// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "unixsignalwatcher.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSignals, "shm.signals")

namespace {

// The handler is process-wide, so the write ends of every live watcher's pipe are kept in a
// fixed table the handler can read without locks or allocation.
constexpr int MaxWatchers = 8;
std::atomic<int> writeEnds[MaxWatchers] = {-1, -1, -1, -1, -1, -1, -1, -1};

void handleSignal(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    for (auto &fd : writeEnds) {
        const int end = fd.load(std::memory_order_relaxed);
        if (end >= 0) {
            // A full pipe means the signal is already pending there: dropping it is fine.
            [[maybe_unused]] const ssize_t written = ::write(end, &byte, 1);
        }
    }
    errno = savedErrno;
}

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcSignals, "Cannot create the signal pipe: %s", strerror(errno));
        m_pipe[0] = m_pipe[1] = -1;
        return;
    }
    bool registered = false;
    for (auto &fd : writeEnds) {
        int expected = -1;
        if (fd.compare_exchange_strong(expected, m_pipe[1])) {
            registered = true;
            break;
        }
    }
    if (!registered)
        qCWarning(lcSignals, "Too many UnixSignalWatcher objects; this one will not see signals");
    m_notifier = new QSocketNotifier(m_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readPipe);
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    for (qsizetype i = 0; i < m_signals.size(); ++i) {
        ::sigaction(m_signals.at(i), &m_previousActions[size_t(i)], nullptr);
    }
    for (auto &fd : writeEnds) {
        int expected = m_pipe[1];
        if (expected >= 0 && fd.compare_exchange_strong(expected, -1))
            break;
    }
    delete m_notifier;
    for (const int fd : m_pipe) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool UnixSignalWatcher::watch(int signalNumber)
{
    if (m_pipe[1] < 0)
        return false;
    if (m_signals.contains(signalNumber))
        return true;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    struct sigaction previous;
    if (::sigaction(signalNumber, &action, &previous) != 0) {
        qCWarning(lcSignals, "Cannot watch signal %d: %s", signalNumber, strerror(errno));
        return false;
    }
    m_signals.append(signalNumber);
    m_previousActions.push_back(previous);
    return true;
}

void UnixSignalWatcher::readPipe()
{
    unsigned char bytes[16];
    ssize_t count;
    while ((count = ::read(m_pipe[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < count; ++i) {
            if (m_signals.contains(int(bytes[i])))
                emit unixSignal(int(bytes[i]));
        }
    }
}
