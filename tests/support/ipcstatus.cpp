// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "ipcstatus.h"

#include "shmkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>

namespace IpcStatus {

static key_t ipcKey(const QString &file)
{
    return ::ftok(QFile::encodeName(file).constData(), 'Q');
}

QString semaphoreKeyFile(const QString &key)
{
    const QString sharedMemoryFile = QFileInfo(ShmKey::keyFilePath(key)).fileName();
    return QDir::tempPath() + QStringLiteral("/qipc_systemsem_")
            + sharedMemoryFile.mid(int(qstrlen("qipc_sharedmemory_")));
}

Object segment(const QString &key)
{
    Object object;
    const key_t k = ipcKey(ShmKey::keyFilePath(key));
    if (k == -1)
        return object;
    const int id = ::shmget(k, 0, 0);
    shmid_ds info = {};
    if (id == -1 || ::shmctl(id, IPC_STAT, &info) != 0)
        return object;
    object.exists = true;
    object.id = id;
    object.mode = info.shm_perm.mode & 0777;
    object.ownerUid = info.shm_perm.uid;
    object.size = qint64(info.shm_segsz);
    object.attachments = qint64(info.shm_nattch);
    return object;
}

Object semaphore(const QString &key)
{
    Object object;
    const key_t k = ipcKey(semaphoreKeyFile(key));
    if (k == -1)
        return object;
    const int id = ::semget(k, 1, 0);
    semid_ds info = {};
    if (id == -1 || ::semctl(id, 0, IPC_STAT, &info) != 0)
        return object;
    object.exists = true;
    object.id = id;
    object.mode = info.sem_perm.mode & 0777;
    object.ownerUid = info.sem_perm.uid;
    return object;
}

} // namespace IpcStatus
