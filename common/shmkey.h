// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SHMKEY_H
#define SHMKEY_H

#include <QString>

class QSharedMemory;

namespace ShmKey {

// Gives memory the native key Qt 6.4 derives from key. On Qt 6.6 and later this uses
// QSharedMemory::legacyNativeKey() so programs built against either version still meet.
void apply(QSharedMemory &memory, const QString &key);

// The file Qt creates and ftok()s for key on Unix (System V backend): the segment's, and its
// lock semaphore's (QSharedMemory::lock(); from Qt 6.6 too, for a key made with
// legacyNativeKey(): Qt then keys the semaphore by QSystemSemaphore::legacyNativeKey()).
QString keyFilePath(const QString &key);
QString semaphoreKeyFilePath(const QString &key);

// Qt's System V key for a key file: ftok(path, 'Q'); -1 when the file does not exist.
int systemVKey(const QString &path);

} // namespace ShmKey

#endif // SHMKEY_H
