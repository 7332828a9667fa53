// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentwriter.h"

#include "contentsniffer.h"
#include "segmentattachment.h"
#include "segmenterror.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "segmentreaper.h"
#include "segmentstatus.h"
#include "segmenttrust.h"
#include "shmconstants.h"
#include "shmkey.h"
#include "sourcefile.h"
#include "utf8text.h"
#include "wakeword.h"

#include <QDateTime>
#include <QSharedMemory>

#include <sys/mman.h>
#include <unistd.h>

static SegmentWriter::Result failure(SegmentWriter::Status status, const QString &problem = {})
{
    SegmentWriter::Result result;
    result.status = status;
    result.problem = problem;
    return result;
}

QString SegmentWriter::refusal(const QString &key, qsizetype segmentSize)
{
    if (QString problem = SegmentTrust::problem(key); !problem.isEmpty())
        return problem;
    if (segmentSize > ShmConstants::MaxSegmentSize)
        return tr("The segment has %1 bytes, more than the %2 any program of this suite uses; "
                  "nothing was loaded")
                .arg(QString::number(segmentSize), QString::number(ShmConstants::MaxSegmentSize));
    return {};
}

SegmentWriter::SegmentWriter(const QString &key)
    : m_key(key)
{ }

// Attaches and reports why not; the caller keeps the attachment for its scope.
static bool attachFailed(const QSharedMemory &memory, const SegmentAttachment &attachment,
                         SegmentWriter::Result *result)
{
    if (attachment.isAttached())
        return false;
    if (memory.error() == QSharedMemory::NotFound)
        *result = failure(SegmentWriter::Status::ViewerNotRunning);
    else
        *result = failure(SegmentWriter::Status::Failed,
                          SegmentError::describe(memory, SegmentError::Action::Attach));
    return true;
}

// A fresh attachment has no page mapped yet, so the copy would take a page fault every 4 KiB
// (4096 for 16 MiB, most of a large write's time) while holding the lock. Populating the page
// tables first changes no byte, so it needs no lock. Linux 5.14 and later; elsewhere the copy
// faults as before.
static void prefault(QSharedMemory &memory, qsizetype bytes)
{
#ifdef MADV_POPULATE_WRITE
    // An attachment kept from one write to the next (SegmentWriter::setKeepAttached()) has its
    // pages mapped after the first: walking them again costs a fifth of a frame's write.
    static constexpr char Populated[] = "shmPopulatedBytes";
    if (memory.property(Populated).toLongLong() >= bytes)
        return;
    const qsizetype page = qsizetype(::sysconf(_SC_PAGESIZE));
    if (::madvise(memory.data(), size_t((bytes + page - 1) / page * page), MADV_POPULATE_WRITE)
        == 0)
        memory.setProperty(Populated, qlonglong(bytes));
#else
    Q_UNUSED(memory);
    Q_UNUSED(bytes);
#endif
}

// Writes under the lock, then rings. write holds everything but the time and the pid, which are
// taken under the lock; fits is how much of the payload will be copied (for prefault()).
static SegmentWriter::Result writeLocked(QSharedMemory &memory, SegmentLayout::Write write,
                                         qsizetype fits)
{
    prefault(memory, SegmentLayout::HeaderSize + fits + 1);
    // [walkthrough: ring]
    SegmentLayout::WriteResult written;
    {
        SegmentLock lock(memory);
        if (!lock.isLocked())
            return failure(SegmentWriter::Status::Failed,
                           SegmentError::describe(memory, SegmentError::Action::Lock));
        write.loadedAtMs = QDateTime::currentMSecsSinceEpoch();
        write.writerPid = quint32(::getpid());
        written = SegmentLayout::encode(static_cast<char *>(memory.data()), memory.size(), write);
        if (written.ok)
            WakeWord::bump(memory.data());
    }
    //: %1 is why, such as "segment of 100 bytes is too small for the 256-byte header"
    if (!written.ok)
        return failure(
                SegmentWriter::Status::Failed,
                SegmentWriter::tr("Cannot write into shared memory: %1").arg(written.problem));
    // After unlocking, so that the viewer it wakes finds the lock free.
    WakeWord::wake(memory.data());
    // [/walkthrough: ring]

    SegmentWriter::Result result;
    result.status = SegmentWriter::Status::Loaded;
    result.sourceName = write.sourceName;
    result.textBytes = written.textLength;
    result.originalSize = qMax(write.originalSize, quint64(written.textLength));
    result.truncated = written.truncated;
    result.validUtf8 = written.validUtf8;
    result.segmentSize = memory.size();
    result.generation = written.generation;
    return result;
}

static SegmentWriter::Result writeTextLocked(QSharedMemory &memory, QByteArrayView text,
                                             const QString &sourceName, quint64 originalSize,
                                             std::optional<bool> validUtf8)
{
    // The UTF-8 check reads every byte of the part that fits: done before taking the lock, so a
    // polling viewer waits for the copy only.
    const qsizetype fits
            = Utf8Text::truncationPoint(text, SegmentLayout::textCapacity(memory.size()));
    if (!validUtf8)
        validUtf8 = Utf8Text::isValid(text.first(fits));
    SegmentLayout::Write write;
    write.payload = text;
    write.contentType = ContentSniffer::textTypeOfName(sourceName);
    write.sourceName = sourceName;
    write.originalSize = originalSize;
    write.validUtf8 = validUtf8;
    return writeLocked(memory, write, fits);
}

// Whether a process other than this one is attached to the segment of key now: a viewer that
// got the write, when it quits before removeIfUnused() looks (looked up without the lock).
static bool othersAttached(const QString &key)
{
    return SegmentStatus::inspect(key).segment.attachments > 1;
}

// Attaches, lets write fill the attached segment, detaches. When that detach removed the segment,
// no viewer was attached: it was left by one that did not quit cleanly, and what was written is
// gone with it. Say so, and clear the lock it left too. written hears of a write as soon as it is
// in, before detach() takes the lock once more.
template<typename Write>
static SegmentWriter::Result
attachAndWrite(const QString &key,
               const std::function<void(const SegmentWriter::Result &)> &written, Write write)
{
    SegmentWriter::Result result;
    bool delivered = false;
    {
        // Nothing is written into a segment another user could read, nor into a huge one.
        // Checked before attaching (another user's segment stays untouched) and after (it may
        // have been swapped meanwhile).
        if (const QString problem = SegmentTrust::problem(key); !problem.isEmpty())
            return failure(SegmentWriter::Status::Failed, problem);
        QSharedMemory memory;
        ShmKey::apply(memory, key);
        SegmentAttachment attachment(memory);
        if (attachFailed(memory, attachment, &result))
            return result;
        if (const QString problem = SegmentWriter::refusal(key, memory.size()); !problem.isEmpty())
            return failure(SegmentWriter::Status::Failed, problem);
        result = write(memory);
        if (result.status == SegmentWriter::Status::Loaded) {
            delivered = othersAttached(key);
            if (written)
                written(result);
        }
    }
    // Qt removes the semaphore only in its creator: clear what an orphan left, and tell whether
    // the segment is gone. A viewer that was attached when the write went in got it, even if it
    // quit since: that is not an orphan.
    const SegmentReaper::Result left = SegmentReaper::removeIfUnused(key);
    const bool gone
            = left == SegmentReaper::Result::Removed || left == SegmentReaper::Result::Absent;
    if (gone && !delivered && result.status == SegmentWriter::Status::Loaded) {
        result.status = SegmentWriter::Status::ViewerNotRunning;
        result.removedOrphan = true;
    }
    return result;
}

template<typename Write>
static SegmentWriter::Result attachAndWrite(const QString &key, Write write)
{
    return attachAndWrite(key, {}, std::move(write));
}

struct SegmentWriter::Kept
{
    QString key;
    std::unique_ptr<QSharedMemory> memory; // attached when set
    ~Kept() { release(); }
    // Detaches, then clears what is left when nobody else is attached (as attachAndWrite()).
    void release()
    {
        if (!memory)
            return;
        memory->detach();
        memory.reset();
        SegmentReaper::removeIfUnused(key);
    }
};

void SegmentWriter::setKeepAttached(bool keep)
{
    if (!keep) {
        m_kept.reset();
        return;
    }
    if (!m_kept) {
        m_kept = std::make_shared<Kept>();
        m_kept->key = m_key;
    }
}

// Attaches once, with the checks attachAndWrite() makes; nullopt when attached and trusted.
static std::optional<SegmentWriter::Result> attachKept(SegmentWriter::Kept &kept)
{
    auto memory = std::make_unique<QSharedMemory>();
    ShmKey::apply(*memory, kept.key);
    SegmentWriter::Result result;
    if (!memory->attach()) {
        if (memory->error() == QSharedMemory::NotFound)
            return failure(SegmentWriter::Status::ViewerNotRunning);
        return failure(SegmentWriter::Status::Failed,
                       SegmentError::describe(*memory, SegmentError::Action::Attach));
    }
    kept.memory = std::move(memory);
    const QString problem = SegmentWriter::refusal(kept.key, kept.memory->size());
    if (!problem.isEmpty()) {
        kept.release();
        return failure(SegmentWriter::Status::Failed, problem);
    }
    return std::nullopt;
}

// attachAndWrite() on an attachment kept from the last write: the same checks, without mapping
// the segment anew each time.
template<typename Write>
static SegmentWriter::Result
writeKept(SegmentWriter::Kept &kept,
          const std::function<void(const SegmentWriter::Result &)> &written, Write write)
{
    if (const QString problem = SegmentTrust::problem(kept.key); !problem.isEmpty()) {
        kept.release();
        return failure(SegmentWriter::Status::Failed, problem);
    }
    if (!kept.memory) {
        if (std::optional<SegmentWriter::Result> refused = attachKept(kept))
            return *refused;
    }
    // Only this process attached: the viewer quit (its reaper waits for us) or died. Let go, so
    // that what it left is removed, and say there is no viewer, as a fresh attach would.
    if (!othersAttached(kept.key)) {
        kept.release();
        return failure(SegmentWriter::Status::ViewerNotRunning);
    }
    SegmentWriter::Result result = write(*kept.memory);
    if (result.status == SegmentWriter::Status::Loaded && written)
        written(result);
    return result;
}

template<typename Write>
static SegmentWriter::Result
writeVia(const std::shared_ptr<SegmentWriter::Kept> &kept, const QString &key,
         const std::function<void(const SegmentWriter::Result &)> &written, Write write)
{
    if (kept)
        return writeKept(*kept, written, std::move(write));
    return attachAndWrite(key, written, std::move(write));
}

// [walkthrough: attached-size]
SegmentWriter::Result SegmentWriter::loadFile(const QString &path, const QString &sourceName) const
{
    // The file is checked before the segment is touched, so a refused file changes nothing.
    SourceFile file;
    if (!file.open(path))
        return failure(Status::FileRefused, file.errorString());

    return attachAndWrite(m_key, [&](QSharedMemory &memory) {
        // Bounded by the attached size, which may differ from what the viewer asked for.
        SourceFile::Prefix prefix;
        if (!file.readPrefix(SegmentLayout::textCapacity(memory.size()), &prefix))
            return failure(Status::FileRefused, file.errorString());
        return writeTextLocked(memory, prefix.bytes, sourceName, prefix.originalSize,
                               prefix.validUtf8);
    });
}
// [/walkthrough: attached-size]

SegmentWriter::Result SegmentWriter::writeText(QByteArrayView text, const QString &sourceName,
                                               quint64 originalSize) const
{
    //: %1 is the source's name, such as notes.md
    if (text.contains('\0'))
        return failure(Status::FileRefused, tr("Cannot load %1: binary content").arg(sourceName));
    return writeVia(m_kept, m_key, m_written, [&](QSharedMemory &memory) {
        return writeTextLocked(memory, text, sourceName, qMax(originalSize, quint64(text.size())),
                               std::nullopt);
    });
}

// Writes an image's or a frame's bytes whole, or nothing (TooLarge) when they do not fit.
static SegmentWriter::Result
writeWhole(const std::shared_ptr<SegmentWriter::Kept> &kept, const QString &key,
           const std::function<void(const SegmentWriter::Result &)> &written,
           const SegmentLayout::Write &write)
{
    return writeVia(kept, key, written, [&](QSharedMemory &memory) {
        // Never cut: an image that does not fit is the caller's to scale.
        const qsizetype room = SegmentLayout::textCapacity(memory.size());
        if (write.payload.size() > room) {
            SegmentWriter::Result result = failure(SegmentWriter::Status::TooLarge);
            result.sourceName = write.sourceName;
            result.originalSize = quint64(write.payload.size());
            result.segmentSize = memory.size();
            return result;
        }
        return writeLocked(memory, write, write.payload.size());
    });
}

SegmentWriter::Result SegmentWriter::writeImage(QByteArrayView bytes, const QString &sourceName,
                                                const Image &image) const
{
    SegmentLayout::Write write;
    write.payload = bytes;
    write.sourceName = sourceName;
    write.originalSize = quint64(bytes.size());
    write.contentType = image.contentType;
    write.width = image.width;
    write.height = image.height;
    write.sourceWidth = image.sourceWidth;
    write.sourceHeight = image.sourceHeight;
    Result result = writeWhole(m_kept, m_key, m_written, write);
    if (result.status == Status::Loaded || result.removedOrphan)
        result.image = image;
    return result;
}

SegmentWriter::Result SegmentWriter::writeRawFrame(QByteArrayView pixels, const QString &sourceName,
                                                   const RawFrame &frame) const
{
    // Checked before the segment is touched: a wrong layout changes nothing.
    const QString problem = SegmentLayout::rawFrameProblem(
            frame.pixelFormat, frame.width, frame.height, frame.stride, quint64(pixels.size()));
    //: %1 is why, in English, such as "unknown pixel format 9"
    if (!problem.isEmpty())
        return failure(Status::Failed, tr("Cannot publish the frame: %1").arg(problem));
    SegmentLayout::Write write;
    write.payload = pixels;
    write.sourceName = sourceName;
    write.originalSize = quint64(pixels.size());
    write.contentType = QLatin1StringView(SegmentLayout::RawImageContentType);
    write.width = frame.width;
    write.height = frame.height;
    write.pixelFormat = frame.pixelFormat;
    write.stride = frame.stride;
    Result result = writeWhole(m_kept, m_key, m_written, write);
    if (result.status == Status::Loaded || result.removedOrphan)
        result.image = {write.contentType, frame.width, frame.height, 0, 0};
    return result;
}

void SegmentWriter::setWrittenHandler(std::function<void(const Result &)> handler)
{
    m_written = std::move(handler);
}

SegmentWriter::Result SegmentWriter::writePrefix(const SourceFile::Prefix &prefix,
                                                 const QString &sourceName) const
{
    return attachAndWrite(m_key, m_written, [&](QSharedMemory &memory) {
        // The check made while reading holds for what is written unless the segment is smaller.
        const bool sameCut = prefix.bytes.size() <= SegmentLayout::textCapacity(memory.size());
        return writeTextLocked(memory, prefix.bytes, sourceName, prefix.originalSize,
                               sameCut ? std::optional<bool>(prefix.validUtf8) : std::nullopt);
    });
}

// Copies bytes to offset 0 under the lock and rings; with zeroRest the rest of the segment is
// zeroed, as strncpy() pads. The caller checked that bytes fit.
static bool copyToOffsetZero(QSharedMemory &memory, QByteArrayView bytes, bool zeroRest,
                             SegmentWriter::Result *result)
{
    {
        SegmentLock lock(memory);
        if (!lock.isLocked()) {
            *result = failure(SegmentWriter::Status::Failed,
                              SegmentError::describe(memory, SegmentError::Action::Lock));
            return false;
        }
        char *data = static_cast<char *>(memory.data());
        SegmentLayout::markWriting(data, memory.size());
        memcpy(data, bytes.data(), size_t(bytes.size()));
        if (zeroRest)
            memset(data + bytes.size(), 0, size_t(memory.size() - bytes.size()));
    }
    // The header's wake word is gone with the header, but a viewer may still wait on its place.
    if (memory.size() >= SegmentLayout::HeaderSize)
        WakeWord::wake(memory.data());
    return true;
}

SegmentWriter::Result SegmentWriter::writeClassicText(const SourceFile::Prefix &prefix,
                                                      const QString &sourceName) const
{
    return attachAndWrite(m_key, m_written, [&](QSharedMemory &memory) {
        Result result;
        const qsizetype room = qMax<qsizetype>(0, memory.size() - 1); // and the NUL
        const qsizetype fits = Utf8Text::truncationPoint(prefix.bytes, room);
        const QByteArrayView text = QByteArrayView(prefix.bytes).first(fits);
        if (!copyToOffsetZero(memory, text, true, &result))
            return result;
        result.status = Status::Loaded;
        result.sourceName = sourceName;
        result.textBytes = fits;
        result.originalSize = qMax(prefix.originalSize, quint64(fits));
        result.truncated = result.originalSize > quint64(fits);
        result.validUtf8 = fits == prefix.bytes.size() ? prefix.validUtf8 : Utf8Text::isValid(text);
        result.segmentSize = memory.size();
        return result;
    });
}

SegmentWriter::Result SegmentWriter::writeAtOffsetZero(QByteArrayView bytes,
                                                       const QString &sourceName,
                                                       const Image &image) const
{
    return attachAndWrite(m_key, m_written, [&](QSharedMemory &memory) {
        Result result;
        result.sourceName = sourceName;
        result.originalSize = quint64(bytes.size());
        result.segmentSize = memory.size();
        if (bytes.size() > memory.size()) {
            result.status = Status::TooLarge;
            return result;
        }
        if (!copyToOffsetZero(memory, bytes, false, &result))
            return result;
        result.status = Status::Loaded;
        result.textBytes = bytes.size();
        result.image = image;
        return result;
    });
}
