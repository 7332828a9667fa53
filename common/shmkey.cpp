// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "shmkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSharedMemory>

#include <sys/ipc.h>

namespace ShmKey {

// [walkthrough: key]
void apply(QSharedMemory &memory, const QString &key)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    memory.setNativeKey(QSharedMemory::legacyNativeKey(key));
#else
    memory.setKey(key);
#endif
}
// [/walkthrough: key]

// [walkthrough: key-file]
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
// [/walkthrough: key-file]

QString keyFilePath(const QString &key)
{
    return platformSafeKey(key, QLatin1StringView("qipc_sharedmemory_"));
}

QString semaphoreKeyFilePath(const QString &key)
{
    return platformSafeKey(key, QLatin1StringView("qipc_systemsem_"));
}

int systemVKey(const QString &path)
{
    return int(::ftok(QFile::encodeName(path).constData(), 'Q'));
}

} // namespace ShmKey
