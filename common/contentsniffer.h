// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef CONTENTSNIFFER_H
#define CONTENTSNIFFER_H

#include <QByteArrayView>
#include <QString>
#include <QStringList>

// What a payload is, from its content (magic bytes, QMimeDatabase::mimeTypeForData), never from
// a file name alone: a PNG named .txt is an image, a text named .png is text. Qt Core only:
// decoding images belongs to the programs.
namespace ContentSniffer {

enum class Kind { Text, Image, Binary };

struct Result
{
    Kind kind = Kind::Binary;
    QString mimeType; // "image/png"; for Kind::Text always "text/plain; charset=utf-8"
};

// head: the first bytes of the content (4 KiB are plenty; the whole of a short file).
Result sniff(QByteArrayView head);

// The image types the segment carries: PNG, JPEG, GIF, BMP, WebP, SVG.
const QStringList &imageTypes();
bool isImageType(const QString &mimeType);

// The media type a file name suggests (its extension), for saying what was found instead.
QString typeOfName(const QString &fileName);

// The content type a text is stored with, from its source name: the one rule for it, so the
// viewer can choose how to render. ".md"/".markdown" → "text/markdown; charset=utf-8",
// ".html"/".htm" → "text/html; charset=utf-8", anything else "text/plain; charset=utf-8".
QString textTypeOfName(const QString &sourceName);

// The text types the writer stores (the three above).
const QStringList &textTypes();
// Whether a content type is a text: any text/ type, so that readers take kinds they do not know.
bool isTextType(const QString &mimeType);

} // namespace ContentSniffer

#endif // CONTENTSNIFFER_H
