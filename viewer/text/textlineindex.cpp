// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "textlineindex.h"

#include "utf8text.h"

#include <algorithm>
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
            index.m_continuations.append(quint32(index.m_starts.size()));
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

qsizetype TextLineIndex::rowAt(qsizetype offset) const
{
    if (count() == 0)
        return 0;
    const auto it = std::upper_bound(
            m_starts.cbegin(), m_starts.cend() - 1,
            quint32(qBound(qsizetype(0), offset, qsizetype(std::numeric_limits<quint32>::max()))));
    return qBound(qsizetype(0), qsizetype(it - m_starts.cbegin()) - 1, count() - 1);
}

qsizetype TextLineIndex::continuationsUpTo(qsizetype row) const
{
    return std::upper_bound(m_continuations.cbegin(), m_continuations.cend(), quint32(row))
            - m_continuations.cbegin();
}

qsizetype TextLineIndex::lineNumber(qsizetype row) const
{
    if (row < 0 || row >= count())
        return 0;
    if (std::binary_search(m_continuations.cbegin(), m_continuations.cend(), quint32(row)))
        return 0;
    return row + 1 - continuationsUpTo(row);
}

qsizetype TextLineIndex::rowOfLine(qsizetype line) const
{
    if (count() == 0)
        return -1;
    line = qBound(qsizetype(1), line, lineCount());
    // The line number of a row never decreases with the row: the first row whose number reaches
    // the line starts it.
    qsizetype low = line - 1;
    qsizetype high = count() - 1;
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (middle + 1 - continuationsUpTo(middle) >= line)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}
