// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// libFuzzer target: any bytes at all, taken as a whole segment, through SegmentLayout::decode()
// and fingerprint(), which the viewer runs on whatever another process left in shared memory.
// The input sits in a heap block of exactly its size, so AddressSanitizer reports any read past
// the segment's end; the checks below report a snapshot that contradicts its own segment.
// Then the decoded text is written back with encode() and must decode as what was written.

#include "segmentlayout.h"
#include "utf8text.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

static void require(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "fuzz_segmentlayout: violated: %s\n", what);
        abort();
    }
}

static void checkSnapshot(const SegmentSnapshot &snapshot, QByteArrayView segment)
{
    using State = SegmentSnapshot::State;
    require(snapshot.segmentSize == segment.size(), "segmentSize is the segment's size");
    switch (snapshot.state) {
    case State::Empty:
        require(snapshot.payload.isEmpty(), "an empty snapshot has no text");
        break;
    case State::Interrupted:
        // Our header with an odd write sequence: nothing of the write is presented.
        require(snapshot.payload.isEmpty(), "an interrupted write shows no bytes");
        require(segment.size() >= SegmentLayout::HeaderSize, "only a whole header says so");
        break;
    case State::Raw:
        if (snapshot.hasImage()) {
            // The Qt example's QDataStream << QImage: the PNG after the 4-byte marker.
            require(snapshot.payload.size() + SegmentLayout::ClassicMarkerBytes <= segment.size(),
                    "a raw image fits the segment");
            require(memcmp(snapshot.payload.constData(),
                           segment.data() + SegmentLayout::ClassicMarkerBytes,
                           size_t(snapshot.payload.size()))
                            == 0,
                    "a raw image is the segment's bytes");
            break;
        }
        require(!snapshot.payload.isEmpty(), "raw text is not empty");
        require(snapshot.payload.size() <= segment.size(), "raw text fits the segment");
        require(!memchr(snapshot.payload.constData(), 0, size_t(snapshot.payload.size())),
                "raw text holds no NUL");
        require(memcmp(snapshot.payload.constData(), segment.data(),
                       size_t(snapshot.payload.size()))
                        == 0,
                "raw text is the segment's first bytes");
        break;
    case State::Valid: {
        const qsizetype capacity = SegmentLayout::textCapacity(segment.size());
        require(snapshot.payload.size() <= capacity, "valid text fits the text area");
        require(snapshot.originalSize >= quint64(snapshot.payload.size()),
                "original size is at least the text's");
        require(snapshot.truncated == (snapshot.originalSize > quint64(snapshot.payload.size())),
                "truncated flag matches the sizes");
        if (snapshot.hasImage()) {
            require(snapshot.width > 0 && snapshot.height > 0, "an image has a size");
            require(!snapshot.truncated, "an image is never truncated");
        } else {
            require(snapshot.validUtf8 == Utf8Text::isValid(snapshot.payload),
                    "validUtf8 is computed");
            require(!memchr(snapshot.payload.constData(), 0, size_t(snapshot.payload.size())),
                    "valid text holds no NUL");
        }
        require(memcmp(snapshot.payload.constData(), segment.data() + SegmentLayout::HeaderSize,
                       size_t(snapshot.payload.size()))
                        == 0,
                "the payload is the payload area's bytes");
        break;
    }
    case State::Unreadable:
        require(!snapshot.problem.isEmpty(), "an unreadable snapshot says why");
        require(snapshot.payload.isEmpty(), "an unreadable snapshot has no text");
        break;
    }
}

// Writes text over the hostile bytes (the writer reads the old header for its generation) and
// checks that a reader gets back exactly what fits.
static void checkRoundTrip(const SegmentSnapshot &snapshot, QByteArrayView segment)
{
    if (segment.size() < SegmentLayout::MinimumSegmentSize || !snapshot.hasText())
        return;
    std::vector<char> copy(segment.begin(), segment.end());
    // A hostile header may declare a text with NUL bytes inside; a writer never stores one (it
    // refuses binary files), so write the part before the first NUL.
    const qsizetype nul = snapshot.payload.indexOf('\0');
    const QByteArray text = nul < 0 ? snapshot.payload : snapshot.payload.left(nul);
    SegmentLayout::Write write;
    write.payload = text;
    write.sourceName = snapshot.sourceName;
    write.originalSize = snapshot.originalSize;
    write.loadedAtMs = 1;
    write.writerPid = 1;
    const SegmentLayout::WriteResult written
            = SegmentLayout::encode(copy.data(), qsizetype(copy.size()), write);
    require(written.ok, "encode succeeds on a segment of the minimum size or more");
    const SegmentSnapshot again
            = SegmentLayout::decode(QByteArrayView(copy.data(), qsizetype(copy.size())));
    require(again.state == SegmentSnapshot::State::Valid, "what encode wrote decodes as valid");
    const qsizetype fits
            = Utf8Text::truncationPoint(text, SegmentLayout::textCapacity(segment.size()));
    require(again.payload == text.left(fits), "the text comes back, cut where it must be");
    require(again.truncated == (again.originalSize > quint64(again.payload.size())),
            "the round trip's truncated flag matches");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView segment(reinterpret_cast<const char *>(data), qsizetype(size));
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment);
    checkSnapshot(snapshot, segment);

    const quint64 fingerprint = SegmentLayout::fingerprint(segment);
    require(fingerprint == SegmentLayout::fingerprint(segment), "fingerprint is deterministic");
    const SegmentSnapshot again = SegmentLayout::decode(segment);
    require(again.state == snapshot.state && again.payload == snapshot.payload,
            "decode is deterministic");

    checkRoundTrip(snapshot, segment);

    return 0;
}
