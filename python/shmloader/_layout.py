# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""The segment's bytes: layout 3 (docs/protocol.md), as common/segmentlayout.cpp encode() writes.

Memory ordering. The write sequence is a seqlock: readers copy without the lock and keep a copy
only when the sequence was even and the same before and after. The C++ writer stores the odd
value, issues a full fence, copies, then stores the even value with release order. Here the
stores go through libatomic's __atomic_store_8 (seq_cst, a locked instruction: a full barrier)
when the system has libatomic.so.1 (Debian's libatomic1), called through ctypes. Without it the
module relies on x86-64's TSO: an aligned 8-byte store is atomic, stores become visible in
program order (the odd sequence before any payload byte, every payload byte before the even
one), and every ctypes call is an opaque function call the CPU executes in order, so a plain
store is a release store. The writer needs no StoreLoad fence: it only stores between the two
sequence values. On other machines the module refuses to write (machine_supported()): only
x86-64 was checked, and weaker orderings (aarch64) would need a fence after the odd store.
"""

import ctypes
import ctypes.util
import os
import platform
import struct

MAGIC = 0x4C4D4853
VERSION = 3
HEADER_SIZE = 256
WAKE_WORD_OFFSET = 8
SEQUENCE_OFFSET = 72
MAX_SOURCE_NAME_BYTES = 127
MAX_CONTENT_TYPE_BYTES = 31
MINIMUM_SEGMENT_SIZE = HEADER_SIZE + 1
MAX_IMAGE_SIDE = 1 << 20
TRUNCATED = 0x1
INVALID_UTF8 = 0x2
RAW_IMAGE_CONTENT_TYPE = "image/x-raw"
TEXT_TYPES = ("text/plain; charset=utf-8", "text/markdown; charset=utf-8",
              "text/html; charset=utf-8")
GRAY8, RGB888, RGBA8888 = 1, 2, 3
_BYTES_PER_PIXEL = {GRAY8: 1, RGB888: 3, RGBA8888: 4}

# magic, version, headerSize, wakeWord, flags, generation, payloadLength, originalSize,
# loadedAtMs, writerPid, width, height, sourceWidth, sourceHeight, nameLength,
# contentTypeLength, sequence, pixelFormat, stride, reserved, contentType, sourceName
_HEADER = struct.Struct("=IHHIIQQQqIIIIIHHQII8s32s128s")
assert _HEADER.size == HEADER_SIZE

# -- atomics ------------------------------------------------------------------------------------

_SEQ_CST = 5
_RELAXED = 0
_atomic = None
_name = ctypes.util.find_library("atomic")
for _candidate in ([_name] if _name else []) + ["libatomic.so.1"]:
    try:
        _atomic = ctypes.CDLL(_candidate)
        break
    except OSError:
        pass
if _atomic is not None:
    _atomic.__atomic_store_8.argtypes = [ctypes.c_void_p, ctypes.c_uint64, ctypes.c_int]
    _atomic.__atomic_store_8.restype = None
    _atomic.__atomic_load_8.argtypes = [ctypes.c_void_p, ctypes.c_int]
    _atomic.__atomic_load_8.restype = ctypes.c_uint64
    _atomic.__atomic_fetch_add_4.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int]
    _atomic.__atomic_fetch_add_4.restype = ctypes.c_uint32
_TSO = platform.machine() in ("x86_64", "AMD64")


def machine_supported():
    """Where the module's structure offsets (_ipc.py) and the write sequence's ordering were
    checked: 64-bit x86 Linux. Elsewhere it refuses to write rather than guess (aarch64 would
    need a fence after the odd store, and other ABIs lay shmid_ds out differently)."""
    return _TSO


def _store64(address, value, order):
    if _atomic is not None:
        _atomic.__atomic_store_8(address, value, order)
    else:
        ctypes.c_uint64.from_address(address).value = value  # see the module's comment


def _load64(address):
    if _atomic is not None:
        return _atomic.__atomic_load_8(address, _RELAXED)
    return ctypes.c_uint64.from_address(address).value


def bump_wake_word(segment):
    """Adds 1 to the wake word (under the lock: no other writer changes it meanwhile)."""
    address = segment + WAKE_WORD_OFFSET
    if _atomic is not None:
        _atomic.__atomic_fetch_add_4(address, 1, _SEQ_CST)
    else:
        word = ctypes.c_uint32.from_address(address)
        word.value = (word.value + 1) & 0xFFFFFFFF


# -- text ---------------------------------------------------------------------------------------


def _is_continuation(byte):
    return (byte & 0xC0) == 0x80


def _sequence_length(lead):
    if lead < 0x80:
        return 1
    if (lead & 0xE0) == 0xC0:
        return 2
    if (lead & 0xF0) == 0xE0:
        return 3
    if (lead & 0xF8) == 0xF0:
        return 4
    return 0


def truncation_point(text, max_bytes):
    """Utf8Text::truncationPoint(): the cut at most max_bytes that splits no UTF-8 sequence."""
    if max_bytes <= 0:
        return 0
    if len(text) <= max_bytes:
        return len(text)
    cut = max_bytes
    steps = 0
    while steps < 3 and cut > 0 and _is_continuation(text[cut]):
        cut -= 1
        steps += 1
    if not _is_continuation(text[cut]):
        length = _sequence_length(text[cut])
        if length > 0 and cut + length <= max_bytes:
            cut += length
        return cut
    return max_bytes


def is_valid_utf8(data):
    try:
        bytes(data).decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def truncated_name(name):
    utf8 = name.encode("utf-8", "surrogateescape")
    return utf8[:truncation_point(utf8, MAX_SOURCE_NAME_BYTES)]


def text_type_of_name(name):
    """ContentSniffer::textTypeOfName(): .md/.markdown Markdown, .html/.htm HTML, else plain."""
    if "." not in name:
        return TEXT_TYPES[0]
    suffix = name.rsplit(".", 1)[1].lower()
    if suffix in ("md", "markdown"):
        return TEXT_TYPES[1]
    if suffix in ("html", "htm"):
        return TEXT_TYPES[2]
    return TEXT_TYPES[0]


def text_capacity(segment_size):
    return segment_size - HEADER_SIZE - 1 if segment_size >= MINIMUM_SEGMENT_SIZE else 0


def bytes_per_pixel(pixel_format):
    return _BYTES_PER_PIXEL.get(pixel_format, 0)


def raw_frame_problem(pixel_format, width, height, stride, payload_length):
    """SegmentLayout::rawFrameProblem(), word for word."""
    pixel_bytes = bytes_per_pixel(pixel_format)
    if pixel_bytes == 0:
        return "unknown pixel format %d" % pixel_format
    if width == 0 or height == 0 or width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        return "the header gives the frame a size of %d × %d" % (width, height)
    if stride < width * pixel_bytes:
        return "a stride of %d bytes is shorter than a row of %d pixels" % (stride, width)
    if stride * height != payload_length:
        return "stride %d × height %d is not the payload's %d bytes" % (stride, height,
                                                                        payload_length)
    return ""


# -- the write ----------------------------------------------------------------------------------


class Write:
    """What one write puts in: a text's bytes as data; an image's as (address, length), in memory
    kept alive by owner."""

    def __init__(self, address, length, source_name, content_type="", original_size=0,
                 width=0, height=0, pixel_format=0, stride=0, owner=None, data=None):
        self.data = data
        self.address = address
        self.length = length
        self.source_name = source_name
        self.content_type = content_type
        self.original_size = original_size
        self.width = width
        self.height = height
        self.pixel_format = pixel_format
        self.stride = stride
        self.owner = owner  # the object whose memory address points into
        self.loaded_at_ms = 0
        self.writer_pid = 0

    @property
    def is_image(self):
        return self.content_type.startswith("image/")

    @property
    def is_raw(self):
        return self.content_type == RAW_IMAGE_CONTENT_TYPE


class WriteResult:
    def __init__(self):
        self.ok = False
        self.problem = ""
        self.text_length = 0
        self.truncated = False
        self.valid_utf8 = True
        self.generation = 0


def _previous(segment):
    magic, version = struct.unpack("=IH", ctypes.string_at(segment, 6))
    generation = ctypes.c_uint64.from_address(segment + 16).value
    return magic == MAGIC and version == VERSION, generation


def encode(segment, segment_size, write):
    """SegmentLayout::encode(): payload and header into the segment at address segment (the
    caller holds the lock), the wake word left alone, inside an odd write sequence."""
    result = WriteResult()
    if segment_size < MINIMUM_SEGMENT_SIZE:
        result.problem = ("segment of %d bytes is too small for the %d-byte header"
                          % (segment_size, HEADER_SIZE))
        return result
    if write.is_raw:
        problem = raw_frame_problem(write.pixel_format, write.width, write.height, write.stride,
                                    write.length)
        if problem:
            result.problem = "invalid raw frame: " + problem
            return result
    capacity = text_capacity(segment_size)
    content_type = (write.content_type or TEXT_TYPES[0]).encode("latin-1")
    if write.is_image and write.length > capacity:
        result.problem = ("the image of %d bytes does not fit the %d bytes the segment has room "
                          "for" % (write.length, capacity))
        return result
    if len(content_type) > MAX_CONTENT_TYPE_BYTES:
        result.problem = "content type too long"
        return result

    ours, previous_generation = _previous(segment)
    generation = (previous_generation + 1) & 0xFFFFFFFFFFFFFFFF if ours else 1
    if not ours:
        # Not our header: a NUL first, so a writer killed half-way leaves an empty segment.
        ctypes.c_char.from_address(segment).value = b"\0"
    sequence = _begin_write(segment, ours)

    area = segment + HEADER_SIZE
    if write.is_image:
        ctypes.memmove(area, write.address, write.length)
        copied = write.length
    else:
        # The caller refused a NUL in the text, so strncpy() would copy exactly this much.
        text = write.data
        copied = truncation_point(text, capacity)
        ctypes.memmove(area, text, copied)
    ctypes.c_char.from_address(area + copied).value = b"\0"

    name = truncated_name(write.source_name)
    original_size = max(write.original_size, copied)
    if write.is_image:
        original_size = copied  # never cut
    result.truncated = original_size > copied
    if write.is_image:
        result.valid_utf8 = True
    else:
        result.valid_utf8 = is_valid_utf8(ctypes.string_at(area, copied))
    flags = (TRUNCATED if result.truncated else 0) | (0 if result.valid_utf8 else INVALID_UTF8)
    width = height = pixel_format = stride = 0
    if write.is_image:
        width, height = write.width, write.height
    if write.is_raw:
        pixel_format, stride = write.pixel_format, write.stride
    header = _HEADER.pack(MAGIC, VERSION, HEADER_SIZE, 0, flags, generation, copied,
                          original_size, write.loaded_at_ms, write.writer_pid, width, height,
                          0, 0, len(name), len(content_type), 0, pixel_format, stride, b"",
                          content_type, name)
    # Around the two words only ever changed atomically (wake word, sequence).
    ctypes.memmove(segment, header, WAKE_WORD_OFFSET)
    ctypes.memmove(segment + WAKE_WORD_OFFSET + 4, header[WAKE_WORD_OFFSET + 4:SEQUENCE_OFFSET],
                   SEQUENCE_OFFSET - WAKE_WORD_OFFSET - 4)
    ctypes.memmove(segment + SEQUENCE_OFFSET + 8, header[SEQUENCE_OFFSET + 8:],
                   HEADER_SIZE - SEQUENCE_OFFSET - 8)
    # Even again, after every byte of the write (release; see the module's comment).
    _store64(segment + SEQUENCE_OFFSET, (sequence + 1) & 0xFFFFFFFFFFFFFFFF, _SEQ_CST)

    result.ok = True
    result.text_length = copied
    result.generation = generation
    return result


def _begin_write(segment, ours):
    # Over another layout the word holds leftover bytes: a random start, as the C++ writer.
    before = (_load64(segment + SEQUENCE_OFFSET) if ours
              else int.from_bytes(os.urandom(8), "little"))
    writing = (before + 1 + (before & 1)) & 0xFFFFFFFFFFFFFFFF
    # seq_cst: the odd value is visible before any byte of the write.
    _store64(segment + SEQUENCE_OFFSET, writing, _SEQ_CST)
    return writing
