// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentlayout.h"

#include "utf8text.h"

#include <QHash>

#include <cstddef>
#include <cstring>

static_assert(sizeof(SegmentHeader) == SegmentLayout::HeaderSize);
static_assert(offsetof(SegmentHeader, generation) == 16);
static_assert(offsetof(SegmentHeader, sourceName) == 64);
static_assert(sizeof(SegmentHeader::sourceName) == SegmentLayout::MaxSourceNameBytes + 1);

static bool hasMagic(QByteArrayView segment)
{
    quint32 magic = 0;
    if (segment.size() < qsizetype(sizeof magic))
        return false;
    memcpy(&magic, segment.data(), sizeof magic);
    return magic == SegmentLayout::Magic;
}

static SegmentSnapshot unreadable(QByteArrayView segment, const QString &problem)
{
    SegmentSnapshot snapshot;
    snapshot.state = SegmentSnapshot::State::Unreadable;
    snapshot.problem = problem;
    snapshot.segmentSize = segment.size();
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

qsizetype SegmentLayout::textCapacity(qsizetype segmentSize)
{
    return segmentSize >= MinimumSegmentSize ? segmentSize - HeaderSize - 1 : 0;
}

SegmentLayout::WriteResult SegmentLayout::encode(char *segment, qsizetype segmentSize,
                                                 const Write &write)
{
    WriteResult result;
    if (!segment || segmentSize < MinimumSegmentSize) {
        result.problem = QStringLiteral("segment of %1 bytes is too small for the %2-byte header")
                                 .arg(segmentSize)
                                 .arg(HeaderSize);
        return result;
    }

    SegmentHeader previous;
    memcpy(&previous, segment, sizeof previous);
    const quint64 generation = previous.magic == Magic ? previous.generation + 1 : 1;

    const qsizetype capacity = textCapacity(segmentSize);
    const qsizetype wanted = Utf8Text::truncationPoint(write.text, capacity);
    char *text = segment + HeaderSize;
    // As the classic example does: strncpy, bounded by the text area's capacity minus one
    // (wanted <= capacity), and an explicit terminator.
    strncpy(text, write.text.data(), size_t(wanted));
    text[wanted] = '\0';
    // strncpy pads with NULs after a NUL in the source, so the last byte tells whether there was
    // one; only then is a second pass over up to 16 MiB (strnlen) needed to find where.
    const qsizetype copied = wanted > 0 && text[wanted - 1] == '\0'
            ? qsizetype(strnlen(text, size_t(wanted)))
            : wanted;

    const QByteArray name = Utf8Text::truncated(write.sourceName, MaxSourceNameBytes);
    SegmentHeader header = {};
    header.magic = Magic;
    header.version = Version;
    header.headerSize = quint16(HeaderSize);
    header.writerPid = write.writerPid;
    header.generation = generation;
    header.textLength = quint64(copied);
    header.originalSize = qMax(write.originalSize, quint64(copied));
    header.loadedAtMs = write.loadedAtMs;
    header.nameLength = quint16(name.size());
    memcpy(header.sourceName, name.constData(), size_t(name.size()));

    result.truncated = header.originalSize > header.textLength;
    // A valid text stays valid when cut (the cut never splits a sequence); an invalid one only
    // when nothing was cut.
    if (write.validUtf8 && (*write.validUtf8 || copied == write.text.size()))
        result.validUtf8 = *write.validUtf8;
    else
        result.validUtf8 = Utf8Text::isValid(QByteArrayView(text, copied));
    header.flags = (result.truncated ? quint32(Truncated) : 0u)
            | (result.validUtf8 ? 0u : quint32(InvalidUtf8));
    memcpy(segment, &header, sizeof header);

    result.ok = true;
    result.textLength = copied;
    result.generation = generation;
    return result;
}

SegmentSnapshot SegmentLayout::decode(QByteArrayView segment)
{
    if (segment.isEmpty() || !segment.data())
        return unreadable(segment, QStringLiteral("the segment has no bytes"));

    if (!hasMagic(segment)) {
        const QByteArrayView raw = rawText(segment);
        SegmentSnapshot snapshot;
        snapshot.segmentSize = segment.size();
        if (raw.isEmpty())
            return snapshot; // Empty
        if (!looksLikeText(raw))
            return unreadable(segment,
                              QStringLiteral("no header and no text: %1 bytes of binary data")
                                      .arg(raw.size()));
        snapshot.state = SegmentSnapshot::State::Raw;
        snapshot.text = raw.toByteArray();
        snapshot.originalSize = quint64(raw.size());
        snapshot.validUtf8 = Utf8Text::isValid(raw);
        return snapshot;
    }

    // The header and the text's terminator: in a segment of exactly HeaderSize bytes even an
    // empty text's NUL would lie past the end (found by tests/fuzz).
    if (segment.size() < MinimumSegmentSize)
        return unreadable(segment,
                          QStringLiteral("the header needs %1 bytes, the segment has %2")
                                  .arg(MinimumSegmentSize)
                                  .arg(segment.size()));
    SegmentHeader header;
    memcpy(&header, segment.data(), sizeof header);
    if (header.version != Version)
        return unreadable(segment, QStringLiteral("unknown layout version %1").arg(header.version));
    if (header.headerSize != HeaderSize)
        return unreadable(segment,
                          QStringLiteral("unexpected header size %1").arg(header.headerSize));
    const quint64 capacity = quint64(textCapacity(segment.size()));
    if (header.textLength > capacity)
        return unreadable(segment,
                          QStringLiteral("text length %1 exceeds the text area (%2 bytes)")
                                  .arg(header.textLength)
                                  .arg(capacity));
    const char *text = segment.data() + HeaderSize;
    if (text[header.textLength] != '\0')
        return unreadable(segment, QStringLiteral("the text is not NUL-terminated"));
    if (header.nameLength > MaxSourceNameBytes || header.sourceName[header.nameLength] != '\0')
        return unreadable(segment, QStringLiteral("the source name is not terminated"));
    if (header.originalSize < header.textLength)
        return unreadable(segment,
                          QStringLiteral("original size %1 is below the text length %2")
                                  .arg(header.originalSize)
                                  .arg(header.textLength));
    if (bool(header.flags & Truncated) != (header.originalSize > header.textLength))
        return unreadable(segment, QStringLiteral("the truncated flag contradicts the sizes"));
    // Our writers never store a NUL inside the text (binary files are refused): one there means
    // another writer, and the text would not be what its length says.
    if (const void *nul = memchr(text, 0, size_t(header.textLength)))
        return unreadable(segment,
                          QStringLiteral("the text holds a NUL byte at offset %1")
                                  .arg(static_cast<const char *>(nul) - text));

    SegmentSnapshot snapshot;
    snapshot.state = SegmentSnapshot::State::Valid;
    snapshot.segmentSize = segment.size();
    snapshot.generation = header.generation;
    snapshot.text = QByteArray(text, qsizetype(header.textLength));
    snapshot.sourceName = QString::fromUtf8(header.sourceName, header.nameLength);
    snapshot.originalSize = header.originalSize;
    snapshot.loadedAt = QDateTime::fromMSecsSinceEpoch(header.loadedAtMs, Qt::UTC);
    snapshot.writerPid = header.writerPid;
    snapshot.truncated = header.flags & Truncated;
    // Computed, not trusted: the flag is only advice from another process.
    snapshot.validUtf8 = Utf8Text::isValid(snapshot.text);
    return snapshot;
}

quint64 SegmentLayout::fingerprint(QByteArrayView segment)
{
    // Our writers change the generation in the header with every write; hashing the whole
    // header also catches a hostile rewrite that keeps the generation.
    if (hasMagic(segment) && segment.size() >= HeaderSize)
        return qHashBits(segment.data(), size_t(HeaderSize));
    return qHashBits(segment.data(), size_t(rawText(segment).size()), 0x5eed);
}
