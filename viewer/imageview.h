// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef IMAGEVIEW_H
#define IMAGEVIEW_H

#include "viewerbackend.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

// Shows the backend's decoded image: fitted to the item at first (scaled down, never up, keeping
// its aspect ratio), centred, on a checkerboard where it is transparent; zoomed and panned on
// demand. The image comes decoded from the viewer's worker thread: painting only scales.
class ImageView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ViewerBackend *backend READ backend WRITE setBackend NOTIFY backendChanged)
    // The scale the image is shown at (1 = 100 %).
    Q_PROPERTY(double scale READ shownScale NOTIFY viewChanged)
    // Whether the scale follows the item's size (the first view of every new image).
    Q_PROPERTY(bool fitted READ fitted NOTIFY viewChanged)
public:
    static constexpr double MinScale = 0.02;
    static constexpr double MaxScale = 32.0;
    static constexpr double ZoomStep = 1.25;

    explicit ImageView(QQuickItem *parent = nullptr);

    ViewerBackend *backend() const { return m_backend; }
    void setBackend(ViewerBackend *backend);
    QImage image() const { return m_image; }
    void setImage(const QImage &image);
    double shownScale() const;
    bool fitted() const { return m_zoom <= 0; }

    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    Q_INVOKABLE void fit();
    Q_INVOKABLE void actualSize();
    // Moves the view by dx, dy pixels of the screen (positive: the image moves left and up).
    Q_INVOKABLE void pan(double dx, double dy);

    void paint(QPainter *painter) override;

signals:
    void backendChanged();
    void viewChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    double fitScale() const;
    void setZoom(double zoom);
    void clampCenter();
    QRectF target() const;

    QPointer<ViewerBackend> m_backend;
    QImage m_image;
    double m_zoom = 0; // 0: fit
    QPointF m_center; // the point of the image at the centre of the item, in image pixels
    QPointF m_dragFrom;
};

#endif // IMAGEVIEW_H
