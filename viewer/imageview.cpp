// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imageview.h"

#include "viewerbackend.h"

#include <QPainter>

ImageView::ImageView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    connect(this, &QQuickItem::widthChanged, this, &ImageView::shownScaleChanged);
    connect(this, &QQuickItem::heightChanged, this, &ImageView::shownScaleChanged);
}

void ImageView::setBackend(ViewerBackend *backend)
{
    if (m_backend == backend)
        return;
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    if (backend) {
        connect(backend, &ViewerBackend::contentChanged, this,
                [this] { setImage(m_backend->image()); });
        setImage(backend->image());
    }
    emit backendChanged();
}

void ImageView::setImage(const QImage &image)
{
    if (image.cacheKey() == m_image.cacheKey())
        return;
    m_image = image;
    emit shownScaleChanged();
    update();
}

double ImageView::shownScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return 1.0;
    return qMin(1.0, qMin(width() / m_image.width(), height() / m_image.height()));
}

QRectF ImageView::target() const
{
    const double scale = shownScale();
    const QSizeF size(m_image.width() * scale, m_image.height() * scale);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void ImageView::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    const QRectF rect = target();
    if (m_image.hasAlphaChannel()) {
        // Transparency as image editors show it: light and lighter grey squares.
        constexpr int Square = 8;
        QPixmap tile(2 * Square, 2 * Square);
        tile.fill(QColor(0xff, 0xff, 0xff));
        QPainter tilePainter(&tile);
        tilePainter.fillRect(0, 0, Square, Square, QColor(0xcc, 0xcc, 0xcc));
        tilePainter.fillRect(Square, Square, Square, Square, QColor(0xcc, 0xcc, 0xcc));
        tilePainter.end();
        painter->drawTiledPixmap(rect, tile, rect.topLeft());
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(rect, m_image);
}
