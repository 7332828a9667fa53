// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SHMLOADER_PUBLISHER_H
#define SHMLOADER_PUBLISHER_H

#include <shmloader/publishresult.h>

#include <QByteArray>
#include <QImage>
#include <QString>

#include <chrono>
#include <memory>

namespace ShmLoader {

class PublisherPrivate;

// Puts texts, images and files in front of a running shm-viewer, through its shared memory
// segment, as shm-loader does (same lock, header, write sequence and wake-up). Link
// ShmLoader::Client (find_package(ShmLoader CONFIG REQUIRED)).
//
//     ShmLoader::Publisher publisher;              // the default key; Publisher(key) for another
//     auto r = publisher.publishText(QByteArrayLiteral("hello"), QStringLiteral("greeting"));
//     if (!r) qWarning() << r.errorString();
//
// Every publish call blocks while another process holds the segment's lock (a viewer copying,
// another writer): at most lockTimeout() when one is set. Calls may come from any thread; one
// Publisher is not to be used from two threads at once. Needs no QCoreApplication.
//
// A Publisher stays attached to the viewer's segment from one publish to the next (mapping it
// anew would cost more than copying a frame), and lets go when it finds no viewer attached any
// more (that publish says ViewerNotRunning; a viewer started again gets the next one) and when
// it is destroyed. Like every detach, the destructor takes the segment's lock for a moment.
class Publisher
{
public:
    // The suite's default key, ShmLoaderText (shm-viewer's and shm-loader's default).
    Publisher();
    explicit Publisher(const QString &key);
    ~Publisher();
    Publisher(Publisher &&other) noexcept;
    Publisher &operator=(Publisher &&other) noexcept;
    Publisher(const Publisher &) = delete;
    Publisher &operator=(const Publisher &) = delete;

    QString key() const;
    static QString defaultKey();

    // How long a publish waits for the segment's lock; negative (the default): as long as it
    // takes. When it runs out the call returns TimedOut at once, and the write it started goes
    // in when the lock is freed, unless the process has ended by then (a holder stopped with
    // SIGSTOP never frees it).
    void setLockTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds lockTimeout() const;

    // Whether a publish that finds no viewer on the key starts one and publishes to it (off by
    // default), as rerun's spawn=True does, without a network: shm-viewer --key KEY (a window),
    // found next to this library (its directory, then the bin/ directory of its installation),
    // then on PATH. The publish waits for the viewer's segment up to spawnTimeout(), then
    // publishes; a frame larger than the default segment makes the viewer start with the --size
    // it needs. The words in the environment variable SHM_SPAWN_ARGUMENTS (split at spaces, such
    // as "--print") are added to the viewer's arguments: for tests and machines without a display.
    // A viewer that cannot be found or started, or makes no segment in time, fails the publish
    // (Failed, errorString() says why).
    void setSpawnViewer(bool spawn);
    bool spawnViewer() const;
    // How long a spawning publish waits for the new viewer's segment (default 10 s).
    void setSpawnTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds spawnTimeout() const;

    // Whether a viewer's segment exists on the key now (looked up without attaching).
    bool isViewerRunning() const;
    // Waits until a viewer's segment exists on the key, at most timeout; true when it does.
    bool waitForViewer(std::chrono::milliseconds timeout) const;

    // A text: UTF-8, no NUL byte (refused otherwise), cut on a character boundary to the
    // segment's room (truncated() then says so). name is what the viewer shows; a name ending in
    // .md or .html makes it Markdown or HTML.
    PublishResult publishText(const QByteArray &text, const QString &name = QString());

    // An image as raw pixels (image/x-raw, no encoding): Grayscale8, RGB888 and RGBA8888 are
    // sent as they are; any other format is converted first (to RGBA8888 when it has alpha,
    // else RGB888). Never scaled: a frame larger than the segment is refused (TooLarge) with
    // the --size to start the viewer with.
    PublishResult publishImage(const QImage &image, const QString &name = QString());

    // A file, as `shm-loader --load path` does: a text cut to fit, an image (PNG, JPEG, …)
    // stored as its file's bytes, scaled down and encoded again when it does not fit.
    PublishResult publishFile(const QString &path);

private:
    std::unique_ptr<PublisherPrivate> d;
};

} // namespace ShmLoader

#endif // SHMLOADER_PUBLISHER_H
