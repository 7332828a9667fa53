// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SHMCONSTANTS_H
#define SHMCONSTANTS_H

#include <QtGlobal>

// The only place where the defaults live: both programs, the tests and the docs refer to these.
namespace ShmConstants {

// Qt turns this into /tmp/qipc_sharedmemory_shmloadertext<sha1> and ftok()s that file.
inline constexpr char DefaultKey[] = "ShmLoaderText";

// Header plus text area; the viewer creates the segment with this size unless --size says
// otherwise.
inline constexpr qsizetype DefaultSegmentSize = 64 * 1024;

inline constexpr int DefaultPollIntervalMs = 100;

} // namespace ShmConstants

#endif // SHMCONSTANTS_H
