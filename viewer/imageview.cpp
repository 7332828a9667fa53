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
    // Never below what fits, should that be smaller still than MinScale.
    m_zoom = qBound(qMin(MinScale, fitScale()), zoom, MaxScale);
    clampCenter();
    emit viewChanged();
    update();
}

void ImageView::clampCenter()
{
    // Only centres the view can show: half the item from each edge of the scaled image, and the
    // image's middle on an axis where it is smaller than the item.
    const double scale = shownScale();
    const auto clamp = [scale](double centre, double image, double item) {
        const double half = item / 2 / scale;
        return image * scale <= item ? image / 2 : qBound(half, centre, image - half);
    };
    m_center.setX(clamp(m_center.x(), m_image.width(), width()));
    m_center.setY(clamp(m_center.y(), m_image.height(), height()));
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
    clampCenter();
    update();
}

QRectF ImageView::target() const
{
    const double scale = shownScale();
    const QSizeF size(m_image.width() * scale, m_image.height() * scale);
    // Centred when it fits the item; otherwise the point m_center at the item's centre (which
    // clampCenter() keeps where no empty margin shows; the bounds here cover a resize since).
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
