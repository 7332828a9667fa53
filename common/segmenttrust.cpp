// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmenttrust.h"

#include "shmkey.h"

#include <QFile>

#include <pwd.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

QString SegmentTrust::userName(uint uid)
{
    passwd entry;
    passwd *found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(uid_t(uid), &entry, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

QString SegmentTrust::keyFileProblem(const QString &path)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    //: %1 is a file path
    if (S_ISLNK(info.st_mode))
        return tr("The key file %1 is a symbolic link; refusing to use it (remove it if it is not "
                  "yours)")
                .arg(path);
    if (!S_ISREG(info.st_mode))
        return tr("The key file %1 is not a regular file; refusing to use it").arg(path);
    if (info.st_uid != ::geteuid())
        //: %1 is a file path, %2 a user name
        return tr("The key file %1 belongs to user %2, not to you; refusing to use it")
                .arg(path, userName(info.st_uid));
    return {};
}

// Made by us (owner and creator), and nothing for group or others.
static bool isOurs(const ipc_perm &permission)
{
    const uid_t me = ::geteuid();
    return permission.uid == me && permission.cuid == me && (permission.mode & 077) == 0;
}

static uint strangerOf(const ipc_perm &permission)
{
    return permission.uid != ::geteuid() ? uint(permission.uid) : uint(permission.cuid);
}

// [walkthrough: trust]
QString SegmentTrust::problem(const QString &key)
{
    const QString segmentFile = ShmKey::keyFilePath(key);
    const QString lockFile = ShmKey::semaphoreKeyFilePath(key);
    for (const QString &path : {segmentFile, lockFile}) {
        if (const QString problem = keyFileProblem(path); !problem.isEmpty())
            return problem;
    }
    const int segmentKey = ShmKey::systemVKey(segmentFile);
    const int segment = segmentKey == -1 ? -1 : ::shmget(segmentKey, 0, 0);
    shmid_ds segmentInfo = {};
    if (segment != -1 && ::shmctl(segment, IPC_STAT, &segmentInfo) == 0
        && !isOurs(segmentInfo.shm_perm))
        //: %1 is a user name, %2 permission bits such as 0666
        return tr("The shared memory segment belongs to user %1 (mode %2), not to you; refusing "
                  "to use it")
                .arg(userName(strangerOf(segmentInfo.shm_perm)),
                     QString::number(segmentInfo.shm_perm.mode & 0777, 8).prepend(u'0'));
    const int lockKey = ShmKey::systemVKey(lockFile);
    const int semaphore = lockKey == -1 ? -1 : ::semget(lockKey, 1, 0);
    semid_ds semaphoreInfo = {};
    if (semaphore != -1 && ::semctl(semaphore, 0, IPC_STAT, &semaphoreInfo) == 0
        && !isOurs(semaphoreInfo.sem_perm))
        //: %1 is a user name, %2 permission bits such as 0666
        return tr("The segment's lock belongs to user %1 (mode %2), not to you; refusing to use "
                  "it")
                .arg(userName(strangerOf(semaphoreInfo.sem_perm)),
                     QString::number(semaphoreInfo.sem_perm.mode & 0777, 8).prepend(u'0'));
    return {};
}
// [/walkthrough: trust]
