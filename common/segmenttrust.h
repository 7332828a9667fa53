// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTTRUST_H
#define SEGMENTTRUST_H

#include <QCoreApplication>
#include <QString>

// Whether what a key names is the user's own. The key files have fixed names in the shared /tmp,
// and Qt uses a key file whoever owns it and attaches any segment its ftok() key finds: another
// user could plant both and read what we write. So every program checks, after attaching and
// before it reads or writes a byte, that the key files are plain files of the effective user and
// that the segment and the lock's semaphore were made by the effective user and give nothing to
// group or others.
class SegmentTrust
{
    Q_DECLARE_TR_FUNCTIONS(SegmentTrust)
public:
    // Why a key file at path cannot be used (a symbolic link, not a regular file, another user's),
    // as one sentence naming the owner; empty when it is ours or does not exist.
    static QString keyFileProblem(const QString &path);

    // Why the key's key files, segment or semaphore cannot be trusted; empty when everything of
    // the key that exists is ours. What does not exist is not checked.
    static QString problem(const QString &key);

    // The user name of uid, or the number when it has none.
    static QString userName(uint uid);
};

#endif // SEGMENTTRUST_H
