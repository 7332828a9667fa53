// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef FILELOADER_H
#define FILELOADER_H

#include "filefollower.h"
#include "loadtask.h"
#include "segmentwriter.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

// Loads one asset or file at a time into the segment, in two BlockingCalls (LoadTask's prepare,
// then write), so the window never blocks on reading, decoding or the segment's lock. A request
// made while a load is still running is queued; only the latest one is kept.
class FileLoader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(QString assetsDir READ assetsDir WRITE setAssetsDir NOTIFY assetsDirChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(StatusKind statusKind READ statusKind NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool waitingForLock READ waitingForLock NOTIFY waitingForLockChanged)
    Q_PROPERTY(QString queuedName READ queuedName NOTIFY queuedNameChanged)
    Q_PROPERTY(bool followChanges READ followChanges WRITE setFollowChanges NOTIFY
                       followChangesChanged)
    Q_PROPERTY(QString followedPath READ followedPath NOTIFY followedPathChanged)

public:
    // Loaded with a caveat (not valid UTF-8) is Warning: it loaded, but not quite as is.
    enum class StatusKind { Idle, Loaded, Warning, Waiting, Error };
    Q_ENUM(StatusKind)

    explicit FileLoader(QObject *parent = nullptr);
    ~FileLoader() override; // never waits for a worker: a stuck one is abandoned

    QString key() const { return m_key; }
    void setKey(const QString &key);
    // Empty: the bundled assets; otherwise names are files of this folder.
    QString assetsDir() const { return m_assetsDir; }
    void setAssetsDir(const QString &dir);

    QString status() const { return m_status; }
    StatusKind statusKind() const { return m_statusKind; }
    bool busy() const { return m_busy; }
    bool waitingForLock() const { return m_waitingForLock; }
    QString loadingName() const { return m_loadingName; }
    QString queuedName() const { return m_queuedName; }
    // How long a load's write may wait before the status says it waits for the lock (reading and
    // decoding before it do not count).
    // Tests only: after how long a wait for the lock is shown (ShmConstants::LockWaitNoticeMs).
    void setWaitNoticeMs(int ms) { m_waitNotice.setInterval(ms); }

    // Whether the file last asked for is loaded again whenever it changes (FileFollower).
    // Bundled assets never change: nothing is followed for them.
    bool followChanges() const { return m_followChanges; }
    void setFollowChanges(bool follow);
    // The file being followed, or empty.
    QString followedPath() const { return m_follower.path(); }

    // Loads an asset by its listed name, or a file by its path. Returns at once.
    Q_INVOKABLE void load(const QString &nameOrPath);
    // Loads a local file dropped on the window.
    Q_INVOKABLE void loadUrl(const QUrl &url);

signals:
    void keyChanged();
    void assetsDirChanged();
    void statusChanged();
    void busyChanged();
    void waitingForLockChanged();
    void queuedNameChanged();
    void followChangesChanged();
    void followedPathChanged();
    // Emitted for every load that finished, superseded ones included.
    void loadFinished(const QString &name, bool success, const QString &message);

private:
    void start(const QString &nameOrPath);
    // segmentSize < 0: looked up on the worker. attempt 1: prepared again for another size.
    void prepare(const LoadTask &task, quint64 id, qsizetype segmentSize, int attempt);
    void write(const LoadTask &task, quint64 id, const LoadTask::Prepared &prepared, int attempt);
    void finish(quint64 id, const SegmentWriter::Result &result);
    void showWaiting();
    void setStatus(const QString &status, StatusKind kind);
    void setWaitingForLock(bool waiting);
    void setQueuedName(const QString &name);
    void updateFollowing();

    QString m_key;
    QString m_assetsDir;
    QString m_status;
    StatusKind m_statusKind = StatusKind::Idle;
    QString m_loadingName;
    QString m_queuedName;
    bool m_busy = false;
    bool m_waitingForLock = false;
    quint64 m_loadId = 0;
    QTimer m_waitNotice;
    bool m_followChanges = false;
    QString m_lastRequest; // the name or path last asked for: what following loads again
    FileFollower m_follower;
};

#endif // FILELOADER_H
