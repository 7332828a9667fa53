// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef WAKELATENCY_H
#define WAKELATENCY_H

// shm-benchmarks --wake-latency: a real shm-viewer --print (from the benchmark's own bin/) on a
// key of its own, and this process as the writer. Prints CSV on stdout, run,interval_ms,latency_us:
//   print      the time from a write's unlock to the viewer's line for it, writes at random gaps
//   text-64k, image-64k  the same for a 60 KiB text and a 120 × 120 PNG of noise (about 57 KiB)
//   burst-end  the same for the last write of a burst of 10,000 writes/s lasting one second
// and notes (the viewer's CPU during the bursts, lines printed) on stderr. Returns 0, or 1 when
// the viewer could not be run or a write was never printed.
int runWakeLatency(int samples, int bursts);

#endif // WAKELATENCY_H
