#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""publishbench.py [--runs N] [--width W] [--height H]

The cost of shmloader.Publisher.publish_image() of one RGBA NumPy frame (trust checks, a look at
the segment's attachments, lock, seqlock write, wake) against a NumPy copy of the same bytes
into a preallocated buffer (numpy.copyto), each timed N times, medians printed; the Python
counterpart of tests/benchmarks/publishbench.cpp. The segment is made here as a viewer makes it
(SegmentCreator: key files 0600, semaphore set to 1, segment 0600) and held attached, so no
reader competes for the cores; it is removed at the end. Needs NumPy; run from the source tree
(python/ is put on the path) or with the module installed.
"""

import argparse
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import numpy  # noqa: E402

import shmloader  # noqa: E402
from shmloader import _ipc  # noqa: E402


def make_segment(key, size):
    """What SegmentCreator::createIfAbsent() does, then attached as the viewer would be."""
    for path in (_ipc.key_file_path(key), _ipc.semaphore_key_file_path(key)):
        os.close(os.open(path, os.O_CREAT | os.O_NOFOLLOW | os.O_RDWR, 0o600))
    _ipc.lock_of(key)
    segment = _ipc._libc.shmget(_ipc.system_v_key(_ipc.key_file_path(key)), size,
                                _ipc.IPC_CREAT | _ipc.IPC_EXCL | 0o600)
    if segment == -1:
        raise OSError("cannot make the segment")
    return _ipc.attach(segment)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=101)
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    options = parser.parse_args()

    frame = numpy.empty((options.height, options.width, 4), numpy.uint8)
    frame[:] = (12, 34, 56, 78)
    key = "shmtest-publishbench-py-%d-%08x" % (os.getpid(), random.getrandbits(32))
    viewer = make_segment(key, frame.nbytes + 4096)
    destination = numpy.ones_like(frame)  # as warm as the segment's pages after the first publish
    copy_ms, publish_ms = [], []
    publisher = shmloader.Publisher(key)
    try:
        for _ in range(options.runs):
            started = time.perf_counter_ns()
            numpy.copyto(destination, frame)
            copy_ms.append((time.perf_counter_ns() - started) / 1e6)
            started = time.perf_counter_ns()
            publisher.publish_image(frame, name="bench")
            publish_ms.append((time.perf_counter_ns() - started) / 1e6)
    finally:
        publisher.close()
        _ipc.detach(viewer)
        _ipc.remove_if_unused(key)
    copy, publish = statistics.median(copy_ms), statistics.median(publish_ms)
    print("frame %d x %d RGBA, %d bytes, %d runs" % (options.width, options.height, frame.nbytes,
                                                     options.runs))
    print("numpy copy (median)     %.3f ms" % copy)
    print("publish_image (median)  %.3f ms" % publish)
    print("ratio                   %.2f" % (publish / copy))
    return 0


if __name__ == "__main__":
    sys.exit(main())
