// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "textfinder.h"

#include "richtextitem.h"
#include "textlinesmodel.h"
#include "viewertext.h"

#include <QVariantMap>

#include <algorithm>

TextFinder::TextFinder(QObject *parent)
    : QObject(parent)
{
    // One search at a time: a superseded one is cancelled and ends within a mebibyte.
    m_pool.setMaxThreadCount(1);
}

TextFinder::~TextFinder()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void TextFinder::setTarget(QObject *target)
{
    if (target == m_target)
        return;
    if (m_target)
        disconnect(m_target, nullptr, this, nullptr);
    m_target = target;
    if (TextLinesModel *model = lines())
        connect(model, &TextLinesModel::textReplaced, this, [this] { restart(); });
    if (RichTextItem *item = rich())
        connect(item, &RichTextItem::textReplaced, this, [this] { restart(); });
    restart();
    emit targetChanged();
}

TextLinesModel *TextFinder::lines() const
{
    return qobject_cast<TextLinesModel *>(m_target.data());
}

RichTextItem *TextFinder::rich() const
{
    return qobject_cast<RichTextItem *>(m_target.data());
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
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();

    // Typing on in the same text keeps the place: the first match from the current one on.
    const QByteArray utf8 = lines() ? lines()->text() : QByteArray();
    const QString utf16 = rich() ? rich()->plainText() : QString();
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
        auto cancel = std::make_shared<std::atomic_bool>(false);
        m_cancel = cancel;
        const int generation = m_generation;
        const Qt::CaseSensitivity cs = m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        m_pool.start(
                [this, cancel, generation, cs, query = m_query, utf8 = m_utf8, utf16 = m_utf16] {
                    TextSearch::Result result = utf16.isEmpty()
                            ? TextSearch::findUtf8(utf8, query, cs, cancel.get())
                            : TextSearch::findUtf16(utf16, query, cs, cancel.get());
                    if (result.cancelled)
                        return;
                    // The destructor waits for this task, so this is still alive to post to.
                    QMetaObject::invokeMethod(
                            this,
                            [this, generation, result = std::move(result)] {
                                onFinished(generation, result);
                            },
                            Qt::QueuedConnection);
                });
    }
    updateCurrentPosition();
    ++m_revision;
    emit resultsChanged();
    emit currentChanged();
}

void TextFinder::onFinished(int generation, const TextSearch::Result &result)
{
    if (generation != m_generation)
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
    if (m_current < 0 || !lines() || m_utf8.isEmpty())
        return;
    const qsizetype offset = m_offsets.at(m_current);
    const TextLineIndex &index = lines()->lineIndex();
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
    if (!lines() || m_offsets.isEmpty() || m_utf8.isEmpty())
        return {};
    const TextLineIndex &index = lines()->lineIndex();
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
