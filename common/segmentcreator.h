// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTCREATOR_H
#define SEGMENTCREATOR_H

#include <QCoreApplication>
#include <QString>

// Makes a key's segment, never through QSharedMemory::create(). Qt's create() takes over the
// lock's semaphore and sets it to 1 before it knows whether the segment exists (a holder's lock
// is broken), and the object that called it removes the semaphore and its key file on its next
// setKey(), attach() or destruction, while others may still use it: two viewers starting at once
// could end up on different locks. Here, the key files, the semaphore and the segment are each
// made only when absent (O_CREAT, IPC_CREAT | IPC_EXCL), so whoever comes second joins what the
// first made and nothing existing is reset. Then QSharedMemory::attach() finds them; the
// semaphore was not made by Qt, so no Qt object removes it (SegmentReaper does, last one out).
class SegmentCreator
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCreator)
public:
    // Makes what of key is missing: the key files, the lock (value 1), a segment of size bytes,
    // mode 0600. Returns why not, one sentence; empty on success, also when all existed.
    static QString createIfAbsent(const QString &key, qsizetype size);
};

#endif // SEGMENTCREATOR_H
