// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentlayout.h"

#include "contentsniffer.h"
#include "utf8text.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstddef>
#include <cstring>

static_assert(sizeof(SegmentHeader) == SegmentLayout::HeaderSize);
static_assert(offsetof(SegmentHeader, wakeWord) == SegmentLayout::WakeWordOffset);
static_assert(offsetof(SegmentHeader, generation) == 16);
static_assert(offsetof(SegmentHeader, sequence) == SegmentLayout::SequenceOffset);
static_assert(offsetof(SegmentHeader, pixelFormat) == SegmentLayout::PixelFormatOffset);
static_assert(offsetof(SegmentHeader, stride) == SegmentLayout::StrideOffset);
static_assert(offsetof(SegmentHeader, contentType) == 96);
static_assert(sizeof(SegmentLayout::RawImageContentType) <= sizeof(SegmentHeader::contentType));
static_assert(offsetof(SegmentHeader, sourceName) == 128);
static_assert(sizeof(SegmentHeader::sourceName) == SegmentLayout::MaxSourceNameBytes + 1);
static_assert(sizeof(SegmentHeader::contentType) == SegmentLayout::MaxContentTypeBytes + 1);
static_assert(sizeof(SegmentLayout::TextContentType) <= sizeof(SegmentHeader::contentType));

static constexpr size_t WakeWordEnd = SegmentLayout::WakeWordOffset + sizeof(quint32);
static constexpr size_t SequenceEnd = SegmentLayout::SequenceOffset + sizeof(quint64);

// The sequence word in the shared mapping: written by one writer at a time (under the lock),
// read by anyone, so every access is atomic. The mapping is page-aligned: the word is aligned.
static quint64 *sequenceWord(const char *segment)
{
    return reinterpret_cast<quint64 *>(const_cast<char *>(segment) + SegmentLayout::SequenceOffset);
}

static bool hasOurHeader(QByteArrayView segment)
{
    if (segment.size() < SegmentLayout::HeaderSize)
        return false;
    SegmentHeader header;
    memcpy(&header, segment.data(), offsetof(SegmentHeader, headerSize));
    return header.magic == SegmentLayout::Magic && header.version == SegmentLayout::Version;
}

// [walkthrough: sequence]
// Makes the sequence odd before any other byte changes. Odd already (a writer died half-way):
// odd again, but new, so a reader that saw the old odd value sees that something moved.
static quint64 beginWrite(char *segment, bool ours)
{
    quint64 *word = sequenceWord(segment);
    // Over another layout the word holds leftover bytes (zeros after a classic write): a reader
    // that copied our header before it might see the same small value again. A random start
    // makes that a 2^-63 chance.
    const quint64 before = ours ? __atomic_load_n(word, __ATOMIC_RELAXED)
                                : QRandomGenerator::system()->generate64();
    const quint64 writing = before + 1 + (before & 1);
    __atomic_store_n(word, writing, __ATOMIC_RELAXED);
    // The odd value is visible before any byte of the write (a reader's acquire pairs with it).
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return writing;
}

void SegmentLayout::markWriting(char *segment, qsizetype segmentSize)
{
    if (segment && hasOurHeader(QByteArrayView(segment, segmentSize)))
        beginWrite(segment, true);
}

// Even again, after every byte of the write: a reader that sees it sees them all.
static void endWrite(char *segment, quint64 writing)
{
    __atomic_store_n(sequenceWord(segment), writing + 1, __ATOMIC_RELEASE);
}
// [/walkthrough: sequence]

// Writes the header around the two words that are only ever changed atomically.
static void writeHeader(char *segment, const SegmentHeader &header)
{
    const char *bytes = reinterpret_cast<const char *>(&header);
    memcpy(segment, bytes, SegmentLayout::WakeWordOffset);
    memcpy(segment + WakeWordEnd, bytes + WakeWordEnd, SegmentLayout::SequenceOffset - WakeWordEnd);
    memcpy(segment + SequenceEnd, bytes + SequenceEnd, sizeof header - SequenceEnd);
}

static bool hasMagic(QByteArrayView segment)
{
    quint32 magic = 0;
    if (segment.size() < qsizetype(sizeof magic))
        return false;
    memcpy(&magic, segment.data(), sizeof magic);
    return magic == SegmentLayout::Magic;
}

// Never translated: the problem is part of shm-viewer's --print JSON and --status --json.
static SegmentSnapshot unreadable(qsizetype segmentSize, const QString &problem)
{
    SegmentSnapshot snapshot;
    snapshot.state = SegmentSnapshot::State::Unreadable;
    snapshot.problem = problem;
    snapshot.segmentSize = segmentSize;
    return snapshot;
}

// The NUL-terminated text at offset 0, bounded by the segment's size.
static QByteArrayView rawText(QByteArrayView segment)
{
    const void *nul = memchr(segment.data(), 0, size_t(segment.size()));
    return segment.first(nul ? static_cast<const char *>(nul) - segment.data() : segment.size());
}

// Text from a classic loader has no control characters but layout ones; random bytes almost
// always do.
static bool looksLikeText(QByteArrayView text)
{
    for (const char ch : text) {
        const uchar c = uchar(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            || c == 0x7F)
            return false;
    }
    return true;
}

quint32 SegmentLayout::bytesPerPixel(quint32 pixelFormat)
{
    switch (PixelFormat(pixelFormat)) {
    case PixelFormat::Gray8:
        return 1;
    case PixelFormat::Rgb888:
        return 3;
    case PixelFormat::Rgba8888:
        return 4;
    }
    return 0;
}

QString SegmentLayout::pixelFormatName(quint32 pixelFormat)
{
    switch (PixelFormat(pixelFormat)) {
    case PixelFormat::Gray8:
        return QStringLiteral("gray8");
    case PixelFormat::Rgb888:
        return QStringLiteral("rgb888");
    case PixelFormat::Rgba8888:
        return QStringLiteral("rgba8888");
    }
    return {};
}

bool SegmentLayout::isRawImageType(QStringView contentType)
{
    return contentType == QLatin1StringView(RawImageContentType);
}

// [walkthrough: raw-frame]
QString SegmentLayout::rawFrameProblem(quint32 pixelFormat, quint32 width, quint32 height,
                                       quint32 stride, quint64 payloadLength)
{
    const quint32 pixelBytes = bytesPerPixel(pixelFormat);
    if (pixelBytes == 0)
        return QStringLiteral("unknown pixel format %1").arg(pixelFormat);
    if (width == 0 || height == 0 || width > MaxImageSide || height > MaxImageSide)
        return QStringLiteral("the header gives the frame a size of %1 × %2")
                .arg(width)
                .arg(height);
    // 64-bit products: width ≤ 2^20 and stride, height < 2^32, so nothing overflows.
    if (quint64(stride) < quint64(width) * pixelBytes)
        return QStringLiteral("a stride of %1 bytes is shorter than a row of %2 pixels")
                .arg(stride)
                .arg(width);
    if (quint64(stride) * height != payloadLength)
        return QStringLiteral("stride %1 × height %2 is not the payload's %3 bytes")
                .arg(stride)
                .arg(height)
                .arg(payloadLength);
    return {};
}
// [/walkthrough: raw-frame]

qsizetype SegmentLayout::textCapacity(qsizetype segmentSize)
{
    return segmentSize >= MinimumSegmentSize ? segmentSize - HeaderSize - 1 : 0;
}

// Why a write cannot go into the segment, in the user's language; empty when it can.
static QString writeProblem(const char *segment, qsizetype segmentSize,
                            const SegmentLayout::Write &write)
{
    if (!segment || segmentSize < SegmentLayout::MinimumSegmentSize) {
        //: %1 is the segment's size in bytes, %2 the header's (256)
        return SegmentLayout::tr("segment of %1 bytes is too small for the %2-byte header")
                .arg(segmentSize)
                .arg(SegmentLayout::HeaderSize);
    }
    const bool raw = SegmentLayout::isRawImageType(write.contentType);
    const bool image = raw || ContentSniffer::isImageType(write.contentType);
    if (raw) {
        const QString problem
                = SegmentLayout::rawFrameProblem(write.pixelFormat, write.width, write.height,
                                                 write.stride, quint64(write.payload.size()));
        //: %1 is why, in English, such as "unknown pixel format 9"
        if (!problem.isEmpty())
            return SegmentLayout::tr("invalid raw frame: %1").arg(problem);
    }
    if (!image && !write.contentType.isEmpty() && !ContentSniffer::isTextType(write.contentType)) {
        //: %1 is a media type, such as application/pdf
        return SegmentLayout::tr("unsupported content type \"%1\"").arg(write.contentType);
    }
    const qsizetype capacity = SegmentLayout::textCapacity(segmentSize);
    if (image && write.payload.size() > capacity) {
        //: %1 and %2 are numbers of bytes
        return SegmentLayout::tr("the image of %1 bytes does not fit the %2 bytes the segment has "
                                 "room for")
                .arg(write.payload.size())
                .arg(capacity);
    }
    if (write.contentType.size() > SegmentLayout::MaxContentTypeBytes)
        return SegmentLayout::tr("content type too long");
    return {};
}

// The payload into the text area after the header; returns the bytes copied, the NUL after
// them not counted.
static qsizetype copyPayload(char *area, qsizetype capacity, const SegmentLayout::Write &write,
                             bool image)
{
    // Nothing to copy: an empty payload's data() may be null, which memcpy and strncpy may
    // not be given even for no bytes.
    if (write.payload.isEmpty()) {
        area[0] = '\0';
        return 0;
    }
    qsizetype copied;
    if (image) {
        // An image is its file's bytes, exactly; the NUL after it only keeps the layout uniform.
        memcpy(area, write.payload.data(), size_t(write.payload.size()));
        copied = write.payload.size();
        area[copied] = '\0';
    } else {
        // [walkthrough: strncpy]
        const qsizetype wanted = Utf8Text::truncationPoint(write.payload, capacity);
        // As the classic example does: strncpy, bounded by the text area's capacity minus one
        // (wanted <= capacity), and an explicit terminator.
        strncpy(area, write.payload.data(), size_t(wanted));
        area[wanted] = '\0';
        // strncpy pads with NULs after a NUL in the source, so the last byte tells whether there
        // was one; only then is a second pass over up to 16 MiB (strnlen) needed to find where.
        copied = wanted > 0 && area[wanted - 1] == '\0' ? qsizetype(strnlen(area, size_t(wanted)))
                                                        : wanted;
        // [/walkthrough: strncpy]
    }
    return copied;
}

// The header of a write of `copied` payload bytes, flags not yet set.
static SegmentHeader headerFor(const SegmentLayout::Write &write, const QByteArray &contentType,
                               quint64 generation, qsizetype copied, bool image, bool raw)
{
    const QByteArray name
            = Utf8Text::truncated(write.sourceName, SegmentLayout::MaxSourceNameBytes);
    SegmentHeader header = {};
    header.magic = SegmentLayout::Magic;
    header.version = SegmentLayout::Version;
    header.headerSize = quint16(SegmentLayout::HeaderSize);
    header.writerPid = write.writerPid;
    header.generation = generation;
    header.payloadLength = quint64(copied);
    header.originalSize = qMax(write.originalSize, quint64(copied));
    header.loadedAtMs = write.loadedAtMs;
    header.nameLength = quint16(name.size());
    memcpy(header.sourceName, name.constData(), size_t(name.size()));
    header.contentTypeLength = quint16(contentType.size());
    memcpy(header.contentType, contentType.constData(), size_t(contentType.size()));
    if (image) {
        header.width = write.width;
        header.height = write.height;
        header.sourceWidth = write.sourceWidth;
        header.sourceHeight = write.sourceHeight;
        header.originalSize = quint64(copied); // never cut: scaled images are whole files too
    }
    if (raw) {
        header.pixelFormat = write.pixelFormat;
        header.stride = write.stride;
        header.sourceWidth = 0; // a frame is never scaled
        header.sourceHeight = 0;
    }
    return header;
}

SegmentLayout::WriteResult SegmentLayout::encode(char *segment, qsizetype segmentSize,
                                                 const Write &write)
{
    WriteResult result;
    result.problem = writeProblem(segment, segmentSize, write);
    if (!result.problem.isEmpty())
        return result;
    const bool raw = isRawImageType(write.contentType);
    const bool image = raw || ContentSniffer::isImageType(write.contentType);
    const QByteArray contentType = write.contentType.isEmpty() ? QByteArray(TextContentType)
                                                               : write.contentType.toLatin1();

    SegmentHeader previous;
    memcpy(&previous, segment, sizeof previous);
    const bool ours = previous.magic == Magic && previous.version == Version;
    const quint64 generation = ours ? previous.generation + 1 : 1;

    // Not our header (a fresh segment, a classic loader's text): readers copy it under the lock,
    // which we hold, but a writer killed half-way would leave that text with our bytes in it. A
    // NUL first makes it read as empty until our header (with its odd sequence) is in.
    if (!ours)
        __atomic_store_n(segment, '\0', __ATOMIC_RELAXED);
    const quint64 sequence = beginWrite(segment, ours);

    char *area = segment + HeaderSize;
    const qsizetype copied = copyPayload(area, textCapacity(segmentSize), write, image);
    SegmentHeader header = headerFor(write, contentType, generation, copied, image, raw);

    // [walkthrough: flags]
    result.truncated = header.originalSize > header.payloadLength;
    // A valid text stays valid when cut (the cut never splits a sequence); an invalid one only
    // when nothing was cut. Images are not text.
    if (image)
        result.validUtf8 = true;
    else if (write.validUtf8 && (*write.validUtf8 || copied == write.payload.size()))
        result.validUtf8 = *write.validUtf8;
    else
        result.validUtf8 = Utf8Text::isValid(QByteArrayView(area, copied));
    header.flags = (result.truncated ? quint32(Truncated) : 0u)
            | (result.validUtf8 ? 0u : quint32(InvalidUtf8));
    // [/walkthrough: flags]
    writeHeader(segment, header);
    endWrite(segment, sequence);

    result.ok = true;
    result.textLength = copied;
    result.generation = generation;
    return result;
}

SegmentLayout::Copy SegmentLayout::copyOut(QByteArrayView segment)
{
    Copy copy;
    copy.segmentSize = segment.size();
    if (segment.isEmpty() || !segment.data())
        return copy;
    if (!hasMagic(segment)) {
        if (const qsizetype image = classicImageLength(segment)) {
            copy.payload = segment.first(image).toByteArray();
            copy.classicImage = true;
            return copy;
        }
        copy.payload = rawText(segment).toByteArray();
        return copy;
    }
    copy.header = segment.first(qMin(segment.size(), HeaderSize)).toByteArray();
    if (segment.size() < MinimumSegmentSize)
        return copy;
    // [walkthrough: copy-out]
    quint64 payloadLength = 0;
    memcpy(&payloadLength, segment.data() + offsetof(SegmentHeader, payloadLength),
           sizeof payloadLength);
    // The declared payload and the byte after it (a text's NUL), as far as the segment goes: a
    // hostile length costs no more than the segment.
    const quint64 available = quint64(segment.size() - HeaderSize);
    const quint64 wanted = payloadLength < available ? payloadLength + 1 : available;
    copy.payload = segment.sliced(HeaderSize, qsizetype(wanted)).toByteArray();
    return copy;
    // [/walkthrough: copy-out]
}

std::optional<quint64> SegmentLayout::sequence(QByteArrayView segment)
{
    if (!hasOurHeader(segment))
        return std::nullopt;
    return __atomic_load_n(sequenceWord(segment.data()), __ATOMIC_ACQUIRE);
}

bool SegmentLayout::sequenceIs(QByteArrayView segment, quint64 sequence)
{
    // The reads before this call (the copy) complete before the sequence is read again.
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    return segment.size() >= HeaderSize
            && __atomic_load_n(sequenceWord(segment.data()), __ATOMIC_RELAXED) == sequence;
}

// [walkthrough: seqlock-copy]
std::optional<SegmentLayout::Copy> SegmentLayout::copyIfUnchanged(QByteArrayView segment,
                                                                  quint64 sequence)
{
    if (isWriting(sequence))
        return std::nullopt;
    Copy copy = copyOut(segment);
    // A writer may have changed any byte meanwhile, the lengths copyOut() went by included; the
    // copy stays within the segment whatever they said, and is kept only if no write began.
    if (!sequenceIs(segment, sequence) || !hasOurHeader(copy.header))
        return std::nullopt;
    return copy;
}
// [/walkthrough: seqlock-copy]

SegmentSnapshot SegmentLayout::decode(QByteArrayView segment)
{
    return decode(copyOut(segment));
}

// Without our header: the PNG after the QDataStream marker of Qt's example; its size from the
// IHDR chunk.
static SegmentSnapshot decodeClassicImage(const SegmentLayout::Copy &copy)
{
    SegmentSnapshot snapshot;
    snapshot.segmentSize = copy.segmentSize;
    snapshot.state = SegmentSnapshot::State::Raw;
    snapshot.kind = SegmentSnapshot::Kind::Image;
    snapshot.contentType = QStringLiteral("image/png");
    const auto be32 = [&copy](qsizetype at) {
        const auto *p = reinterpret_cast<const uchar *>(copy.payload.constData() + at);
        return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
    };
    snapshot.width = be32(SegmentLayout::ClassicMarkerBytes + 16);
    snapshot.height = be32(SegmentLayout::ClassicMarkerBytes + 20);
    snapshot.payload = copy.payload.mid(SegmentLayout::ClassicMarkerBytes);
    snapshot.originalSize = quint64(snapshot.payload.size());
    return snapshot;
}

// Without our header: a classic loader's text, or nothing.
static SegmentSnapshot decodeClassicText(SegmentLayout::Copy copy)
{
    const qsizetype segmentSize = copy.segmentSize;
    SegmentSnapshot snapshot;
    snapshot.segmentSize = segmentSize;
    if (copy.payload.isEmpty())
        return snapshot; // Empty
    if (!looksLikeText(copy.payload))
        return unreadable(segmentSize,
                          QStringLiteral("no header and no text: %1 bytes of binary data")
                                  .arg(copy.payload.size()));
    snapshot.state = SegmentSnapshot::State::Raw;
    snapshot.originalSize = quint64(copy.payload.size());
    snapshot.validUtf8 = Utf8Text::isValid(copy.payload);
    snapshot.contentType = QLatin1StringView(SegmentLayout::TextContentType);
    snapshot.payload = std::move(copy.payload);
    return snapshot;
}

// After the bounds: the content type, the sizes against each other, and the Truncated flag
// against the sizes. Empty when they agree.
static QString headerProblem(const SegmentHeader &header, const QString &contentType, bool image)
{
    if (!image && !ContentSniffer::isTextType(contentType))
        return QStringLiteral("unsupported content type \"%1\"").arg(contentType.toHtmlEscaped());
    if (header.originalSize < header.payloadLength)
        return QStringLiteral("original size %1 is below the payload length %2")
                .arg(header.originalSize)
                .arg(header.payloadLength);
    if (bool(header.flags & SegmentLayout::Truncated)
        != (header.originalSize > header.payloadLength))
        return QStringLiteral("the truncated flag contradicts the sizes");
    return {};
}

// An image's sides, whole payload and, for a raw frame, its pixel layout. Empty when they hold.
static QString imageProblem(const SegmentHeader &header, bool raw, const QByteArray &payload,
                            qsizetype length)
{
    constexpr quint32 MaxSide = SegmentLayout::MaxImageSide;
    if (header.width == 0 || header.height == 0 || header.width > MaxSide
        || header.height > MaxSide)
        return QStringLiteral("the header gives the image a size of %1 × %2")
                .arg(header.width)
                .arg(header.height);
    if ((header.sourceWidth == 0) != (header.sourceHeight == 0)
        || (header.sourceWidth != 0
            && (header.sourceWidth > MaxSide || header.sourceHeight > MaxSide)))
        return QStringLiteral("the header gives the unscaled image a size of "
                              "%1 × %2")
                .arg(header.sourceWidth)
                .arg(header.sourceHeight);
    if (header.flags & SegmentLayout::Truncated)
        return QStringLiteral("an image is never truncated");
    if (payload.size() < length)
        return QStringLiteral("the image is cut short");
    if (raw) {
        const QString problem = SegmentLayout::rawFrameProblem(
                header.pixelFormat, header.width, header.height, header.stride, quint64(length));
        if (!problem.isEmpty())
            return problem;
        if (header.sourceWidth != 0)
            return QStringLiteral("a raw frame is never scaled");
    }
    return {};
}

// A text's terminator, and no NUL before it. Empty when both hold.
static QString textProblem(const QByteArray &payload, qsizetype length)
{
    if (payload.size() <= length || payload.at(length) != '\0')
        return QStringLiteral("the text is not NUL-terminated");
    // Our writers never store a NUL inside the text (binary files are refused): one there
    // means another writer, and the text would not be what its length says.
    if (const void *nul = memchr(payload.constData(), 0, size_t(length)))
        return QStringLiteral("the text holds a NUL byte at offset %1")
                .arg(static_cast<const char *>(nul) - payload.constData());
    return {};
}

// The snapshot of a header that passed every check, taking the payload's buffer.
static SegmentSnapshot validSnapshot(const SegmentHeader &header, const QString &contentType,
                                     bool raw, bool image, QByteArray payload,
                                     qsizetype segmentSize)
{
    SegmentSnapshot snapshot;
    if (image) {
        if (raw) {
            snapshot.pixelFormat = header.pixelFormat;
            snapshot.stride = header.stride;
        }
        snapshot.kind = SegmentSnapshot::Kind::Image;
        snapshot.width = header.width;
        snapshot.height = header.height;
        snapshot.sourceWidth = header.sourceWidth;
        snapshot.sourceHeight = header.sourceHeight;
    }
    snapshot.state = SegmentSnapshot::State::Valid;
    snapshot.segmentSize = segmentSize;
    snapshot.generation = header.generation;
    snapshot.contentType = contentType;
    snapshot.sourceName = QString::fromUtf8(header.sourceName, header.nameLength);
    snapshot.originalSize = header.originalSize;
    snapshot.loadedAt = QDateTime::fromMSecsSinceEpoch(header.loadedAtMs, QTimeZone::utc());
    snapshot.writerPid = header.writerPid;
    snapshot.truncated = header.flags & SegmentLayout::Truncated;
    payload.truncate(qsizetype(header.payloadLength)); // drops the NUL; keeps the buffer
    snapshot.payload = std::move(payload);
    // Computed, not trusted: the flag is only advice from another process.
    snapshot.validUtf8 = image || Utf8Text::isValid(snapshot.payload);
    return snapshot;
}

SegmentSnapshot SegmentLayout::decode(Copy copy)
{
    const qsizetype segmentSize = copy.segmentSize;
    if (segmentSize <= 0)
        return unreadable(segmentSize, QStringLiteral("the segment has no bytes"));
    if (copy.header.isEmpty())
        return copy.classicImage ? decodeClassicImage(copy) : decodeClassicText(std::move(copy));

    // The header and the text's terminator: in a segment of exactly HeaderSize bytes even an
    // empty text's NUL would lie past the end (found by tests/fuzz).
    if (segmentSize < MinimumSegmentSize || copy.header.size() < HeaderSize)
        return unreadable(segmentSize,
                          QStringLiteral("the header needs %1 bytes, the segment has %2")
                                  .arg(MinimumSegmentSize)
                                  .arg(segmentSize));
    // [walkthrough: bounds]
    SegmentHeader header;
    memcpy(&header, copy.header.constData(), sizeof header);
    if (header.version == Version && isWriting(header.sequence)) {
        SegmentSnapshot snapshot;
        snapshot.state = SegmentSnapshot::State::Interrupted;
        snapshot.segmentSize = segmentSize;
        snapshot.problem = QStringLiteral("the last write did not finish");
        return snapshot;
    }
    if (header.version != Version)
        return unreadable(segmentSize,
                          QStringLiteral("unknown layout version %1").arg(header.version));
    if (header.headerSize != HeaderSize)
        return unreadable(segmentSize,
                          QStringLiteral("unexpected header size %1").arg(header.headerSize));
    const quint64 capacity = quint64(textCapacity(segmentSize));
    if (header.payloadLength > capacity)
        return unreadable(segmentSize,
                          QStringLiteral("text length %1 exceeds the text area (%2 bytes)")
                                  .arg(header.payloadLength)
                                  .arg(capacity));
    // copyOut() took the payload and its NUL whenever the length fits the text area.
    const qsizetype length = qsizetype(header.payloadLength);
    if (header.nameLength > MaxSourceNameBytes || header.sourceName[header.nameLength] != '\0')
        return unreadable(segmentSize, QStringLiteral("the source name is not terminated"));
    if (header.contentTypeLength > MaxContentTypeBytes
        || header.contentType[header.contentTypeLength] != '\0')
        return unreadable(segmentSize, QStringLiteral("the content type is not terminated"));
    // [/walkthrough: bounds]
    const QString contentType = QString::fromLatin1(header.contentType, header.contentTypeLength);
    const bool raw = isRawImageType(contentType);
    const bool image = raw || ContentSniffer::isImageType(contentType);
    QString problem = headerProblem(header, contentType, image);
    if (problem.isEmpty())
        problem = image ? imageProblem(header, raw, copy.payload, length)
                        : textProblem(copy.payload, length);
    if (!problem.isEmpty())
        return unreadable(segmentSize, problem);
    return validSnapshot(header, contentType, raw, image, std::move(copy.payload), segmentSize);
}

quint64 SegmentLayout::fingerprint(QByteArrayView segment)
{
    // Our writers change the generation in the header with every write; hashing the whole
    // header also catches a hostile rewrite that keeps the generation. The wake word changes
    // with every ring, not with the content.
    if (hasMagic(segment) && segment.size() >= HeaderSize) {
        const size_t head = qHashBits(segment.data(), WakeWordOffset);
        return qHashBits(segment.data() + WakeWordEnd, size_t(HeaderSize) - WakeWordEnd, head);
    }
    if (const qsizetype image = classicImageLength(segment))
        return qHashBits(segment.data(), size_t(image), 0x1a6e);
    return qHashBits(segment.data(), size_t(rawText(segment).size()), 0x5eed);
}

qsizetype SegmentLayout::classicImageLength(QByteArrayView segment)
{
    static constexpr char Marker[] = {0, 0, 0, 1};
    static constexpr char Png[] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    // Marker, signature, and an IHDR chunk of 13 bytes first, as every PNG has.
    const qsizetype ihdrEnd = ClassicMarkerBytes + 8 + 8 + 13 + 4;
    if (segment.size() < ihdrEnd || memcmp(segment.data(), Marker, 4) != 0
        || memcmp(segment.data() + ClassicMarkerBytes, Png, sizeof Png) != 0
        || memcmp(segment.data() + ClassicMarkerBytes + 12, "IHDR", 4) != 0)
        return 0;
    qsizetype at = ClassicMarkerBytes + 8;
    // Chunk by chunk, each length checked against what is left, until IEND.
    while (segment.size() - at >= 12) {
        const auto *p = reinterpret_cast<const uchar *>(segment.data() + at);
        const quint64 length
                = quint64(p[0]) << 24 | quint64(p[1]) << 16 | quint64(p[2]) << 8 | p[3];
        if (length > quint64(segment.size() - at - 12))
            return 0;
        const bool end = memcmp(segment.data() + at + 4, "IEND", 4) == 0;
        at += 12 + qsizetype(length);
        if (end)
            return at;
    }
    return 0;
}
