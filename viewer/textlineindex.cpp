// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "textlineindex.h"

#include "utf8text.h"

#include <cstring>
#include <limits>

// Columns of bytes, the way a monospace font shows them.
static int columnsOf(const char *bytes, qsizetype size)
{
    qsizetype columns = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c == '\t')
            columns = (columns / TextLineIndex::TabWidth + 1) * TextLineIndex::TabWidth;
        else if (c < 0x80 || c >= 0xE0) // ASCII, or the lead byte of a possibly wide character
            columns += c < 0x80 ? 1 : 2;
        else if (c >= 0xC0)
            columns += 1;
    }
    return int(qMin(columns, qsizetype(std::numeric_limits<int>::max())));
}

TextLineIndex TextLineIndex::build(QByteArrayView text, qsizetype chunkBytes)
{
    TextLineIndex index;
    // Offsets are 32-bit to keep the index small (a text of only line breaks has a row per byte);
    // a segment larger than 4 GiB is not a text anyone reads in a window.
    const qsizetype size = qMin(text.size(), qsizetype(std::numeric_limits<quint32>::max()));
    const char *data = text.data();
    chunkBytes = qMax(chunkBytes, qsizetype(4));
    index.m_starts.reserve(size / 32 + 2);
    index.m_starts.append(0);
    int maxColumns = 0;
    qsizetype pos = 0;
    while (pos < size) {
        const void *newline = memchr(data + pos, '\n', size_t(size - pos));
        const qsizetype lineEnd = newline ? static_cast<const char *>(newline) - data : size;
        // Long lines become chunks; the break stays with the last one.
        while (lineEnd - pos > chunkBytes) {
            qsizetype cut = Utf8Text::truncationPoint(QByteArrayView(data + pos, lineEnd - pos),
                                                      chunkBytes);
            if (cut <= 0)
                cut = chunkBytes;
            maxColumns = qMax(maxColumns, columnsOf(data + pos, cut));
            pos += cut;
            index.m_starts.append(quint32(pos));
        }
        maxColumns = qMax(maxColumns, columnsOf(data + pos, lineEnd - pos));
        pos = newline ? lineEnd + 1 : lineEnd;
        index.m_starts.append(quint32(pos));
    }
    index.m_maxColumns = maxColumns;
    return index;
}

TextLineIndex::Row TextLineIndex::row(QByteArrayView text, qsizetype index) const
{
    Row row;
    if (index < 0 || index >= count())
        return row;
    row.begin = qsizetype(m_starts.at(index));
    row.next = qsizetype(m_starts.at(index + 1));
    row.end = row.next;
    if (row.end > row.begin && row.end <= text.size() && text[row.end - 1] == '\n') {
        --row.end;
        if (row.end > row.begin && text[row.end - 1] == '\r')
            --row.end;
    }
    return row;
}
