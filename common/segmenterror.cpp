// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmenterror.h"

#include <QSharedMemory>

QString SegmentError::describe(const QSharedMemory &memory, Action action)
{
    QString what;
    switch (memory.error()) {
    case QSharedMemory::NoError:
        what = tr("no error");
        break;
    case QSharedMemory::PermissionDenied:
        what = tr("permission denied (the segment belongs to another user)");
        break;
    case QSharedMemory::InvalidSize:
        what = tr("invalid size");
        break;
    case QSharedMemory::KeyError:
        what = tr("invalid key");
        break;
    case QSharedMemory::AlreadyExists:
        what = tr("a segment with this key already exists");
        break;
    case QSharedMemory::NotFound:
        what = tr("no segment with this key");
        break;
    case QSharedMemory::LockError:
        what = tr("could not take the lock");
        break;
    case QSharedMemory::OutOfResources:
        what = tr("out of memory or system limits");
        break;
    case QSharedMemory::UnknownError:
        what = tr("unknown error");
        break;
    }
    switch (action) {
    case Action::Attach:
        //: %1 is the reason, such as "invalid key"; %2 the system's own message
        return tr("Could not attach to shared memory: %1 (%2)").arg(what, memory.errorString());
    case Action::Create:
        //: %1 is the reason, such as "invalid size"; %2 the system's own message
        return tr("Could not create shared memory: %1 (%2)").arg(what, memory.errorString());
    case Action::Lock:
        //: %1 is the reason, such as "could not take the lock"; %2 the system's own message
        return tr("Could not lock shared memory: %1 (%2)").arg(what, memory.errorString());
    }
    return what;
}
