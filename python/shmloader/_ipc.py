# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""System V shared memory, the segment's lock and the wake word, through ctypes to the C library.

Mirrors common/shmkey.*, segmenttrust.*, segmentlock.*, wakeword.* and
segmentreapercore.cpp (removeByPaths) of the C++ side; see docs/protocol.md.
"""

import ctypes
import ctypes.util
import errno
import hashlib
import os
import platform
import pwd
import stat
import struct

_libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)

_libc.shmget.argtypes = [ctypes.c_int, ctypes.c_size_t, ctypes.c_int]
_libc.shmget.restype = ctypes.c_int
_libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
_libc.shmat.restype = ctypes.c_void_p
_libc.shmdt.argtypes = [ctypes.c_void_p]
_libc.shmdt.restype = ctypes.c_int
_libc.shmctl.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p]
_libc.shmctl.restype = ctypes.c_int
_libc.semget.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
_libc.semget.restype = ctypes.c_int
_libc.semop.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t]
_libc.semop.restype = ctypes.c_int
_libc.semtimedop.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]
_libc.semtimedop.restype = ctypes.c_int
_libc.ftok.argtypes = [ctypes.c_char_p, ctypes.c_int]
_libc.ftok.restype = ctypes.c_int
_libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
_libc.madvise.restype = ctypes.c_int
_libc.syscall.restype = ctypes.c_long
# semctl is variadic: the fourth argument is passed as the platform passes an int or a pointer.
_libc.semctl.restype = ctypes.c_int

IPC_CREAT = 0o1000
IPC_EXCL = 0o2000
IPC_RMID = 0
IPC_STAT = 2
GETVAL = 12
SETVAL = 16
SEM_UNDO = 0x1000
MADV_POPULATE_WRITE = 23  # Linux 5.14; older kernels say EINVAL and the copy faults instead
FUTEX_WAKE = 1  # without FUTEX_PRIVATE_FLAG: the waiters are other processes
_SYS_FUTEX = {"x86_64": 202, "aarch64": 98, "riscv64": 98, "ppc64le": 221, "s390x": 238}

# struct shmid_ds / semid_ds (Linux, 64-bit glibc): ipc_perm first, uid at 4, cuid at 12, mode
# (an unsigned int) at 20; shmid_ds: shm_segsz at 48, shm_atime at 56, shm_cpid at 80,
# shm_nattch at 88. Checked against <sys/shm.h> with offsetof on x86-64 (Debian 12); other 64-bit
# Linux ABIs that use the generic layout are assumed to match.
_STAT_BYTES = 256


class IpcError(OSError):
    pass


def _errno_error(what):
    number = ctypes.get_errno()
    return IpcError(number, "%s: %s" % (what, os.strerror(number)))


# -- keys (common/shmkey.cpp) ---------------------------------------------------------------


def _platform_safe_key(key, prefix):
    # Qt 6.4's makePlatformSafeKey() (legacyNativeKey() since Qt 6.6): the key's ASCII letters,
    # then the SHA-1 of its UTF-8 in hex, in QDir::tempPath() (TMPDIR, else /tmp).
    letters = "".join(c for c in key if ("a" <= c <= "z") or ("A" <= c <= "Z"))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return os.path.join(_temp_path(), prefix + letters + digest)


def _temp_path():
    # QDir::tempPath(): $TMPDIR when set, else /tmp, as a canonical path.
    return os.path.realpath(os.environ.get("TMPDIR") or "/tmp")


def key_file_path(key):
    return _platform_safe_key(key, "qipc_sharedmemory_")


def semaphore_key_file_path(key):
    return _platform_safe_key(key, "qipc_systemsem_")


def system_v_key(path):
    """Qt's System V key for a key file: ftok(path, 'Q'); -1 when the file does not exist."""
    return _libc.ftok(os.fsencode(path), ord("Q"))


# -- status of the objects --------------------------------------------------------------------


class IpcStat:
    __slots__ = ("uid", "cuid", "mode", "size", "atime", "cpid", "attachments")


def _perm(buffer, into):
    into.uid, = struct.unpack_from("I", buffer, 4)
    into.cuid, = struct.unpack_from("I", buffer, 12)
    into.mode, = struct.unpack_from("I", buffer, 20)


def segment_stat(segment):
    buffer = ctypes.create_string_buffer(_STAT_BYTES)
    if _libc.shmctl(segment, IPC_STAT, buffer) != 0:
        return None
    info = IpcStat()
    _perm(buffer.raw, info)
    info.size, info.atime = struct.unpack_from("Qq", buffer.raw, 48)
    info.cpid, = struct.unpack_from("i", buffer.raw, 80)
    info.attachments, = struct.unpack_from("Q", buffer.raw, 88)
    return info


def semaphore_stat(semaphore):
    buffer = ctypes.create_string_buffer(_STAT_BYTES)
    if _libc.semctl(semaphore, 0, IPC_STAT, buffer) != 0:
        return None
    info = IpcStat()
    _perm(buffer.raw, info)
    return info


def segment_of(key):
    """The id of the segment the key's file names, -1 when there is none."""
    ipc_key = system_v_key(key_file_path(key))
    return -1 if ipc_key == -1 else _libc.shmget(ipc_key, 0, 0)


def attachments(key):
    """Processes attached to the key's segment now (0 when there is none)."""
    segment = segment_of(key)
    info = segment_stat(segment) if segment != -1 else None
    return info.attachments if info else 0


# -- trust (common/segmenttrust.cpp) ----------------------------------------------------------


def user_name(uid):
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def key_file_problem(path):
    try:
        info = os.lstat(path)
    except OSError:
        return ""
    if stat.S_ISLNK(info.st_mode):
        return ("The key file %s is a symbolic link; refusing to use it (remove it if it is not "
                "yours)" % path)
    if not stat.S_ISREG(info.st_mode):
        return "The key file %s is not a regular file; refusing to use it" % path
    if info.st_uid != os.geteuid():
        return ("The key file %s belongs to user %s, not to you; refusing to use it"
                % (path, user_name(info.st_uid)))
    return ""


def _is_ours(info):
    me = os.geteuid()
    return info.uid == me and info.cuid == me and (info.mode & 0o77) == 0


def _stranger_of(info):
    return info.uid if info.uid != os.geteuid() else info.cuid


def trust_problem(key):
    """Why the key's files, segment or lock cannot be trusted ("" when they can): SegmentTrust."""
    segment_file = key_file_path(key)
    lock_file = semaphore_key_file_path(key)
    for path in (segment_file, lock_file):
        problem = key_file_problem(path)
        if problem:
            return problem
    segment_key = system_v_key(segment_file)
    segment = -1 if segment_key == -1 else _libc.shmget(segment_key, 0, 0)
    info = segment_stat(segment) if segment != -1 else None
    if info is not None and not _is_ours(info):
        return ("The shared memory segment belongs to user %s (mode 0%o), not to you; refusing "
                "to use it" % (user_name(_stranger_of(info)), info.mode & 0o777))
    lock_key = system_v_key(lock_file)
    semaphore = -1 if lock_key == -1 else _libc.semget(lock_key, 1, 0)
    info = semaphore_stat(semaphore) if semaphore != -1 else None
    if info is not None and not _is_ours(info):
        return ("The segment's lock belongs to user %s (mode 0%o), not to you; refusing to use "
                "it" % (user_name(_stranger_of(info)), info.mode & 0o777))
    return ""


# -- the lock (QSharedMemory::lock(): semaphore 0 of the set, -1 / +1 with SEM_UNDO) ------------


class _Sembuf(ctypes.Structure):
    _fields_ = [("sem_num", ctypes.c_ushort), ("sem_op", ctypes.c_short),
                ("sem_flg", ctypes.c_short)]


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


def take_lock(semaphore, timeout_ms=None):
    """True when taken; False when timeout_ms ran out. SEM_UNDO, as Qt: a holder that dies frees it."""
    operation = _Sembuf(0, -1, SEM_UNDO)
    while True:
        if timeout_ms is None or timeout_ms < 0:
            result = _libc.semop(semaphore, ctypes.byref(operation), 1)
        else:
            timeout = _Timespec(timeout_ms // 1000, (timeout_ms % 1000) * 1000000)
            result = _libc.semtimedop(semaphore, ctypes.byref(operation), 1,
                                      ctypes.byref(timeout))
        if result == 0:
            return True
        number = ctypes.get_errno()
        if number == errno.EINTR:
            continue  # a signal handled by Python: wait on (a timeout starts again)
        if number == errno.EAGAIN:
            return False
        raise _errno_error("semop")


def give_lock(semaphore):
    operation = _Sembuf(0, 1, SEM_UNDO)
    _libc.semop(semaphore, ctypes.byref(operation), 1)


def lock_of(key):
    """The segment's lock, made as Qt makes it when missing (key file 0600, semaphore set to 1)."""
    path = semaphore_key_file_path(key)
    ipc_key = system_v_key(path)
    if ipc_key == -1:
        # QSystemSemaphore makes its key file (O_EXCL, 0600) before ftok().
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR | os.O_NOFOLLOW, 0o600))
        except FileExistsError:
            pass
        ipc_key = system_v_key(path)
        if ipc_key == -1:
            raise _errno_error("ftok")
    semaphore = _libc.semget(ipc_key, 1, 0o600 | IPC_CREAT | IPC_EXCL)
    if semaphore != -1:
        if _libc.semctl(semaphore, 0, SETVAL, ctypes.c_int(1)) != 0:
            raise _errno_error("semctl")
        return semaphore
    if ctypes.get_errno() != errno.EEXIST:
        raise _errno_error("semget")
    semaphore = _libc.semget(ipc_key, 1, 0o600 | IPC_CREAT)
    if semaphore == -1:
        raise _errno_error("semget")
    return semaphore


# -- attaching -----------------------------------------------------------------------------


def attach(segment):
    address = _libc.shmat(segment, None, 0)
    if address is None or address == ctypes.c_void_p(-1).value:
        raise _errno_error("shmat")
    return address


def detach(address):
    _libc.shmdt(ctypes.c_void_p(address))


def prefault(address, length):
    page = os.sysconf("SC_PAGE_SIZE")
    _libc.madvise(ctypes.c_void_p(address), (length + page - 1) // page * page,
                  MADV_POPULATE_WRITE)


# -- removing what nobody uses (segmentreapercore.cpp: removeByPaths) -------------------------


def _key_of(path):
    # stat(), as ftok() does: the key is the file's, wherever a link points.
    try:
        info = os.stat(path)
    except OSError:
        return -1
    value = (ord("Q") << 24) | ((info.st_dev & 0xFF) << 16) | (info.st_ino & 0xFFFF)
    return value - (1 << 32) if value >= (1 << 31) else value


def _in_use(segment):
    info = segment_stat(segment)
    if info is None:
        return False
    if info.attachments != 0:
        return True
    if info.atime == 0 and info.cpid > 0:
        try:
            os.kill(info.cpid, 0)
            return True
        except PermissionError:
            return True
        except OSError:
            return False
    return False


def remove_if_unused(key):
    """Removes the key's segment, lock and key files when no process is attached (under the lock,
    at most a second's wait for it). What the C++ writer does after every detach."""
    segment_file = key_file_path(key)
    semaphore_file = semaphore_key_file_path(key)
    segment_key = _key_of(segment_file)
    segment = -1 if segment_key == -1 else _libc.shmget(segment_key, 0, 0)
    if segment == -1 and ctypes.get_errno() == errno.EACCES and segment_key != -1:
        return "failed"
    if segment != -1 and _in_use(segment):
        return "in use"
    semaphore_key = _key_of(semaphore_file)
    if segment == -1 and segment_key == -1 and semaphore_key == -1:
        return "absent"
    semaphore = -1 if semaphore_key == -1 else _libc.semget(semaphore_key, 1, 0)
    locked = semaphore != -1 and _try_lock(semaphore, 1000)
    if semaphore != -1 and not locked:
        return "failed"

    def unlock():
        if locked:
            give_lock(semaphore)

    if _key_of(segment_file) != segment_key:
        unlock()
        return "failed"
    segment = -1 if segment_key == -1 else _libc.shmget(segment_key, 0, 0)
    if segment != -1:
        if _in_use(segment):
            unlock()
            return "in use"
        if _libc.shmctl(segment, IPC_RMID, None) != 0:
            unlock()
            return "failed"
    if segment_key != -1:
        _unlink(segment_file)
    # The key file before the semaphore, as the C++ reaper does (see there).
    if semaphore != -1 and _key_of(semaphore_file) == semaphore_key:
        _unlink(semaphore_file)
        _libc.semctl(semaphore, 0, IPC_RMID)
    else:
        unlock()
    return "removed" if segment != -1 else "absent"


def _try_lock(semaphore, timeout_ms):
    try:
        return take_lock(semaphore, timeout_ms)
    except OSError:
        return False


def _unlink(path):
    try:
        os.unlink(path)
    except OSError:
        pass


# -- the wake word (common/wakeword.cpp) -----------------------------------------------------


def wake(word_address):
    """futex(FUTEX_WAKE, INT_MAX) on the header's wake word: every viewer waiting on it looks."""
    number = _SYS_FUTEX.get(platform.machine())
    if number is None:
        return  # the viewer sees the write at its next poll
    _libc.syscall(ctypes.c_long(number), ctypes.c_void_p(word_address), ctypes.c_int(FUTEX_WAKE),
                  ctypes.c_int(0x7FFFFFFF), None, None, ctypes.c_int(0))
