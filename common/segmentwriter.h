// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTWRITER_H
#define SEGMENTWRITER_H

#include "sourcefile.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

// The loader's side: attach, lock, write header and payload, unlock, detach. Every call blocks
// while another process holds the lock (attach() and detach() lock too): call it off the GUI
// thread.
class SegmentWriter
{
    Q_DECLARE_TR_FUNCTIONS(SegmentWriter)
public:
    enum class Status {
        Loaded,
        ViewerNotRunning, // attach() found no segment
        FileRefused, // missing, not a regular file, unreadable or binary: nothing was written
        TooLarge, // an image larger than the segment's room (originalSize, segmentSize)
        Failed // any other failure: permission, lock, a segment too small
    };

    // An image's media type and size in pixels, as the caller decoded it.
    struct Image
    {
        QString contentType;
        quint32 width = 0;
        quint32 height = 0;
        quint32 sourceWidth = 0; // before the caller scaled it to fit; 0 when it did not
        quint32 sourceHeight = 0;
    };

    // What happened, as data: the loader words it (loader/loadreport.h).
    struct Result
    {
        Status status = Status::Failed;
        QString problem; // FileRefused, Failed: why, one sentence
        // ViewerNotRunning: the write went into a segment a viewer left when it did not quit
        // cleanly, and was removed with it.
        bool removedOrphan = false;
        QString sourceName;
        qsizetype textBytes = 0;
        quint64 originalSize = 0;
        bool truncated = false;
        bool validUtf8 = true;
        qsizetype segmentSize = 0;
        quint64 generation = 0;
        Image image; // an image's type and sizes; empty contentType for text
    };

    explicit SegmentWriter(const QString &key);

    // Called on the writing thread as soon as a write is in (Loaded), before detaching: detach()
    // takes the lock again and may wait for another holder, and a caller that gives up meanwhile
    // must still be able to say the write was made. Every write function but loadFile().
    void setWrittenHandler(std::function<void(const Result &)> handler);

    // Writes a text prefix as SourceFile::readPrefix() or cutPrefix() made it (no NUL byte), cut
    // again when the attached segment is smaller than the one it was read for.
    Result writePrefix(const SourceFile::Prefix &prefix, const QString &sourceName) const;

    // The layouts without our header (docs/protocol.md, "Classic layouts"), under the same lock.
    // Plain NUL-terminated text at offset 0, as a strncpy() bounded by the segment's size writes
    // it (the rest of the segment zeroed), cut on a character boundary to leave room for the NUL.
    Result writeClassicText(const SourceFile::Prefix &prefix, const QString &sourceName) const;
    // bytes (QDataStream << QImage, as Qt's Shared Memory Example makes them) at offset 0, whole
    // or not at all (TooLarge); the rest of the segment is left as it is, as the example does.
    Result writeAtOffsetZero(QByteArrayView bytes, const QString &sourceName,
                             const Image &image) const;

    // Why nothing is written into key's segment of segmentSize bytes, looked up without attaching:
    // another user's key files, segment or lock (SegmentTrust), or more than MaxSegmentSize
    // bytes; empty when nothing speaks against it. Every write checks it, before and after
    // attaching; a caller that reads a stream for the segment checks it first, so that such a
    // segment never sizes what it keeps.
    static QString refusal(const QString &key, qsizetype segmentSize);

    // Loads the file at path; sourceName is what the viewer shows (the asset's name).
    Result loadFile(const QString &path, const QString &sourceName) const;

    // Writes text as if loaded from a file of originalSize bytes.
    Result writeText(QByteArrayView text, const QString &sourceName, quint64 originalSize) const;

    // Writes an image's bytes, whole; TooLarge (nothing written) when they do not fit.
    Result writeImage(QByteArrayView bytes, const QString &sourceName, const Image &image) const;

    // A raw frame's layout (SegmentLayout::PixelFormat, sizes, bytes per line).
    struct RawFrame
    {
        quint32 pixelFormat = 0;
        quint32 width = 0;
        quint32 height = 0;
        quint32 stride = 0;
    };
    // Writes a raw frame's pixels (image/x-raw), whole; TooLarge (nothing written) when they do
    // not fit, Failed when the layout does not describe them (SegmentLayout::rawFrameProblem()).
    Result writeRawFrame(QByteArrayView pixels, const QString &sourceName,
                         const RawFrame &frame) const;

    // Keeps the segment attached from one write to the next (a program publishing frames): a
    // fresh attachment maps every page of the segment again, which costs several times the copy
    // of a frame. Copies of this writer share the attachment; the last one detaches (and removes
    // what is left when nobody else is attached, as after every write). A write finding no other
    // process attached (the viewer quit) lets go and says ViewerNotRunning. writeText(),
    // writeImage() and writeRawFrame() only.
    void setKeepAttached(bool keep);
    struct Kept; // the kept attachment (segmentwriter.cpp)

private:
    QString m_key;
    std::function<void(const Result &)> m_written;
    std::shared_ptr<Kept> m_kept;
};

#endif // SEGMENTWRITER_H
