// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef IPCSTATUS_H
#define IPCSTATUS_H

#include <QString>

// What the kernel holds for a key, looked up through the key files the way Qt does (ftok), without
// attaching or locking. Attaching would not do: the last detach() of an orphaned segment removes
// it, and a stopped lock holder would block the caller.
namespace IpcStatus {

struct Object
{
    bool exists = false;
    int id = -1;
    uint mode = 0; // permission bits
    uint ownerUid = 0;
    qint64 size = 0; // bytes, segments only
    qint64 attachments = 0; // segments only
};

Object segment(const QString &key);
Object semaphore(const QString &key);

// The semaphore's key file, which Qt derives from the same key.
QString semaphoreKeyFile(const QString &key);

} // namespace IpcStatus

#endif // IPCSTATUS_H
