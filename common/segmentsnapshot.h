// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTSNAPSHOT_H
#define SEGMENTSNAPSHOT_H

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// What one read of the segment found: a copy, independent of the segment once made.
struct SegmentSnapshot
{
    enum class State {
        Empty, // no header and no text: a fresh, zero-filled segment
        Valid, // a header of our layout, every field checked against the segment's size
        Raw, // no header: NUL-terminated text at offset 0 (a classic strncpy loader), or the Qt
             // example's QDataStream << QImage
        Unreadable, // neither: the reason is in problem
        // Our header with an odd write sequence: a write began and has not finished. Its bytes
        // are never presented. SegmentReader reports it only when nobody holds the lock (the
        // writer died half-way); with the lock taken it is a write under way, not yet readable.
        Interrupted
    };

    State state = State::Empty;
    quint64 generation = 0; // incremented by every write; 0 for Empty, Raw and Unreadable
    enum class Kind { Text, Image };
    Kind kind = Kind::Text;
    QString contentType; // the header's media type; text/plain; charset=utf-8 for Raw
    QByteArray payload; // the text as stored (UTF-8, without its NUL), or an image's bytes
    QString sourceName;
    quint64 originalSize = 0; // size of the source file; > payload.size() when truncated
    QDateTime loadedAt; // UTC; invalid for Raw
    qint64 writerPid = 0;
    bool truncated = false;
    bool validUtf8 = true;
    QString problem; // why the segment is Unreadable
    qsizetype segmentSize = 0; // the attached size the snapshot was decoded from

    // An image: its size as the loader decoded it, and before the loader scaled it to fit (0 when
    // it did not).
    quint32 width = 0;
    quint32 height = 0;
    quint32 sourceWidth = 0;
    quint32 sourceHeight = 0;
    // A raw frame (image/x-raw): SegmentLayout::PixelFormat and bytes per line; 0 otherwise.
    quint32 pixelFormat = 0;
    quint32 stride = 0;

    bool hasText() const
    {
        return (state == State::Valid || state == State::Raw) && kind == Kind::Text;
    }
    bool hasImage() const
    {
        return (state == State::Valid || state == State::Raw) && kind == Kind::Image;
    }
};

Q_DECLARE_METATYPE(SegmentSnapshot)

#endif // SEGMENTSNAPSHOT_H
