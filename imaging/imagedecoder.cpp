// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imagedecoder.h"

#include "shmconstants.h"

#include <QBuffer>
#include <QImageReader>
#include <QMimeDatabase>

// The problem in English (source) and in the user's language (translated at use), from one
// string marked with QT_TRANSLATE_NOOP.
template<typename... Args>
static void setProblem(ImageDecoder::Result *result, const char *source, const Args &...args)
{
    result->problem = QString::fromUtf8(source);
    result->message = ImageDecoder::tr(source);
    ((result->problem = result->problem.arg(args), result->message = result->message.arg(args)),
     ...);
}

// QImageReader::errorString() is translated by Qt's own catalogue: its English words, for the
// problem, as Qt 6 writes them.
static QString englishReaderError(QImageReader::ImageReaderError error)
{
    switch (error) {
    case QImageReader::FileNotFoundError:
        return QStringLiteral("File not found");
    case QImageReader::DeviceError:
        return QStringLiteral("Invalid device");
    case QImageReader::UnsupportedFormatError:
        return QStringLiteral("Unsupported image format");
    case QImageReader::InvalidDataError:
        return QStringLiteral("Unable to read image data");
    case QImageReader::UnknownError:
        break;
    }
    return QStringLiteral("Unknown error");
}

ImageDecoder::Result ImageDecoder::decode(const QByteArray &bytes, const QString &contentType)
{
    Result result;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QStringList suffixes = QMimeDatabase().mimeTypeForName(contentType).suffixes();
    QImageReader reader(&buffer, suffixes.isEmpty() ? QByteArray() : suffixes.first().toLatin1());
    reader.setAllocationLimit(ShmConstants::ImageAllocationLimitMiB);
    if (!reader.canRead()) {
        setProblem(&result,
                   //: %1 is a media type, such as image/webp
                   QT_TRANSLATE_NOOP("ImageDecoder",
                                     "not a %1 image, or no reader for it is installed"),
                   contentType);
        return result;
    }
    // The header's claim, before any pixel is decoded, at 4 bytes a pixel: a clear message for
    // the common case. The reader's own allocation limit stays the bound for deeper formats.
    // (Not QImageReader::imageFormat(): Qt 6.4's JPEG reader returns an uninitialised value
    // for some hostile headers, found by tests/fuzz.)
    const QSize claimed = reader.size();
    const qint64 limit = qint64(ShmConstants::ImageAllocationLimitMiB) * 1024 * 1024;
    if (claimed.isValid() && qint64(claimed.width()) * claimed.height() * 4 > limit) {
        setProblem(&result,
                   //: %1 × %2 is the width and height the image's header claims, %3 a number
                   QT_TRANSLATE_NOOP("ImageDecoder",
                                     "the image claims %1 × %2 pixels, more than the %3 MiB an "
                                     "image may take decoded"),
                   claimed.width(), claimed.height(), ShmConstants::ImageAllocationLimitMiB);
        return result;
    }
    // libjpeg decodes whatever follows a valid header, warning at most: a JPEG must at least hold
    // its end-of-image marker (FF D9), or it was cut or is garbage. (Data after it, as in motion
    // photos, is allowed.)
    if (contentType == QLatin1StringView("image/jpeg")
        && bytes.lastIndexOf(QByteArrayView("\xff\xd9", 2)) < 0) {
        setProblem(&result,
                   QT_TRANSLATE_NOOP("ImageDecoder",
                                     "the JPEG data has no end-of-image marker (cut short or not "
                                     "JPEG data)"));
        return result;
    }
    if (!reader.read(&result.image) || result.image.isNull()) {
        result.image = QImage();
        result.problem = englishReaderError(reader.error());
        result.message = reader.errorString();
    }
    return result;
}
