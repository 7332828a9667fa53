// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imagefitter.h"

#include <QBuffer>
#include <QImageWriter>

#include <cmath>

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

    // The encoded size grows with the width: search for the widest that fits, to the pixel. A
    // small trial first tells the bytes a pixel takes, so that the search starts near the answer
    // and never encodes the whole of a large image only to find it does not fit.
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
    const int full = image.width();
    const int trialWidth = qBound(1, int(std::sqrt(65536.0 * full / image.height())), full);
    const qsizetype trialBytes = encode(image.scaledToWidth(trialWidth), format).size();
    const double estimate
            = trialBytes > 0 ? trialWidth * std::sqrt(double(maxBytes) / trialBytes) : full;
    int low = 0; // fits, or nothing does (0)
    int high = full + 1; // does not fit
    const int above = qMin(full, int(estimate * 2) + 1);
    if (attempt(above))
        low = above;
    else
        high = above;
    const int below = qBound(1, int(estimate / 2), high - 1);
    if (low == 0 && below < high) {
        if (attempt(below))
            low = below;
        else
            high = below;
    }
    while (high - low > 1) {
        const int width = low + (high - low) / 2;
        if (attempt(width))
            low = width;
        else
            high = width;
    }
    // The last attempt may have been one that did not fit after a larger one that did.
    if (low > 0 && result.image.width() != low)
        attempt(low);
    return result;
}

} // namespace ImageFitter
