// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SHMCONSTANTS_H
#define SHMCONSTANTS_H

#include <QtGlobal>

// The only place where the defaults live: both programs, the tests and the docs refer to these.
namespace ShmConstants {

// Qt turns this into /tmp/qipc_sharedmemory_ShmLoaderText<sha1> (the key's letters, case kept,
// then the SHA-1 of the key) and ftok()s that file.
inline constexpr char DefaultKey[] = "ShmLoaderText";

// Header plus text area; the viewer creates the segment with this size unless --size says
// otherwise.
inline constexpr qsizetype DefaultSegmentSize = 64 * 1024;

// The largest segment any program uses: a larger one (planted, or made by another program) is
// refused at attach instead of copied at every change.
inline constexpr qsizetype MaxSegmentSize = qsizetype(1) << 30;

inline constexpr int DefaultPollIntervalMs = 100;

// After this long inside one wait for the segment's lock, both windows say "waiting for the
// lock" (the viewer's SegmentWatcher, the loader's FileLoader): shorter waits are ordinary.
inline constexpr int LockWaitNoticeMs = 300;

// The most memory one image may take while decoded, in MiB (QImageReader::setAllocationLimit),
// in the loader and in the viewer alike: a 1 KiB PNG that claims 100,000 × 100,000 pixels is
// refused at its header instead of claiming gigabytes. 256 MiB holds an 8,192 × 8,192 RGBA image.
inline constexpr int ImageAllocationLimitMiB = 256;

// The largest image file the loader reads at all (it must fit the segment, or be scaled to).
inline constexpr qsizetype MaxImageFileBytes = 64 * 1024 * 1024;

} // namespace ShmConstants

#endif // SHMCONSTANTS_H
