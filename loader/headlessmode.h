// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef HEADLESSMODE_H
#define HEADLESSMODE_H

struct LoaderOptions;

// shm-loader without a window: --list, --load and --follow (a file, or standard input with -).
// Needs only a QCoreApplication, so it works with no display at all.
namespace HeadlessMode {

// Returns the exit code. After a --load that timed out, main() leaves through
// BlockingCall::exitProcess(): the call is stuck in semop().
int run(const LoaderOptions &options);

} // namespace HeadlessMode

#endif // HEADLESSMODE_H
