// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTSTATUS_H
#define SEGMENTSTATUS_H

#include "segmentsnapshot.h"

#include <QString>

// What the system holds for a key, looked up the way Qt derives it (ftok of the key files), and
// without Qt's attach() or lock(): attaching and detaching as the last process would remove an
// orphaned segment, and lock() would block on a stopped holder. On request the content is read
// through a read-only attachment of its own, without the lock: our header's between two reads of
// its write sequence (a write under way or cut short is Interrupted), a classic one as it is.
struct SegmentStatus
{
    QString key;
    QString segmentKeyFile;
    QString semaphoreKeyFile;
    bool segmentKeyFileExists = false;
    bool semaphoreKeyFileExists = false; // the lock's key file (ShmKey::semaphoreKeyFilePath())
    // Why the key files, segment or lock are not the user's own (SegmentTrust); empty when they
    // are. The programs refuse such a segment.
    QString trustProblem;

    struct Segment
    {
        bool exists = false;
        int id = -1;
        qint64 size = 0;
        qint64 attachments = 0;
        qint64 creatorPid = 0;
        bool creatorAlive = false;
        uint ownerUid = 0;
        uint mode = 0; // permission bits
    } segment;

    struct Lock
    {
        bool exists = false;
        int id = -1;
        bool free = false;
        qint64 lastPid = 0; // the last process to take or release it (the holder, when taken)
        qint64 waiting = 0; // processes blocked in lock()
        uint ownerUid = 0;
        uint mode = 0;
    } lock;

    // Decoded from a copy of the segment (text dropped); Empty when it could not be read.
    bool contentRead = false;
    SegmentSnapshot content;

    // A segment nobody is attached to: left by a process that did not detach.
    bool isOrphan() const { return segment.exists && segment.attachments == 0; }

    enum class Content { Skip, Read };
    // Content::Read attaches for a moment. A process that detaches meanwhile as the last one
    // leaves the segment to us (Qt removes it only when no one is attached): then it is removed
    // here, as that process would have.
    static SegmentStatus inspect(const QString &key, Content content = Content::Skip);
};

#endif // SEGMENTSTATUS_H
