// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "fileloader.h"

#include "assetcatalog.h"
#include "blockingcall.h"
#include "displaytext.h"
#include "loaderlogging.h"
#include "loadreport.h"
#include "loadtask.h"
#include "shmconstants.h"

#include <memory>

FileLoader::FileLoader(QObject *parent)
    : QObject(parent)
    , m_key(QLatin1StringView(ShmConstants::DefaultKey))
    , m_status(tr("Choose a text or an image to load it into shared memory"))
{
    m_waitNotice.setSingleShot(true);
    m_waitNotice.setInterval(ShmConstants::LockWaitNoticeMs);
    connect(&m_waitNotice, &QTimer::timeout, this, &FileLoader::showWaiting);
    connect(&m_follower, &FileFollower::changed, this, [this] {
        if (!m_lastRequest.isEmpty())
            load(m_lastRequest);
    });
}

FileLoader::~FileLoader()
{
    // Waiting would hang for as long as another process holds the lock (forever, if it is
    // stopped). The call owns copies of everything it uses, so it is safe to leave behind.
    if (busy())
        qCWarning(lcLoader, "Abandoning the load of %s: it is still %s",
                  qUtf8Printable(DisplayText::escaped(m_loadingName)),
                  m_waitingForLock ? "waiting for the shared memory lock" : "running");
}

void FileLoader::setKey(const QString &key)
{
    if (m_key == key)
        return;
    m_key = key;
    emit keyChanged();
}

void FileLoader::setAssetsDir(const QString &dir)
{
    if (m_assetsDir == dir)
        return;
    m_assetsDir = dir;
    emit assetsDirChanged();
}

void FileLoader::setFollowChanges(bool follow)
{
    if (m_followChanges == follow)
        return;
    m_followChanges = follow;
    updateFollowing();
    emit followChangesChanged();
}

void FileLoader::updateFollowing()
{
    const QString before = m_follower.path();
    QString path;
    if (m_followChanges && !m_lastRequest.isEmpty()) {
        const AssetCatalog::Source source = AssetCatalog(m_assetsDir).resolve(m_lastRequest);
        if (!source.inResources)
            path = source.path;
    }
    m_follower.follow(path);
    if (m_follower.path() != before)
        emit followedPathChanged();
}

void FileLoader::load(const QString &nameOrPath)
{
    if (m_lastRequest != nameOrPath) {
        m_lastRequest = nameOrPath;
        updateFollowing();
    }
    if (busy()) {
        // One worker at a time: a stuck one must not pile up threads. Only the latest wish counts.
        qCDebug(lcLoader) << "queueing" << nameOrPath << "behind" << m_loadingName;
        setQueuedName(nameOrPath);
        if (m_waitingForLock)
            showWaiting();
        return;
    }
    start(nameOrPath);
}

void FileLoader::loadUrl(const QUrl &url)
{
    if (!url.isLocalFile()) {
        //: %1 is the address of what was dropped, such as https://example.org/notes.md
        setStatus(tr("Cannot load %1: only local files can be loaded").arg(url.toDisplayString()),
                  StatusKind::Error);
        return;
    }
    load(url.toLocalFile());
}

void FileLoader::start(const QString &nameOrPath)
{
    const LoadTask task(m_key, AssetCatalog(m_assetsDir).resolve(nameOrPath));
    const quint64 id = ++m_loadId;
    m_loadingName = task.source().sourceName;
    m_busy = true;
    emit busyChanged();
    qCDebug(lcLoader) << "loading" << task.source().path << "on key" << m_key;
    prepare(task, id, -1, 0);
}

void FileLoader::prepare(const LoadTask &task, quint64 id, qsizetype segmentSize, int attempt)
{
    auto prepared = std::make_shared<LoadTask::Prepared>();
    // Deleted with this loader, or when it is done; an abandoned call runs on alone.
    auto *call = new BlockingCall(
            [task, segmentSize, prepared] {
                *prepared = task.prepare(segmentSize >= 0 ? segmentSize
                                                          : LoadTask::segmentSize(task.key()));
            },
            this);
    connect(call, &BlockingCall::finished, this, [this, call, task, id, prepared, attempt] {
        call->deleteLater();
        if (prepared->outcome)
            finish(id, *prepared->outcome);
        else
            write(task, id, *prepared, attempt);
    });
}

void FileLoader::write(const LoadTask &task, quint64 id, const LoadTask::Prepared &prepared,
                       int attempt)
{
    m_waitNotice.start(); // only this step waits for the lock
    auto result = std::make_shared<SegmentWriter::Result>();
    auto *call = new BlockingCall(
            [task, prepared, result] { *result = task.write(prepared, SegmentWriter(task.key())); },
            this);
    connect(call, &BlockingCall::finished, this, [this, call, task, id, prepared, result, attempt] {
        call->deleteLater();
        if (attempt == 0 && LoadTask::needsPreparing(prepared, *result)) {
            // A viewer of another size came meanwhile: fit the image to it.
            m_waitNotice.stop();
            setWaitingForLock(false);
            prepare(task, id, result->segmentSize, 1);
            return;
        }
        finish(id, *result);
    });
}

void FileLoader::finish(quint64 id, const SegmentWriter::Result &result)
{
    if (id != m_loadId)
        return;
    const QString name = m_loadingName;
    m_waitNotice.stop();
    m_loadingName.clear();
    m_busy = false;
    setWaitingForLock(false);
    StatusKind kind = StatusKind::Error;
    if (result.status == SegmentWriter::Status::Loaded)
        // Truncated or not valid UTF-8: loaded, but not quite as the file is.
        kind = result.validUtf8 && !result.truncated ? StatusKind::Loaded : StatusKind::Warning;
    const QString message = LoadReport::message(result);
    setStatus(message, kind);
    emit busyChanged();
    emit loadFinished(name, result.status == SegmentWriter::Status::Loaded, message);

    if (!m_queuedName.isEmpty()) {
        const QString next = m_queuedName;
        setQueuedName(QString());
        start(next);
    }
}

void FileLoader::showWaiting()
{
    if (!busy())
        return;
    setWaitingForLock(true);
    // Two whole sentences, for the translators.
    if (m_queuedName.isEmpty()) {
        setStatus(tr("Waiting for the segment lock — another process holds it…"),
                  StatusKind::Waiting);
        return;
    }
    //: %1 is the name or path of the file to load once this load is done
    setStatus(tr("Waiting for the segment lock — another process holds it… (%1 is next)")
                      .arg(m_queuedName),
              StatusKind::Waiting);
}

void FileLoader::setStatus(const QString &status, StatusKind kind)
{
    if (m_status == status && m_statusKind == kind)
        return;
    m_status = status;
    m_statusKind = kind;
    emit statusChanged();
}

void FileLoader::setWaitingForLock(bool waiting)
{
    if (m_waitingForLock == waiting)
        return;
    m_waitingForLock = waiting;
    emit waitingForLockChanged();
}

void FileLoader::setQueuedName(const QString &name)
{
    if (m_queuedName == name)
        return;
    m_queuedName = name;
    emit queuedNameChanged();
}
