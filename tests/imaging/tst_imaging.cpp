// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// imaging/: decoding within the allocation limit, and scaling an image down until it fits.

#include "imagedecoder.h"
#include "imagefitter.h"
#include "shmconstants.h"

#include <QRandomGenerator>
#include <QTest>

// Noise: it compresses badly, so a small segment needs a much smaller image.
static QImage noise(int width, int height, bool alpha)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate() | (alpha ? 0u : 0xff000000u);
    }
    return image;
}

class TestImaging : public QObject
{
    Q_OBJECT
private slots:
    void decodesWhatItIsToldAndReportsTheSize();
    void refusesAClaimBeyondTheAllocationLimit();
    void jpegWithDataAfterItsEndIsAccepted();
    void refusesBrokenData_data();
    void refusesBrokenData();
    void fitsKeepingTheAspectRatio_data();
    void fitsKeepingTheAspectRatio();
};

void TestImaging::decodesWhatItIsToldAndReportsTheSize()
{
    const QImage image = noise(64, 48, true);
    const ImageDecoder::Result result
            = ImageDecoder::decode(ImageFitter::encode(image, "png"), QStringLiteral("image/png"));
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QCOMPARE(result.image.size(), QSize(64, 48));
    QCOMPARE(result.image.convertToFormat(QImage::Format_ARGB32), image);
}

void TestImaging::refusesAClaimBeyondTheAllocationLimit()
{
    // 9,000 × 9,000 RGBA is 309 MiB decoded: more than ImageAllocationLimitMiB (256). A JPEG
    // header of that size with almost no data behind it.
    QImage wide(9000, 9000, QImage::Format_RGB32);
    wide.fill(Qt::white);
    const QByteArray jpeg = ImageFitter::encode(wide, "jpeg");
    const ImageDecoder::Result result = ImageDecoder::decode(jpeg, QStringLiteral("image/jpeg"));
    QVERIFY(result.image.isNull());
    QVERIFY2(result.problem.contains(QStringLiteral("9000 × 9000")), qPrintable(result.problem));
}

void TestImaging::jpegWithDataAfterItsEndIsAccepted()
{
    // As motion photos carry: more after the end-of-image marker.
    const QByteArray jpeg
            = ImageFitter::encode(noise(32, 24, false), "jpeg") + QByteArray(500, 'v');
    const ImageDecoder::Result result = ImageDecoder::decode(jpeg, QStringLiteral("image/jpeg"));
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QCOMPARE(result.image.size(), QSize(32, 24));
}

void TestImaging::refusesBrokenData_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("type");
    const QByteArray png = ImageFitter::encode(noise(32, 32, false), "png");
    const QByteArray jpeg = ImageFitter::encode(noise(32, 32, false), "jpeg");
    QTest::newRow("png cut short") << png.left(png.size() / 2) << QStringLiteral("image/png");
    QTest::newRow("jpeg cut short") << jpeg.left(jpeg.size() / 2) << QStringLiteral("image/jpeg");
    QTest::newRow("png declared jpeg") << png << QStringLiteral("image/jpeg");
    QTest::newRow("text declared gif")
            << QByteArray("no image here\n") << QStringLiteral("image/gif");
    QTest::newRow("nothing") << QByteArray() << QStringLiteral("image/png");
}

void TestImaging::refusesBrokenData()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, type);
    const ImageDecoder::Result result = ImageDecoder::decode(bytes, type);
    QVERIFY(result.image.isNull());
    QVERIFY(!result.problem.isEmpty());
}

void TestImaging::fitsKeepingTheAspectRatio_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<QString>("sourceType");
    QTest::addColumn<qsizetype>("room");
    QTest::addColumn<QString>("expectedType");
    QImage flat(500, 500, QImage::Format_RGB32);
    flat.fill(QColor(40, 90, 160));
    // A BMP of 750 KB is a PNG of a few: encoded again, it fits whole.
    QTest::newRow("whole, encoded again") << flat << QStringLiteral("image/bmp") << qsizetype(65279)
                                          << QStringLiteral("image/png");
    QTest::newRow("photo into 64 KiB") << noise(1600, 1067, false) << QStringLiteral("image/jpeg")
                                       << qsizetype(65279) << QStringLiteral("image/jpeg");
    QTest::newRow("transparent into 64 KiB") << noise(800, 300, true) << QStringLiteral("image/png")
                                             << qsizetype(65279) << QStringLiteral("image/png");
    QTest::newRow("lossless source stays lossless")
            << noise(500, 500, false) << QStringLiteral("image/bmp") << qsizetype(30000)
            << QStringLiteral("image/png");
}

void TestImaging::fitsKeepingTheAspectRatio()
{
    QFETCH(QImage, image);
    QFETCH(QString, sourceType);
    QFETCH(qsizetype, room);
    QFETCH(QString, expectedType);
    const ImageFitter::Result fitted = ImageFitter::fit(image, sourceType, room);
    QVERIFY(!fitted.bytes.isEmpty());
    QVERIFY2(fitted.bytes.size() <= room, qPrintable(QString::number(fitted.bytes.size())));
    QCOMPARE(fitted.contentType, expectedType);
    QVERIFY(fitted.image.width() <= image.width());
    if (fitted.image.width() == image.width())
        return; // whole: nothing wider to try
    // The aspect ratio, within a pixel.
    const double height = double(fitted.image.width()) * image.height() / image.width();
    QVERIFY2(qAbs(height - fitted.image.height()) <= 1.0,
             qPrintable(QStringLiteral("%1 × %2")
                                .arg(fitted.image.width())
                                .arg(fitted.image.height())));
    // The bytes are what they say: they decode to the image's size.
    const ImageDecoder::Result again = ImageDecoder::decode(fitted.bytes, fitted.contentType);
    QCOMPARE(again.image.size(), fitted.image.size());
    // As large as fits: a little wider would not.
    const QImage wider
            = image.scaledToWidth(fitted.image.width() * 11 / 10, Qt::SmoothTransformation);
    QVERIFY(ImageFitter::encode(wider, expectedType == QLatin1String("image/png") ? "png" : "jpeg")
                    .size()
            > room);
}

QTEST_MAIN(TestImaging)
#include "tst_imaging.moc"
