// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "utf8text.h"

#include <QUtf8StringView>

namespace Utf8Text {

static bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

static int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 0; // a stray continuation byte or an invalid lead
}

// [walkthrough: utf8-cut]
qsizetype truncationPoint(QByteArrayView text, qsizetype maxBytes)
{
    if (maxBytes <= 0)
        return 0;
    if (text.size() <= maxBytes)
        return text.size();
    // Step back over at most three continuation bytes to the start of the sequence that would be
    // cut. Invalid input (a run of continuation bytes) is cut where it is: it is not UTF-8 anyway.
    qsizetype cut = maxBytes;
    for (int steps = 0; steps < 3 && cut > 0 && isContinuation(uchar(text[cut])); ++steps)
        --cut;
    if (!isContinuation(uchar(text[cut]))) {
        // Keep the whole sequence when it ends exactly at maxBytes.
        const int length = sequenceLength(uchar(text[cut]));
        if (length > 0 && cut + length <= maxBytes)
            cut += length;
        return cut;
    }
    return maxBytes;
}
// [/walkthrough: utf8-cut]

bool isValid(QByteArrayView text)
{
    return QUtf8StringView(text.data(), text.size()).isValidUtf8();
}

QByteArray truncated(const QString &text, qsizetype maxBytes)
{
    const QByteArray utf8 = text.toUtf8();
    return utf8.left(truncationPoint(utf8, maxBytes));
}

} // namespace Utf8Text
