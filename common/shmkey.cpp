// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "shmkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSharedMemory>
#include <QSystemSemaphore>

namespace ShmKey {

void apply(QSharedMemory &memory, const QString &key)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    memory.setNativeKey(QSharedMemory::legacyNativeKey(key));
#else
    memory.setKey(key);
#endif
}

// Mirrors QSharedMemoryPrivate::makePlatformSafeKey() of Qt 6.4 (and legacyNativeKey() since
// Qt 6.6): prefix, the key's ASCII letters, the SHA-1 of the key in hex.
static QString platformSafeKey(const QString &key, QLatin1StringView prefix)
{
    QString result = prefix;
    for (const QChar ch : key) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z'))
            result += ch;
    }
    result += QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    return QDir::tempPath() + u'/' + result;
}

QString keyFilePath(const QString &key)
{
    return platformSafeKey(key, QLatin1StringView("qipc_sharedmemory_"));
}

QString semaphoreKeyFilePath(const QString &key)
{
    return platformSafeKey(key, QLatin1StringView("qipc_systemsem_"));
}

bool removeLockIfOrphaned(const QString &key)
{
    // Qt's detach() removed the key file together with the segment: nobody is attached, so
    // nobody can hold the lock either (every holder attaches first).
    if (QFile::exists(keyFilePath(key)))
        return false;
        // Opening in Create mode makes this object the semaphore's owner, and an owner removes
        // semaphore and key file when it is destroyed: Qt's own clean-up, on demand.
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    QSystemSemaphore owner(QSystemSemaphore::legacyNativeKey(key), 1, QSystemSemaphore::Create);
#else
    QSystemSemaphore owner(key, 1, QSystemSemaphore::Create);
#endif
    return true;
}

} // namespace ShmKey
