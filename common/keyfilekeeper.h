// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef KEYFILEKEEPER_H
#define KEYFILEKEEPER_H

#include "segmentreaper.h"

#include <QByteArray>
#include <QString>

// Keeps a viewer's two key files (ShmKey::keyFilePath(), semaphoreKeyFilePath()) in /tmp.
// Age-based cleaners (systemd-tmpfiles, tmpreaper) delete files in /tmp that nobody touched for
// days; a cleaner skips a file whose times are recent, so this refreshes them (utimensat())
// whenever they are older than RefreshAgeS. When one is gone anyway, or the segment's file now
// names another key, check() says Lost: the segment can no longer be found through its key, and
// the owner makes it anew (SegmentWorker). Not thread-safe; one lstat() per file per check.
class KeyFileKeeper
{
public:
    static constexpr qint64 CheckIntervalMs = 2000; // how often check() really looks
    static constexpr qint64 RefreshAgeS = 3600; // files older than this get new times

    explicit KeyFileKeeper(const QString &key);

    // The ids attached to now: what check() compares the files against. Looks at once next time.
    void reset(const SegmentReaper::Ids &ids);

    enum class State { Kept, Lost };
    // At most every CheckIntervalMs (nowMs: a steady clock), else Kept without looking.
    State check(qint64 nowMs);

private:
    QByteArray m_segmentFile;
    QByteArray m_semaphoreFile;
    SegmentReaper::Ids m_ids;
    qint64 m_nextCheckMs = 0;
};

#endif // KEYFILEKEEPER_H
