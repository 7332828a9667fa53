// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentcreator.h"

#include "segmenttrust.h"
#include "shmkey.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

// The file ftok() needs. O_NOFOLLOW: a symbolic link planted at the path is refused, never
// followed to create or use another file.
static QString makeKeyFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    if (const QString problem = SegmentTrust::keyFileProblem(path); !problem.isEmpty())
        return problem;
    if (fd < 0)
        //: %1 is a file path, %2 the system's reason
        return SegmentCreator::tr("Cannot create the key file %1: %2")
                .arg(path, QString::fromLocal8Bit(strerror(errno)));
    return {};
}

// The lock first: whoever attaches to the segment finds its semaphore made already, by us, so
// Qt's attach() opens it without taking it over. A new System V semaphore is 0 (taken) until set:
// it is set with semop(), which also stamps its operation time, so one that is 0 and was never
// operated on, made over a second ago, is one whose maker died before setting it (every program
// on the key would wait on it for good). Such a half-made lock is set to 1 here.
static QString makeLock(int lockKey)
{
    sembuf release = {0, 1, 0};
    const int made = ::semget(lockKey, 1, IPC_CREAT | IPC_EXCL | 0600);
    if (made != -1) {
        if (::semop(made, &release, 1) != 0)
            return SegmentCreator::tr("Cannot set up the segment's lock: %1")
                    .arg(QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
    if (errno != EEXIST)
        return SegmentCreator::tr("Cannot create the segment's lock: %1")
                .arg(QString::fromLocal8Bit(strerror(errno)));
    const int existing = ::semget(lockKey, 1, 0);
    semid_ds info = {};
    if (existing != -1 && ::semctl(existing, 0, IPC_STAT, &info) == 0 && info.sem_otime == 0
        && ::semctl(existing, 0, GETVAL) == 0 && ::time(nullptr) - info.sem_ctime > 1)
        ::semop(existing, &release, 1);
    return {};
}

// [walkthrough: create]
QString SegmentCreator::createIfAbsent(const QString &key, qsizetype size)
{
    const QString segmentFile = ShmKey::keyFilePath(key);
    const QString lockFile = ShmKey::semaphoreKeyFilePath(key);
    // Both checked before either is made: a refusal leaves no file of ours behind.
    for (const QString &path : {segmentFile, lockFile}) {
        if (const QString problem = SegmentTrust::keyFileProblem(path); !problem.isEmpty())
            return problem;
    }
    // A key file removed meanwhile (by a last one out) has no ftok() key: -1 would name a System
    // V object of its own that nobody removes. Made again, a few times.
    int lockKey = -1;
    int segmentKey = -1;
    for (int attempt = 0; attempt < 5 && (lockKey == -1 || segmentKey == -1); ++attempt) {
        for (const QString &path : {segmentFile, lockFile}) {
            if (const QString problem = makeKeyFile(path); !problem.isEmpty())
                return problem;
        }
        lockKey = ShmKey::systemVKey(lockFile);
        segmentKey = ShmKey::systemVKey(segmentFile);
    }
    if (lockKey == -1 || segmentKey == -1)
        //: %1 is a file path
        return tr("The key file %1 vanished while the segment was being made; try again")
                .arg(lockKey == -1 ? lockFile : segmentFile);
    if (const QString problem = makeLock(lockKey); !problem.isEmpty())
        return problem;
    // An existing segment is left as it is (the caller attaches to it, whatever its size).
    if (::shmget(segmentKey, size_t(size), IPC_CREAT | IPC_EXCL | 0600) == -1 && errno != EEXIST)
        //: %1 is a number of bytes, %2 the system's reason
        return tr("Cannot create a shared memory segment of %1 bytes: %2")
                .arg(QString::number(size), QString::fromLocal8Bit(strerror(errno)));
    return {};
}
// [/walkthrough: create]
