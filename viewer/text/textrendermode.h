// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TEXTRENDERMODE_H
#define TEXTRENDERMODE_H

#include <QObject>
#include <QtQml/qqmlregistration.h>

// How a text is shown, and which mode a text's source asks for.
class TextRenderMode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(double richLimitBytes READ richLimitBytes CONSTANT)
public:
    enum Mode {
        Plain, // rows of text, virtualised: any size
        Markdown, // rendered as rich text, up to RichLimitBytes
        Html, // rendered as rich text, up to RichLimitBytes; nothing it refers to is loaded
    };
    Q_ENUM(Mode)

    // Parsing and laying out grows with the text and runs off the GUI thread; beyond this size a
    // text stays plain rows (docs/performance.md has the times).
    static constexpr qint64 RichLimitBytes = 2 * 1024 * 1024;
    double richLimitBytes() const { return double(RichLimitBytes); }

    using QObject::QObject;

    // The content type decides ("text/markdown; charset=utf-8", "text/html"); for text/plain or
    // none, the name's extension (.md, .markdown, .html, .htm); Plain otherwise.
    Q_INVOKABLE static Mode forSource(const QString &sourceName, const QString &contentType);
    // Why a text of so many bytes stays plain when a rich mode is chosen; empty when it need not.
    Q_INVOKABLE static QString plainNote(double bytes);
};

#endif // TEXTRENDERMODE_H
