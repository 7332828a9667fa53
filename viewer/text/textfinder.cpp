// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "textfinder.h"

#include "textlinesmodel.h"
#include "viewertext.h"

#include <QVariantMap>

#include <algorithm>

TextFinder::TextFinder(QObject *parent)
    : QObject(parent)
{
    // One search at a time: a superseded one stops within a mebibyte.
    m_pool.setMaxThreadCount(1);
}

TextFinder::~TextFinder()
{
    m_searches.supersedeAll();
    m_pool.waitForDone();
}

TextLinesModel *TextFinder::lines() const
{
    return m_lines;
}

void TextFinder::setLines(TextLinesModel *lines)
{
    if (lines == m_lines)
        return;
    if (m_lines)
        disconnect(m_lines, nullptr, this, nullptr);
    m_lines = lines;
    if (m_lines)
        connect(m_lines, &TextLinesModel::textReplaced, this, [this] {
            if (!m_useRichText)
                restart();
        });
    if (!m_useRichText)
        restart();
    emit linesChanged();
}

void TextFinder::setUseRichText(bool use)
{
    if (use == m_useRichText)
        return;
    m_useRichText = use;
    restart();
    emit richTextChanged();
}

void TextFinder::setRichText(const QString &text)
{
    if (text == m_richText)
        return;
    m_richText = text;
    if (m_useRichText)
        restart();
    emit richTextChanged();
}

void TextFinder::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    restart();
    emit activeChanged();
}

void TextFinder::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    restart();
    emit queryChanged();
}

void TextFinder::setCaseSensitive(bool caseSensitive)
{
    if (caseSensitive == m_caseSensitive)
        return;
    m_caseSensitive = caseSensitive;
    restart();
    emit caseSensitiveChanged();
}

void TextFinder::restart()
{
    m_searches.supersedeAll();

    // Typing on in the same text keeps the place: the first match from the current one on.
    const QByteArray utf8 = !m_useRichText && m_lines ? m_lines->text() : QByteArray();
    const QString utf16 = m_useRichText ? m_richText : QString();
    const bool sameText = utf8.constData() == m_utf8.constData() && utf8.size() == m_utf8.size()
            && utf16.constData() == m_utf16.constData() && utf16.size() == m_utf16.size();
    m_anchor = sameText && m_current >= 0 ? m_offsets.at(m_current) : 0;
    m_utf8 = utf8;
    m_utf16 = utf16;
    m_offsets.clear();
    m_capped = false;
    m_current = -1;
    m_searching = m_active && !m_query.isEmpty() && (!m_utf8.isEmpty() || !m_utf16.isEmpty());
    m_units = m_query.size();
    if (m_searching) {
        const NewestJob::Ticket ticket = m_searches.start();
        const Qt::CaseSensitivity cs = m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        m_pool.start([this, ticket, cs, query = m_query, utf8 = m_utf8, utf16 = m_utf16] {
            TextSearch::Result result = utf16.isEmpty()
                    ? TextSearch::findUtf8(utf8, query, cs, ticket.staleCheck())
                    : TextSearch::findUtf16(utf16, query, cs, ticket.staleCheck());
            if (result.stopped)
                return;
            // The destructor waits for this task, so this is still alive to post to.
            QMetaObject::invokeMethod(
                    this,
                    [this, ticket, result = std::move(result)] { onFinished(ticket, result); },
                    Qt::QueuedConnection);
        });
    }
    updateCurrentPosition();
    ++m_revision;
    emit resultsChanged();
    emit currentChanged();
}

void TextFinder::onFinished(const NewestJob::Ticket &ticket, const TextSearch::Result &result)
{
    if (!m_searches.isCurrent(ticket))
        return; // superseded
    m_offsets = result.offsets;
    m_capped = result.capped;
    m_searching = false;
    m_current = -1;
    if (!m_offsets.isEmpty()) {
        const auto it = std::lower_bound(m_offsets.cbegin(), m_offsets.cend(), quint32(m_anchor));
        m_current = it == m_offsets.cend() ? 0 : int(it - m_offsets.cbegin());
    }
    updateCurrentPosition();
    ++m_revision;
    emit resultsChanged();
    emit currentChanged();
}

void TextFinder::setCurrent(int index)
{
    if (m_offsets.isEmpty())
        index = -1;
    else
        index = qBound(0, index, int(m_offsets.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    updateCurrentPosition();
    ++m_revision;
    emit currentChanged();
}

void TextFinder::next()
{
    if (!m_offsets.isEmpty())
        setCurrent((m_current + 1) % int(m_offsets.size()));
}

void TextFinder::previous()
{
    if (!m_offsets.isEmpty())
        setCurrent((m_current - 1 + int(m_offsets.size())) % int(m_offsets.size()));
}

double TextFinder::currentOffset() const
{
    return m_current < 0 ? -1.0 : double(m_offsets.at(m_current));
}

int TextFinder::currentLength() const
{
    if (m_current < 0)
        return 0;
    const qsizetype start = m_offsets.at(m_current);
    return int(matchEnd(start) - start);
}

QString TextFinder::summary() const
{
    if (!m_active || m_query.isEmpty())
        return QString();
    return ViewerText::findSummary(m_current, count(), m_capped, m_searching);
}

qsizetype TextFinder::matchEnd(qsizetype start) const
{
    if (!m_utf16.isEmpty())
        return qMin(start + m_units, m_utf16.size());
    return TextSearch::advanceUtf8(m_utf8, start, m_units);
}

void TextFinder::updateCurrentPosition()
{
    m_currentRow = -1;
    m_currentColumn = -1;
    if (m_current < 0 || !m_lines || m_utf8.isEmpty())
        return;
    const qsizetype offset = m_offsets.at(m_current);
    const TextLineIndex &index = m_lines->lineIndex();
    const qsizetype row = index.rowAt(offset);
    const TextLineIndex::Row r = index.row(m_utf8, row);
    m_currentRow = int(row);
    m_currentColumn = int(
            QString::fromUtf8(m_utf8.constData() + r.begin, qMax(qsizetype(0), offset - r.begin))
                    .size());
}

QVariantList TextFinder::rowMatches(int row, int revision) const
{
    Q_UNUSED(revision);
    if (!m_lines || m_offsets.isEmpty() || m_utf8.isEmpty())
        return {};
    const TextLineIndex &index = m_lines->lineIndex();
    if (row < 0 || row >= index.count())
        return {};
    const TextLineIndex::Row r = index.row(m_utf8, row);
    auto it = std::lower_bound(m_offsets.cbegin(), m_offsets.cend(), quint32(r.begin));
    // A match that starts on an earlier row (a long line's chunk) may run into this one.
    if (it != m_offsets.cbegin() && matchEnd(*(it - 1)) > r.begin)
        --it;
    const char *bytes = m_utf8.constData();
    struct Part
    {
        int column;
        int length;
        bool current;
    };
    QList<Part> found;
    qsizetype counted = r.begin; // bytes of the row whose columns are in column
    int column = 0;
    for (; it != m_offsets.cend() && qsizetype(*it) < r.end; ++it) {
        const qsizetype start = qMax(qsizetype(*it), r.begin);
        const qsizetype end = qMin(matchEnd(*it), r.end);
        const bool current = int(it - m_offsets.cbegin()) == m_current;
        if (end <= start || (found.size() >= MaxRowParts && !current))
            continue;
        column += int(QString::fromUtf8(bytes + counted, start - counted).size());
        const int length = int(QString::fromUtf8(bytes + start, end - start).size());
        counted = end;
        // Matches that touch ("aaaa" for "a") are one mark: fewer items for the row to draw.
        if (!current && !found.isEmpty() && !found.last().current
            && found.last().column + found.last().length == column) {
            found.last().length += length;
        } else {
            found.append({column, length, current});
        }
        column += length;
    }
    QVariantList parts;
    parts.reserve(found.size());
    for (const Part &part : found) {
        parts.append(QVariantMap{{QStringLiteral("column"), part.column},
                                 {QStringLiteral("length"), part.length},
                                 {QStringLiteral("current"), part.current}});
    }
    return parts;
}

QList<TextFinder::Match> TextFinder::matchesBetween(qsizetype from, qsizetype to, int limit) const
{
    QList<Match> matches;
    if (m_offsets.isEmpty())
        return matches;
    auto it = std::lower_bound(m_offsets.cbegin(), m_offsets.cend(),
                               quint32(qMax(qsizetype(0), from)));
    if (it != m_offsets.cbegin() && matchEnd(*(it - 1)) > from)
        --it;
    for (; it != m_offsets.cend() && qsizetype(*it) < to && matches.size() < limit; ++it) {
        const qsizetype start = *it;
        matches.append({start, matchEnd(start) - start, int(it - m_offsets.cbegin()) == m_current});
    }
    return matches;
}
