// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imageview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

ImageView::ImageView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    connect(this, &QQuickItem::widthChanged, this, &ImageView::viewChanged);
    connect(this, &QQuickItem::heightChanged, this, &ImageView::viewChanged);
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
    // A new image starts fitted and centred.
    m_zoom = 0;
    m_center = QPointF(image.width() / 2.0, image.height() / 2.0);
    emit viewChanged();
    update();
}

double ImageView::fitScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return 1.0;
    return qMin(1.0, qMin(width() / m_image.width(), height() / m_image.height()));
}

double ImageView::shownScale() const
{
    return fitted() ? fitScale() : m_zoom;
}

void ImageView::setZoom(double zoom)
{
    m_zoom = qBound(MinScale, zoom, MaxScale);
    emit viewChanged();
    update();
}

void ImageView::zoomIn()
{
    setZoom(shownScale() * ZoomStep);
}

void ImageView::zoomOut()
{
    setZoom(shownScale() / ZoomStep);
}

void ImageView::fit()
{
    m_zoom = 0;
    m_center = QPointF(m_image.width() / 2.0, m_image.height() / 2.0);
    emit viewChanged();
    update();
}

void ImageView::actualSize()
{
    setZoom(1.0);
}

void ImageView::pan(double dx, double dy)
{
    const double scale = shownScale();
    m_center += QPointF(dx / scale, dy / scale);
    m_center.setX(qBound(0.0, m_center.x(), double(m_image.width())));
    m_center.setY(qBound(0.0, m_center.y(), double(m_image.height())));
    update();
}

QRectF ImageView::target() const
{
    const double scale = shownScale();
    const QSizeF size(m_image.width() * scale, m_image.height() * scale);
    // Centred when it fits the item; otherwise the point m_center at the item's centre, but no
    // empty margin where there is more image to show.
    const auto place = [](double extent, double shown, double centre) {
        if (shown <= extent)
            return (extent - shown) / 2;
        return qBound(extent - shown, extent / 2 - centre, 0.0);
    };
    return QRectF(QPointF(place(width(), size.width(), m_center.x() * scale),
                          place(height(), size.height(), m_center.y() * scale)),
                  size);
}

void ImageView::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    const QRectF rect = target();
    if (m_image.hasAlphaChannel()) {
        // Transparency as image editors show it: white and light grey squares.
        constexpr int Square = 8;
        QPixmap tile(2 * Square, 2 * Square);
        tile.fill(QColor(0xff, 0xff, 0xff));
        QPainter tilePainter(&tile);
        tilePainter.fillRect(0, 0, Square, Square, QColor(0xcc, 0xcc, 0xcc));
        tilePainter.fillRect(Square, Square, Square, Square, QColor(0xcc, 0xcc, 0xcc));
        tilePainter.end();
        painter->drawTiledPixmap(rect.intersected(boundingRect()), tile,
                                 rect.intersected(boundingRect()).topLeft() - rect.topLeft());
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform, shownScale() < 1.0);
    painter->drawImage(rect, m_image);
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position();
    forceActiveFocus(Qt::MouseFocusReason);
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF delta = m_dragFrom - event->position();
    m_dragFrom = event->position();
    pan(delta.x(), delta.y());
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        // Without Ctrl the wheel pans, as in a scrolled view.
        pan(-event->angleDelta().x() / 2.0, -event->angleDelta().y() / 2.0);
        return;
    }
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
}
