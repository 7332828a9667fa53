// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loadtask.h"

#include "contentsniffer.h"
#include "imagedecoder.h"
#include "imagefitter.h"
#include "loaderlogging.h"
#include "segmentlayout.h"
#include "segmentstatus.h"
#include "shmconstants.h"

#include <QBuffer>
#include <QDataStream>
#include <QFile>

LoadTask::LoadTask(const QString &key, const AssetCatalog::Source &source, Layout layout)
    : m_key(key)
    , m_source(source)
    , m_layout(layout)
{ }

static SegmentWriter::Result refused(const QString &problem)
{
    SegmentWriter::Result result;
    result.status = SegmentWriter::Status::FileRefused;
    result.problem = problem;
    return result;
}

qsizetype LoadTask::segmentSize(const QString &key)
{
    const SegmentStatus status = SegmentStatus::inspect(key);
    return status.segment.exists ? qsizetype(status.segment.size) : 0;
}

LoadTask::Prepared LoadTask::prepare(qsizetype segmentSize) const
{
    Prepared prepared;
    prepared.segmentSize = segmentSize;
    const QString &name = m_source.sourceName;

    // What the content is decides, never the name alone: read its first bytes. Bundled assets
    // live in the program's resources, which POSIX open() cannot see; they are small and known,
    // so they are read whole. A file is opened once: every read below uses that descriptor.
    QByteArray bytes;
    SourceFile file;
    if (m_source.inResources) {
        QFile resource(m_source.path);
        //: %1 is the name of a bundled file, such as notes.md; %2 why it cannot be read
        if (!resource.open(QIODevice::ReadOnly)) {
            prepared.outcome = refused(tr("Cannot load %1: %2").arg(name, resource.errorString()));
            return prepared;
        }
        bytes = resource.readAll();
        const quint64 total = quint64(bytes.size());
        prepareContent(std::move(bytes), total, nullptr, &prepared);
        return prepared;
    }
    if (!file.open(m_source.path) || !file.readBytes(HeadBytes, &bytes)) {
        prepared.outcome = refused(file.errorString());
        return prepared;
    }
    prepareContent(std::move(bytes), file.size(), &file, &prepared);
    return prepared;
}

LoadTask::Prepared LoadTask::prepareBytes(const QByteArray &bytes, quint64 totalBytes,
                                          qsizetype segmentSize) const
{
    Prepared prepared;
    prepared.segmentSize = segmentSize;
    prepareContent(bytes, totalBytes, nullptr, &prepared);
    return prepared;
}

void LoadTask::prepareContent(QByteArray bytes, quint64 totalBytes, SourceFile *file,
                              Prepared *prepared) const
{
    const ContentSniffer::Result content = ContentSniffer::sniff(bytes.left(HeadBytes));
    switch (content.kind) {
    case ContentSniffer::Kind::Binary:
        //: %1 is the file's name, %2 the media type its content has, such as application/pdf
        prepared->outcome = refused(tr("Cannot load %1: binary content (%2), neither text nor a "
                                       "supported image")
                                            .arg(m_source.sourceName, content.mimeType));
        break;
    case ContentSniffer::Kind::Text:
        prepareText(bytes, totalBytes, file, prepared);
        break;
    case ContentSniffer::Kind::Image:
        prepareImage(std::move(bytes), totalBytes, file, content.mimeType, prepared);
        break;
    }
}

bool LoadTask::prepareText(const QByteArray &head, quint64 totalBytes, SourceFile *file,
                           Prepared *prepared) const
{
    const QString &name = m_source.sourceName;
    const QString named = ContentSniffer::typeOfName(name);
    //: %1 is the file's name, %2 the media type its name suggests, such as image/png
    if (ContentSniffer::isImageType(named)) {
        prepared->outcome = refused(
                tr("Cannot load %1: the name says %2, but it holds text").arg(name, named));
        return false;
    }
    if (m_layout == Layout::QtExample) {
        //: %1 is the file's name; keep --layout qt-example as it is
        prepared->outcome = refused(tr("Cannot load %1: --layout qt-example writes an image (as "
                                       "Qt's Shared Memory Example does), and this is text")
                                            .arg(name));
        return false;
    }
    // The room of the segment seen; without one, of the usual size (a viewer starting now).
    const qsizetype size
            = prepared->segmentSize > 0 ? prepared->segmentSize : ShmConstants::DefaultSegmentSize;
    const qsizetype room = m_layout == Layout::Classic ? qMax<qsizetype>(0, size - 1)
                                                       : SegmentLayout::textCapacity(size);
    if (file) {
        if (file->readPrefix(room, &prepared->text))
            return true;
        prepared->outcome = refused(file->errorString());
        return false;
    }
    const qsizetype nul = SourceFile::cutPrefix(head, room, totalBytes, &prepared->text);
    if (nul < 0)
        return true;
    prepared->outcome = refused(SourceFile::binaryProblem(name, nul));
    return false;
}

// Exactly what Qt's Shared Memory Example's loadFromFile() makes of the image it loaded: refused
// when larger than the segment (it is not scaled down).
static bool streamForQtExample(const QImage &image, const QString &name,
                               LoadTask::Prepared *prepared)
{
    QBuffer buffer;
    buffer.open(QBuffer::ReadWrite);
    QDataStream out(&buffer);
    out << image;
    prepared->imageBytes = buffer.data();
    const qsizetype segmentSize = prepared->segmentSize;
    if (segmentSize == 0 || prepared->imageBytes.size() <= segmentSize)
        return true;
    //: %1 is the file's name, %2 and %3 numbers of bytes; keep QDataStream and QImage
    prepared->outcome = refused(LoadTask::tr("Cannot load %1: as QDataStream << QImage it takes "
                                             "%2 bytes, more than the segment's %3")
                                        .arg(name)
                                        .arg(prepared->imageBytes.size())
                                        .arg(segmentSize));
    return false;
}

// The file's bytes when they fit (or no segment was seen: the write tells), else the image scaled
// down and encoded again, as large as fits the segment's room: never cut.
static bool fitImage(QByteArray bytes, QImage image, const QString &mimeType, const QString &name,
                     LoadTask::Prepared *prepared)
{
    const qsizetype segmentSize = prepared->segmentSize;
    const qsizetype room = SegmentLayout::textCapacity(segmentSize);
    if (segmentSize == 0 || bytes.size() <= room) {
        prepared->imageBytes = std::move(bytes);
        return true;
    }
    const quint64 originalSize = quint64(bytes.size());
    bytes.clear(); // the file's bytes are not needed any more: memory for the candidates
    const ImageFitter::Result fitted = ImageFitter::fit(std::move(image), mimeType, room);
    if (fitted.bytes.isEmpty()) {
        SegmentWriter::Result tooLarge;
        tooLarge.status = SegmentWriter::Status::TooLarge;
        tooLarge.sourceName = name;
        tooLarge.originalSize = originalSize;
        tooLarge.segmentSize = segmentSize;
        prepared->outcome = tooLarge;
        return false;
    }
    SegmentWriter::Image &header = prepared->image;
    header.contentType = fitted.contentType;
    header.sourceWidth = header.width;
    header.sourceHeight = header.height;
    header.width = quint32(fitted.image.width());
    header.height = quint32(fitted.image.height());
    prepared->imageBytes = fitted.bytes;
    return true;
}

bool LoadTask::prepareImage(QByteArray bytes, quint64 totalBytes, SourceFile *file,
                            const QString &mimeType, Prepared *prepared) const
{
    const QString &name = m_source.sourceName;
    if (m_layout == Layout::Classic) {
        //: %1 is the file's name, %2 its media type, such as image/png; keep --layout classic
        prepared->outcome = refused(tr("Cannot load %1: --layout classic writes plain text, and "
                                       "this is an image (%2)")
                                            .arg(name, mimeType));
        return false;
    }
    // An image is written whole: read all of it, within a bound.
    //: %1 is the file's name, %2 a number
    if (totalBytes > quint64(ShmConstants::MaxImageFileBytes)) {
        prepared->outcome = refused(tr("Cannot load %1: image files over %2 MiB are refused")
                                            .arg(name)
                                            .arg(ShmConstants::MaxImageFileBytes / (1024 * 1024)));
        return false;
    }
    if (file && !file->readBytes(ShmConstants::MaxImageFileBytes, &bytes)) {
        prepared->outcome = refused(file->errorString());
        return false;
    }
    ImageDecoder::Result image = ImageDecoder::decode(bytes, mimeType);
    //: %1 is the file's name, %2 its media type, such as image/png, %3 what is wrong with it
    if (image.image.isNull()) {
        prepared->outcome = refused(
                tr("Cannot load %1: a broken %2 image: %3").arg(name, mimeType, image.message));
        return false;
    }
    prepared->isImage = true;
    SegmentWriter::Image &header = prepared->image;
    header.contentType = mimeType;
    header.width = quint32(image.image.width());
    header.height = quint32(image.image.height());

    if (m_layout == Layout::QtExample)
        return streamForQtExample(image.image, name, prepared);
    return fitImage(std::move(bytes), std::move(image.image), mimeType, name, prepared);
}

SegmentWriter::Result LoadTask::write(const Prepared &prepared, const SegmentWriter &writer) const
{
    if (prepared.outcome)
        return *prepared.outcome;
    const QString &name = m_source.sourceName;
    qCDebug(lcLoader) << "writing" << name << "to key" << m_key;
    switch (m_layout) {
    case Layout::Shm:
        break;
    case Layout::QtExample:
        return writer.writeAtOffsetZero(prepared.imageBytes, name, prepared.image);
    case Layout::Classic:
        return writer.writeClassicText(prepared.text, name);
    }
    return prepared.isImage ? writer.writeImage(prepared.imageBytes, name, prepared.image)
                            : writer.writePrefix(prepared.text, name);
}

bool LoadTask::needsPreparing(const Prepared &prepared, const SegmentWriter::Result &result)
{
    return result.status == SegmentWriter::Status::TooLarge && result.segmentSize > 0
            && result.segmentSize != prepared.segmentSize;
}

SegmentWriter::Result LoadTask::run() const
{
    const SegmentWriter writer(m_key);
    Prepared prepared = prepare(segmentSize(m_key));
    SegmentWriter::Result result = write(prepared, writer);
    if (!needsPreparing(prepared, result))
        return result;
    // A viewer of another size came meanwhile (or none was seen): once more for its size.
    prepared = prepare(result.segmentSize);
    return write(prepared, writer);
}
