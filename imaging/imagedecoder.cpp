// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imagedecoder.h"

#include "shmconstants.h"

#include <QBuffer>
#include <QImageReader>
#include <QMimeDatabase>

namespace ImageDecoder {

Result decode(const QByteArray &bytes, const QString &contentType)
{
    Result result;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QStringList suffixes = QMimeDatabase().mimeTypeForName(contentType).suffixes();
    QImageReader reader(&buffer, suffixes.isEmpty() ? QByteArray() : suffixes.first().toLatin1());
    reader.setAllocationLimit(ShmConstants::ImageAllocationLimitMiB);
    if (!reader.canRead()) {
        result.problem = QStringLiteral("not a %1 image, or no reader for it is installed")
                                 .arg(contentType);
        return result;
    }
    // The header's claim, before any pixel is decoded.
    // The decoded format's depth where the header tells it (16-bit PNGs take 8 bytes a pixel),
    // else 4; the same bound QImageReader's allocation limit applies, said in pixels.
    const QSize claimed = reader.size();
    const int depth = reader.imageFormat() != QImage::Format_Invalid
            ? QImage::toPixelFormat(reader.imageFormat()).bitsPerPixel()
            : 32;
    const qint64 limit = qint64(ShmConstants::ImageAllocationLimitMiB) * 1024 * 1024;
    if (claimed.isValid()
        && qint64(claimed.width()) * claimed.height() * qMax(depth, 8) / 8 > limit) {
        result.problem = QStringLiteral("the image claims %1 × %2 pixels, more than the %3 MiB "
                                        "an image may take decoded")
                                 .arg(claimed.width())
                                 .arg(claimed.height())
                                 .arg(ShmConstants::ImageAllocationLimitMiB);
        return result;
    }
    // libjpeg decodes whatever follows a valid header, warning at most: a JPEG must at least hold
    // its end-of-image marker (FF D9), or it was cut or is garbage. (Data after it, as in motion
    // photos, is allowed.)
    if (contentType == QLatin1StringView("image/jpeg")
        && bytes.lastIndexOf(QByteArrayView("\xff\xd9", 2)) < 0) {
        result.problem = QStringLiteral("the JPEG data has no end-of-image marker (cut short or "
                                        "not JPEG data)");
        return result;
    }
    if (!reader.read(&result.image) || result.image.isNull()) {
        result.image = QImage();
        result.problem = reader.errorString();
    }
    return result;
}

} // namespace ImageDecoder
