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
    // The header's claim, before any pixel is decoded, at 4 bytes a pixel: a clear message for
    // the common case. The reader's own allocation limit stays the bound for deeper formats.
    // (Not QImageReader::imageFormat(): Qt 6.4's JPEG reader returns an uninitialised value
    // for some hostile headers, found by tests/fuzz.)
    const QSize claimed = reader.size();
    const qint64 limit = qint64(ShmConstants::ImageAllocationLimitMiB) * 1024 * 1024;
    if (claimed.isValid() && qint64(claimed.width()) * claimed.height() * 4 > limit) {
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
