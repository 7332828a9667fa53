// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef BLOCKEDIMAGEHANDLER_H
#define BLOCKEDIMAGEHANDLER_H

#include <QObject>
#include <QTextObjectInterface>

// Stands in for Qt's image handler in a rich text layout: Qt's reads a local file or a qrc
// resource named by an <img> itself when the document gives it nothing. This one never loads:
// it draws an empty frame of the size the text asks for (bounded), or a small one.
class BlockedImageHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int DefaultSide = 16;
    static constexpr int MaxSide = 1024;

    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;
};

#endif // BLOCKEDIMAGEHANDLER_H
