#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Writes the seed corpus for fuzz_segmentlayout (tests/fuzz/corpus/). Run it again after a
layout change; the files are committed. Layout: docs/protocol.md (little-endian host)."""

import os
import struct

MAGIC = 0x4C4D4853
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
TRUNCATED, INVALID_UTF8 = 0x1, 0x2


TEXT = b"text/plain; charset=utf-8"


def header(text_length, original, name=b"", flags=0, generation=1, pid=4242,
           loaded_at=1_790_000_000_000, version=2, header_size=256, name_length=None,
           content_type=TEXT, type_length=None, wake=0):
    if name_length is None:
        name_length = len(name)
    if type_length is None:
        type_length = len(content_type)
    fixed = struct.pack("<IHHIIQQQqIIIIIHH24x", MAGIC, version, header_size, wake, flags,
                        generation, text_length, original, loaded_at, pid, 0, 0, 0, 0,
                        name_length, type_length)
    assert len(fixed) == 96
    return fixed + content_type.ljust(32, b"\0")[:32] + name.ljust(128, b"\0")[:128]


def segment(text, size, name=b"a.txt", original=None, flags=None):
    capacity = size - 257
    stored = text[:capacity]
    if original is None:
        original = len(text)
    if flags is None:
        flags = TRUNCATED if original > len(stored) else 0
    data = header(len(stored), original, name, flags) + stored + b"\0"
    return data.ljust(size, b"\0")


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


os.makedirs(HERE, exist_ok=True)
write("valid-small", segment(b"hello, world\nsecond line\n", 512, b"hello.txt"))
write("valid-utf8", segment("Grüße, мир, 世界, 🙂\n".encode(), 400, "名前.txt".encode()))
write("valid-truncated", segment(b"x" * 100, 300, b"long.txt", original=100))
write("valid-invalid-utf8", segment(b"bad \xff\xfe bytes\n", 320, b"bad.txt",
                                    flags=INVALID_UTF8))
write("valid-minimum", segment(b"", 257, b""))
write("raw-text", b"plain text from a classic strncpy loader\n\0".ljust(128, b"\0"))
write("raw-unterminated", b"text that fills the whole segment, no NUL")
write("empty", b"\0" * 64)
write("truncated-header", header(10, 10, b"t.txt")[:100])
write("header-only", header(0, 0, b"h.txt"))
write("max-fields", header(2**64 - 1, 2**64 - 1, b"\xff" * 128, flags=0xFFFFFFFF,
                           generation=2**64 - 1, pid=2**32 - 1, loaded_at=2**63 - 1,
                           header_size=256, name_length=0xFFFF, content_type=b"\xff" * 32,
                           type_length=0xFFFF, wake=2**32 - 1).ljust(512, b"\xff"))
write("future-version", segment(b"v3", 300)[:4] + struct.pack("<H", 3) + segment(b"v3", 300)[6:])
write("version-1", segment(b"v1", 300)[:4] + struct.pack("<H", 1) + segment(b"v1", 300)[6:])
write("other-content-type", header(4, 4, b"i.png", content_type=b"image/png") + b"\x89PNG\0")
write("binary", bytes((i * 37 + 11) % 256 for i in range(200)))
