// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "contentsniffer.h"

#include "segmentlayout.h"

#include <QMimeDatabase>

#include <cstring>

namespace ContentSniffer {

const QStringList &imageTypes()
{
    static const QStringList types{QStringLiteral("image/png"),  QStringLiteral("image/jpeg"),
                                   QStringLiteral("image/gif"),  QStringLiteral("image/bmp"),
                                   QStringLiteral("image/webp"), QStringLiteral("image/svg+xml")};
    return types;
}

bool isImageType(const QString &mimeType)
{
    return imageTypes().contains(mimeType);
}

Result sniff(QByteArrayView head)
{
    const QMimeDatabase database;
    const QMimeType type = database.mimeTypeForData(head.toByteArray());
    Result result;
    if (isImageType(type.name())) {
        result.kind = Kind::Image;
        result.mimeType = type.name();
        return result;
    }
    // The MIME database spots "<svg" in the first 256 bytes only: an SVG that opens with a long
    // comment sniffs as XML. An XML document whose root is svg is an SVG image.
    if (type.inherits(QStringLiteral("application/xml")) && head.indexOf("<svg") >= 0) {
        result.kind = Kind::Image;
        result.mimeType = QStringLiteral("image/svg+xml");
        return result;
    }
    // Text is whatever holds no NUL byte: the segment stores it NUL-terminated.
    if (head.isEmpty() || !memchr(head.data(), 0, size_t(head.size()))) {
        result.kind = Kind::Text;
        result.mimeType = QLatin1StringView(SegmentLayout::TextContentType);
        return result;
    }
    result.mimeType = type.name();
    return result;
}

QString typeOfName(const QString &fileName)
{
    return QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
}

const QStringList &textTypes()
{
    static const QStringList types{QLatin1StringView(SegmentLayout::TextContentType),
                                   QStringLiteral("text/markdown; charset=utf-8"),
                                   QStringLiteral("text/html; charset=utf-8")};
    return types;
}

bool isTextType(const QString &mimeType)
{
    // Any text/ media type, with or without parameters and in any case: a reader shows a kind of
    // text it has no renderer for as plain text, never as unreadable.
    const QStringView type = QStringView(mimeType).left(mimeType.indexOf(u';')).trimmed();
    return type.size() > 5 && type.startsWith(QLatin1StringView("text/"), Qt::CaseInsensitive);
}

QString textTypeOfName(const QString &sourceName)
{
    // By the extension alone, case-insensitively: the content of a text cannot say which it is.
    const QString suffix = sourceName.section(u'.', -1).toLower();
    if (!sourceName.contains(u'.'))
        return textTypes().at(0);
    if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown"))
        return textTypes().at(1);
    if (suffix == QLatin1StringView("html") || suffix == QLatin1StringView("htm"))
        return textTypes().at(2);
    return textTypes().at(0);
}

} // namespace ContentSniffer
