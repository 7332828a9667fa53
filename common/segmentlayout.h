// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTLAYOUT_H
#define SEGMENTLAYOUT_H

#include "segmentsnapshot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The bytes of the segment: a 256-byte header, then the payload (text: NUL-terminated UTF-8).
// docs/protocol.md has the table. All fields are in the host's byte order: the segment never
// leaves the machine.
// [walkthrough: header]
struct SegmentHeader
{
    quint32 magic; // 0: Magic
    quint16 version; // 4: Version
    quint16 headerSize; // 6: HeaderSize, so a reader can tell a future, longer header
    // 8: the futex word (WakeWord). Only ever changed atomically, never by encode(): a viewer may
    // be waiting on it.
    quint32 wakeWord;
    quint32 flags; // 12: SegmentLayout::Flag bits
    quint64 generation; // 16: incremented by every write
    quint64 payloadLength; // 24: bytes of payload (a text excludes its NUL)
    quint64 originalSize; // 32: bytes of the source
    qint64 loadedAtMs; // 40: milliseconds since the epoch, UTC
    quint32 writerPid; // 48
    quint32 width; // 52: an image's width and height in pixels; 0 for text
    quint32 height; // 56
    quint32 sourceWidth; // 60: an image's size before the loader scaled it to fit; 0 if not
    quint32 sourceHeight; // 64
    quint16 nameLength; // 68: bytes of sourceName, excluding the NUL
    quint16 contentTypeLength; // 70: bytes of contentType, excluding the NUL
    // 72: the write sequence, a seqlock: odd from the moment a write begins until its last byte
    // is in, even otherwise. Only ever changed atomically, by encode(), under the lock; readers
    // copy without the lock and keep a copy only when the sequence was even and unchanged.
    quint64 sequence;
    // 80: a raw frame's SegmentLayout::PixelFormat and bytes per line (image/x-raw only; zero
    // otherwise). Were reserved (zero) bytes, which version 3 readers never looked at.
    quint32 pixelFormat;
    quint32 stride; // 84
    quint8 reserved[8]; // 88: zero
    char contentType[32]; // 96: ASCII media type, NUL-terminated
    char sourceName[128]; // 128: UTF-8, NUL-terminated
};
// [/walkthrough: header]

class SegmentLayout
{
    Q_DECLARE_TR_FUNCTIONS(SegmentLayout)
public:
    static constexpr quint32 Magic = 0x4C4D4853; // "SHML" in memory on little-endian hosts
    // 3: the write sequence (version 2 had none, so its readers would show a write cut short).
    static constexpr quint16 Version = 3;
    static constexpr qsizetype HeaderSize = 256;
    static constexpr qsizetype WakeWordOffset = 8;
    static constexpr qsizetype SequenceOffset = 72;
    static constexpr qsizetype MaxSourceNameBytes = 127;
    static constexpr qsizetype MaxContentTypeBytes = 31;
    // The smallest segment that holds the header and an empty text.
    static constexpr qsizetype MinimumSegmentSize = HeaderSize + 1;
    static constexpr char TextContentType[] = "text/plain; charset=utf-8";
    // Pixels as they are in memory, no file format: width, height, pixelFormat and stride in the
    // header, payload = stride × height bytes, rows top to bottom.
    static constexpr char RawImageContentType[] = "image/x-raw";
    static constexpr qsizetype PixelFormatOffset = 80;
    static constexpr qsizetype StrideOffset = 84;
    // QDataStream's "not a null image" marker before the PNG of the Qt example's segment.
    static constexpr qsizetype ClassicMarkerBytes = 4;

    enum Flag : quint32 {
        Truncated = 0x1, // the source was longer than the text area
        InvalidUtf8 = 0x2, // the text is not valid UTF-8; readers show replacement characters
    };

    // A raw frame's pixel layout (numbers fixed by docs/protocol.md; 0 is no format).
    enum class PixelFormat : quint32 {
        Gray8 = 1, // one byte per pixel
        Rgb888 = 2, // R, G, B bytes
        Rgba8888 = 3, // R, G, B, A bytes, alpha not premultiplied
    };
    // Bytes per pixel of a known format, 0 for any other value.
    static quint32 bytesPerPixel(quint32 pixelFormat);
    static QString pixelFormatName(quint32 pixelFormat); // "gray8", "rgb888", "rgba8888", ""
    static bool isRawImageType(QStringView contentType);
    // Why a raw frame's header fields cannot describe payloadLength bytes (English, for the
    // snapshot's problem), empty when they do: a known format, sides of 1 to MaxImageSide, a
    // stride of at least width × bytes per pixel, and payloadLength exactly stride × height.
    static QString rawFrameProblem(quint32 pixelFormat, quint32 width, quint32 height,
                                   quint32 stride, quint64 payloadLength);

    // Bytes of text a segment of this size can hold (the NUL takes one).
    static qsizetype textCapacity(qsizetype segmentSize);

    // The largest image side a header may claim; decoding has its own memory bound.
    static constexpr quint32 MaxImageSide = 1u << 20;

    struct Write
    {
        QByteArrayView payload; // a text: no NUL byte in the part that fits
        // A text type (ContentSniffer::textTypes(); empty means text/plain), or an image's media
        // type (ContentSniffer::imageTypes()), which makes the payload an image's bytes, stored
        // whole or not at all, with its decoded size.
        QString contentType;
        quint32 width = 0;
        quint32 height = 0;
        quint32 sourceWidth = 0; // before the loader scaled it to fit; 0 when it did not
        quint32 sourceHeight = 0;
        // RawImageContentType only: PixelFormat and bytes per line (rawFrameProblem() holds).
        quint32 pixelFormat = 0;
        quint32 stride = 0;
        QString sourceName;
        quint64 originalSize = 0;
        qint64 loadedAtMs = 0;
        quint32 writerPid = 0;
        // Whether text is valid UTF-8, when the caller checked it before taking the lock: encode()
        // runs under the lock and the check reads every byte, so the viewer would wait for it.
        std::optional<bool> validUtf8;
    };
    struct WriteResult
    {
        bool ok = false;
        qsizetype textLength = 0;
        bool truncated = false;
        bool validUtf8 = true;
        quint64 generation = 0;
        QString problem; // why not, in the user's language (only the loader shows it)
    };
    // Writes header and payload into segment (caller holds the lock), leaving the wake word alone.
    // A text is copied with strncpy bounded by the text capacity minus one and never splits a
    // UTF-8 sequence; an image is copied whole, or not at all when it does not fit. The write
    // sequence is odd from before the first byte changes until after the last: a writer killed
    // half-way leaves it odd, and no reader takes what it left for a whole write.
    static WriteResult encode(char *segment, qsizetype segmentSize, const Write &write);

    // For a writer of another layout (a classic text, Qt's example's image) about to write over
    // our header, under the lock: makes the write sequence odd, so no lock-free reader keeps a
    // copy taken across that write.
    static void markWriting(char *segment, qsizetype segmentSize);

    // What a reader copies out while it holds the lock, so that everything else (checks, UTF-8
    // validation) runs after unlocking. Only the bytes decoding can need, bounded by the segment.
    struct Copy
    {
        QByteArray header; // HeaderSize bytes when the segment starts with Magic, else empty
        // With a header: the bytes after it, up to the declared payload and its NUL when they
        // fit. Without: the bytes at offset 0 up to, not including, the first NUL.
        QByteArray payload;
        // Without a header: payload is the Qt example's QDataStream << QImage (see
        // classicImageLength()), not text.
        bool classicImage = false;
        qsizetype segmentSize = 0;
    };
    static Copy copyOut(QByteArrayView segment);

    // The write sequence, read atomically (acquire), when the segment holds our header (magic
    // and version); nullopt otherwise: then only the lock keeps a copy whole.
    static std::optional<quint64> sequence(QByteArrayView segment);
    static bool isWriting(quint64 sequence) { return sequence & 1; }
    // Without the lock: copyOut() between two reads of the sequence, which must be even and
    // unchanged; nullopt when a write began or ended meanwhile (copy again), or the segment no
    // longer holds our header.
    static std::optional<Copy> copyIfUnchanged(QByteArrayView segment, quint64 sequence);
    // Whether the sequence is still `sequence`, after the reads before this call (acquire fence).
    static bool sequenceIs(QByteArrayView segment, quint64 sequence);

    // The segment Qt's own Shared Memory Example writes: QDataStream << QImage at offset 0 and
    // no header of ours, that is a big-endian qint32 1 and then a PNG. Returns the length of
    // both when the PNG's chunks lead, within the segment, to its IEND; 0 otherwise.
    static qsizetype classicImageLength(QByteArrayView segment);

    // Checks a copy and turns it into a Valid, Raw, Empty, Unreadable or Interrupted (an odd write
    // sequence) snapshot. The copy is consumed: its payload becomes the snapshot's text without
    // another copy.
    static SegmentSnapshot decode(Copy copy);
    // decode(copyOut(segment)): any bytes at all; never reads outside segment.
    static SegmentSnapshot decode(QByteArrayView segment);

    // A cheap identity of the content: a hash of the header (without the wake word) for our
    // layout, of the raw text otherwise. Equal fingerprints mean decode() would give the same
    // snapshot again.
    static quint64 fingerprint(QByteArrayView segment);
};

#endif // SEGMENTLAYOUT_H
