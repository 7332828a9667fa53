# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""What the Python module's tests share: a key of their own (tests/support/testkey.h's rule),
a real shm-viewer --print, the C++ probe, and the check that nothing was left behind."""

import ctypes
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import unittest

sys.path.insert(0, os.environ["SHM_PYTHON_DIR"])
import shmloader  # noqa: E402
from shmloader import _ipc  # noqa: E402

BIN = os.environ["SHM_BIN_DIR"]


def program(name):
    return os.path.join(BIN, name)


def unique_key(name):
    return "shmtest-%s-%d-%08x" % (name, os.getpid(), random.getrandbits(32))


def is_gone(key):
    return (_ipc.segment_of(key) == -1 and not os.path.exists(_ipc.key_file_path(key))
            and not os.path.exists(_ipc.semaphore_key_file_path(key)))


def remove_leftovers(key):
    for path in (_ipc.key_file_path(key), _ipc.semaphore_key_file_path(key)):
        ipc_key = _ipc.system_v_key(path)
        if ipc_key != -1:
            segment = _ipc._libc.shmget(ipc_key, 0, 0)
            if segment != -1:
                _ipc._libc.shmctl(segment, _ipc.IPC_RMID, None)
            semaphore = _ipc._libc.semget(ipc_key, 1, 0)
            if semaphore != -1:
                _ipc._libc.semctl(semaphore, 0, _ipc.IPC_RMID)
        try:
            os.unlink(path)
        except OSError:
            pass


def segment_bytes(key, length=None):
    """A copy of the key's segment (its first length bytes), attached for the moment."""
    segment = _ipc.segment_of(key)
    info = _ipc.segment_stat(segment)
    address = _ipc.attach(segment)
    try:
        return ctypes.string_at(address, length or info.size)
    finally:
        _ipc.detach(address)


def written_part(key):
    """Header and payload with its NUL, the fields that differ between two writes of the same
    content zeroed: wake word, generation, time, pid, write sequence."""
    data = bytearray(segment_bytes(key))
    payload_length = int.from_bytes(data[24:32], sys.byteorder)
    part = data[:256 + payload_length + 1]
    for start, end in ((8, 12), (16, 24), (40, 52), (72, 80)):
        part[start:end] = bytes(end - start)
    return bytes(part)


def comparable(line):
    """A --print line without what differs between two writes of the same content."""
    return {k: v for k, v in line.items() if k not in ("seq", "loadedAt", "writerPid")}


class Viewer:
    """shm-viewer --print on key, its JSON lines collected."""

    def __init__(self, key, size=None, interval=None):
        command = [program("shm-viewer"), "--key", key, "--print"]
        if size:
            command += ["--size", str(size)]
        if interval:
            command += ["--interval", str(interval)]
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.lines = []
        self._mutex = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        deadline = time.monotonic() + 10
        while _ipc.segment_of(key) == -1 or _ipc.attachments(key) < 1:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError("the viewer did not start: %s"
                                     % self.process.stderr.read().decode())
            time.sleep(0.02)

    def _read(self):
        for raw in self.process.stdout:
            with self._mutex:
                self.lines.append(json.loads(raw))

    def count(self):
        with self._mutex:
            return len(self.lines)

    def wait_for(self, count, timeout=10):
        """The line number count (1-based), once the viewer printed it."""
        deadline = time.monotonic() + timeout
        while self.count() < count:
            if time.monotonic() > deadline:
                raise AssertionError("the viewer printed %d lines, not %d" % (self.count(), count))
            time.sleep(0.01)
        with self._mutex:
            return self.lines[count - 1]

    def wait_for_seq(self, seq, timeout=10):
        """The first line of write number seq or later (the viewer skips what it had no time
        to show)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._mutex:
                for line in self.lines:
                    if line.get("seq", 0) >= seq:
                        return line
            if time.monotonic() > deadline:
                raise AssertionError("the viewer never showed write %d: %s"
                                     % (seq, [l.get("seq") for l in self.lines]))
            time.sleep(0.01)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=20)
        self._reader.join(timeout=5)
        self.process.stdout.close()
        self.process.stderr.close()


def probe(key, *args):
    """The C++ library's side: shm-publish-probe KEY ARGS; (exit code, stderr)."""
    done = subprocess.run([program("shm-publish-probe"), key] + [str(a) for a in args],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stderr.strip()


class ShmTestCase(unittest.TestCase):
    """Each test on a key of its own, nothing of it left afterwards."""

    def setUp(self):
        self.key = unique_key("python")
        self.viewers = []

    def start_viewer(self, size=None, interval=None):
        viewer = Viewer(self.key, size, interval)
        self.viewers.append(viewer)
        return viewer

    def tearDown(self):
        shmloader._close_all()
        for viewer in self.viewers:
            viewer.stop()
        gone = is_gone(self.key)
        remove_leftovers(self.key)
        self.assertTrue(gone, "the test left something behind on " + self.key)
