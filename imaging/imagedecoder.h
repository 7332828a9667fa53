// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef IMAGEDECODER_H
#define IMAGEDECODER_H

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

// Decoding an image payload, for both programs (Qt GUI; common/ stays free of it): the loader
// checks a file before it writes it, the viewer decodes what it reads, on its worker thread. The
// memory a decode may take is bounded (ShmConstants::ImageAllocationLimitMiB), so a tiny file
// that claims a huge size is refused at its header; the format comes from the sniffed media
// type, never from a name.
// A class of static functions, not a namespace, only for its translation context (tr()).
class ImageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ImageDecoder)
public:
    struct Result
    {
        QImage image; // null when decoding failed
        // Why, in English in every language: the viewer puts it into the problem of an
        // unreadable snapshot, which --print's JSON holds. "the image claims 100000 × 100000
        // pixels, …", "Unable to read image data"
        QString problem;
        QString message; // the same in the user's language, for the loader's messages
    };

    // An SVG that takes longer to draw is given up on ("too complex"), see decode().
    static constexpr int SvgTimeoutMs = 3000;

    // contentType: "image/png" and the other types of ContentSniffer::imageTypes(). An SVG is
    // inspected first (SvgInspector): nothing it names is ever opened, and what makes it explode
    // is refused as "too complex: …".
    static Result decode(const QByteArray &bytes, const QString &contentType);

    // SVG drawings given up on that still run: the application must not be destroyed under them
    // (leave through BlockingCall::exitProcess()).
    static int abandonedSvgRenders();
};

#endif // IMAGEDECODER_H
