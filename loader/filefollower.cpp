// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "filefollower.h"

#include "loaderlogging.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

FileFollower::FileFollower(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FileFollower::settle);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileFollower::fileEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileFollower::folderEvent);
}

// inotify needs read permission on the file, and Qt warns on stderr when it lacks it; the
// folder's watch sees a change of the file's mode (IN_ATTRIB) too.
static bool canRead(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

FileFollower::Signature FileFollower::signatureOf(const QString &path)
{
    Signature signature;
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return signature;
    signature.exists = true;
    signature.device = quint64(info.st_dev);
    signature.inode = quint64(info.st_ino);
    signature.mode = quint32(info.st_mode);
    signature.size = qint64(info.st_size);
    signature.modifiedNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    return signature;
}

void FileFollower::follow(const QString &path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute == m_path)
        return;
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_debounce.stop();
    m_path = absolute;
    m_folder = absolute.isEmpty() ? QString() : QFileInfo(absolute).absolutePath();
    if (m_path.isEmpty())
        return;
    // Resources (":/assets/…") never change: nothing to watch.
    if (m_path.startsWith(u':'))
        return;
    m_seen = signatureOf(m_path);
    watch();
    qCDebug(lcLoader) << "following" << m_path;
}

void FileFollower::watch()
{
    // A watch on the file follows its inode: after a rename over it or a removal it watches
    // nothing, so the file is watched afresh whenever it exists (as a file: a folder in its
    // place is only reported). The folder's watch sees it come back.
    QStringList stale = m_watcher.files();
    for (const QString &folder : m_watcher.directories()) {
        if (folder != m_folder)
            stale.append(folder);
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    if (m_seen.exists && !S_ISDIR(m_seen.mode) && canRead(m_path) && !m_watcher.addPath(m_path))
        qCDebug(lcLoader) << "cannot watch" << m_path;
    if (m_watcher.directories().isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher.addPath(m_folder);
}

void FileFollower::fileEvent()
{
    if (!m_debounce.isActive())
        m_debounce.start();
}

void FileFollower::folderEvent()
{
    // The folder changes whenever any of its entries is created, removed or renamed: only a
    // change of this file's entry counts.
    if (signatureOf(m_path) == m_seen)
        return;
    if (!m_debounce.isActive())
        m_debounce.start();
}

void FileFollower::settle()
{
    if (m_path.isEmpty())
        return;
    m_seen = signatureOf(m_path);
    watch();
    emit changed();
}
