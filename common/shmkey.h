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
// lock semaphore's.
QString keyFilePath(const QString &key);
QString semaphoreKeyFilePath(const QString &key);

// The key file of the semaphore that QSharedMemory::lock() takes in the Qt this is built with:
// Qt 6.4's QSharedMemory keys its semaphore by semaphoreKeyFilePath(), Qt 6.6 and later by the
// segment's own key file (System V keeps semaphores and segments apart).
QString lockKeyFilePath(const QString &key);

// Qt's System V key for a key file: ftok(path, 'Q'); -1 when the file does not exist.
int systemVKey(const QString &path);

} // namespace ShmKey

#endif // SHMKEY_H
