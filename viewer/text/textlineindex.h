// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TEXTLINEINDEX_H
#define TEXTLINEINDEX_H

#include <QByteArrayView>
#include <QList>

// Where each display row of a UTF-8 text starts. A row is a line without its line break, or a
// chunk of at most chunkBytes of a longer line (cut at a UTF-8 boundary), so a 16 MiB minified
// one-liner still becomes rows a view can lay out. Built once per snapshot, on the worker thread.
class TextLineIndex
{
public:
    // 1 KiB: a row is laid out and drawn whole, and with 4 KiB rows a screenful of a minified
    // 16 MiB file took frames of over 100 ms and 100 MiB more memory under software rendering.
    static constexpr qsizetype DefaultChunkBytes = 1024;
    static constexpr int TabWidth = 8;

    static TextLineIndex build(QByteArrayView text, qsizetype chunkBytes = DefaultChunkBytes);

    // One row of the text: [begin, end) is shown, [end, next) is its line break ("\n" or "\r\n"),
    // empty for every chunk of a long line but its last.
    struct Row
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        qsizetype next = 0;
    };

    qsizetype count() const { return m_starts.isEmpty() ? 0 : m_starts.size() - 1; }
    // Lines, not rows: a line split into chunks counts once.
    qsizetype lineCount() const { return count() - m_continuations.size(); }
    qsizetype textSize() const { return m_starts.isEmpty() ? 0 : qsizetype(m_starts.last()); }
    // text must be the text the index was built from.
    Row row(QByteArrayView text, qsizetype index) const;

    // The row that holds the byte at offset (the last row for offsets past the end).
    qsizetype rowAt(qsizetype offset) const;
    // The 1-based line number of a row, or 0 when the row continues the line of the row before.
    qsizetype lineNumber(qsizetype row) const;
    // The first row of a 1-based line (clamped to the lines there are); -1 for an empty text.
    qsizetype rowOfLine(qsizetype line) const;

    // The widest row in monospace columns (tabs expanded, wide characters counted twice): the
    // view's content width without laying out every row.
    int maxColumns() const { return m_maxColumns; }

private:
    // How many of the rows up to and including row continue a line.
    qsizetype continuationsUpTo(qsizetype row) const;

    QList<quint32> m_starts; // count() + 1 entries, the last one is the text's size
    // Rows that continue a long line, ascending: few unless lines are longer than a chunk.
    QList<quint32> m_continuations;
    int m_maxColumns = 0;
};

#endif // TEXTLINEINDEX_H
