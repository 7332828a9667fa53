// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-fitbench [--runs N] [--side S] [--image NAME] [--no-reference]: the time ImageFitter::fit()
// takes to scale an image down into the room of a 64 KiB and of a 1 MiB segment (issue 17: at
// most 1.5 s, within 2 % of the largest size that fits). The images are drawn here, encoded as
// files would be and decoded by ImageDecoder, as shm-loader --load does:
//   smooth  S × S, colour changing along x only: a PNG of a few hundred bytes a row (6000: 118 KiB)
//   soft    S × S, colour changing smoothly in both directions (a PNG of about 1.3 MB at 6000)
//   photo   S × 2S/3, blotches at two scales and grain, as a JPEG at quality 90
// For each image and room: the median wall-clock and CPU time of N fits, the size found and its
// encodes, and (unless --no-reference) the largest longer side that fits, searched to the pixel
// with full encodes, and the found side as a percentage of it. Exit status 1 when a result does
// not fit or is under 98 % of that side. A file that fits the room whole is loaded as it is, so
// that pair is reported and not timed.
#include "imagedecoder.h"
#include "imagefitter.h"
#include "segmentlayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <ctime>
#include <vector>

static double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

static double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static QImage smooth(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < side; ++x)
            line[x] = qRgb(255 * x / side, 128 + 100 * x / side, 255 - 255 * x / side);
    }
    return image;
}

static QImage soft(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < side; ++x)
            line[x] = qRgb(255 * x / side, 255 * y / side,
                           int(127.5 + 127 * std::sin(3.14159 * (x + y) / side)));
    }
    return image;
}

// Noise at a coarse grid, scaled up smoothly: blotches of that size.
static QImage blotches(QRandomGenerator &random, int columns, int rows, QSize size)
{
    QImage grid(columns, rows, QImage::Format_RGB32);
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x)
            grid.setPixel(x, y, random.generate() | 0xff000000u);
    return grid.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

static QImage photo(int side)
{
    const QSize size(side, qMax(1, side * 2 / 3));
    QRandomGenerator random(17);
    QImage image = blotches(random, 24, 16, size);
    {
        QPainter painter(&image);
        painter.setOpacity(0.35);
        painter.drawImage(0, 0, blotches(random, qMax(1, side / 12), qMax(1, side / 18), size));
    }
    for (int y = 0; y < image.height(); ++y) { // sensor grain
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int grain = int(random.bounded(13)) - 6;
            const QRgb p = line[x];
            line[x] = qRgb(qBound(0, qRed(p) + grain, 255), qBound(0, qGreen(p) + grain, 255),
                           qBound(0, qBlue(p) + grain, 255));
        }
    }
    return image;
}

// The largest longer side whose encode fits, to the pixel, given that `found` fits: up from it
// until one does not fit, then bisection (sizes taken to grow with the side, as a search must).
static int referenceSide(const QImage &image, const char *format, qsizetype room, int found)
{
    const int longer = qMax(image.width(), image.height());
    const auto fits = [&](int side) {
        const QImage scaled = side == longer ? image : ImageFitter::scaledToLongerSide(image, side);
        const QByteArray bytes = ImageFitter::encode(scaled, format);
        return !bytes.isEmpty() && bytes.size() <= room;
    };
    int low = found;
    int high = qMin(longer + 1, int(found / 0.97) + 2);
    while (high <= longer && fits(high)) {
        low = high;
        high = qMin(longer + 1, int(high / 0.9) + 2);
    }
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        (fits(middle) ? low : high) = middle;
    }
    return low;
}

struct Case
{
    QString name;
    QByteArray file;
    QString type;
};

// One image into one room; false when the result does not fit or is too small.
static bool measure(const Case &c, qsizetype room, int runs, bool reference)
{
    const QImage decoded = ImageDecoder::decode(c.file, c.type).image;
    const QString source = QStringLiteral("%1x%2").arg(decoded.width()).arg(decoded.height());
    printf("%-7s %-10s %9lld %8lld", qPrintable(c.name), qPrintable(source),
           qlonglong(c.file.size()), qlonglong(room));
    if (c.file.size() <= room) {
        printf("  the file fits whole: loaded as it is\n");
        return true;
    }
    std::vector<double> wall, cpu;
    ImageFitter::Result result;
    for (int run = 0; run < runs; ++run) {
        QImage copy = decoded; // fit() converts its own copy, as the loader hands it over
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        result = ImageFitter::fit(std::move(copy), c.type, room);
        wall.push_back(timer.nsecsElapsed() / 1e6);
        cpu.push_back(cpuMs() - cpuStart);
    }
    const QSize size = result.image.size();
    printf(" %9.0f %9.0f %5dx%-5d %8lld %7d", median(wall), median(cpu), size.width(),
           size.height(), qlonglong(result.bytes.size()), result.encodes);
    bool good = !result.bytes.isEmpty() && result.bytes.size() <= room;
    if (reference && good) {
        QImage converted = decoded.convertToFormat(result.contentType == QLatin1String("image/png")
                                                           ? QImage::Format_ARGB32_Premultiplied
                                                           : QImage::Format_RGB32);
        const int found = qMax(size.width(), size.height());
        const int best = referenceSide(
                converted, result.contentType == QLatin1String("image/png") ? "png" : "jpeg", room,
                found);
        printf(" %9d %6.1f%%", best, 100.0 * found / best);
        good = found >= 0.98 * best;
    }
    printf("%s\n", good ? "" : "  FAILED");
    return good;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("fits timed"),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption sideOption(QStringLiteral("side"), QStringLiteral("image side"),
                                        QStringLiteral("S"), QStringLiteral("6000"));
    const QCommandLineOption noReference(QStringLiteral("no-reference"),
                                         QStringLiteral("skip the search to the pixel"));
    const QCommandLineOption imageOption(QStringLiteral("image"),
                                         QStringLiteral("only this one (smooth, soft, photo)"),
                                         QStringLiteral("NAME"));
    parser.addOptions({runsOption, sideOption, noReference, imageOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int side = qBound(16, parser.value(sideOption).toInt(), 8192);

    const QString only = parser.value(imageOption);
    const auto wanted
            = [&](const char *name) { return only.isEmpty() || only == QLatin1String(name); };
    QList<Case> cases;
    if (wanted("smooth"))
        cases.append({QStringLiteral("smooth"), ImageFitter::encode(smooth(side), "png"),
                      QStringLiteral("image/png")});
    if (wanted("soft"))
        cases.append({QStringLiteral("soft"), ImageFitter::encode(soft(side), "png"),
                      QStringLiteral("image/png")});
    if (wanted("photo"))
        cases.append({QStringLiteral("photo"), ImageFitter::encode(photo(side), "jpeg"),
                      QStringLiteral("image/jpeg")});
    printf("%d runs each, times in ms (medians)\n", runs);
    printf("%-7s %-10s %9s %8s %9s %9s %11s %8s %7s %9s %7s\n", "image", "source", "file", "room",
           "wall", "cpu", "result", "bytes", "encodes", "reference", "found");
    bool good = true;
    for (const Case &c : cases)
        for (const qsizetype segment : {qsizetype(64 * 1024), qsizetype(1024 * 1024)})
            good &= measure(c, SegmentLayout::textCapacity(segment), runs,
                            !parser.isSet(noReference));
    return good ? 0 : 1;
}
