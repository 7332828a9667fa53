// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imagedecoder.h"

#include "blockingcall.h"
#include "shmconstants.h"
#include "svginspector.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeDatabase>

#include <atomic>
#include <memory>
#include <mutex>

// SVG renders given up on (ImageDecoder::SvgTimeoutMs) that still run.
static std::atomic<int> s_abandonedSvgRenders{0};

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

static ImageDecoder::Result readImage(const QByteArray &bytes, const QString &contentType)
{
    ImageDecoder::Result result;
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

// Inspected first (SvgInspector: no references, bounded size and structure), then drawn by Qt on
// a thread of its own: a drawing that still runs after SvgTimeoutMs is abandoned, never waited
// for (the inspection bounds what it may take), and while one runs on, further SVGs are refused.
static ImageDecoder::Result decodeSvg(const QByteArray &bytes)
{
    ImageDecoder::Result result;
    if (s_abandonedSvgRenders.load() > 0) {
        setProblem(&result,
                   QT_TRANSLATE_NOOP("ImageDecoder",
                                     "too complex: an earlier SVG that took too long is still "
                                     "being drawn"));
        return result;
    }
    struct Shared
    {
        std::mutex mutex;
        bool finished = false;
        bool abandoned = false;
        ImageDecoder::Result result;
    };
    const auto shared = std::make_shared<Shared>();
    // Qt lays out SVG text with its font database, which aborts the process without a GUI
    // application (the programs' modes without a window run under one, on the offscreen platform).
    const bool gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    BlockingCall call([shared, bytes, gui] {
        ImageDecoder::Result decoded;
        const SvgInspector::Result inspected = SvgInspector::inspect(bytes);
        if (!inspected.problem.isEmpty()) {
            decoded.problem = inspected.problem;
            decoded.message = inspected.message;
        } else if (inspected.hasText && !gui) {
            setProblem(&decoded,
                       QT_TRANSLATE_NOOP("ImageDecoder",
                                         "the SVG has text, which needs a QGuiApplication, and "
                                         "this program runs without one"));
        } else {
            decoded = readImage(inspected.document, QStringLiteral("image/svg+xml"));
        }
        const std::lock_guard<std::mutex> guard(shared->mutex);
        shared->result = std::move(decoded);
        shared->finished = true;
        if (shared->abandoned)
            --s_abandonedSvgRenders;
    });
    call.wait(QDeadlineTimer(ImageDecoder::SvgTimeoutMs));
    const std::lock_guard<std::mutex> guard(shared->mutex);
    if (shared->finished)
        return std::move(shared->result);
    shared->abandoned = true;
    ++s_abandonedSvgRenders;
    //: %1 is a number of seconds
    setProblem(&result,
               QT_TRANSLATE_NOOP("ImageDecoder", "too complex: drawing it takes longer than %1 s"),
               ImageDecoder::SvgTimeoutMs / 1000);
    return result;
}

int ImageDecoder::abandonedSvgRenders()
{
    return s_abandonedSvgRenders.load();
}

ImageDecoder::Result ImageDecoder::decode(const QByteArray &bytes, const QString &contentType)
{
    if (contentType == QLatin1StringView("image/svg+xml"))
        return decodeSvg(bytes);
    return readImage(bytes, contentType);
}
