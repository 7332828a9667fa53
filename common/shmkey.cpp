// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "shmkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSharedMemory>

namespace ShmKey {

void apply(QSharedMemory &memory, const QString &key)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    memory.setNativeKey(QSharedMemory::legacyNativeKey(key));
#else
    memory.setKey(key);
#endif
}

QString keyFilePath(const QString &key)
{
    // Mirrors QSharedMemoryPrivate::makePlatformSafeKey() of Qt 6.4 for the "sharedmemory" prefix.
    QString result = QStringLiteral("qipc_sharedmemory_");
    for (const QChar ch : key) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z'))
            result += ch;
    }
    result += QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    return QDir::tempPath() + u'/' + result;
}

} // namespace ShmKey
