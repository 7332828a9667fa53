// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LOADTASK_H
#define LOADTASK_H

#include "assetcatalog.h"
#include "segmentwriter.h"
#include "sourcefile.h"

#include <QCoreApplication>

#include <optional>

// One load of one source into the segment of one key, in two steps: prepare() reads, decodes and
// fits with no segment touched (however long that takes), write() attaches, locks and copies.
// write() and run() may block for as long as another process holds the segment's lock: call them
// on a worker thread only.
class LoadTask
{
    Q_DECLARE_TR_FUNCTIONS(LoadTask)
public:
    // Where in the segment it goes (docs/protocol.md): behind our header, or without one, as
    // Qt's Shared Memory Example (QDataStream << QImage) or a classic strncpy loader write.
    enum class Layout { Shm, QtExample, Classic };

    LoadTask(const QString &key, const AssetCatalog::Source &source, Layout layout = Layout::Shm);

    // What write() copies, made for a segment of segmentSize bytes.
    struct Prepared
    {
        std::optional<SegmentWriter::Result> outcome; // set: refused, nothing to write
        bool isImage = false;
        SourceFile::Prefix text;
        QByteArray imageBytes; // the file's, fitted ones, or QDataStream << QImage
        SegmentWriter::Image image;
        qsizetype segmentSize = 0; // what it was made for; 0: no segment was seen
    };
    // Text or image, by what the content is (ContentSniffer); anything else is refused. The
    // source is opened once and read from that descriptor only.
    Prepared prepare(qsizetype segmentSize) const;
    // The same for content already read (standard input): bytes, the start of totalBytes (all of
    // an image; of a text at least what the segment holds and 4 bytes more, when there is that
    // much). The source's path is not used.
    Prepared prepareBytes(const QByteArray &bytes, quint64 totalBytes, qsizetype segmentSize) const;
    // writer: SegmentWriter(key()), perhaps with a written handler.
    SegmentWriter::Result write(const Prepared &prepared, const SegmentWriter &writer) const;
    // The attached segment was not the size prepared for, and another prepare() for its size
    // would do better: an image that did not fit.
    static bool needsPreparing(const Prepared &prepared, const SegmentWriter::Result &result);
    // The size of the segment of key now, looked up without attaching; 0 when none is seen.
    static qsizetype segmentSize(const QString &key);

    // prepare() for the segment there is, then write(); once more when needsPreparing().
    SegmentWriter::Result run() const;

    // Enough of the start of a file to tell what it holds.
    static constexpr qsizetype HeadBytes = 4096;

    QString key() const { return m_key; }
    AssetCatalog::Source source() const { return m_source; }
    Layout layout() const { return m_layout; }

private:
    // file: where the rest is read from; nullptr when bytes are all there is to read (a bundled
    // file, standard input), of totalBytes.
    void prepareContent(QByteArray bytes, quint64 totalBytes, SourceFile *file,
                        Prepared *prepared) const;
    bool prepareText(const QByteArray &head, quint64 totalBytes, SourceFile *file,
                     Prepared *prepared) const;
    bool prepareImage(QByteArray bytes, quint64 totalBytes, SourceFile *file,
                      const QString &mimeType, Prepared *prepared) const;

    QString m_key;
    AssetCatalog::Source m_source;
    Layout m_layout = Layout::Shm;
};

#endif // LOADTASK_H
