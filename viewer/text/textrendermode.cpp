// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "textrendermode.h"

#include "viewertext.h"

TextRenderMode::Mode TextRenderMode::forSource(const QString &sourceName,
                                               const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("text/markdown") || type == QLatin1String("text/x-markdown"))
        return Markdown;
    if (type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml"))
        return Html;
    if (!type.isEmpty() && type != QLatin1String("text/plain"))
        return Plain;
    const QString suffix = sourceName.section(QLatin1Char('.'), -1).toLower();
    if (!sourceName.contains(QLatin1Char('.')))
        return Plain;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Html;
    return Plain;
}

QString TextRenderMode::plainNote(double bytes)
{
    if (bytes <= double(RichLimitBytes))
        return QString();
    return ViewerText::richTooLarge(qint64(bytes), RichLimitBytes);
}
