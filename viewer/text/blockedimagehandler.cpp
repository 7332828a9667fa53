// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "blockedimagehandler.h"

#include <QPainter>
#include <QTextImageFormat>

QSizeF BlockedImageHandler::intrinsicSize(QTextDocument *document, int positionInDocument,
                                          const QTextFormat &format)
{
    Q_UNUSED(document);
    Q_UNUSED(positionInDocument);
    const QTextImageFormat image = format.toImageFormat();
    const auto side = [](qreal asked) {
        return asked > 0 ? qMin(asked, qreal(MaxSide)) : qreal(DefaultSide);
    };
    qreal width = side(image.width());
    qreal height = side(image.height());
    // One side given: a square, as nothing tells the aspect ratio.
    if (image.width() > 0 && image.height() <= 0)
        height = width;
    else if (image.height() > 0 && image.width() <= 0)
        width = height;
    return QSizeF(width, height);
}

void BlockedImageHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                     int positionInDocument, const QTextFormat &format)
{
    Q_UNUSED(document);
    Q_UNUSED(positionInDocument);
    Q_UNUSED(format);
    painter->save();
    QColor color = painter->pen().color();
    color.setAlphaF(0.4f);
    painter->setPen(QPen(color, 1, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}
