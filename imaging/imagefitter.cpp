// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imagefitter.h"

#include <QBuffer>
#include <QImageWriter>

namespace ImageFitter {

static QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setQuality(JpegQuality);
    return writer.write(image) ? bytes : QByteArray();
}

Result fit(const QImage &image, const QString &sourceType, qsizetype maxBytes)
{
    Result result;
    if (image.isNull() || maxBytes <= 0)
        return result;
    const bool png = image.hasAlphaChannel() || sourceType != QLatin1StringView("image/jpeg");
    const char *format = png ? "png" : "jpeg";
    result.contentType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    const QImage source = png ? image : image.convertToFormat(QImage::Format_RGB32);

    // The encoded size grows with the width: search for the widest that fits. A first guess from
    // the bytes per pixel of a small trial keeps the search short.
    int low = 1; // fits (or nothing does)
    int high = source.width(); // the full size did not fit, or is the upper bound
    const auto scaled = [&source](int width) {
        return source.scaledToWidth(width, Qt::SmoothTransformation);
    };
    for (int step = 0; step < 12 && high - low > 1; ++step) {
        const int width = low + (high - low) / 2;
        const QImage candidate = scaled(width);
        const QByteArray bytes = encode(candidate, format);
        if (!bytes.isEmpty() && bytes.size() <= maxBytes) {
            low = width;
            result.bytes = bytes;
            result.image = candidate;
        } else {
            high = width;
        }
    }
    if (result.bytes.isEmpty()) {
        const QImage candidate = scaled(low);
        const QByteArray bytes = encode(candidate, format);
        if (!bytes.isEmpty() && bytes.size() <= maxBytes) {
            result.bytes = bytes;
            result.image = candidate;
        }
    }
    return result;
}

} // namespace ImageFitter
