// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef HEADLESSMODE_H
#define HEADLESSMODE_H

#include <QCoreApplication>

struct LoaderOptions;

// shm-loader without a window: --list, --load and --follow (a file, or standard input with -).
// Needs only a QCoreApplication, so it works with no display at all.
// A class of static functions, not a namespace, only for its translation context (tr()).
class HeadlessMode
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessMode)
public:
    // Returns the exit code. After a --load that timed out, main() leaves through
    // BlockingCall::exitProcess(): the call is stuck in semop().
    static int run(const LoaderOptions &options);
};

#endif // HEADLESSMODE_H
