// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef IMAGEVIEW_H
#define IMAGEVIEW_H

#include "viewerbackend.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

// Shows a decoded image fitted to the item (scaled down, never up, keeping its aspect ratio),
// centred, on a checkerboard where it is transparent. The image comes decoded from the viewer's
// worker thread: painting only scales.
class ImageView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    // Shows the backend's image, whenever it has one.
    Q_PROPERTY(ViewerBackend *backend READ backend WRITE setBackend NOTIFY backendChanged)
    // The scale the image is shown at (1 = 100 %), for the status and the tests.
    Q_PROPERTY(double scale READ shownScale NOTIFY shownScaleChanged)
public:
    explicit ImageView(QQuickItem *parent = nullptr);

    ViewerBackend *backend() const { return m_backend; }
    void setBackend(ViewerBackend *backend);
    QImage image() const { return m_image; }
    void setImage(const QImage &image);
    double shownScale() const;

    void paint(QPainter *painter) override;

signals:
    void backendChanged();
    void shownScaleChanged();

private:
    QRectF target() const;

    QPointer<ViewerBackend> m_backend;
    QImage m_image;
};

#endif // IMAGEVIEW_H
