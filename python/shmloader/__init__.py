# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Publish texts, images and files to a running shm-viewer from Python.

    import shmloader
    shmloader.publish_text("hello", name="greeting", key="k")
    shmloader.publish_image(array, name="frame", key="k")  # NumPy uint8 HxW, HxWx3, HxWx4 or PIL
    shmloader.publish_file("report.html", key="k")

Pure Python (ctypes to the C library): the same lock, header, write sequence and wake-up as the
suite's C++ library (ShmLoader::Publisher) and shm-loader, see docs/protocol.md. Nothing is ever
created: without a viewer's segment on the key, ViewerNotRunning is raised.
"""

import atexit
import ctypes
import errno
import os
import platform
import shutil
import stat
import subprocess
import threading
import time

from . import _ipc, _layout
from ._layout import GRAY8, RGB888, RGBA8888

__all__ = ["publish_text", "publish_image", "publish_file", "Publisher", "Published",
           "PublishError", "ViewerNotRunning", "DEFAULT_KEY", "GRAY8", "RGB888", "RGBA8888"]
__version__ = "1.0.0"

DEFAULT_KEY = "ShmLoaderText"  # common/shmconstants.h, DefaultKey
DEFAULT_SEGMENT_SIZE = 64 * 1024
MAX_SEGMENT_SIZE = 1 << 30
MAX_IMAGE_FILE_BYTES = 64 * 1024 * 1024
_HEAD_BYTES = 4096
_MAX_IMAGE_FILE_BYTES = 64 * 1024 * 1024  # ShmConstants::MaxImageFileBytes

NOT_RUNNING = "The viewer is not running — start shm-viewer first"
NOT_RUNNING_ORPHAN = ("The viewer is not running — start shm-viewer first (removed a segment left "
                      "by a viewer that did not quit cleanly)")


class PublishError(Exception):
    """A publish that did not go in; str() says why, as shm-loader says it. status is one of
    "viewer not running", "refused", "too large", "timed out", "failed"; exit_code is
    shm-loader's for it (2, 3, 3, 1, 1)."""

    status = "failed"

    def __init__(self, message, status=None):
        super().__init__(message)
        if status is not None:
            self.status = status

    @property
    def exit_code(self):
        return {"viewer not running": 2, "refused": 3, "too large": 3}.get(self.status, 1)


class ViewerNotRunning(PublishError):
    """No viewer's segment on the key: start shm-viewer (with --key)."""

    status = "viewer not running"

    def __init__(self, message=NOT_RUNNING):
        super().__init__(message)


class Published:
    """What one publish wrote: the generation (the viewer's "seq"), the payload's bytes in the
    segment, whether a text was cut to fit, and the segment's size."""

    def __init__(self, source_name, generation, bytes, truncated, valid_utf8, original_size,
                 segment_size, message=""):
        self.source_name = source_name
        self.generation = generation
        self.bytes = bytes
        self.truncated = truncated
        self.valid_utf8 = valid_utf8
        self.original_size = original_size
        self.segment_size = segment_size
        self.message = message  # shm-loader's line for it

    def __bool__(self):
        return True

    def __repr__(self):
        return "Published(%r, generation=%d, bytes=%d)" % (self.source_name, self.generation,
                                                          self.bytes)


# -- attaching and writing ------------------------------------------------------------------


class _Attachment:
    def __init__(self, key, segment, address, size, semaphore):
        self.key = key
        self.segment = segment
        self.address = address
        self.size = size
        self.semaphore = semaphore
        self.populated = 0


def _lock_failure(error):
    return PublishError("Could not lock shared memory: could not take the lock (%s)" % error)


def _timed_out(lock_timeout_ms):
    # shm-loader's words; here nothing at all was written (semtimedop gave up).
    return PublishError("Timed out after %d ms waiting for the shared memory lock (another "
                        "process holds it); nothing was loaded" % lock_timeout_ms, "timed out")


def _refusal(key, segment_size):
    """SegmentWriter::refusal(): why nothing is written into key's segment of segment_size
    bytes (another user's objects, or over MAX_SEGMENT_SIZE); empty when nothing speaks against
    it."""
    problem = _ipc.trust_problem(key)
    if not problem and segment_size > MAX_SEGMENT_SIZE:
        problem = ("The segment has %d bytes, more than the %d any program of this suite uses; "
                   "nothing was loaded" % (segment_size, MAX_SEGMENT_SIZE))
    return problem


def _attach(key, lock_timeout_ms=None):
    """Attaches to the viewer's segment of key, under its lock as QSharedMemory::attach() does,
    with SegmentTrust's checks before and after. Creates no segment."""
    problem = _ipc.trust_problem(key)
    if problem:
        raise PublishError(problem)
    if _ipc.segment_of(key) == -1:
        raise ViewerNotRunning()
    try:
        semaphore = _ipc.lock_of(key)
        if not _ipc.take_lock(semaphore, lock_timeout_ms):
            raise _timed_out(lock_timeout_ms)
    except OSError as error:
        raise _lock_failure(error.strerror or error) from None
    try:
        segment = _ipc.segment_of(key)
        if segment == -1:
            raise ViewerNotRunning()
        info = _ipc.segment_stat(segment)
        try:
            address = _ipc.attach(segment)
        except OSError as error:
            what = ("permission denied (the segment belongs to another user)"
                    if error.errno in (errno.EACCES, errno.EPERM) else "unknown error")
            raise PublishError("Could not attach to shared memory: %s (%s)"
                               % (what, error.strerror)) from None
    finally:
        _ipc.give_lock(semaphore)
    attachment = _Attachment(key, segment, address, info.size if info else 0, semaphore)
    problem = _refusal(key, attachment.size)
    if problem:
        _release(attachment)
        raise PublishError(problem)
    return attachment


def _detach(attachment):
    # Under the lock, as QSharedMemory::detach(); a holder stuck for a second is not waited for.
    locked = False
    try:
        locked = _ipc.take_lock(attachment.semaphore, 1000)
    except OSError:
        pass
    _ipc.detach(attachment.address)
    if locked:
        _ipc.give_lock(attachment.semaphore)


def _release(attachment):
    """Detaches, then removes what is left when nobody else is attached (as the C++ writer)."""
    _detach(attachment)
    return _ipc.remove_if_unused(attachment.key)


def _write_locked(attachment, write, lock_timeout_ms):
    if attachment.populated < _layout.HEADER_SIZE + write.length + 1:
        # Maps the pages before taking the lock, as the C++ writer's prefault(): the copy under
        # the lock would otherwise take a page fault every 4 KiB.
        _ipc.prefault(attachment.address, min(attachment.size,
                                              _layout.HEADER_SIZE + write.length + 1))
        attachment.populated = _layout.HEADER_SIZE + write.length + 1
    try:
        if not _ipc.take_lock(attachment.semaphore, lock_timeout_ms):
            raise _timed_out(lock_timeout_ms)
    except OSError as error:
        raise _lock_failure(error.strerror) from None
    try:
        write.loaded_at_ms = time.time_ns() // 1000000
        write.writer_pid = os.getpid()
        result = _layout.encode(attachment.address, attachment.size, write)
        if result.ok:
            _layout.bump_wake_word(attachment.address)
    finally:
        _ipc.give_lock(attachment.semaphore)
    if not result.ok:
        raise PublishError("Cannot write into shared memory: " + result.problem)
    # After unlocking, so that the viewer it wakes finds the lock free.
    _ipc.wake(attachment.address + _layout.WAKE_WORD_OFFSET)
    return result


def _english_number(value):
    return format(value, ",")


def _data_size(value):
    # QLocale::formattedDataSize(value, 1, DataSizeIecFormat) in English.
    if value < 1024:
        return "%d bytes" % value
    power = 1
    while power < 6 and value >= 1024 ** (power + 1):
        power += 1
    units = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    return "%s %s" % (format(value / 1024 ** power, ",.1f"), units[power - 1])


def _loaded_message(name, result, original_size):
    if result.truncated:
        kept, of = _english_number(result.text_length), _english_number(original_size)
        if not result.valid_utf8:
            return ("Loaded %s into shared memory, truncated to %s of %s bytes — not valid UTF-8: "
                    "the viewer shows replacement characters" % (name, kept, of))
        return "Loaded %s into shared memory, truncated to %s of %s bytes" % (name, kept, of)
    size = _data_size(result.text_length)
    if not result.valid_utf8:
        return ("Loaded %s (%s) into shared memory — not valid UTF-8: the viewer shows "
                "replacement characters" % (name, size))
    return "Loaded %s (%s) into shared memory" % (name, size)


def _published(write, result, segment_size):
    original = max(write.original_size, result.text_length)
    return Published(write.source_name, result.generation, result.text_length, result.truncated,
                     result.valid_utf8, original, segment_size,
                     _loaded_message(write.source_name, result, original))


def _write_once(key, make_write, lock_timeout_ms=None):
    """attachAndWrite(): attach, write, detach, and find out whether a viewer got it."""
    try:
        attachment = _attach(key, lock_timeout_ms)
    except ViewerNotRunning:
        _ipc.remove_if_unused(key)
        raise
    delivered = False
    try:
        write = make_write(attachment.size)
        result = _write_locked(attachment, write, lock_timeout_ms)
        delivered = _ipc.attachments(key) > 1
    finally:
        left = _release(attachment)
    if left in ("removed", "absent") and not delivered:
        raise ViewerNotRunning(NOT_RUNNING_ORPHAN)
    return _published(write, result, attachment.size)


# -- inputs -------------------------------------------------------------------------------------


def _text_write(data, name, segment_size, original_size=None):
    return _layout.Write(None, len(data), name, _layout.text_type_of_name(name),
                         max(original_size or 0, len(data)), data=data)


def _as_text_bytes(text, name):
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    if b"\0" in data:
        raise PublishError("Cannot load %s: binary content" % name, "refused")
    return data


def _frame_of(image):
    """(pixel format, width, height, stride, address, length, owner) of a NumPy array or a PIL
    image, without copying a C-contiguous uint8 array."""
    if hasattr(image, "__array_interface__") and hasattr(image, "dtype"):
        import numpy  # only when given an array

        if image.dtype != numpy.uint8 or image.ndim not in (2, 3) or (
                image.ndim == 3 and image.shape[2] not in (1, 3, 4)):
            raise PublishError("Cannot publish an array of shape %s and type %s: a NumPy uint8 "
                               "array H×W, H×W×3 or H×W×4 is expected"
                               % (tuple(image.shape), image.dtype), "refused")
        array = numpy.ascontiguousarray(image)
        height, width = array.shape[0], array.shape[1]
        channels = 1 if array.ndim == 2 else array.shape[2]
        pixel_format = {1: GRAY8, 3: RGB888, 4: RGBA8888}[channels]
        address = array.__array_interface__["data"][0]
        return pixel_format, width, height, width * channels, address, array.nbytes, array
    if hasattr(image, "mode") and hasattr(image, "tobytes") and hasattr(image, "convert"):
        # As Publisher::publishImage(): the three formats as they are, any other converted (to
        # RGBA when it has alpha, else RGB).
        formats = {"L": GRAY8, "RGB": RGB888, "RGBA": RGBA8888}
        if image.mode not in formats:
            alpha = image.mode in ("RGBa", "LA", "La", "PA") or (
                image.mode == "P" and "transparency" in image.info)
            image = image.convert("RGBA" if alpha else "RGB")
        pixel_format = formats[image.mode]
        width, height = image.size
        data = image.tobytes()
        buffer = ctypes.create_string_buffer(data, len(data))
        return (pixel_format, width, height, width * _layout.bytes_per_pixel(pixel_format),
                ctypes.addressof(buffer), len(data), buffer)
    raise PublishError("Cannot publish a %s: a NumPy uint8 array or a PIL image is expected"
                       % type(image).__name__, "refused")


# -- the publisher -------------------------------------------------------------------------------


class Publisher:
    """Publishes to the viewer on one key, staying attached from one publish to the next (as
    ShmLoader::Publisher: mapping the segment anew would cost more than copying a frame). Lets go
    when it finds no viewer attached any more, on close() and at exit. One thread at a time.

    lock_timeout_ms: how long a publish waits for the segment's lock (None: as long as it takes);
    when it runs out PublishError (status "timed out") is raised and nothing is written.

    spawn: a publish that finds no viewer starts one (shm-viewer --key KEY, a window; $SHM_VIEWER,
    else on PATH), waits up to spawn_timeout_s for its segment, then publishes, as
    ShmLoader::Publisher::setSpawnViewer(true) does. A frame larger than the default segment
    starts it with the --size it needs; $SHM_SPAWN_ARGUMENTS (such as "--print") is added to its
    arguments, for tests and machines without a display."""

    def __init__(self, key=DEFAULT_KEY, lock_timeout_ms=None, spawn=False, spawn_timeout_s=10):
        if not key:
            raise ValueError("the key must not be empty")
        self.key = key
        self.lock_timeout_ms = lock_timeout_ms
        self.spawn = spawn
        self.spawn_timeout_s = spawn_timeout_s
        self._attachment = None
        self._mutex = threading.Lock()
        if not _layout.machine_supported():
            raise PublishError("shmloader is checked on x86-64 Linux only (the layout of the "
                               "kernel's structures, the ordering of the write sequence); "
                               "this machine is %s" % platform.machine())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        with self._mutex:
            if self._attachment is not None:
                attachment, self._attachment = self._attachment, None
                _release(attachment)

    def is_viewer_running(self):
        """Whether a viewer's segment exists on the key now (looked up without attaching)."""
        return _ipc.segment_of(self.key) != -1

    def wait_for_viewer(self, timeout_s):
        deadline = time.monotonic() + timeout_s
        while not self.is_viewer_running():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)
        return True

    def _write_kept(self, make_write):
        """writeKept(): the checks of a fresh attach, on the attachment kept from the last write."""
        with self._mutex:
            problem = _ipc.trust_problem(self.key)
            if problem:
                self._drop()
                raise PublishError(problem)
            if self._attachment is None:
                self._attachment = _attach(self.key, self.lock_timeout_ms)
            # Only this process attached: the viewer quit or died. Let go, so that what it left is
            # removed, and say there is no viewer, as a fresh attach would.
            if _ipc.attachments(self.key) <= 1:
                self._drop()
                raise ViewerNotRunning()
            write = make_write(self._attachment.size)
            result = _write_locked(self._attachment, write, self.lock_timeout_ms)
            return _published(write, result, self._attachment.size)

    def _spawning(self, segment_size, publish):
        """publish(), and when it finds no viewer and spawn is on: start one, publish again."""
        try:
            return publish()
        except ViewerNotRunning:
            if not self.spawn:
                raise
        _start_viewer(self.key, segment_size, self.spawn_timeout_s)
        return publish()

    def _drop(self):
        if self._attachment is not None:
            attachment, self._attachment = self._attachment, None
            _release(attachment)

    def publish_text(self, text, name=None):
        """A text (str, or UTF-8 bytes without NUL), cut on a character boundary to the
        segment's room. A name ending in .md or .html makes it Markdown or HTML."""
        name = name or "text"
        data = _as_text_bytes(text, name)
        return self._spawning(0, lambda: self._write_kept(
                lambda size: _text_write(data, name, size)))

    def publish_image(self, image, name=None):
        """Raw pixels (image/x-raw): a NumPy uint8 array H×W (Gray8), H×W×3 (RGB888), H×W×4
        (RGBA8888), or a PIL image (L, RGB, RGBA as they are, others converted). Never scaled: a
        frame larger than the segment is refused with the --size to start the viewer with."""
        name = name or "image"
        pixel_format, width, height, stride, address, length, owner = _frame_of(image)
        if width == 0 or height == 0:
            raise PublishError("Cannot publish a null image", "refused")
        problem = _layout.raw_frame_problem(pixel_format, width, height, stride, length)
        if problem:
            raise PublishError("Cannot publish the frame: " + problem)

        def make_write(size):
            if length > _layout.text_capacity(size):
                raise PublishError(
                    "The frame of %d × %d pixels (%d bytes) does not fit the viewer's segment; "
                    "start the viewer with --size %d or more"
                    % (width, height, length, length + _layout.MINIMUM_SEGMENT_SIZE), "too large")
            return _layout.Write(address, length, name, _layout.RAW_IMAGE_CONTENT_TYPE, length,
                                 width, height, pixel_format, stride, owner)

        return self._spawning(length + _layout.MINIMUM_SEGMENT_SIZE,
                              lambda: self._write_kept(make_write))

    def publish_file(self, path):
        """A file, as `shm-loader --load PATH` does: a text cut to fit the segment. An image file
        (PNG, JPEG, GIF, BMP, WebP, SVG) needs decoding, and scaling when it does not fit, which
        Python's standard library cannot do as Qt does: it is handed to shm-loader itself."""
        with self._mutex:
            self._drop()  # a file is written as shm-loader writes it: attach, write, detach
        return self._spawning(0, lambda: _publish_file(self.key, path, os.path.basename(path),
                                                       self.lock_timeout_ms))

    def publish_stream(self, stream, name="stdin"):
        """What `shm-loader --load -` does with standard input: read to its end (keeping what
        fits), refused when a NUL byte is in the part that fits."""
        with self._mutex:
            self._drop()
        return _publish_stream(self.key, stream, name, self.lock_timeout_ms)


# -- files -----------------------------------------------------------------------------------------

_IMAGE_SUFFIXES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                   "jpe": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
                   "dib": "image/bmp", "webp": "image/webp", "svg": "image/svg+xml"}


def _image_type_of_content(head):
    """The image media type of a file's first bytes, as the MIME database's magic finds it."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"BM") and len(head) > 14 and head[14] in (12, 40, 64, 108, 124):
        return "image/bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if b"<svg" in head[:260] or b"<!DOCTYPE svg" in head[:270]:
        return "image/svg+xml"
    if head.lstrip().startswith(b"<?xml") and b"<svg" in head:
        return "image/svg+xml"
    return ""


def _refused(message):
    return PublishError(message, "refused")


def _open_source(path):
    """SourceFile::open(): without blocking (a FIFO is refused), a regular file only."""
    if not path:
        raise _refused("Cannot load %s: no file name given" % path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except FileNotFoundError:
        raise _refused("Cannot load %s: no such file" % path) from None
    except PermissionError:
        raise _refused("Cannot load %s: permission denied" % path) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _refused("Cannot load %s: too many levels of symbolic links" % path) from None
        raise _refused("Cannot load %s: %s" % (path, error.strerror)) from None
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        os.close(fd)
        raise _refused("Cannot load %s: it is a directory" % path)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise _refused("Cannot load %s: not a regular file (device, FIFO or socket)" % path)
    return fd, info.st_size


def _read_at_most(fd, count):
    chunks = []
    got = 0
    while got < count:
        chunk = os.pread(fd, count - got, got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _segment_size(key):
    segment = _ipc.segment_of(key)
    info = _ipc.segment_stat(segment) if segment != -1 else None
    return info.size if info else 0


def _cut_prefix(data, capacity, total_size, name_for_nul):
    """SourceFile::cutPrefix(): (bytes, original size); refused when a NUL is in the part kept."""
    cut = _layout.truncation_point(data, max(0, capacity))
    kept = data[:cut]
    nul = kept.find(b"\0")
    if nul >= 0:
        raise _refused("Cannot load %s: binary content (NUL byte at offset %d)"
                       % (name_for_nul, nul))
    return kept, max(total_size, len(data))


def _refuse_binary_or_misnamed(head, name):
    """LoadTask's refusals of what is neither text nor an image, and of a text named as one."""
    if b"\0" in head:
        raise _refused("Cannot load %s: binary content (application/octet-stream), neither "
                       "text nor a supported image" % name)
    named = _IMAGE_SUFFIXES.get(name.rsplit(".", 1)[1].lower() if "." in name else "")
    if named:
        raise _refused("Cannot load %s: the name says %s, but it holds text" % (name, named))


def _publish_file(key, path, name, lock_timeout_ms):
    fd, file_size = _open_source(path)
    try:
        seen = _segment_size(key)
        head = _read_at_most(fd, _HEAD_BYTES)
        if _image_type_of_content(head):
            os.close(fd)
            fd = -1
            return _publish_image_file(key, path, lock_timeout_ms)
        _refuse_binary_or_misnamed(head, name)
        capacity = _layout.text_capacity(seen or DEFAULT_SEGMENT_SIZE)
        # Four bytes past the room: whether the cut splits a character, and whether anything
        # was cut when the file grew since fstat().
        data, original = _cut_prefix(_read_at_most(fd, capacity + 4), capacity, file_size, path)
    finally:
        if fd >= 0:
            os.close(fd)
    return _write_once(key, lambda size: _text_write(data, name, size, original),
                       lock_timeout_ms)


def _publish_stream(key, stream, name, lock_timeout_ms):
    """shm-loader --load -: what the input is comes from its first bytes, as for a file. An image
    is read whole (at most _MAX_IMAGE_FILE_BYTES) and handed to shm-loader; of a text only what
    fits is kept, the rest counted."""
    seen = _segment_size(key)
    if seen == 0:
        raise ViewerNotRunning()
    # Refused before a byte is read: such a segment never sizes what is kept.
    problem = _refusal(key, seen)
    if problem:
        raise PublishError(problem)
    capacity = _layout.text_capacity(seen)
    head = bytearray()
    while len(head) < _HEAD_BYTES:
        chunk = stream.read(_HEAD_BYTES - len(head))
        if not chunk:
            break
        head += chunk
    if _image_type_of_content(bytes(head)):
        return _publish_image_stream(key, bytes(head), stream, name, lock_timeout_ms)
    _refuse_binary_or_misnamed(bytes(head), name)
    kept = bytearray(head[:capacity + 4])
    total = len(head)
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        total += len(chunk)
        if len(kept) < capacity + 4:
            kept += chunk[:capacity + 4 - len(kept)]
    data, original = _cut_prefix(bytes(kept), capacity, total, name)
    return _write_once(key, lambda size: _text_write(data, name, size, original),
                       lock_timeout_ms)


def _publish_image_stream(key, head, stream, name, lock_timeout_ms):
    data = bytearray(head)
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        data += chunk
        if len(data) > _MAX_IMAGE_FILE_BYTES:
            break  # shm-loader refuses it with its own words
    command = [_shm_loader(), "--key", key, "--load", "-", "--name", name]
    if lock_timeout_ms is not None and lock_timeout_ms >= 0:
        command += ["--timeout", str(lock_timeout_ms)]
    done = subprocess.run(command, input=bytes(data), capture_output=True)
    return _image_result(done, name, key)


def _start_viewer(key, segment_size, timeout_s):
    """Starts shm-viewer on key (a session of its own: it outlives this process) and waits for
    its segment with the viewer attached."""
    program = os.environ.get("SHM_VIEWER") or shutil.which("shm-viewer")
    if not program:
        raise PublishError("No viewer runs and none could be started: shm-viewer is neither "
                           "given by $SHM_VIEWER nor on PATH")
    command = [program, "--key", key]
    if segment_size > DEFAULT_SEGMENT_SIZE:
        command += ["--size", str(segment_size)]
    extra = os.environ.get("SHM_SPAWN_ARGUMENTS", "").split()
    command += extra
    # The viewer outlives the publish: it must not hold the caller's pipes open (a caller run as
    # `program | cat` or under capture would wait for it). Only a --print viewer (tests) writes
    # where the caller does.
    quiet = None if "--print" in extra else subprocess.DEVNULL
    try:
        viewer = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=quiet, stderr=quiet,
                                  start_new_session=True)
    except OSError as error:
        raise PublishError("Cannot start %s: %s" % (program, error.strerror)) from None
    # Reaped when it ends, so it never lingers as a zombie of this process.
    threading.Thread(target=viewer.wait, daemon=True).start()
    deadline = time.monotonic() + timeout_s
    while _ipc.segment_of(key) == -1 or _ipc.attachments(key) < 1:
        if viewer.poll() is not None:
            raise PublishError("Started %s, but it ended before making its segment" % program)
        if time.monotonic() >= deadline:
            raise PublishError("Started %s, but it made no segment within %d ms"
                               % (program, timeout_s * 1000))
        time.sleep(0.02)


def _shm_loader():
    found = os.environ.get("SHM_LOADER") or shutil.which("shm-loader")
    if not found:
        raise PublishError("Publishing an image file needs shm-loader (to decode it, and scale "
                           "it when it does not fit): install the suite or put it on PATH")
    return found


def _publish_image_file(key, path, lock_timeout_ms):
    command = [_shm_loader(), "--key", key, "--load", os.path.abspath(path)]
    if lock_timeout_ms is not None and lock_timeout_ms >= 0:
        command += ["--timeout", str(lock_timeout_ms)]
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True)
    return _image_result(done, os.path.basename(path), key)


def _image_result(done, name, key):
    """A Published, or the error, from shm-loader's exit code and last line."""
    output = (done.stdout if done.returncode == 0 else done.stderr).decode("utf-8", "replace")
    message = output.strip().splitlines()
    message = message[-1] if message else ""
    if done.returncode == 0:
        return Published(name, 0, 0, False, True, 0, _segment_size(key), message)
    if done.returncode == 2:
        raise ViewerNotRunning(message or NOT_RUNNING)
    status = "refused" if done.returncode == 3 else "failed"
    if "larger than the" in message:
        status = "too large"
    raise PublishError(message, status)


# -- the module's functions: one Publisher per key, closed at exit ---------------------------------

_publishers = {}
_publishers_mutex = threading.Lock()


def _publisher(key, spawn):
    with _publishers_mutex:
        publisher = _publishers.get(key)
        if publisher is None:
            publisher = _publishers[key] = Publisher(key)
        publisher.spawn = spawn
        return publisher


def _close_all():
    with _publishers_mutex:
        for publisher in _publishers.values():
            publisher.close()
        _publishers.clear()




atexit.register(_close_all)


def publish_text(text, name=None, key=DEFAULT_KEY, spawn=False):
    """Publisher(key, spawn=spawn).publish_text(text, name), on a publisher kept per key."""
    return _publisher(key, spawn).publish_text(text, name)


def publish_image(image, name=None, key=DEFAULT_KEY, spawn=False):
    """Publisher(key, spawn=spawn).publish_image(image, name), on a publisher kept per key."""
    return _publisher(key, spawn).publish_image(image, name)


def publish_file(path, key=DEFAULT_KEY, spawn=False):
    """Publisher(key, spawn=spawn).publish_file(path): what `shm-loader --load PATH` does."""
    return _publisher(key, spawn).publish_file(path)
