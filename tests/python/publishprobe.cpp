// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The C++ side of tests/python: publishes with ShmLoader::Publisher exactly what the Python
// module is asked to publish, so the tests can compare the two writes byte for byte.
//
//   shm-publish-probe KEY text NAME FILE            the file's bytes as a text named NAME
//   shm-publish-probe KEY image NAME FORMAT W H STRIDE FILE
//                                                   raw pixels (FORMAT gray8|rgb888|rgba8888)
//   shm-publish-probe KEY file PATH                 Publisher::publishFile(PATH)
//   shm-publish-probe KEY race NAME BYTES SECONDS   a text of BYTES times NAME's first letter,
//                                                   again and again for SECONDS
//   shm-publish-probe KEY --spawn COMMAND ...       the same with Publisher::setSpawnViewer(true)
// Prints the result's errorString() on stderr; exit 0 published, 2 no viewer, 3 refused or too
// large, 1 anything else (shm-loader's codes).

#include <shmloader/publisher.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QImage>

#include <cstdio>

using ShmLoader::PublishResult;

static int exitCode(const PublishResult &result)
{
    if (!result.errorString().isEmpty())
        fprintf(stderr, "%s\n", qPrintable(result.errorString()));
    switch (result.status()) {
    case PublishResult::Status::Published:
        return 0;
    case PublishResult::Status::ViewerNotRunning:
        return 2;
    case PublishResult::Status::Refused:
    case PublishResult::Status::TooLarge:
        return 3;
    default:
        return 1;
    }
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static int image(ShmLoader::Publisher &publisher, const QStringList &args)
{
    static const QHash<QString, QImage::Format> formats
            = {{QStringLiteral("gray8"), QImage::Format_Grayscale8},
               {QStringLiteral("rgb888"), QImage::Format_RGB888},
               {QStringLiteral("rgba8888"), QImage::Format_RGBA8888}};
    const QByteArray pixels = readAll(args.at(6));
    // Over the caller's bytes with the caller's stride: the same input the Python module gets.
    const QImage frame(reinterpret_cast<const uchar *>(pixels.constData()), args.at(3).toInt(),
                       args.at(4).toInt(), args.at(5).toInt(), formats.value(args.at(2)));
    return exitCode(publisher.publishImage(frame, args.at(1)));
}

static int race(ShmLoader::Publisher &publisher, const QStringList &args)
{
    const QByteArray text(args.at(2).toInt(), args.at(1).at(0).toLatin1());
    const QDeadlineTimer deadline(args.at(3).toInt() * 1000);
    int written = 0;
    while (!deadline.hasExpired()) {
        const PublishResult result = publisher.publishText(text, args.at(1));
        if (!result)
            return exitCode(result);
        ++written;
    }
    printf("%d\n", written);
    return 0;
}

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const bool spawn = !args.isEmpty() && args.first() == QLatin1StringView("--spawn");
    if (spawn)
        args.removeFirst();
    if (args.isEmpty()) {
        fprintf(stderr, "usage: shm-publish-probe KEY [--spawn] text|image|file|race ...\n");
        return 1;
    }
    ShmLoader::Publisher publisher(QString::fromLocal8Bit(argv[1]));
    publisher.setSpawnViewer(spawn);
    const QString command = args.at(0);
    if (command == QLatin1StringView("text") && args.size() == 3)
        return exitCode(publisher.publishText(readAll(args.at(2)), args.at(1)));
    if (command == QLatin1StringView("image") && args.size() == 7)
        return image(publisher, args);
    if (command == QLatin1StringView("file") && args.size() == 2)
        return exitCode(publisher.publishFile(args.at(1)));
    if (command == QLatin1StringView("race") && args.size() == 4)
        return race(publisher, args);
    fprintf(stderr, "shm-publish-probe: bad arguments\n");
    return 1;
}
