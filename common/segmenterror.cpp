// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmenterror.h"

#include <QSharedMemory>

namespace SegmentError {

QString describe(const QSharedMemory &memory, const QString &action)
{
    QString what;
    switch (memory.error()) {
    case QSharedMemory::NoError:
        what = QStringLiteral("no error");
        break;
    case QSharedMemory::PermissionDenied:
        what = QStringLiteral("permission denied (the segment belongs to another user)");
        break;
    case QSharedMemory::InvalidSize:
        what = QStringLiteral("invalid size");
        break;
    case QSharedMemory::KeyError:
        what = QStringLiteral("invalid key");
        break;
    case QSharedMemory::AlreadyExists:
        what = QStringLiteral("a segment with this key already exists");
        break;
    case QSharedMemory::NotFound:
        what = QStringLiteral("no segment with this key");
        break;
    case QSharedMemory::LockError:
        what = QStringLiteral("could not take the lock");
        break;
    case QSharedMemory::OutOfResources:
        what = QStringLiteral("out of memory or system limits");
        break;
    case QSharedMemory::UnknownError:
        what = QStringLiteral("unknown error");
        break;
    }
    return QStringLiteral("Could not %1 shared memory: %2 (%3)")
            .arg(action, what, memory.errorString());
}

} // namespace SegmentError
