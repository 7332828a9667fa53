// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-publishbench [--runs N] [--width W] [--height H]: the cost of publishing one RGBA frame
// with ShmLoader::Publisher::publishImage() (attach, lock, seqlock write, wake, detach) against
// a memcpy of the same bytes into a buffer of the same size, each timed N times (median printed).
// The segment is made here as a viewer makes it (SegmentCreator) and held attached, so no reader
// competes for the cores; it is removed at the end.
#include "segmentcreator.h"
#include "segmentlayout.h"
#include "segmentreaper.h"
#include "shmkey.h"
#include "testkey.h"

#include <shmloader/publisher.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QSharedMemory>

#include <algorithm>
#include <cstring>
#include <vector>

static double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("samples"),
                                        QStringLiteral("N"), QStringLiteral("51"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("pixels"),
                                         QStringLiteral("W"), QStringLiteral("1920"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QStringLiteral("pixels"),
                                          QStringLiteral("H"), QStringLiteral("1080"));
    parser.addOptions({runsOption, widthOption, heightOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int width = parser.value(widthOption).toInt();
    const int height = parser.value(heightOption).toInt();

    QImage frame(width, height, QImage::Format_RGBA8888);
    frame.fill(QColor(12, 34, 56, 78));
    const qsizetype bytes = frame.sizeInBytes();
    const QString key = TestKey::unique(QStringLiteral("publishbench"));
    if (const QString problem = SegmentCreator::createIfAbsent(key, bytes + 4096);
        !problem.isEmpty()) {
        fprintf(stderr, "cannot make the segment: %s\n", qPrintable(problem));
        return 1;
    }
    QSharedMemory viewer; // stands for the viewer's attachment
    ShmKey::apply(viewer, key);
    if (!viewer.attach()) {
        fprintf(stderr, "cannot attach: %s\n", qPrintable(viewer.errorString()));
        SegmentReaper::removeIfUnused(key);
        return 1;
    }

    // The memcpy's destination as warm as the segment's pages are after the first publish.
    std::vector<char> destination(size_t(bytes) + 4096, 1);
    std::vector<double> copyMs, publishMs;
    ShmLoader::Publisher publisher(key);
    int failures = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        memcpy(destination.data() + SegmentLayout::HeaderSize, frame.constBits(), size_t(bytes));
        copyMs.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const ShmLoader::PublishResult r = publisher.publishImage(frame, QStringLiteral("bench"));
        publishMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!r) {
            fprintf(stderr, "publish failed: %s\n", qPrintable(r.errorString()));
            ++failures;
        }
    }
    viewer.detach();
    SegmentReaper::removeIfUnused(key);

    const double copy = median(copyMs), publish = median(publishMs);
    printf("frame %d x %d RGBA (%lld bytes), %d runs\n", width, height, qlonglong(bytes), runs);
    printf("memcpy median %.3f ms\npublishImage median %.3f ms\nratio %.2f\n", copy, publish,
           publish / copy);
    return failures ? 1 : 0;
}
