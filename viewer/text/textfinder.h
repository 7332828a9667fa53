// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TEXTFINDER_H
#define TEXTFINDER_H

#include "newestjob.h"
#include "textsearch.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class TextLinesModel;

// Find as you type, off the GUI thread, in the text shown: the lines of a TextLinesModel (plain
// rows; matches are UTF-8 byte offsets, mapped to rows and columns only for the rows asked for)
// or, with useRichText, richText (a rich document's text, a character per position: bound in
// QML to RichTextItem's plainText, so the finder knows nothing of the item). A new query, case
// setting or text supersedes the search under way (NewestJob); its results are dropped.
class TextFinder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TextLinesModel *lines READ lines WRITE setLines NOTIFY linesChanged)
    Q_PROPERTY(bool useRichText READ usesRichText WRITE setUseRichText NOTIFY richTextChanged)
    Q_PROPERTY(QString richText READ richText WRITE setRichText NOTIFY richTextChanged)
    // Off: no search and no matches (the find bar is closed); the query is kept.
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool caseSensitive READ caseSensitive WRITE setCaseSensitive NOTIFY
                       caseSensitiveChanged)
    Q_PROPERTY(bool searching READ isSearching NOTIFY resultsChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    // Index of the current match, -1 when there is none.
    Q_PROPERTY(int current READ current WRITE setCurrent NOTIFY currentChanged)
    // The current match in the searched text's units (byte offset or document position), -1 for
    // none.
    Q_PROPERTY(double currentOffset READ currentOffset NOTIFY currentChanged)
    // Plain text: the row and column (UTF-16 units of the row) the current match starts at.
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentChanged)
    Q_PROPERTY(int currentColumn READ currentColumn NOTIFY currentChanged)
    // "3 of 41", "No matches", "1,000,000+ matches"…; empty without a query.
    Q_PROPERTY(QString summary READ summary NOTIFY currentChanged)
    // Changes whenever matches or the current one change: an argument for bindings on rowMatches.
    Q_PROPERTY(int revision READ revision NOTIFY currentChanged)
public:
    explicit TextFinder(QObject *parent = nullptr);
    ~TextFinder() override;

    TextLinesModel *lines() const;
    void setLines(TextLinesModel *lines);
    bool usesRichText() const { return m_useRichText; }
    void setUseRichText(bool use);
    QString richText() const { return m_richText; }
    void setRichText(const QString &text);
    bool isActive() const { return m_active; }
    void setActive(bool active);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool caseSensitive() const { return m_caseSensitive; }
    void setCaseSensitive(bool caseSensitive);

    bool isSearching() const { return m_searching; }
    int count() const { return int(m_offsets.size()); }
    // More matches than TextSearch::DefaultMaxMatches: count is that cap (summary() says so).
    bool isCapped() const { return m_capped; }
    int current() const { return m_current; }
    void setCurrent(int index);
    double currentOffset() const;
    int currentLength() const;
    int currentRow() const { return m_currentRow; }
    int currentColumn() const { return m_currentColumn; }
    QString summary() const;
    int revision() const { return m_revision; }

    // The next or previous match, wrapping around.
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();

    // Plain text: the parts of matches on a row, as {column, length, current} in UTF-16 units of
    // the row's text; touching matches merge into one part, and a row has at most MaxRowParts
    // (plus the current match). revision is unused: passing it makes a binding follow the results.
    static constexpr int MaxRowParts = 256;
    Q_INVOKABLE QVariantList rowMatches(int row, int revision = 0) const;

    // Rich text: matches that overlap [from, to) as (position, length), at most limit of them.
    struct Match
    {
        qsizetype position;
        qsizetype length;
        bool current;
    };
    QList<Match> matchesBetween(qsizetype from, qsizetype to, int limit) const;

signals:
    void linesChanged();
    void richTextChanged();
    void activeChanged();
    void queryChanged();
    void caseSensitiveChanged();
    void resultsChanged();
    void currentChanged();

private:
    void restart();
    void onFinished(const NewestJob::Ticket &ticket, const TextSearch::Result &result);
    void updateCurrentPosition();
    // A match's end in the searched text's units.
    qsizetype matchEnd(qsizetype start) const;

    QPointer<TextLinesModel> m_lines;
    bool m_useRichText = false;
    QString m_richText;
    bool m_active = false;
    QString m_query;
    bool m_caseSensitive = false;

    // What was searched, kept so that offsets map to what they were found in.
    QByteArray m_utf8;
    QString m_utf16;
    QList<quint32> m_offsets;
    bool m_capped = false;
    bool m_searching = false;
    int m_current = -1;
    qsizetype m_anchor = 0; // where the next results' current match starts looking
    qsizetype m_units = 0; // the searched query's length in UTF-16 units
    int m_currentRow = -1;
    int m_currentColumn = -1;
    int m_revision = 0;

    NewestJob m_searches;
    QThreadPool m_pool; // one thread; the destructor waits for it
};

#endif // TEXTFINDER_H
