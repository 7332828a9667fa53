// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// publish-example [KEY]: puts a text and a small picture (raw pixels) in front of the shm-viewer
// running on KEY (the default key without one). Exit 0 when both arrived, 2 when no viewer runs,
// 1 otherwise.
#include <shmloader/publisher.h>

#include <QDebug>
#include <QImage>

static ShmLoader::Publisher publisherFor(int argc, char **argv)
{
    if (argc > 1)
        return ShmLoader::Publisher(QString::fromLocal8Bit(argv[1]));
    return ShmLoader::Publisher();
}

// 64 × 48 pixels: red rising left to right, green top to bottom, blue 128, opaque.
static QImage gradient()
{
    QImage image(64, 48, QImage::Format_RGBA8888);
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            row[4 * x] = uchar(x * 4);
            row[4 * x + 1] = uchar(y * 5);
            row[4 * x + 2] = 128;
            row[4 * x + 3] = 255;
        }
    }
    return image;
}

int main(int argc, char **argv)
{
    ShmLoader::Publisher publisher = publisherFor(argc, argv);
    const QImage image = gradient();

    // [readme: publish]
    auto r = publisher.publishText(QByteArrayLiteral("hello"), QStringLiteral("greeting"));
    if (!r)
        qWarning() << r.errorString();
    r = publisher.publishImage(image, QStringLiteral("frame")); // raw pixels, no encoding
    if (!r)
        qWarning() << r.errorString();
    // [/readme: publish]

    if (r.status() == ShmLoader::PublishResult::Status::ViewerNotRunning)
        return 2;
    return r ? 0 : 1;
}
