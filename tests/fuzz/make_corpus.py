#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Writes the seed corpus for fuzz_segmentlayout (tests/fuzz/corpus/). Run it again after a
layout change; the files are committed. Layout: docs/protocol.md (little-endian host)."""

import os
import struct
import zlib

MAGIC = 0x4C4D4853
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
TRUNCATED, INVALID_UTF8 = 0x1, 0x2


TEXT = b"text/plain; charset=utf-8"


def header(text_length, original, name=b"", flags=0, generation=1, pid=4242,
           loaded_at=1_790_000_000_000, version=2, header_size=256, name_length=None,
           content_type=TEXT, type_length=None, wake=0, size=(0, 0), source_size=(0, 0)):
    if name_length is None:
        name_length = len(name)
    if type_length is None:
        type_length = len(content_type)
    fixed = struct.pack("<IHHIIQQQqIIIIIHH24x", MAGIC, version, header_size, wake, flags,
                        generation, text_length, original, loaded_at, pid, size[0], size[1],
                        source_size[0], source_size[1], name_length, type_length)
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
write("other-content-type", header(4, 4, b"i.txt", content_type=b"application/pdf") + b"%PDF\0")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082")
write("image-png", (header(len(PNG), len(PNG), b"dot.png", content_type=b"image/png",
                           size=(1, 1)) + PNG + b"\0").ljust(512, b"\0"))
write("classic-qdatastream-image", (b"\x00\x00\x00\x01" + PNG).ljust(256, b"\0"))
write("image-scaled", (header(len(PNG), len(PNG), b"big.jpg", content_type=b"image/jpeg",
                              size=(1, 1), source_size=(4000, 3000)) + PNG + b"\0")
      .ljust(512, b"\0"))
write("binary", bytes((i * 37 + 11) % 256 for i in range(200)))


# Raw frames (image/x-raw): pixel format and stride at offsets 80 and 84 (docs/protocol.md).
def raw_frame(fmt, width, height, stride, payload_length=None, name=b"frame", pixels=None):
    if pixels is None:
        pixels = bytes((i * 7 + 1) % 256 for i in range(stride * height))
    if payload_length is None:
        payload_length = len(pixels)
    fixed = bytearray(header(payload_length, payload_length, name, version=3,
                             content_type=b"image/x-raw", size=(width, height)))
    struct.pack_into("<II", fixed, 80, fmt, stride)
    return bytes(fixed) + pixels + b"\0"


write("raw-frame-rgba", raw_frame(3, 4, 3, 16))
write("raw-frame-gray-padded", raw_frame(1, 5, 3, 8))
write("raw-frame-rgb", raw_frame(2, 3, 2, 9))
# stride × height is 32 modulo 2^32, and the payload 32 bytes: refused, never read past it.
write("raw-frame-stride-wraps", raw_frame(3, 4, 2, 0x80000010, pixels=b"\1" * 32))
write("raw-frame-short-payload", raw_frame(3, 4, 3, 16, payload_length=40))
write("raw-frame-unknown-format", raw_frame(9, 4, 3, 16))


# Seeds for fuzz_imagedecoder (image-corpus/): the first byte picks the declared type, in the order
# of ContentSniffer::imageTypes() (png, jpeg, gif, bmp, webp, svg+xml); the rest is the payload.
# The JPEG and WebP bytes were made once with ImageMagick (convert -size 8x6 gradient:red-blue).
# Files named regression-* are findings of the fuzzer, kept as they were found (not written here).
IMAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "image-corpus")
os.makedirs(IMAGES, exist_ok=True)


def png(width, height, rows):
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def image_seed(name, type_index, payload):
    with open(os.path.join(IMAGES, name), "wb") as f:
        f.write(bytes([type_index]) + payload)


SMALL_PNG = png(4, 3, b"".join(b"\0" + bytes([x * 60, y * 80, 200, 255]) * 4 for y in range(3)
                                for x in range(1)))
image_seed("png", 0, SMALL_PNG)
image_seed("png-truncated", 0, SMALL_PNG[:40])
image_seed("png-bomb", 0, png(100000, 100000, b"\0" * 1000))
image_seed("png-declared-jpeg", 1, SMALL_PNG)
image_seed("jpeg", 1, bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb00430006040506050406060506070706080a100a0a09"
    "090a140e0f0c1017141818171416161a1d251f1a1b231c1616202c20232627292a29191f2d302d2830252829"
    "28ffdb0043010707070a080a130a0a13281a161a282828282828282828282828282828282828282828282828"
    "2828282828282828282828282828282828282828282828282828ffc000110800060008030122000211010311"
    "01ffc4001500010100000000000000000000000000000007ffc4001710010003000000000000000000000000"
    "0000031561ffc4001501010100000000000000000000000000000507ffc40019110002030100000000000000"
    "0000000000000501165302ffda000c03010002110311003f0089ddcba02c35955872276167b49fffd9"))
image_seed("gif", 2, b"GIF89a\x02\x00\x02\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff,"
           b"\x00\x00\x00\x00\x02\x00\x02\x00\x00\x02\x02\x84\x51\x00;")
image_seed("gif-no-frames", 2, b"GIF89a\x10\x00\x10\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff;")
image_seed("bmp", 3, b"BM" + struct.pack("<IHHI", 14 + 40 + 16, 0, 0, 54)
           + struct.pack("<IiiHHIIiiII", 40, 2, 2, 1, 24, 0, 16, 2835, 2835, 0, 0)
           + b"\x00\x00\xff\xff\xff\xff\x00\x00" * 2)
image_seed("webp", 4, bytes.fromhex(
    "52494646540000005745425056503820480000003003009d012a0800060002003425a80274b7009601fc0308"
    "03f403dffc0f4402b5e000fef79c4a4079533ff9eb8e18e2afee4618e2affdf697faf6ffe09bf42bb9807b57"
    "98da0000"))
image_seed("svg", 5, b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="6">'
           b'<rect width="8" height="6" fill="red"/></svg>')
