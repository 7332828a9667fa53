// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loadtask.h"

#include "contentsniffer.h"
#include "imagedecoder.h"
#include "imagefitter.h"
#include "loaderlogging.h"
#include "segmentlayout.h"
#include "shmconstants.h"
#include "sourcefile.h"

#include <QFile>

LoadTask::LoadTask(const QString &key, const AssetCatalog::Source &source)
    : m_key(key)
    , m_source(source)
{ }

static SegmentWriter::Result refused(const QString &problem)
{
    SegmentWriter::Result result;
    result.status = SegmentWriter::Status::FileRefused;
    result.problem = problem;
    return result;
}

SegmentWriter::Result LoadTask::run() const
{
    const SegmentWriter writer(m_key);
    const QString &name = m_source.sourceName;

    // What the content is decides, never the name alone: read its first bytes. Bundled assets
    // live in the program's resources, which POSIX open() cannot see; they are small and known,
    // so they are read whole.
    QByteArray bytes;
    SourceFile file;
    if (m_source.inResources) {
        QFile resource(m_source.path);
        //: %1 is the name of a bundled file, such as notes.md; %2 why it cannot be read
        if (!resource.open(QIODevice::ReadOnly))
            return refused(tr("Cannot load %1: %2").arg(name, resource.errorString()));
        bytes = resource.readAll();
    } else if (!file.open(m_source.path) || !file.readBytes(HeadBytes, &bytes)) {
        return refused(file.errorString());
    }
    const ContentSniffer::Result content = ContentSniffer::sniff(bytes.left(HeadBytes));

    switch (content.kind) {
    case ContentSniffer::Kind::Binary:
        //: %1 is the file's name, %2 the media type its content has, such as application/pdf
        return refused(tr("Cannot load %1: binary content (%2), neither text nor a supported "
                          "image")
                               .arg(name, content.mimeType));
    case ContentSniffer::Kind::Text: {
        const QString named = ContentSniffer::typeOfName(name);
        //: %1 is the file's name, %2 the media type its name suggests, such as image/png
        if (ContentSniffer::isImageType(named))
            return refused(
                    tr("Cannot load %1: the name says %2, but it holds text").arg(name, named));
        if (!m_source.inResources)
            return writer.loadFile(m_source.path, name);
        qCDebug(lcLoader) << "writing" << bytes.size() << "bytes of" << m_source.path << "to key"
                          << m_key;
        return writer.writeText(bytes, name, quint64(bytes.size()));
    }
    case ContentSniffer::Kind::Image:
        break;
    }

    // An image is written whole: read all of it, within a bound.
    if (!m_source.inResources) {
        //: %1 is the file's name, %2 a number
        if (file.size() > quint64(ShmConstants::MaxImageFileBytes))
            return refused(tr("Cannot load %1: image files over %2 MiB are refused")
                                   .arg(name)
                                   .arg(ShmConstants::MaxImageFileBytes / (1024 * 1024)));
        if (!file.readBytes(ShmConstants::MaxImageFileBytes, &bytes))
            return refused(file.errorString());
    }
    ImageDecoder::Result image = ImageDecoder::decode(bytes, content.mimeType);
    //: %1 is the file's name, %2 its media type, such as image/png, %3 what is wrong with it
    if (image.image.isNull())
        return refused(tr("Cannot load %1: a broken %2 image: %3")
                               .arg(name, content.mimeType, image.message));
    SegmentWriter::Image header;
    header.contentType = content.mimeType;
    header.width = quint32(image.image.width());
    header.height = quint32(image.image.height());
    const SegmentWriter::Result whole = writer.writeImage(bytes, name, header);
    if (whole.status != SegmentWriter::Status::TooLarge)
        return whole;

    // Never cut: scaled down and encoded again, as large as fits the segment's room.
    bytes.clear(); // the file's bytes are not needed any more: memory for the candidates
    const ImageFitter::Result fitted
            = ImageFitter::fit(std::move(image.image), content.mimeType,
                               SegmentLayout::textCapacity(whole.segmentSize));
    if (fitted.bytes.isEmpty())
        return whole;
    header.contentType = fitted.contentType;
    header.sourceWidth = header.width;
    header.sourceHeight = header.height;
    header.width = quint32(fitted.image.width());
    header.height = quint32(fitted.image.height());
    return writer.writeImage(fitted.bytes, name, header);
}
