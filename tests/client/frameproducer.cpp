// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-frame-producer KEY WIDTH HEIGHT FRAMES [--rate FPS] [--hold]: a program publishing a
// stream of RGBA frames (PatternFrames) with ShmLoader::Publisher, named "frame-K", for the frame
// tests (tests/client/tst_framestream) and the frames part of scripts/measure-performance.sh.
// As fast as it can, or FPS a second on a fixed schedule (a late frame goes at once, the next
// ones stay on the schedule). --hold: after frame 0, waits for a line on standard input.
// Prints "published N of FRAMES in S s" on stdout; exit 0 when every frame was published, 1
// otherwise (the first failure on stderr).

#include "patternframe.h"

#include <shmloader/publisher.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool hold = args.removeAll(QStringLiteral("--hold")) > 0;
    double rate = 0;
    if (const qsizetype at = args.indexOf(QStringLiteral("--rate"));
        at >= 0 && at + 1 < args.size()) {
        rate = args.at(at + 1).toDouble();
        args.remove(at, 2);
    }
    if (args.size() != 4) {
        fprintf(stderr,
                "usage: shm-frame-producer KEY WIDTH HEIGHT FRAMES [--rate FPS] [--hold]\n");
        return 64;
    }
    const int width = args.at(1).toInt(), height = args.at(2).toInt();
    const qint64 frames = args.at(3).toLongLong();
    PatternFrames pattern(width, height);
    ShmLoader::Publisher publisher(args.at(0));
    QElapsedTimer clock;
    clock.start();
    qint64 published = 0;
    for (qint64 k = 0; k < frames; ++k) {
        if (rate > 0) {
            const qint64 dueNs = qint64(double(k) * 1e9 / rate);
            const qint64 waitNs = dueNs - clock.nsecsElapsed();
            if (waitNs > 0)
                QThread::usleep(quint64(waitNs / 1000));
        }
        const ShmLoader::PublishResult result = publisher.publishImage(
                pattern.frame(quint64(k)), QStringLiteral("frame-%1").arg(k));
        if (!result) {
            fprintf(stderr, "frame %lld: %s\n", k, qPrintable(result.errorString()));
            break;
        }
        ++published;
        if (k == 0 && hold) {
            printf("held\n");
            fflush(stdout);
            char line[16];
            if (!fgets(line, sizeof line, stdin))
                break;
            clock.restart();
        }
    }
    printf("published %lld of %lld in %.3f s\n", published, frames,
           double(clock.nsecsElapsed()) / 1e9);
    return published == frames ? 0 : 1;
}
