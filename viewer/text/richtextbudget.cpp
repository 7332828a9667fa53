// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "richtextbudget.h"

#include "richtextdocument.h"

#include <QLocale>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using Limit = RichTextBudget::Limit;

// Qt clamps colspan and rowspan to this (a larger value makes as many columns as this does).
constexpr qint64 MaxSpan = 20480;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(char c)
{
    return isAlpha(c) || (c >= '0' && c <= '9') || c == '-';
}

// A tag name Qt reads as we do: ASCII it lowercases alike. Anything else (a quoted name, an
// entity, a '/' inside, a non-ASCII space Qt ends the name at) might be any tag to Qt.
bool isPlainName(QByteArrayView name)
{
    for (const char c : name) {
        if (!isNameChar(c) && c != ':' && c != '_' && c != '.')
            return false;
    }
    return true;
}

// Numeric character references (&#100; &#x64;) of ASCII characters replaced, as Qt reads them in
// a quoted attribute name or value; other bytes as they are.
QByteArray decodeNumericReferences(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '&' && i + 2 < text.size() && text.at(i + 1) == '#') {
            const qsizetype end = text.indexOf(';', i + 2);
            if (end > 0 && end - i <= 10) {
                QByteArrayView digits = text.sliced(i + 2, end - i - 2);
                int base = 10;
                if (digits.startsWith('x') || digits.startsWith('X')) {
                    digits = digits.sliced(1);
                    base = 16;
                }
                bool ok = false;
                const uint code = digits.toUInt(&ok, base);
                if (ok && code > 0 && code < 128) {
                    out += char(code);
                    i = end;
                    continue;
                }
            }
        }
        out += text.at(i);
    }
    return out;
}

// Counts what Qt's HTML parser (QTextHtmlParser) builds from tags: its open elements as a stack,
// with the implicit closes it makes (a cell closes up to its row, a row up to its table, p and li
// do not nest in themselves, img, br, hr and meta have no children), and each table's grid.
// Where unsure it keeps an element open: it may refuse more than needed, never less.
class HtmlCounter
{
public:
    // strict: only what md4c takes for raw HTML in Markdown ("<name" followed by a space, '/' or
    // '>'); otherwise every '<' starts a tag, as in Qt's parser ("a < b" opens an element b).
    explicit HtmlCounter(bool strict)
        : m_strict(strict)
    { }

    RichTextBudget::Verdict verdict() const { return m_verdict; }
    bool failed() const { return !m_verdict.isWithin(); }
    // Cells counted elsewhere (Markdown tables).
    void addCells(qint64 cells)
    {
        m_closedCells += cells;
        checkCells();
    }

    void feed(QByteArrayView text)
    {
        qsizetype pos = 0;
        while (!failed() && pos < text.size()) {
            const qsizetype open = text.indexOf('<', pos);
            addWork((open < 0 ? text.size() : open) - pos);
            if (open < 0)
                return;
            pos = tag(text, open);
            addWork(pos - open);
        }
    }

private:
    struct Element
    {
        std::string name;
        int table = -1; // index into m_tables when this element is a table
    };
    struct Table
    {
        qint64 rows = 0; // rows begun
        qint64 spannedRows = 0; // rows a rowspan reaches
        qint64 rowCells = 0; // columns of the current row, colspans included
        qint64 spanColumns = 0; // columns taken in later rows by rowspans
        qint64 widest = 0;
        qint64 weight = 1; // 2^(tables around it)
        qint64 charged = 0; // what it adds to m_openCells now
    };

    void fail(Limit limit, qint64 found)
    {
        if (!failed())
            m_verdict = {limit, found};
    }

    // The tag at text[open] ('<'); returns where scanning goes on.
    qsizetype tag(QByteArrayView text, qsizetype open)
    {
        qsizetype pos = open + 1;
        if (!m_strict) {
            while (pos < text.size() && isSpace(text.at(pos)))
                ++pos;
        }
        if (pos >= text.size())
            return pos;
        const char first = text.at(pos);
        if (first == '!') {
            // A comment runs to "-->" or, like Qt's, to the end; a declaration to '>'.
            if (text.sliced(pos).startsWith("!--")) {
                const qsizetype end = text.indexOf("-->", pos + 3);
                return end < 0 ? text.size() : end + 3;
            }
            return endOfTag(text, pos);
        }
        const bool closing = first == '/';
        if (closing)
            ++pos;
        const qsizetype nameStart = pos;
        if (m_strict) {
            if (pos >= text.size() || !isAlpha(text.at(pos)))
                return open + 1; // text, as md4c has it
            while (pos < text.size() && isNameChar(text.at(pos)))
                ++pos;
            if (pos < text.size() && !isSpace(text.at(pos)) && text.at(pos) != '/'
                && text.at(pos) != '>')
                return open + 1;
        } else {
            // As Qt's parseWord(): up to a space, '>', "/>", '<' or '='.
            while (pos < text.size() && !isSpace(text.at(pos)) && text.at(pos) != '>'
                   && text.at(pos) != '<' && text.at(pos) != '='
                   && !(text.at(pos) == '/' && pos + 1 < text.size() && text.at(pos + 1) == '>'))
                ++pos;
        }
        const QByteArrayView rawName = text.sliced(nameStart, pos - nameStart);
        const bool plain = isPlainName(rawName);
        std::string name(rawName.data(), size_t(rawName.size()));
        std::transform(name.begin(), name.end(), name.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
        // The first '>' ends the tag: Qt may read a quoted '>' as part of a value and so see
        // fewer tags than this, never more.
        const qsizetype end = endOfTag(text, pos);
        const QByteArrayView body = text.sliced(pos, qMin(end, text.size()) - pos);
        if (closing) {
            if (plain)
                close(name); // else it stays open, whatever Qt closes
        } else if (plain) {
            openElement(name, body);
        } else {
            openAnyElement(name, body);
        }
        return end;
    }

    static qsizetype endOfTag(QByteArrayView text, qsizetype from)
    {
        const qsizetype end = text.indexOf('>', from);
        return end < 0 ? text.size() : end + 1;
    }

    // "<x ... />" closes itself in Qt; only trusted when the last attribute value (if any) is
    // quoted, so that an unquoted "x=/" is never mistaken for it.
    static bool selfClosed(QByteArrayView body)
    {
        QByteArrayView b = body.trimmed();
        if (b.endsWith('>'))
            b.chop(1);
        b = b.trimmed();
        if (!b.endsWith('/'))
            return false;
        b.chop(1);
        const qsizetype equals = b.lastIndexOf('=');
        if (equals < 0)
            return true;
        const QByteArrayView value = b.sliced(equals + 1).trimmed();
        return value.size() >= 2 && (value.front() == '"' || value.front() == '\'')
                && value.back() == value.front();
    }

    // colspan=3, colspan="3", COLSPAN = '3'; the largest where the name appears more than once
    // (in another attribute's value too), so that none is counted smaller than Qt reads it.
    static qint64 spanAttribute(QByteArrayView body, const char *attribute)
    {
        const QByteArray lower = decodeNumericReferences(body).toLower();
        qint64 largest = 1;
        for (qsizetype at = lower.indexOf(attribute); at >= 0;
             at = lower.indexOf(attribute, at + 1)) {
            qsizetype pos = at + qsizetype(qstrlen(attribute));
            while (pos < lower.size()
                   && (isSpace(lower.at(pos)) || lower.at(pos) == '=' || lower.at(pos) == '"'
                       || lower.at(pos) == '\'' || lower.at(pos) == '+'))
                ++pos;
            qint64 value = 0;
            while (pos < lower.size() && lower.at(pos) >= '0' && lower.at(pos) <= '9'
                   && value <= MaxSpan)
                value = value * 10 + (lower.at(pos++) - '0');
            largest = qMax(largest, qMin(value, MaxSpan));
        }
        return largest;
    }

    int find(const char *name) const
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (m_stack[size_t(i)].name == name)
                return i;
        }
        return -1;
    }
    int findAny(std::initializer_list<const char *> names) const
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            for (const char *name : names) {
                if (m_stack[size_t(i)].name == name)
                    return i;
            }
        }
        return -1;
    }

    void popTo(int size)
    {
        while (int(m_stack.size()) > size) {
            if (m_stack.back().table >= 0)
                closeTable();
            m_stack.pop_back();
        }
    }

    void close(const std::string &name)
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (m_stack[size_t(i)].name == name) {
                popTo(i);
                return;
            }
        }
    }

    void push(const std::string &name, int table = -1)
    {
        m_stack.push_back({name, table});
        if (int(m_stack.size()) > RichTextBudget::MaxDepth)
            fail(Limit::Depth, qint64(m_stack.size()));
    }

    void openTable()
    {
        Table table;
        table.weight = qint64(1) << qMin<qsizetype>(m_tables.size(), 40);
        m_tables.push_back(table);
        if (int(m_tables.size()) > RichTextBudget::MaxTableDepth)
            fail(Limit::TableDepth, qint64(m_tables.size()));
        push("table", int(m_tables.size()) - 1);
    }

    void closeTable()
    {
        m_closedCells += m_tables.back().charged;
        m_openCells -= m_tables.back().charged;
        m_tables.pop_back();
    }

    void beginRow()
    {
        Table &table = m_tables.back();
        table.widest = qMax(table.widest, table.rowCells + table.spanColumns);
        table.rowCells = 0;
        ++table.rows;
        chargeTable();
    }

    void addCell(qint64 colspan, qint64 rowspan)
    {
        Table &table = m_tables.back();
        if (table.rows == 0)
            table.rows = 1;
        table.rowCells += colspan;
        if (rowspan > 1) {
            table.spanColumns += colspan;
            table.spannedRows = qMax(table.spannedRows, table.rows - 1 + rowspan);
        }
        table.widest = qMax(table.widest, table.rowCells + table.spanColumns);
        chargeTable();
    }

    void chargeTable()
    {
        Table &table = m_tables.back();
        const qint64 rows = qMax(table.rows, table.spannedRows);
        const qint64 cells = qMin<qint64>(rows * table.widest, qint64(1) << 40) * table.weight;
        m_openCells += cells - table.charged;
        table.charged = cells;
        checkCells();
    }

    // Content within n tables is laid out 2^n times.
    void addWork(qint64 work)
    {
        m_work += work << m_tables.size();
        if (m_work > RichTextBudget::MaxLayoutWork)
            fail(Limit::LayoutWork, m_work);
    }

    void checkCells()
    {
        if (m_closedCells + m_openCells > RichTextBudget::MaxCells)
            fail(Limit::Cells, m_closedCells + m_openCells);
    }

    // A start tag whose name Qt might read as any tag: counted as a cell (of a table opened
    // for it when there is none, as Qt does for a cell) and as an element left open.
    void openAnyElement(const std::string &name, QByteArrayView body)
    {
        if (++m_elements > RichTextBudget::MaxElements) {
            fail(Limit::Elements, m_elements);
            return;
        }
        addWork(RichTextBudget::ElementWork);
        if (find("tr") < 0) {
            openTable();
            push("tr");
            beginRow();
        }
        if (!failed())
            addCell(spanAttribute(body, "colspan"), spanAttribute(body, "rowspan"));
        if (!failed())
            push(name);
    }

    void openElement(const std::string &name, QByteArrayView body)
    {
        if (++m_elements > RichTextBudget::MaxElements) {
            fail(Limit::Elements, m_elements);
            return;
        }
        addWork(RichTextBudget::ElementWork);
        if (name.empty() || name == "br" || name == "hr" || name == "img" || name == "meta")
            return; // no children in Qt
        if (name == "td" || name == "th") {
            const int row = find("tr");
            if (row >= 0) {
                popTo(row + 1);
            } else {
                openTable();
                push("tr");
                beginRow();
            }
            if (!failed())
                addCell(spanAttribute(body, "colspan"), spanAttribute(body, "rowspan"));
        } else if (name == "tr") {
            // Without a table (a tbody alone too) Qt opens one for the row.
            if (find("table") >= 0)
                popTo(findAny({"table", "thead", "tbody", "tfoot"}) + 1);
            else
                openTable();
            if (!failed())
                beginRow();
        } else if (name == "thead" || name == "tbody" || name == "tfoot" || name == "caption") {
            const int table = find("table");
            if (table >= 0)
                popTo(table + 1);
        } else if (name == "dd" || name == "dt") {
            const int list = name == "dd" ? findAny({"dt", "dl"}) : find("dl");
            if (list >= 0)
                popTo(list + 1);
        } else if ((name == "p" || name == "li") && !m_stack.empty()
                   && m_stack.back().name == name) {
            m_stack.pop_back();
        } else if (name == "table") {
            if (!selfClosed(body))
                openTable();
            return;
        }
        if (failed() || selfClosed(body))
            return;
        push(name);
    }

    bool m_strict;
    RichTextBudget::Verdict m_verdict;
    std::vector<Element> m_stack;
    std::vector<Table> m_tables; // the open tables, outermost first
    qint64 m_elements = 0;
    qint64 m_work = 0;
    qint64 m_closedCells = 0; // of tables closed, and of Markdown tables
    qint64 m_openCells = 0; // of tables still open
};

// A Markdown table's delimiter row ("| --- | :-: |"): its number of columns, 0 when it is none.
int delimiterColumns(QByteArrayView line)
{
    line = line.trimmed();
    if (line.startsWith('|'))
        line = line.sliced(1);
    if (line.endsWith('|'))
        line.chop(1);
    if (line.isEmpty())
        return 0;
    int columns = 1;
    bool dash = false;
    for (const char c : line) {
        if (c == '|') {
            if (!dash)
                return 0;
            ++columns;
            dash = false;
        } else if (c == '-') {
            dash = true;
        } else if (c != ':' && !isSpace(c)) {
            return 0;
        }
    }
    return dash ? qMin(columns, 128) : 0; // md4c takes at most 128 columns
}

// A line without its quote markers, list markers and indentation; depth counts them (a level
// for each '>', marker and two columns of indentation).
QByteArrayView blockContent(QByteArrayView line, int *depth)
{
    int columns = 0;
    int levels = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        const char c = line.at(i);
        if (c == ' ') {
            ++columns;
        } else if (c == '\t') {
            columns += 4;
        } else if (c == '>') {
            ++levels;
        } else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.size()
                   && line.at(i + 1) == ' ') {
            ++levels;
        } else {
            break;
        }
        ++i;
    }
    *depth = levels + columns / 2;
    return line.sliced(i);
}

RichTextBudget::Verdict checkMarkdown(const QByteArray &utf8)
{
    HtmlCounter html(true);
    const QList<qsizetype> parts = RichTextDocument::markdownPartStarts(utf8);
    qsizetype nextPart = 0;
    qint64 partCells = 0;
    bool inFence = false;
    qsizetype tableColumns = 0; // of the table the previous line belongs to, 0 outside tables
    QByteArrayView previous;
    qsizetype pos = 0;
    while (pos < utf8.size() && !html.failed()) {
        if (nextPart < parts.size() && pos >= parts.at(nextPart)) {
            ++nextPart;
            partCells = 0;
        }
        qsizetype end = utf8.indexOf('\n', pos);
        if (end < 0)
            end = utf8.size();
        const QByteArrayView line = QByteArrayView(utf8).sliced(pos, end - pos);
        pos = end + 1;
        int depth = 0;
        const QByteArrayView content = blockContent(line, &depth);
        if (content.startsWith("```") || content.startsWith("~~~")) {
            inFence = !inFence;
            tableColumns = 0;
            continue;
        }
        if (inFence)
            continue;
        if (depth > RichTextBudget::MaxDepth)
            return {Limit::Depth, depth};
        html.feed(line);
        qint64 cells = 0;
        if (content.trimmed().isEmpty()) {
            tableColumns = 0;
        } else if (tableColumns > 0) {
            cells = tableColumns; // another row
        } else if (previous.contains('|')) {
            tableColumns = delimiterColumns(content);
            cells = 2 * tableColumns; // the header and this row
        }
        previous = content;
        if (cells == 0)
            continue;
        partCells += cells;
        if (partCells > RichTextBudget::MaxMarkdownCells)
            return {Limit::MarkdownCells, partCells};
        html.addCells(cells);
    }
    return html.verdict();
}

} // namespace

RichTextBudget::Verdict RichTextBudget::check(const QByteArray &utf8, TextRenderMode::Mode mode)
{
    switch (mode) {
    case TextRenderMode::Plain:
        return {};
    case TextRenderMode::Markdown:
        return checkMarkdown(utf8);
    case TextRenderMode::Html:
        break;
    }
    HtmlCounter html(false);
    html.feed(utf8);
    return html.verdict();
}

qint64 RichTextBudget::bound(Limit limit)
{
    switch (limit) {
    case Limit::None:
        return 0;
    case Limit::Depth:
        return MaxDepth;
    case Limit::TableDepth:
        return MaxTableDepth;
    case Limit::Cells:
        return MaxCells;
    case Limit::Elements:
        return MaxElements;
    case Limit::LayoutWork:
        return MaxLayoutWork;
    case Limit::MarkdownCells:
        return MaxMarkdownCells;
    }
    return 0;
}

const char *RichTextBudget::limitName(Limit limit)
{
    switch (limit) {
    case Limit::None:
        return "none";
    case Limit::Depth:
        return "nesting depth";
    case Limit::TableDepth:
        return "table depth";
    case Limit::Cells:
        return "table cells";
    case Limit::Elements:
        return "elements";
    case Limit::LayoutWork:
        return "layout work";
    case Limit::MarkdownCells:
        return "Markdown table cells";
    }
    return "none";
}

QString RichTextBudget::note(const Verdict &verdict)
{
    const QString limit = QLocale().toString(bound(verdict.limit));
    switch (verdict.limit) {
    case Limit::None:
        return QString();
    case Limit::Depth:
        //: %1 is a number, such as 128
        return tr("Shown as plain text: elements nested more than %1 deep").arg(limit);
    case Limit::TableDepth:
        //: %1 is a number, such as 8
        return tr("Shown as plain text: tables nested more than %1 deep").arg(limit);
    case Limit::Cells:
        //: %1 is a number, such as 20,000
        return tr("Shown as plain text: more than %1 table cells").arg(limit);
    case Limit::Elements:
        //: %1 is a number, such as 50,000
        return tr("Shown as plain text: more than %1 elements").arg(limit);
    case Limit::LayoutWork:
        return tr("Shown as plain text: too much content within nested tables");
    case Limit::MarkdownCells:
        //: %1 is a number, such as 2,500. A long Markdown text is imported in parts cut before
        //: headings; one without headings is imported whole
        return tr("Shown as plain text: more than %1 table cells for Markdown to import at once")
                .arg(limit);
    }
    return QString();
}
