// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentworker.h"

#include "imagedecoder.h"
#include "segmentreader.h"
#include "segmentreaper.h"

#include <chrono>

// Marks a call that may block on the lock, for the owner's "waiting for the lock" display.
class SegmentWorker::BusyScope
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

SegmentWorker::SegmentWorker(const Config &config)
    : m_config(config)
{ }

SegmentWorker::~SegmentWorker() = default;

qint64 SegmentWorker::steadyNowMs()
{
    using namespace std::chrono;
    // + 1: 0 means "not busy".
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count() + 1;
}

void SegmentWorker::run()
{
    SegmentReader reader(m_config.key);
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_reader = &reader;
    }
    bool isOpen;
    {
        BusyScope busy(m_busySince);
        isOpen = reader.open(m_config.requestedSize);
    }
    if (!isOpen) {
        emit openFailed(reader.errorString());
    } else {
        emit opened(reader.size());
        // [walkthrough: wait-loop]
        while (!m_stopping.load(std::memory_order_acquire)) {
            // Read before polling: a write after this point ends the wait below at once.
            const quint32 seen = reader.wakeValue();
            poll();
            if (m_stopping.load(std::memory_order_acquire))
                break;
            reader.waitForWrite(seen, m_config.intervalMs);
        }
        // [/walkthrough: wait-loop]
    }
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_reader = nullptr;
    }
    {
        BusyScope busy(m_busySince);
        reader.close(); // may block on the lock; the last process to detach removes the segment
    }
    // Others still attached may leave without detaching (a stopped lock holder killed later).
    SegmentReaper::startIfInUse(m_config.key);
}

void SegmentWorker::stop()
{
    m_stopping.store(true, std::memory_order_release);
    const std::lock_guard<std::mutex> guard(m_mutex);
    if (m_reader)
        m_reader->interruptWait();
}

std::optional<TextSnapshot> SegmentWorker::takeContent()
{
    const std::lock_guard<std::mutex> guard(m_mutex);
    return std::exchange(m_mailbox, std::nullopt);
}

void SegmentWorker::poll()
{
    SegmentReader *reader = m_reader; // only run()'s thread changes it
    SegmentSnapshot snapshot;
    SegmentReader::PollStatus status;
    {
        BusyScope busy(m_busySince);
        status = reader->poll(&snapshot);
    }
    const QString error
            = status == SegmentReader::PollStatus::LockFailed ? reader->errorString() : QString();
    if (error != m_lastError) {
        m_lastError = error;
        emit pollError(error);
    }
    if (status != SegmentReader::PollStatus::Changed)
        return;
    TextSnapshot content;
    content.snapshot = std::move(snapshot);
    if (m_config.indexLines && content.snapshot.hasText())
        content.lines = TextLineIndex::build(content.snapshot.payload);
    if (content.snapshot.hasImage()) {
        // Here, never on the GUI thread, and bounded: hostile bytes that claim to be an image
        // end as an unreadable snapshot.
        ImageDecoder::Result decoded
                = ImageDecoder::decode(content.snapshot.payload, content.snapshot.contentType);
        const QSize declared(int(content.snapshot.width), int(content.snapshot.height));
        // The problem stays English in every language (decoded.problem, not .message): it is the
        // snapshot's problem, which --print's JSON holds; the window shows it after its own
        // translated "Unreadable segment: " (ViewerText::status()).
        if (!decoded.image.isNull() && decoded.image.size() != declared)
            decoded.problem = QStringLiteral("the header says %1 × %2, the image is %3 × %4")
                                      .arg(declared.width())
                                      .arg(declared.height())
                                      .arg(decoded.image.width())
                                      .arg(decoded.image.height());
        if (!decoded.problem.isEmpty() || decoded.image.isNull()) {
            content.snapshot.state = SegmentSnapshot::State::Unreadable;
            content.snapshot.problem = QStringLiteral("Unreadable image: %1").arg(decoded.problem);
            content.snapshot.payload.clear();
        } else {
            content.image = std::move(decoded.image);
        }
    }
    bool wasEmpty;
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        wasEmpty = !m_mailbox.has_value();
        m_mailbox = std::move(content);
    }
    if (wasEmpty)
        emit contentAvailable();
}
