// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTLAYOUT_H
#define SEGMENTLAYOUT_H

#include "segmentsnapshot.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// The bytes of the segment: a 256-byte header, then the NUL-terminated text. docs/protocol.md
// has the table. All fields are in the host's byte order: the segment never leaves the machine.
struct SegmentHeader
{
    quint32 magic; // 0: Magic
    quint16 version; // 4: Version
    quint16 headerSize; // 6: HeaderSize, so a reader can tell a future, longer header
    quint32 flags; // 8: SegmentLayout::Flag bits
    quint32 writerPid; // 12
    quint64 generation; // 16: incremented by every write
    quint64 textLength; // 24: bytes of text, excluding the NUL
    quint64 originalSize; // 32: bytes of the source file
    qint64 loadedAtMs; // 40: milliseconds since the epoch, UTC
    quint16 nameLength; // 48: bytes of sourceName, excluding the NUL
    quint8 reserved[14]; // 50: zero
    char sourceName[192]; // 64: UTF-8, NUL-terminated
};

class SegmentLayout
{
public:
    static constexpr quint32 Magic = 0x4C4D4853; // "SHML" in memory on little-endian hosts
    static constexpr quint16 Version = 1;
    static constexpr qsizetype HeaderSize = 256;
    static constexpr qsizetype MaxSourceNameBytes = 191;
    // The smallest segment that holds the header and an empty text.
    static constexpr qsizetype MinimumSegmentSize = HeaderSize + 1;

    enum Flag : quint32 {
        Truncated = 0x1, // the source was longer than the text area
        InvalidUtf8 = 0x2, // the text is not valid UTF-8; readers show replacement characters
    };

    // Bytes of text a segment of this size can hold (the NUL takes one).
    static qsizetype textCapacity(qsizetype segmentSize);

    struct Write
    {
        QByteArrayView text; // must hold no NUL byte in the part that fits
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
        QString problem;
    };
    // Writes header and text into segment (caller holds the lock). The text is copied with
    // strncpy bounded by the text capacity minus one and never splits a UTF-8 sequence.
    static WriteResult encode(char *segment, qsizetype segmentSize, const Write &write);

    // Decodes any bytes at all into a Valid, Raw, Empty or Unreadable snapshot; never reads
    // outside segment.
    static SegmentSnapshot decode(QByteArrayView segment);

    // A cheap identity of the content: the generation for our header, a hash of the raw text
    // otherwise. Equal fingerprints mean decode() would give the same snapshot again.
    static quint64 fingerprint(QByteArrayView segment);
};

#endif // SEGMENTLAYOUT_H
