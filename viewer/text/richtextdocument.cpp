// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "richtextdocument.h"

#include "blockedimagehandler.h"

#include <QAbstractTextDocumentLayout>
#include <QLoggingCategory>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFormat>

// Every request refused, at debug level: off unless asked for (QT_LOGGING_RULES), so the programs
// pay one check per request; the tests turn it on to count them.
Q_LOGGING_CATEGORY(lcRichTextResources, "shm.viewer.richtext.resources", QtWarningMsg)

namespace {

// Where a Markdown text may be cut so that each part renders as it does in the whole: before a
// line at the margin that follows a blank line, outside fenced code (and, with headingsOnly, only
// before an ATX heading, which ends lists and quotes), at least every bytes apart. Also the
// link reference definitions ("[name]: url"), which a part needs wherever they are.
struct MarkdownCuts
{
    QList<qsizetype> cuts;
    QByteArray definitions;
};

bool isDefinition(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == ' ')
        ++i;
    if (i >= line.size() || line.at(i) != '[' || (i + 1 < line.size() && line.at(i + 1) == '^'))
        return false;
    const qsizetype close = line.indexOf("]:");
    return close > i + 1;
}

MarkdownCuts markdownCuts(const QByteArray &utf8, qsizetype every, bool headingsOnly,
                          qsizetype maxCuts)
{
    MarkdownCuts result;
    bool inFence = false;
    bool previousBlank = false;
    qsizetype next = every;
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        qsizetype end = utf8.indexOf('\n', pos);
        if (end < 0)
            end = utf8.size();
        const QByteArrayView raw = QByteArrayView(utf8).sliced(pos, end - pos);
        const QByteArrayView line = raw.trimmed();
        const bool wasInFence = inFence;
        if (line.startsWith("```") || line.startsWith("~~~"))
            inFence = !inFence;
        const bool blank = line.isEmpty();
        if (!wasInFence && isDefinition(raw))
            result.definitions += raw.toByteArray() + '\n';
        const char first = raw.isEmpty() ? ' ' : raw.at(0);
        const bool margin = first != ' ' && first != '\t' && first != '>';
        if (pos >= next && result.cuts.size() < maxCuts && previousBlank && !blank && !wasInFence
            && margin && (!headingsOnly || first == '#')) {
            result.cuts.append(pos);
            next = pos + every;
        }
        previousBlank = blank;
        pos = end + 1;
    }
    return result;
}

} // namespace

RichTextDocument::RichTextDocument(QObject *parent)
    : QTextDocument(parent)
{
    // The layout is made when first asked for, after parsing: a layout present while a text is
    // inserted lays out again at every insertion. Qt announces a new layout before it lays
    // anything out, so the handler is there in time.
    connect(this, &QTextDocument::documentLayoutChanged, this, [this] {
        QAbstractTextDocumentLayout *layout = documentLayout();
        layout->registerHandler(QTextFormat::ImageObject, new BlockedImageHandler(layout));
    });
    setUndoRedoEnabled(false);
}

std::unique_ptr<RichTextDocument> RichTextDocument::parse(const QByteArray &utf8,
                                                          TextRenderMode::Mode mode,
                                                          const QFont &font, qreal textWidth,
                                                          const std::function<bool()> &stopped)
{
    auto document = std::make_unique<RichTextDocument>();
    document->setDefaultFont(font);
    document->setDocumentMargin(8);
    document->setTextWidth(textWidth);
    const QString text = QString::fromUtf8(utf8);
    switch (mode) {
    case TextRenderMode::Markdown:
        if (const QList<qsizetype> cuts = markdownPartStarts(utf8); !cuts.isEmpty())
            document->setMarkdownInParts(utf8, cuts, stopped);
        else
            document->setMarkdown(text);
        break;
    case TextRenderMode::Html:
        document->setHtml(text);
        break;
    case TextRenderMode::Plain:
        document->setPlainText(text);
        break;
    }
    return document;
}

QList<qsizetype> RichTextDocument::markdownPartStarts(const QByteArray &utf8)
{
    if (utf8.size() <= 2 * PartBytes)
        return {};
    const MarkdownCuts found = markdownCuts(utf8, PartBytes, true, utf8.size() / PartBytes + 1);
    // Definitions are copied into every part: too many of them, and the whole at once is cheaper.
    if (found.definitions.size() > PartBytes / 4)
        return {};
    return found.cuts;
}

void RichTextDocument::setMarkdownInParts(const QByteArray &utf8, const QList<qsizetype> &cuts,
                                          const std::function<bool()> &stopped)
{
    const MarkdownCuts found = markdownCuts(utf8, PartBytes, true, utf8.size() / PartBytes + 1);
    clear();
    QTextCursor cursor(this);
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i) {
        if (stopped && stopped())
            return;
        const qsizetype end = i < cuts.size() ? cuts.at(i) : utf8.size();
        RichTextDocument part;
        part.setDefaultFont(defaultFont());
        QByteArray markdown = utf8.mid(begin, end - begin);
        if (!found.definitions.isEmpty())
            markdown += '\n' + found.definitions;
        part.setMarkdown(QString::fromUtf8(markdown));
        begin = end;
        cursor.movePosition(QTextCursor::End);
        if (i > 0)
            cursor.insertBlock();
        const int join = cursor.position();
        cursor.insertFragment(QTextDocumentFragment(&part));
        // The part's first block went into the block it was inserted into, which kept its own
        // format: give it the part's (a heading's level and margins).
        QTextCursor first(this);
        first.setPosition(join);
        first.setBlockFormat(part.begin().blockFormat());
        // Its character format too: the importer gives a block it inserts its text's format (the
        // document's first block it only reuses).
        QTextCursor text(part.begin());
        text.movePosition(QTextCursor::NextCharacter);
        first.setBlockCharFormat(i > 0 && part.begin().length() > 1 ? text.charFormat()
                                                                    : part.begin().charFormat());
    }
}

std::unique_ptr<RichTextDocument> RichTextDocument::build(const QByteArray &utf8,
                                                          TextRenderMode::Mode mode,
                                                          const QFont &font, qreal textWidth)
{
    std::unique_ptr<RichTextDocument> document = parse(utf8, mode, font, textWidth);
    document->size(); // lays all of it out
    return document;
}

QByteArray RichTextDocument::leadingPart(const QByteArray &utf8, TextRenderMode::Mode mode)
{
    if (mode != TextRenderMode::Markdown || utf8.size() <= 2 * LeadingBytes)
        return QByteArray();
    const MarkdownCuts found = markdownCuts(utf8, LeadingBytes, false, 1);
    // No place to cut near the beginning: the whole text at once.
    if (found.cuts.isEmpty() || found.cuts.first() > 4 * LeadingBytes)
        return QByteArray();
    return utf8.left(found.cuts.first()) + '\n' + found.definitions;
}

QString RichTextDocument::positionText() const
{
    QString text = toRawText();
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char('\n');
        else if (c == QChar::Nbsp)
            c = QLatin1Char(' ');
    }
    return text;
}

QVariant RichTextDocument::loadResource(int type, const QUrl &name)
{
    qCDebug(lcRichTextResources) << "refused resource of type" << type << name;
    return QVariant();
}
