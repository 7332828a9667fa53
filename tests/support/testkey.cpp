// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "testkey.h"

#include "shmkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSharedMemory>

#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

namespace TestKey {

QString unique(const QString &testName)
{
    return QStringLiteral("shmtest-%1-%2-%3")
            .arg(testName)
            .arg(::getpid())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool isGone(const QString &key)
{
    {
        // attach() creates the lock's semaphore for the call; this object's destructor removes
        // it again, so the files are checked after the scope.
        QSharedMemory memory;
        ShmKey::apply(memory, key);
        if (memory.attach()) {
            memory.detach();
            return false;
        }
        if (memory.error() != QSharedMemory::NotFound)
            return false;
    }
    return !QFile::exists(ShmKey::keyFilePath(key))
            && !QFile::exists(ShmKey::semaphoreKeyFilePath(key));
}

void removeLeftovers(const QString &key)
{
    for (const QString &file : {ShmKey::keyFilePath(key), ShmKey::semaphoreKeyFilePath(key)}) {
        const QByteArray native = QFile::encodeName(file);
        const key_t ipcKey = ::ftok(native.constData(), 'Q');
        if (ipcKey != -1) {
            const int shmId = ::shmget(ipcKey, 0, 0);
            if (shmId != -1)
                ::shmctl(shmId, IPC_RMID, nullptr);
            const int semId = ::semget(ipcKey, 1, 0);
            if (semId != -1)
                ::semctl(semId, 0, IPC_RMID);
        }
        QFile::remove(file);
    }
}

bool cleanUp(const QString &key)
{
    const bool gone = isGone(key);
    removeLeftovers(key);
    return gone;
}

PrivateKeyDir::PrivateKeyDir()
    : m_dir(QStringLiteral("/dev/shm/shm-keys-XXXXXX"))
    , m_previous(qgetenv("TMPDIR"))
{
    if (m_dir.isValid())
        qputenv("TMPDIR", QFile::encodeName(m_dir.path()));
}

PrivateKeyDir::~PrivateKeyDir()
{
    if (!m_dir.isValid())
        return;
    if (m_previous.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", m_previous);
}

} // namespace TestKey
