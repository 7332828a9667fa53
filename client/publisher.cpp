// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include <shmloader/publisher.h>

#include "assetcatalog.h"
#include "blockingcall.h"
#include "loadreport.h"
#include "loadtask.h"
#include "segmentlayout.h"
#include "segmentstatus.h"
#include "segmentwriter.h"
#include "shmconstants.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <functional>

#include <dlfcn.h>
#include <signal.h>

namespace ShmLoader {

class PublisherPrivate
{
public:
    explicit PublisherPrivate(const QString &key)
        : key(key)
        , writer(writerFor(key))
    { }

    QString key;
    std::chrono::milliseconds lockTimeout{-1};
    bool spawn = false;
    std::chrono::milliseconds spawnTimeout{10000};
    // Keeps the segment attached between publishes (SegmentWriter::setKeepAttached()).
    SegmentWriter writer;

    static SegmentWriter writerFor(const QString &key)
    {
        SegmentWriter writer(key);
        writer.setKeepAttached(true);
        return writer;
    }
    // Writes; when it finds no viewer and spawn is on, starts one with a segment of at least
    // spawnSize bytes (0: its default), waits for it, and writes once more.
    PublishResult run(const std::function<SegmentWriter::Result()> &write, qint64 spawnSize = 0);
    PublishResult runOnce(std::function<SegmentWriter::Result()> write);
    static PublishResult fromWriter(const SegmentWriter::Result &written);
    QString startViewer(qint64 segmentSize) const; // why not, or empty
};

// shm-viewer next to this library: in its directory (a build tree has lib/ and bin/ side by
// side, so also ../bin), in the installation's bin/, then on PATH. Empty when there is none.
static QString viewerProgram()
{
    const QString name = QStringLiteral("shm-viewer");
    Dl_info info = {};
    QStringList candidates;
    if (::dladdr(reinterpret_cast<const void *>(&viewerProgram), &info) && info.dli_fname) {
        const QString libraryDir = QFileInfo(QFile::decodeName(info.dli_fname)).absolutePath();
        candidates << libraryDir + u'/' + name
                   << QDir::cleanPath(libraryDir + QStringLiteral("/" SHM_BIN_FROM_LIB "/") + name)
                   << QDir::cleanPath(libraryDir + QStringLiteral("/../bin/") + name);
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo file(candidate);
        if (file.isFile() && file.isExecutable())
            return file.absoluteFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

QString PublisherPrivate::startViewer(qint64 segmentSize) const
{
    const QString program = viewerProgram();
    if (program.isEmpty())
        return QCoreApplication::translate("ShmLoader::Publisher",
                                           "No viewer runs and none could be started: shm-viewer "
                                           "is neither next to the library nor on PATH");
    QStringList arguments{QStringLiteral("--key"), key};
    if (segmentSize > ShmConstants::DefaultSegmentSize)
        arguments << QStringLiteral("--size") << QString::number(segmentSize);
    const QStringList extra
            = qEnvironmentVariable("SHM_SPAWN_ARGUMENTS").split(u' ', Qt::SkipEmptyParts);
    arguments << extra;
    QProcess viewer;
    viewer.setProgram(program);
    viewer.setArguments(arguments);
    // The viewer outlives the publish: it must not hold the caller's pipes open (a caller run as
    // `program | cat` or under capture would wait for it). Only a --print viewer (tests) writes
    // where the caller does.
    viewer.setStandardInputFile(QProcess::nullDevice());
    if (!extra.contains(QStringLiteral("--print"))) {
        viewer.setStandardOutputFile(QProcess::nullDevice());
        viewer.setStandardErrorFile(QProcess::nullDevice());
    }
    qint64 pid = 0;
    //: %1 is a program's path
    if (!viewer.startDetached(&pid))
        return QCoreApplication::translate("ShmLoader::Publisher", "Cannot start %1").arg(program);
    // Its segment, with the viewer attached: until then a publish would find nobody to show it.
    const QDeadlineTimer deadline(spawnTimeout.count());
    for (;;) {
        const SegmentStatus status = SegmentStatus::inspect(key);
        if (status.segment.exists && status.segment.attachments > 0)
            return {};
        //: %1 is a program's path
        if (::kill(pid_t(pid), 0) != 0)
            return QCoreApplication::translate("ShmLoader::Publisher",
                                               "Started %1, but it ended before making its segment")
                    .arg(program);
        //: %1 is a program's path, %2 a number of milliseconds
        if (deadline.hasExpired())
            return QCoreApplication::translate("ShmLoader::Publisher",
                                               "Started %1, but it made no segment within %2 ms")
                    .arg(program)
                    .arg(spawnTimeout.count());
        QThread::msleep(20);
    }
}

PublishResult PublisherPrivate::run(const std::function<SegmentWriter::Result()> &write,
                                    qint64 spawnSize)
{
    PublishResult result = runOnce(write);
    if (!spawn || result.status() != PublishResult::Status::ViewerNotRunning)
        return result;
    if (const QString problem = startViewer(spawnSize); !problem.isEmpty())
        return PublishResult(PublishResult::Status::Failed, problem);
    return runOnce(write);
}

// The writer's result in the library's terms, worded as shm-loader words it.
PublishResult PublisherPrivate::fromWriter(const SegmentWriter::Result &written)
{
    using Status = PublishResult::Status;
    Status status = Status::Failed;
    switch (written.status) {
    case SegmentWriter::Status::Loaded:
        status = Status::Published;
        break;
    case SegmentWriter::Status::ViewerNotRunning:
        status = Status::ViewerNotRunning;
        break;
    case SegmentWriter::Status::FileRefused:
        status = Status::Refused;
        break;
    case SegmentWriter::Status::TooLarge:
        status = Status::TooLarge;
        break;
    case SegmentWriter::Status::Failed:
        break;
    }
    PublishResult result(status,
                         status == Status::Published ? QString() : LoadReport::message(written));
    if (status == Status::Published)
        result.setWritten(written.generation, written.textBytes, written.truncated,
                          written.segmentSize);
    return result;
}

// Writes on this thread, or, with a lock timeout, on a thread of its own that is abandoned
// (never joined) when the lock is not free in time: QSharedMemory::lock() has no timeout.
PublishResult PublisherPrivate::runOnce(std::function<SegmentWriter::Result()> write)
{
    if (lockTimeout.count() < 0)
        return fromWriter(write());
    auto written = std::make_shared<SegmentWriter::Result>();
    BlockingCall call([write = std::move(write), written] { *written = write(); });
    if (!call.wait(QDeadlineTimer(lockTimeout.count()))) {
        // The abandoned call keeps its writer and attachment; the next publish gets its own.
        writer = writerFor(key);
        //: %1 is a number of milliseconds
        return PublishResult(PublishResult::Status::TimedOut,
                             QCoreApplication::translate(
                                     "ShmLoader::Publisher",
                                     "The segment's lock was not free within %1 ms; the write goes "
                                     "in when it is freed")
                                     .arg(lockTimeout.count()));
    }
    return fromWriter(*written);
}

Publisher::Publisher()
    : Publisher(defaultKey())
{ }

Publisher::Publisher(const QString &key)
    : d(std::make_unique<PublisherPrivate>(key))
{ }

Publisher::~Publisher() = default;
Publisher::Publisher(Publisher &&other) noexcept = default;
Publisher &Publisher::operator=(Publisher &&other) noexcept = default;

QString Publisher::key() const
{
    return d->key;
}

QString Publisher::defaultKey()
{
    return QLatin1StringView(ShmConstants::DefaultKey);
}

void Publisher::setLockTimeout(std::chrono::milliseconds timeout)
{
    d->lockTimeout = timeout;
}

std::chrono::milliseconds Publisher::lockTimeout() const
{
    return d->lockTimeout;
}

void Publisher::setSpawnViewer(bool spawn)
{
    d->spawn = spawn;
}

bool Publisher::spawnViewer() const
{
    return d->spawn;
}

void Publisher::setSpawnTimeout(std::chrono::milliseconds timeout)
{
    d->spawnTimeout = timeout;
}

std::chrono::milliseconds Publisher::spawnTimeout() const
{
    return d->spawnTimeout;
}

bool Publisher::isViewerRunning() const
{
    return SegmentStatus::inspect(d->key).segment.exists;
}

bool Publisher::waitForViewer(std::chrono::milliseconds timeout) const
{
    const QDeadlineTimer deadline(timeout.count());
    while (!isViewerRunning()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

PublishResult Publisher::publishText(const QByteArray &text, const QString &name)
{
    const QString sourceName = name.isEmpty() ? QStringLiteral("text") : name;
    return d->run([writer = d->writer, text, sourceName] {
        return writer.writeText(text, sourceName, quint64(text.size()));
    });
}

// The pixel format a QImage goes out in, converting when it has none of the three.
static QImage rawPixels(const QImage &image, SegmentLayout::PixelFormat *format)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        *format = SegmentLayout::PixelFormat::Gray8;
        return image;
    case QImage::Format_RGB888:
        *format = SegmentLayout::PixelFormat::Rgb888;
        return image;
    case QImage::Format_RGBA8888:
        *format = SegmentLayout::PixelFormat::Rgba8888;
        return image;
    default:
        break;
    }
    if (image.hasAlphaChannel()) {
        *format = SegmentLayout::PixelFormat::Rgba8888;
        return image.convertToFormat(QImage::Format_RGBA8888);
    }
    *format = SegmentLayout::PixelFormat::Rgb888;
    return image.convertToFormat(QImage::Format_RGB888);
}

// [walkthrough: publish-image]
PublishResult Publisher::publishImage(const QImage &image, const QString &name)
{
    if (image.isNull())
        return PublishResult(
                PublishResult::Status::Refused,
                QCoreApplication::translate("ShmLoader::Publisher", "Cannot publish a null image"));
    SegmentLayout::PixelFormat format;
    const QImage pixels = rawPixels(image, &format);
    const QString sourceName = name.isEmpty() ? QStringLiteral("image") : name;
    const qint64 needed = pixels.sizeInBytes() + SegmentLayout::MinimumSegmentSize;
    PublishResult result = d->run(
            [writer = d->writer, pixels, format, sourceName] {
                SegmentWriter::RawFrame frame;
                frame.pixelFormat = quint32(format);
                frame.width = quint32(pixels.width());
                frame.height = quint32(pixels.height());
                frame.stride = quint32(pixels.bytesPerLine());
                // The QImage's own bytes, copied once, into the segment.
                const QByteArrayView bytes(reinterpret_cast<const char *>(pixels.constBits()),
                                           pixels.sizeInBytes());
                return writer.writeRawFrame(bytes, sourceName, frame);
            },
            needed); // a viewer started for it (setSpawnViewer()) makes room for the frame
    if (result.status() == PublishResult::Status::TooLarge) {
        //: %1 × %2 is the frame's size in pixels, %3 and %4 numbers of bytes
        result = PublishResult(PublishResult::Status::TooLarge,
                               QCoreApplication::translate(
                                       "ShmLoader::Publisher",
                                       "The frame of %1 × %2 pixels (%3 bytes) does not fit the "
                                       "viewer's segment; start the viewer with --size %4 or more")
                                       .arg(pixels.width())
                                       .arg(pixels.height())
                                       .arg(pixels.sizeInBytes())
                                       .arg(needed));
    }
    return result;
}
// [/walkthrough: publish-image]

PublishResult Publisher::publishFile(const QString &path)
{
    AssetCatalog::Source source;
    source.path = path;
    source.sourceName = QFileInfo(path).fileName();
    return d->run([key = d->key, source] { return LoadTask(key, source).run(); });
}

} // namespace ShmLoader
