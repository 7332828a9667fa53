// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentworker.h"

#include "segmentreader.h"

#include <QThread>
#include <QTimer>

#include <chrono>

namespace {

// Marks a call that may block on the lock, for the owner's "waiting for the lock" display.
class BusyScope
{
public:
    explicit BusyScope(std::atomic<qint64> &busySince)
        : m_busySince(busySince)
    {
        m_busySince.store(SegmentWorker::steadyNowMs(), std::memory_order_release);
    }
    ~BusyScope() { m_busySince.store(0, std::memory_order_release); }
    Q_DISABLE_COPY_MOVE(BusyScope)

private:
    std::atomic<qint64> &m_busySince;
};

} // namespace

SegmentWorker::SegmentWorker(const Config &config, std::shared_ptr<std::atomic<qint64>> busySince)
    : m_config(config)
    , m_busySince(std::move(busySince))
{ }

SegmentWorker::~SegmentWorker() = default;

qint64 SegmentWorker::steadyNowMs()
{
    using namespace std::chrono;
    // + 1: 0 means "not busy".
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count() + 1;
}

void SegmentWorker::start()
{
    m_reader = std::make_unique<SegmentReader>(m_config.key);
    bool ok;
    {
        BusyScope busy(*m_busySince);
        ok = m_reader->open(m_config.requestedSize);
    }
    if (!ok) {
        emit openFailed(m_reader->errorString());
        m_reader.reset();
        return;
    }
    emit opened(m_reader->size(), m_reader->created());
    m_timer = new QTimer(this);
    m_timer->setInterval(m_config.intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SegmentWorker::poll);
    poll();
    m_timer->start();
}

void SegmentWorker::shutdown()
{
    if (m_timer)
        m_timer->stop();
    if (m_reader) {
        BusyScope busy(*m_busySince);
        m_reader.reset(); // detaches; the last process to detach removes the segment
    }
    thread()->quit();
}

void SegmentWorker::poll()
{
    if (!m_reader)
        return;
    SegmentSnapshot snapshot;
    SegmentReader::PollStatus status;
    {
        BusyScope busy(*m_busySince);
        status = m_reader->poll(&snapshot);
    }
    const QString error
            = status == SegmentReader::PollStatus::LockFailed ? m_reader->errorString() : QString();
    if (error != m_lastError) {
        m_lastError = error;
        emit pollError(error);
    }
    if (status != SegmentReader::PollStatus::Changed)
        return;
    TextSnapshot content;
    content.snapshot = std::move(snapshot);
    if (m_config.indexLines && content.snapshot.hasText())
        content.lines = TextLineIndex::build(content.snapshot.text);
    emit contentChanged(content);
}
