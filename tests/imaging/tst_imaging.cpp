// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// imaging/: decoding within the allocation limit, and scaling an image down until it fits.

#include "imagedecoder.h"
#include "imagefitter.h"
#include "segmentlayout.h"
#include "shmconstants.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

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

// Colour changing smoothly in both directions: PNG compresses it well, unevenly with the size.
static QImage soft(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(255 * x / width, 255 * y / height,
                           int(127.5 + 127 * std::sin(3.14159 * (x + y) / width)));
    }
    return image;
}

// Blotches at two scales and grain, as a photo has: a JPEG at quality 90 of a few bytes a pixel.
static QImage photo(int width, int height)
{
    QRandomGenerator random(11);
    QImage coarse(16, 12, QImage::Format_RGB32);
    QImage fine(width / 12, height / 12, QImage::Format_RGB32);
    for (QImage *grid : {&coarse, &fine})
        for (int y = 0; y < grid->height(); ++y)
            for (int x = 0; x < grid->width(); ++x)
                grid->setPixel(x, y, random.generate() | 0xff000000u);
    QImage image = coarse.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&image);
    painter.setOpacity(0.35);
    painter.drawImage(0, 0,
                      fine.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    painter.setOpacity(0.08);
    painter.drawImage(0, 0, noise(width, height, false));
    return image;
}

// The largest longer side whose encode fits, to the pixel: bisection with full encodes, the image
// prepared and scaled as ImageFitter does (the encoded size taken to grow with the side).
static int largestSideThatFits(QImage image, const char *format, qsizetype room)
{
    image.convertTo(qstrcmp(format, "png") == 0 ? QImage::Format_ARGB32_Premultiplied
                                                : QImage::Format_RGB32);
    const int longer = qMax(image.width(), image.height());
    const bool wide = image.width() >= image.height();
    const auto fits = [&](int side) {
        QImage scaled = side == longer ? image
                : wide                 ? image.scaledToWidth(side, Qt::SmoothTransformation)
                                       : image.scaledToHeight(side, Qt::SmoothTransformation);
        if (scaled.isNull()) // the shorter side rounded to nothing: one pixel of it
            scaled = image.scaled(wide ? QSize(side, 1) : QSize(1, side), Qt::IgnoreAspectRatio,
                                  Qt::SmoothTransformation);
        const QByteArray bytes = ImageFitter::encode(scaled, format);
        return !bytes.isEmpty() && bytes.size() <= room;
    };
    int low = 0; // fits, or 0
    int high = longer + 1; // does not fit
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        (fits(middle) ? low : high) = middle;
    }
    return low;
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
    void fitsWithinTwoPercentOfTheLargest_data();
    void fitsWithinTwoPercentOfTheLargest();
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

void TestImaging::fitsWithinTwoPercentOfTheLargest_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<QString>("sourceType");
    QTest::addColumn<qsizetype>("room");
    const qsizetype small = SegmentLayout::textCapacity(64 * 1024);
    const qsizetype large = SegmentLayout::textCapacity(1024 * 1024);
    QImage mostlyFlat(2400, 1600, QImage::Format_RGB32);
    mostlyFlat.fill(QColor(200, 210, 190));
    QPainter(&mostlyFlat).drawImage(100, 100, noise(240, 160, false));
    QTest::newRow("smooth into 64 KiB") << soft(1400, 1400) << QStringLiteral("image/png") << small;
    QTest::newRow("photo into 64 KiB")
            << photo(1800, 1200) << QStringLiteral("image/jpeg") << small;
    QTest::newRow("photo into 1 MiB") << photo(3000, 2000) << QStringLiteral("image/jpeg") << large;
    QTest::newRow("noise into 1 MiB")
            << noise(900, 700, false) << QStringLiteral("image/png") << large;
    QTest::newRow("mostly flat into 64 KiB") << mostlyFlat << QStringLiteral("image/png") << small;
    QTest::newRow("tiny into 2 KB")
            << noise(60, 40, true) << QStringLiteral("image/png") << qsizetype(2000);
    QTest::newRow("wide strip into 64 KiB")
            << noise(6000, 12, false) << QStringLiteral("image/png") << small;
    QTest::newRow("a line into 64 KiB")
            << noise(60000, 1, false) << QStringLiteral("image/png") << small;
    QTest::newRow("tall strip into 64 KiB")
            << noise(20, 4000, false) << QStringLiteral("image/png") << small;
}

// "As large as fits" (imagefitter.h): the longer side at least 98 % of the largest that fits,
// found by searching to the pixel; with a bounded number of candidate encodes.
void TestImaging::fitsWithinTwoPercentOfTheLargest()
{
    QFETCH(QImage, image);
    QFETCH(QString, sourceType);
    QFETCH(qsizetype, room);
    const ImageFitter::Result fitted = ImageFitter::fit(image, sourceType, room);
    QVERIFY(!fitted.bytes.isEmpty());
    QVERIFY2(fitted.bytes.size() <= room, qPrintable(QString::number(fitted.bytes.size())));
    const ImageDecoder::Result again = ImageDecoder::decode(fitted.bytes, fitted.contentType);
    QCOMPARE(again.image.size(), fitted.image.size());
    const bool wide = image.width() >= image.height();
    const int side = wide ? fitted.image.width() : fitted.image.height();
    const int other = wide ? fitted.image.height() : fitted.image.width();
    const double expectedOther = wide ? double(side) * image.height() / image.width()
                                      : double(side) * image.width() / image.height();
    QVERIFY2(qAbs(other - expectedOther) <= 1.0 || (other == 1 && expectedOther < 1),
             qPrintable(QStringLiteral("%1 × %2")
                                .arg(fitted.image.width())
                                .arg(fitted.image.height())));
    const int largest = largestSideThatFits(
            image, fitted.contentType == QLatin1String("image/png") ? "png" : "jpeg", room);
    QVERIFY2(side >= 0.98 * largest,
             qPrintable(QStringLiteral("longer side %1, the largest that fits %2")
                                .arg(side)
                                .arg(largest)));
    QVERIFY2(fitted.encodes <= ImageFitter::MaxEncodes,
             qPrintable(QString::number(fitted.encodes)));
}

QTEST_MAIN(TestImaging)
#include "tst_imaging.moc"
