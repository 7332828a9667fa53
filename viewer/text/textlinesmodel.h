// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TEXTLINESMODEL_H
#define TEXTLINESMODEL_H

#include "textlineindex.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QtQml/qqmlregistration.h>

#include <limits>

// The text as a list of display rows for a virtualised ListView: only the rows on screen are ever
// decoded to QString. Also keeps the selection, in (row, column) with columns in UTF-16 units of
// a row's displayed text, so a selection may span rows no delegate currently shows.
class TextLinesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TextLinesModel is provided by ViewerBackend.lines")
    Q_PROPERTY(int maxColumns READ maxColumns NOTIFY textReplaced)
    // Lines, not rows (a long line is several rows): for the gutter's width and go to line.
    Q_PROPERTY(int lineCount READ lineCount NOTIFY textReplaced)
    // The text's size in bytes: the view keeps rich rendering to texts up to a limit.
    Q_PROPERTY(double byteCount READ byteCount NOTIFY textReplaced)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    // For QML, so the view and the model share one value.
    Q_PROPERTY(int endOfRow READ endOfRow CONSTANT)
public:
    enum Role {
        LineTextRole = Qt::UserRole + 1,
        SelectedFromRole, // first selected column of the row, -1 when nothing of it is selected
        SelectedToRole, // column after the last selected one; larger than the row when it runs on
        LineNumberRole, // 1-based line number of the row; 0 on a row that continues a long line
    };
    Q_ENUM(Role)

    // A column past every row's end: "to the end of the row".
    static constexpr int EndOfRow = std::numeric_limits<int>::max() / 2;
    int endOfRow() const { return EndOfRow; }

    explicit TextLinesModel(QObject *parent = nullptr);

    // Replaces the text (and clears the selection); index must have been built from text.
    void setText(const QByteArray &text, const TextLineIndex &index);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString lineText(int row) const;
    int maxColumns() const { return m_index.maxColumns(); }
    int lineCount() const { return int(qMin(m_index.lineCount(), qsizetype(EndOfRow))); }
    double byteCount() const { return double(m_text.size()); }
    // The UTF-8 text and its rows, for whatever searches or renders it off the GUI thread.
    QByteArray text() const { return m_text; }
    const TextLineIndex &lineIndex() const { return m_index; }

    // The first row of a 1-based line, clamped to the lines there are; -1 when there is no text.
    Q_INVOKABLE int rowOfLine(int line) const { return int(m_index.rowOfLine(line)); }

    // Selects from the anchor to the cursor; rows and columns are clamped to the text.
    Q_INVOKABLE void select(int anchorRow, int anchorColumn, int cursorRow, int cursorColumn);
    // Moves the cursor end, keeping the anchor (shift+click, dragging).
    Q_INVOKABLE void extendSelection(int cursorRow, int cursorColumn);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    bool hasSelection() const;
    Q_INVOKABLE QString selectedText() const;
    // Puts the selected text on the clipboard; false when nothing is selected.
    Q_INVOKABLE bool copySelection() const;

signals:
    void textReplaced();
    void selectionChanged();

private:
    struct Position
    {
        int row = 0;
        int column = 0;
        bool operator<(const Position &other) const
        {
            return row < other.row || (row == other.row && column < other.column);
        }
        bool operator==(const Position &other) const
        {
            return row == other.row && column == other.column;
        }
    };
    Position clamped(int row, int column) const;
    void setSelection(Position anchor, Position cursor);
    Position selectionStart() const { return qMin(m_anchor, m_cursor); }
    Position selectionEnd() const { return qMax(m_anchor, m_cursor); }

    QByteArray m_text;
    TextLineIndex m_index;
    int m_rows = 0; // the index's rows, once setText() has told the views
    Position m_anchor;
    Position m_cursor;
};

#endif // TEXTLINESMODEL_H
