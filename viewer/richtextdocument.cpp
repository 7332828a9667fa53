// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "richtextdocument.h"

#include "blockedimagehandler.h"

#include <QAbstractTextDocumentLayout>
#include <QTextFormat>

RichTextDocument::RichTextDocument(QObject *parent)
    : QTextDocument(parent)
{
    // The layout is made when first asked for, after parsing: a layout present while a text is
    // inserted lays out every insertion, and parsing 512 KiB of Markdown took seven times as long.
    // Qt announces a new layout before it lays anything out, so the handler is there in time.
    connect(this, &QTextDocument::documentLayoutChanged, this, [this] {
        QAbstractTextDocumentLayout *layout = documentLayout();
        layout->registerHandler(QTextFormat::ImageObject, new BlockedImageHandler(layout));
    });
    setUndoRedoEnabled(false);
}

std::unique_ptr<RichTextDocument> RichTextDocument::parse(const QByteArray &utf8,
                                                          TextRenderMode::Mode mode,
                                                          const QFont &font, qreal textWidth)
{
    auto document = std::make_unique<RichTextDocument>();
    document->setDefaultFont(font);
    document->setDocumentMargin(8);
    document->setTextWidth(textWidth);
    const QString text = QString::fromUtf8(utf8);
    switch (mode) {
    case TextRenderMode::Markdown:
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
    // Line by line, so a fence (``` or ~~~ at the start of a line) is never left open.
    bool inFence = false;
    bool previousBlank = false;
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        qsizetype end = utf8.indexOf('\n', pos);
        if (end < 0)
            break;
        const QByteArrayView line = QByteArrayView(utf8).sliced(pos, end - pos).trimmed();
        const bool wasInFence = inFence;
        if (line.startsWith("```") || line.startsWith("~~~"))
            inFence = !inFence;
        const bool blank = line.isEmpty();
        // A blank line, then one that starts at the margin: not inside a list item or quote.
        if (pos >= LeadingBytes && previousBlank && !blank && !wasInFence && utf8.at(pos) != ' '
            && utf8.at(pos) != '\t' && utf8.at(pos) != '>')
            return utf8.left(pos);
        previousBlank = blank;
        pos = end + 1;
        if (pos > 4 * LeadingBytes)
            break; // no place to cut near the beginning: parse the whole at once
    }
    return QByteArray();
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
    Q_UNUSED(type);
    Q_UNUSED(name);
    ++m_resourceRequests;
    return QVariant();
}
