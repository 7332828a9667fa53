// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imagefitter.h"

#include <QBuffer>
#include <QImageWriter>

namespace ImageFitter {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setQuality(JpegQuality);
    return writer.write(image) ? bytes : QByteArray();
}

Result fit(QImage image, const QString &sourceType, qsizetype maxBytes)
{
    Result result;
    if (image.isNull() || maxBytes <= 0)
        return result;
    // Lossless sources stay lossless; WebP may be either, and is taken as a photo.
    static const QStringList lossless{QStringLiteral("image/png"), QStringLiteral("image/gif"),
                                      QStringLiteral("image/bmp"), QStringLiteral("image/svg+xml")};
    const bool png = image.hasAlphaChannel() || lossless.contains(sourceType);
    const char *format = png ? "png" : "jpeg";
    result.contentType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    // Once, in place where the depth allows (the caller hands its image over): scaling a 32-bit
    // premultiplied or RGB32 image needs no further full-size copy, so the memory stays at the
    // decoded image plus the candidates, all within the allocation limit.
    image.convertTo(png ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);

    // The encoded size grows with the width: search for the widest that fits, the full width
    // included, to the pixel.
    const auto attempt = [&](int width) {
        const QImage candidate = width == image.width()
                ? image
                : image.scaledToWidth(width, Qt::SmoothTransformation);
        const QByteArray bytes = encode(candidate, format);
        if (bytes.isEmpty() || bytes.size() > maxBytes)
            return false;
        result.bytes = bytes;
        result.image = candidate;
        return true;
    };
    if (attempt(image.width()))
        return result;
    int low = 0; // fits, or nothing does (0)
    int high = image.width(); // does not fit
    while (high - low > 1) {
        const int width = low + (high - low) / 2;
        if (attempt(width))
            low = width;
        else
            high = width;
    }
    return result;
}

} // namespace ImageFitter
