// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "keyfilekeeper.h"

#include "shmkey.h"

#include <QFile>

#include <ctime>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

KeyFileKeeper::KeyFileKeeper(const QString &key)
    : m_segmentFile(QFile::encodeName(ShmKey::keyFilePath(key)))
    , m_semaphoreFile(QFile::encodeName(ShmKey::semaphoreKeyFilePath(key)))
{ }

void KeyFileKeeper::reset(const SegmentReaper::Ids &ids)
{
    m_ids = ids;
    m_nextCheckMs = 0;
}

// New access and modification times (and so a new change time) when either is older than
// RefreshAgeS. Only a file of this user: another's is not touched (nor is it ours to keep).
static void refresh(const char *path, const struct stat &info)
{
    const time_t oldest = ::time(nullptr) - KeyFileKeeper::RefreshAgeS;
    if (info.st_uid != ::geteuid() || (info.st_atime > oldest && info.st_mtime > oldest))
        return;
    ::utimensat(AT_FDCWD, path, nullptr, AT_SYMLINK_NOFOLLOW); // nullptr: both now
}

KeyFileKeeper::State KeyFileKeeper::check(qint64 nowMs)
{
    if (nowMs < m_nextCheckMs || !m_ids.isValid())
        return State::Kept;
    m_nextCheckMs = nowMs + CheckIntervalMs;
    struct stat segment;
    struct stat semaphore;
    if (::lstat(m_segmentFile.constData(), &segment) != 0
        || ::lstat(m_semaphoreFile.constData(), &semaphore) != 0)
        return State::Lost;
    // The segment's file made anew: its key (and every later loader's segment) is another one.
    // The semaphore's may be made anew legitimately (Qt does when its creator removed it), so
    // only its absence counts.
    if (SegmentReaperCore::keyOf(m_segmentFile.constData()) != m_ids.segmentKey)
        return State::Lost;
    refresh(m_segmentFile.constData(), segment);
    refresh(m_semaphoreFile.constData(), semaphore);
    return State::Kept;
}
