// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentcreator.h"

#include "segmenttrust.h"
#include "shmkey.h"

#include <QFile>

#include <cerrno>
#include <cstring>

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

// [walkthrough: create]
QString SegmentCreator::createIfAbsent(const QString &key, qsizetype size)
{
    const QString segmentFile = ShmKey::keyFilePath(key);
    const QString lockFile = ShmKey::lockKeyFilePath(key);
    for (const QString &path : {segmentFile, lockFile}) {
        if (const QString problem = makeKeyFile(path); !problem.isEmpty())
            return problem;
    }
    // The lock first: whoever attaches to the segment finds its semaphore made already, by us,
    // so Qt's attach() opens it without taking it over. Made here, it starts at 0 (taken) until
    // set to 1: anyone trying it meanwhile waits a moment instead of finding it free.
    const int semaphore = ::semget(ShmKey::systemVKey(lockFile), 1, IPC_CREAT | IPC_EXCL | 0600);
    if (semaphore != -1) {
        if (::semctl(semaphore, 0, SETVAL, 1) != 0)
            return tr("Cannot set up the segment's lock: %1")
                    .arg(QString::fromLocal8Bit(strerror(errno)));
    } else if (errno != EEXIST) {
        return tr("Cannot create the segment's lock: %1")
                .arg(QString::fromLocal8Bit(strerror(errno)));
    }
    // An existing segment is left as it is (the caller attaches to it, whatever its size).
    if (::shmget(ShmKey::systemVKey(segmentFile), size_t(size), IPC_CREAT | IPC_EXCL | 0600) == -1
        && errno != EEXIST)
        //: %1 is a number of bytes, %2 the system's reason
        return tr("Cannot create a shared memory segment of %1 bytes: %2")
                .arg(QString::number(size), QString::fromLocal8Bit(strerror(errno)));
    return {};
}
// [/walkthrough: create]
