// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "savename.h"

#include "displaytext.h"

#include <QFileInfo>

namespace SaveName {

QStringList extensionsFor(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (type == u"text/markdown")
        return {QStringLiteral("md"), QStringLiteral("markdown")};
    if (type == u"text/html")
        return {QStringLiteral("html"), QStringLiteral("htm")};
    if (type.startsWith(u"text/"))
        return {QStringLiteral("txt"), QStringLiteral("text")};
    if (type == u"image/png")
        return {QStringLiteral("png")};
    if (type == u"image/jpeg")
        return {QStringLiteral("jpg"), QStringLiteral("jpeg")};
    if (type == u"image/gif")
        return {QStringLiteral("gif")};
    if (type == u"image/bmp")
        return {QStringLiteral("bmp")};
    if (type == u"image/webp")
        return {QStringLiteral("webp")};
    if (type == u"image/svg+xml")
        return {QStringLiteral("svg")};
    return {QStringLiteral("bin")};
}

// What looks like an extension to a file manager: a few letters or digits after the last dot.
static bool looksLikeExtension(QStringView suffix)
{
    if (suffix.isEmpty() || suffix.size() > 8)
        return false;
    for (const QChar c : suffix) {
        if (c.unicode() > 0x7f || !c.isLetterOrNumber())
            return false;
    }
    return true;
}

static QString trimmedName(QString name)
{
    // Dots and spaces at either end: no hidden file, no "name ." that hides the real end.
    while (!name.isEmpty() && (name.front() == u'.' || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == u'.' || name.back().isSpace()))
        name.chop(1);
    return name;
}

QString suggested(const QString &sourceName, const QString &contentType)
{
    const QStringList extensions = extensionsFor(contentType);
    QString name = trimmedName(DisplayText::withoutHidden(QFileInfo(sourceName).fileName()));
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0) {
        const QString suffix = name.mid(dot + 1);
        if (extensions.contains(suffix.toLower()))
            return name;
        if (looksLikeExtension(suffix))
            name = trimmedName(name.left(dot));
    }
    if (name.isEmpty()) {
        const bool image = contentType.startsWith(u"image/", Qt::CaseInsensitive);
        name = image ? QStringLiteral("image") : QStringLiteral("text");
    }
    return name + u'.' + extensions.constFirst();
}

} // namespace SaveName
