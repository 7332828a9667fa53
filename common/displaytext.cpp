// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "displaytext.h"

namespace DisplayText {

bool isHidden(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

static QString escape(char32_t codePoint)
{
    if (codePoint < 0x100)
        return QStringLiteral("\\x%1").arg(uint(codePoint), 2, 16, QLatin1Char('0'));
    if (codePoint < 0x10000)
        return QStringLiteral("\\u%1").arg(uint(codePoint), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(uint(codePoint), 8, 16, QLatin1Char('0'));
}

// Calls visit(codePoint, whole) for each code point; an unpaired surrogate is one on its own.
template<typename Visit> static void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text.at(i + 1)), text.mid(i, 2));
            ++i;
        } else {
            visit(char32_t(c.unicode()), text.mid(i, 1));
        }
    }
}

QString escaped(QStringView text)
{
    QString result;
    result.reserve(text.size());
    forEachCodePoint(text, [&result](char32_t codePoint, QStringView whole) {
        if (isHidden(codePoint))
            result += escape(codePoint);
        else
            result += whole;
    });
    return result;
}

QString withoutHidden(QStringView text)
{
    QString result;
    result.reserve(text.size());
    forEachCodePoint(text, [&result](char32_t codePoint, QStringView whole) {
        if (!isHidden(codePoint))
            result += whole;
    });
    return result;
}

} // namespace DisplayText
