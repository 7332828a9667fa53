// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentworker.h"

#include "imagedecoder.h"
#include "segmentlayout.h"
#include "segmentreader.h"
#include "segmentreaper.h"
#include "viewerlog.h"

#include <chrono>

#include <sys/shm.h>

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
    , m_keeper(config.key)
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
    auto reader = std::make_unique<SegmentReader>(m_config.key);
    setReader(reader.get());
    if (!open(*reader)) {
        emit openFailed(reader->errorString());
    } else {
        emit opened(reader->size());
        // [walkthrough: wait-loop]
        while (!m_stopping.load(std::memory_order_acquire)) {
            // Read before polling: a write after this point ends the wait below at once.
            const quint32 seen = reader->wakeValue();
            poll();
            if (m_stopping.load(std::memory_order_acquire))
                break;
            if (m_keeper.check(steadyNowMs()) == KeyFileKeeper::State::Lost) {
                reader = renew(std::move(reader));
                if (!reader->isOpen()) {
                    emit openFailed(reader->errorString());
                    break;
                }
                continue;
            }
            reader->waitForWrite(seen, m_config.intervalMs);
        }
        // [/walkthrough: wait-loop]
    }
    setReader(nullptr);
    {
        BusyScope busy(m_busySince);
        reader->close(); // may block on the lock; the last process to detach removes the segment
    }
    // Others still attached may leave without detaching (a stopped lock holder killed later).
    SegmentReaper::startIfInUse(m_config.key, ids());
}

bool SegmentWorker::open(SegmentReader &reader)
{
    bool isOpen;
    {
        BusyScope busy(m_busySince);
        isOpen = reader.open(m_config.requestedSize);
    }
    // Right after attaching the key files name what this reader attached: keep the ids for a
    // reaper, and for the day the files are gone.
    const SegmentReaper::Ids ids
            = isOpen ? SegmentReaper::idsOf(m_config.key) : SegmentReaper::Ids();
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_ids = ids;
    }
    m_keeper.reset(ids);
    return isOpen;
}

void SegmentWorker::setReader(SegmentReader *reader)
{
    const std::lock_guard<std::mutex> guard(m_mutex);
    m_reader = reader;
    if (reader && m_stopping.load(std::memory_order_acquire))
        reader->interruptWait(); // stop() came while there was none to interrupt
}

SegmentReaper::Ids SegmentWorker::ids() const
{
    const std::lock_guard<std::mutex> guard(m_mutex);
    return m_ids;
}

// A key file is gone (an age-based /tmp cleaner, a user's rm): loaders can no longer find the
// segment. Leave it and open anew on the key files as they are now: a new segment when the
// segment's file was made anew (a new inode, so on tmpfs a new ftok() key), the same one when
// only the semaphore's went.
std::unique_ptr<SegmentReader> SegmentWorker::renew(std::unique_ptr<SegmentReader> old)
{
    const SegmentReaper::Ids oldIds = ids();
    // Attached once more for the moment: Qt's detach() below would otherwise remove the segment
    // and unlink whatever file is at its key file's path now (another process's, made anew).
    void *const held = oldIds.isValid() ? ::shmat(oldIds.segment, nullptr, SHM_RDONLY) : nullptr;
    setReader(nullptr);
    {
        BusyScope busy(m_busySince);
        old.reset(); // detaches; Qt removes a semaphore this object made with the object
    }
    auto reader = std::make_unique<SegmentReader>(m_config.key);
    setReader(reader.get());
    const bool isOpen = open(*reader);
    if (held && held != reinterpret_cast<void *>(-1))
        ::shmdt(held);
    if (oldIds.isValid() && ids().segment != oldIds.segment) {
        // Nobody finds the old segment any more: gone now, or once its last user is.
        if (SegmentReaper::removeIfUnused(m_config.key, oldIds) == SegmentReaper::Result::InUse)
            SegmentReaper::startIfInUse(m_config.key, oldIds);
        m_keepShowing = true;
    }
    qCDebug(lcViewer, "A key file of segment %d was deleted; %s segment %d", oldIds.segment,
            isOpen ? "now attached to" : "could not open a new one:", ids().segment);
    if (isOpen)
        emit keyFilesRenewed();
    return reader;
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

// A raw frame as a QImage over the snapshot's own bytes (shared, not copied). decode() checked
// the header against the payload; checked again here because the QImage reads by those numbers.
static ImageDecoder::Result rawFrame(const SegmentSnapshot &snapshot)
{
    ImageDecoder::Result result;
    const QString problem
            = SegmentLayout::rawFrameProblem(snapshot.pixelFormat, snapshot.width, snapshot.height,
                                             snapshot.stride, quint64(snapshot.payload.size()));
    if (!problem.isEmpty()) {
        result.problem = problem;
        return result;
    }
    QImage::Format format = QImage::Format_Grayscale8;
    switch (SegmentLayout::PixelFormat(snapshot.pixelFormat)) {
    case SegmentLayout::PixelFormat::Gray8:
        break;
    case SegmentLayout::PixelFormat::Rgb888:
        format = QImage::Format_RGB888;
        break;
    case SegmentLayout::PixelFormat::Rgba8888:
        format = QImage::Format_RGBA8888;
        break;
    }
    // The image keeps a reference to the bytes until it is gone; a write to it would detach.
    auto *bytes = new QByteArray(snapshot.payload);
    result.image = QImage(
            reinterpret_cast<const uchar *>(bytes->constData()), int(snapshot.width),
            int(snapshot.height), qsizetype(snapshot.stride), format,
            [](void *held) { delete static_cast<QByteArray *>(held); }, bytes);
    return result;
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
    // A segment made anew after its key file went starts empty: keep showing what was shown.
    if (std::exchange(m_keepShowing, false) && snapshot.state == SegmentSnapshot::State::Empty)
        return;
    TextSnapshot content;
    content.snapshot = std::move(snapshot);
    if (m_config.indexLines && content.snapshot.hasText())
        content.lines = TextLineIndex::build(content.snapshot.payload);
    if (content.snapshot.hasImage()) {
        // Here, never on the GUI thread, and bounded: hostile bytes that claim to be an image
        // end as an unreadable snapshot. A raw frame is not decoded at all.
        ImageDecoder::Result decoded = SegmentLayout::isRawImageType(content.snapshot.contentType)
                ? rawFrame(content.snapshot)
                : ImageDecoder::decode(content.snapshot.payload, content.snapshot.contentType);
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
