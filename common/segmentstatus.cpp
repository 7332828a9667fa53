// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentstatus.h"

#include "segmentlayout.h"
#include "segmentreaper.h"
#include "segmenttrust.h"
#include "shmconstants.h"
#include "shmkey.h"

#include <QFile>

#include <cerrno>
#include <csignal>

#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>

static key_t ipcKey(const QString &file)
{
    return ::ftok(QFile::encodeName(file).constData(), 'Q');
}

static bool isAlive(qint64 pid)
{
    // EPERM: alive, but another user's.
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// Without the lock (a stopped holder must not block --status): our header's segment between two
// reads of its write sequence, as SegmentReader does; any other as it is, which a write under way
// may show half-done.
static SegmentSnapshot readContent(QByteArrayView segment)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const std::optional<quint64> sequence = SegmentLayout::sequence(segment);
        if (!sequence || SegmentLayout::isWriting(*sequence))
            break;
        if (std::optional<SegmentLayout::Copy> copy
            = SegmentLayout::copyIfUnchanged(segment, *sequence))
            return SegmentLayout::decode(std::move(*copy));
    }
    return SegmentLayout::decode(segment);
}

SegmentStatus SegmentStatus::inspect(const QString &key, Content content)
{
    SegmentStatus status;
    status.key = key;
    status.segmentKeyFile = ShmKey::keyFilePath(key);
    status.semaphoreKeyFile = ShmKey::semaphoreKeyFilePath(key);
    status.segmentKeyFileExists = QFile::exists(status.segmentKeyFile);
    status.semaphoreKeyFileExists = QFile::exists(status.semaphoreKeyFile);
    status.trustProblem = SegmentTrust::problem(key);

    const key_t segmentKey = ipcKey(status.segmentKeyFile);
    const int segment = segmentKey == -1 ? -1 : ::shmget(segmentKey, 0, 0);
    shmid_ds info = {};
    if (segment != -1 && ::shmctl(segment, IPC_STAT, &info) == 0) {
        Segment &s = status.segment;
        s.exists = true;
        s.id = segment;
        s.size = qint64(info.shm_segsz);
        s.attachments = qint64(info.shm_nattch);
        s.creatorPid = info.shm_cpid;
        s.creatorAlive = isAlive(info.shm_cpid);
        s.ownerUid = info.shm_perm.uid;
        s.mode = info.shm_perm.mode & 0777;
        // A read-only attachment of our own, never Qt's: its detach() would remove an orphan.
        // Not of a segment the programs refuse (another user's, or over the size cap): it is
        // not read, so it costs nothing whatever its size.
        const bool readable = content == Content::Read && status.trustProblem.isEmpty()
                && s.size <= ShmConstants::MaxSegmentSize;
        void *data
                = readable ? ::shmat(segment, nullptr, SHM_RDONLY) : reinterpret_cast<void *>(-1);
        if (data != reinterpret_cast<void *>(-1)) {
            status.content = readContent(QByteArrayView(static_cast<const char *>(data), s.size));
            status.content.payload.clear();
            status.contentRead = true;
            ::shmdt(data);
            shmid_ds after = {};
            if (s.attachments > 0 && ::shmctl(segment, IPC_STAT, &after) == 0
                && after.shm_nattch == 0)
                SegmentReaper::removeIfUnused(key);
        }
    }

    const key_t semaphoreKey = ipcKey(status.semaphoreKeyFile);
    const int semaphore = semaphoreKey == -1 ? -1 : ::semget(semaphoreKey, 1, 0);
    semid_ds semInfo = {};
    if (semaphore != -1 && ::semctl(semaphore, 0, IPC_STAT, &semInfo) == 0) {
        Lock &l = status.lock;
        l.exists = true;
        l.id = semaphore;
        l.free = ::semctl(semaphore, 0, GETVAL) > 0;
        l.lastPid = ::semctl(semaphore, 0, GETPID);
        l.waiting = ::semctl(semaphore, 0, GETNCNT);
        l.ownerUid = semInfo.sem_perm.uid;
        l.mode = semInfo.sem_perm.mode & 0777;
    }
    return status;
}
