// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef HEADLESSMODE_H
#define HEADLESSMODE_H

class LoaderOptions;

// shm-loader without a window: --help, --version, --list, --load and bad options. Needs only a
// QCoreApplication, so it works with no display at all.
namespace HeadlessMode {

// Returns the exit code. A --load that times out leaves through _exit() instead: its worker is
// stuck in semop() and can be neither joined nor safely left to static destructors.
int run(const LoaderOptions &options);

} // namespace HeadlessMode

#endif // HEADLESSMODE_H
