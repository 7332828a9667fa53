// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTERROR_H
#define SEGMENTERROR_H

#include <QCoreApplication>
#include <QString>

class QSharedMemory;

// A class of static functions, not a namespace, only for its translation context (tr()).
class SegmentError
{
    Q_DECLARE_TR_FUNCTIONS(SegmentError)
public:
    // What was tried: each has its own whole sentence, for the translators.
    enum class Action { Attach, Create, Lock };

    // A short sentence for the status line: what failed, in words, plus Qt's errorString().
    static QString describe(const QSharedMemory &memory, Action action);
};

#endif // SEGMENTERROR_H
