// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef RICHTEXTDOCUMENT_H
#define RICHTEXTDOCUMENT_H

#include "textrendermode.h"

#include <QTextDocument>

#include <atomic>
#include <functional>
#include <memory>

// A QTextDocument for untrusted Markdown and HTML: nothing it refers to is loaded. loadResource
// (style sheets, background images) returns nothing and never reads a file, a qrc resource or the
// network; images go to a BlockedImageHandler instead of Qt's, which would read files itself.
// Links stay anchors. Reentrant like QTextDocument: built on a worker thread, then moved.
class RichTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit RichTextDocument(QObject *parent = nullptr);

    // Parses a Markdown or HTML text (Plain: as plain text) for textWidth, on the calling thread;
    // nothing is laid out yet (size(), drawing or hit testing lay out what they need).
    // stopped, when given, is asked between the parts of a long Markdown text: true abandons the
    // parse (the document is then incomplete).
    static std::unique_ptr<RichTextDocument> parse(const QByteArray &utf8,
                                                   TextRenderMode::Mode mode, const QFont &font,
                                                   qreal textWidth,
                                                   const std::function<bool()> &stopped = {});
    // parse(), then lays all of it out.
    static std::unique_ptr<RichTextDocument>
    build(const QByteArray &utf8, TextRenderMode::Mode mode, const QFont &font, qreal textWidth);

    // The beginning of a long Markdown text that renders as the whole text's beginning does: cut
    // at a blank line outside fenced code, after LeadingBytes, with the text's link reference
    // definitions. Empty when the text is not Markdown or short enough to parse whole at once.
    static constexpr qsizetype LeadingBytes = 32 * 1024;
    static QByteArray leadingPart(const QByteArray &utf8, TextRenderMode::Mode mode);

    // Where parse() cuts a Markdown text into parts parsed one at a time (after the first, which
    // begins at 0); empty when it parses the text whole.
    static QList<qsizetype> markdownPartStarts(const QByteArray &utf8);

    // The document's characters, one for each position (block ends as '\n'): what find searches.
    QString positionText() const;

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    // Markdown over twice this is parsed in parts cut before headings, each into a document of
    // its own, then joined: Qt 6.4's Markdown import slows with every table as the document
    // grows (docs/performance.md).
    static constexpr qsizetype PartBytes = 64 * 1024;
    void setMarkdownInParts(const QByteArray &utf8, const QList<qsizetype> &cuts,
                            const std::function<bool()> &stopped);
};

#endif // RICHTEXTDOCUMENT_H
