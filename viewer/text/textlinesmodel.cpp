// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "textlinesmodel.h"

#include <QClipboard>
#include <QGuiApplication>

TextLinesModel::TextLinesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

// Rows the old and the new text both have change in place, then the count follows: a view keeps
// the delegates it has and only rebinds them, where a reset would make every one anew. In between,
// rows past the new text's end read as empty.
void TextLinesModel::setText(const QByteArray &text, const TextLineIndex &index)
{
    const int oldRows = m_rows;
    m_text = text;
    m_index = index;
    m_anchor = m_cursor = Position();
    const int newRows = int(qMin(m_index.count(), qsizetype(EndOfRow)));
    const int kept = qMin(oldRows, newRows);
    if (kept > 0)
        emit dataChanged(this->index(0), this->index(kept - 1));
    if (newRows < oldRows) {
        beginRemoveRows(QModelIndex(), newRows, oldRows - 1);
        m_rows = newRows;
        endRemoveRows();
    } else if (newRows > oldRows) {
        beginInsertRows(QModelIndex(), oldRows, newRows - 1);
        m_rows = newRows;
        endInsertRows();
    }
    emit textReplaced();
    emit selectionChanged();
}

void TextLinesModel::clear()
{
    setText(QByteArray(), TextLineIndex());
}

int TextLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QString TextLinesModel::lineText(int row) const
{
    const TextLineIndex::Row r = m_index.row(m_text, row);
    return QString::fromUtf8(m_text.constData() + r.begin, r.end - r.begin);
}

QVariant TextLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    // Past the text's end only while setText() has yet to remove those rows: empty ones.
    const bool gone = row >= m_index.count();
    switch (role) {
    case Qt::DisplayRole:
    case LineTextRole:
        return gone ? QString() : lineText(row);
    case SelectedFromRole:
    case SelectedToRole: {
        const Position start = selectionStart();
        const Position end = selectionEnd();
        if (gone || start == end || row < start.row || row > end.row)
            return -1;
        if (role == SelectedFromRole)
            return row == start.row ? start.column : 0;
        return row == end.row ? end.column : int(EndOfRow);
    }
    case LineNumberRole:
        return gone ? 0 : int(qMin(m_index.lineNumber(row), qsizetype(EndOfRow)));
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TextLinesModel::roleNames() const
{
    return {{LineTextRole, "lineText"},
            {SelectedFromRole, "selectedFrom"},
            {SelectedToRole, "selectedTo"},
            {LineNumberRole, "lineNumber"}};
}

TextLinesModel::Position TextLinesModel::clamped(int row, int column) const
{
    const int rows = rowCount();
    if (rows == 0)
        return Position();
    if (row < 0)
        return Position();
    if (row >= rows)
        return {rows - 1, int(lineText(rows - 1).size())};
    return {row, qBound(0, column, int(lineText(row).size()))};
}

void TextLinesModel::setSelection(Position anchor, Position cursor)
{
    const Position oldStart = selectionStart();
    const Position oldEnd = selectionEnd();
    const bool hadSelection = hasSelection();
    m_anchor = anchor;
    m_cursor = cursor;
    if (oldStart == selectionStart() && oldEnd == selectionEnd())
        return;
    // Only rows whose share of the selection changed; views update just the delegates they have.
    int first = qMin(oldStart.row, selectionStart().row);
    int last = qMax(oldEnd.row, selectionEnd().row);
    if (!hadSelection) {
        first = selectionStart().row;
        last = selectionEnd().row;
    } else if (!hasSelection()) {
        first = oldStart.row;
        last = oldEnd.row;
    }
    if (rowCount() > 0)
        emit dataChanged(index(first), index(last), {SelectedFromRole, SelectedToRole});
    emit selectionChanged();
}

void TextLinesModel::select(int anchorRow, int anchorColumn, int cursorRow, int cursorColumn)
{
    setSelection(clamped(anchorRow, anchorColumn), clamped(cursorRow, cursorColumn));
}

void TextLinesModel::extendSelection(int cursorRow, int cursorColumn)
{
    setSelection(m_anchor, clamped(cursorRow, cursorColumn));
}

void TextLinesModel::selectAll()
{
    const int rows = rowCount();
    if (rows == 0)
        return;
    setSelection(Position(), clamped(rows, 0));
}

void TextLinesModel::clearSelection()
{
    setSelection(m_cursor, m_cursor);
}

bool TextLinesModel::hasSelection() const
{
    return !(m_anchor == m_cursor);
}

QString TextLinesModel::selectedText() const
{
    if (!hasSelection())
        return QString();
    const Position start = selectionStart();
    const Position end = selectionEnd();
    const QString first = lineText(start.row);
    if (start.row == end.row)
        return first.mid(start.column, end.column - start.column);
    // The first and last rows are cut by column; everything between, line breaks included, is
    // decoded in one go from the bytes.
    const TextLineIndex::Row firstRow = m_index.row(m_text, start.row);
    const TextLineIndex::Row lastRow = m_index.row(m_text, end.row);
    QString result = first.mid(start.column);
    result += QString::fromUtf8(m_text.constData() + firstRow.end, lastRow.begin - firstRow.end);
    result += lineText(end.row).left(end.column);
    return result;
}

bool TextLinesModel::copySelection() const
{
    if (!hasSelection())
        return false;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(selectedText());
    return true;
}
