// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef IMAGEDECODER_H
#define IMAGEDECODER_H

#include <QByteArray>
#include <QImage>
#include <QString>

// Decoding an image payload, for both programs (Qt GUI; common/ stays free of it): the loader
// checks a file before it writes it, the viewer decodes what it reads, on its worker thread. The
// memory a decode may take is bounded (ShmConstants::ImageAllocationLimitMiB), so a tiny file
// that claims a huge size is refused at its header; the format comes from the sniffed media
// type, never from a name.
namespace ImageDecoder {

struct Result
{
    QImage image; // null when decoding failed
    QString problem; // why: "the image claims 100000 × 100000 pixels, …", "truncated data"
};

// contentType: "image/png" and the other types of ContentSniffer::imageTypes().
Result decode(const QByteArray &bytes, const QString &contentType);

} // namespace ImageDecoder

#endif // IMAGEDECODER_H
