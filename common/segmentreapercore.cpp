// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentreapercore.h"

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <ctime>

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

namespace SegmentReaperCore {

key_t keyOf(const char *path)
{
    struct stat info;
    // stat(), as ftok() does: the key is the file's, wherever a link points.
    if (!path || ::stat(path, &info) != 0)
        return -1;
    return key_t((uint32_t('Q') << 24) | ((uint32_t(info.st_dev) & 0xff) << 16)
                 | (uint32_t(info.st_ino) & 0xffff));
}

namespace {

int attachmentsOf(int segment)
{
    shmid_ds info;
    return ::shmctl(segment, IPC_STAT, &info) == 0 ? int(info.shm_nattch) : -1;
}

// Attached, or made and never attached by a process still alive: SegmentCreator makes a segment
// without the lock and attaches right after, so until its maker is gone such a segment is one on
// its way in, not an orphan.
bool isInUse(int segment)
{
    shmid_ds info;
    if (::shmctl(segment, IPC_STAT, &info) != 0)
        return false;
    if (info.shm_nattch != 0)
        return true;
    return info.shm_atime == 0 && info.shm_cpid > 0
            && (::kill(info.shm_cpid, 0) == 0 || errno == EPERM);
}

// The lock is Qt's: semaphore 0 of the set, 1 when free, taken with SEM_UNDO like Qt does, so a
// reaper killed while holding it releases it.
bool takeLock(int semaphore, int waitSeconds)
{
    sembuf take = {0, -1, SEM_UNDO};
    const timespec timeout = {waitSeconds, 0};
    for (;;) {
        if (::semtimedop(semaphore, &take, 1, &timeout) == 0)
            return true;
        if (errno != EINTR)
            return false;
    }
}

void giveLock(int semaphore)
{
    const int saved = errno;
    sembuf give = {0, 1, SEM_UNDO};
    ::semop(semaphore, &give, 1);
    errno = saved;
}

// Whether the semaphore's key file still names it and a segment lives under the segment key
// file as it is now: then the semaphore is that segment's lock, whoever made the segment.
bool semaphoreStillUsed(const Target &target)
{
    if (target.semaphoreKey == -1 || keyOf(target.semaphoreFile) != target.semaphoreKey)
        return false;
    const key_t segmentKey = keyOf(target.segmentFile);
    return segmentKey != -1 && ::shmget(segmentKey, 0, 0) != -1;
}

// "\0shm-reaper/UID/SHMID": an abstract socket name, gone with the process that binds it.
socklen_t claimName(sockaddr_un *address, int segment)
{
    static const char prefix[] = "shm-reaper/";
    char *out = address->sun_path + 1; // sun_path[0] == '\0': abstract
    for (const char *p = prefix; *p; ++p)
        *out++ = *p;
    const auto append = [&out](unsigned long value) {
        char digits[24];
        int count = 0;
        do {
            digits[count++] = char('0' + value % 10);
            value /= 10;
        } while (value);
        while (count)
            *out++ = digits[--count];
    };
    append(::geteuid());
    *out++ = '/';
    append(unsigned(segment));
    return socklen_t(offsetof(sockaddr_un, sun_path) + size_t(out - address->sun_path));
}

// One reaper per segment: a viewer restarted ten times beside another one that stays open would
// otherwise leave ten. The name is the segment's id, not a key file: the id is what the reaper
// works from, and it holds whatever happens to the files. False when another reaper has it.
bool claimSegment(int segment)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return true; // cannot tell: better two reapers than none
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const socklen_t length = claimName(&address, segment);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), length) == 0)
        return true; // held (fd stays open) until the process ends
    const bool taken = errno == EADDRINUSE;
    ::close(fd);
    return !taken;
}

void detachFromCaller()
{
    // A session of its own: Ctrl+C in the viewer's terminal must not end the clean-up. No file
    // descriptors: a test or a shell reading the viewer's output must see it end with the viewer.
    ::setsid();
    const int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
        ::dup2(null, 0);
        ::dup2(null, 1);
        ::dup2(null, 2);
    }
#ifdef SYS_close_range
    if (::syscall(SYS_close_range, 3u, ~0u, 0u) != 0)
#endif
        for (int fd = 3; fd < 4096; ++fd)
            ::close(fd);
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGHUP, SIG_IGN);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

} // namespace

Result removeByPaths(const char *segmentFile, const char *semaphoreFile, int lockWaitSeconds)
{
    const key_t segmentKey = keyOf(segmentFile);
    int segment = segmentKey == -1 ? -1 : ::shmget(segmentKey, 0, 0);
    if (segment == -1 && errno == EACCES)
        return Result::Failed;
    if (segment != -1 && isInUse(segment))
        return Result::InUse;
    const key_t semaphoreKey = keyOf(semaphoreFile);
    if (segment == -1 && segmentKey == -1 && semaphoreKey == -1)
        return Result::Absent; // no key file: nothing of this key exists

    // Nobody attached, or no segment but perhaps its semaphore and key files. Qt's attach() and
    // create() hold the lock from before they look for the segment until they are attached: with
    // the lock held, nobody is half-way in, and a second look is final. Without a semaphore
    // nobody is half-way in either: Qt makes it before anything else.
    const int semaphore = semaphoreKey == -1 ? -1 : ::semget(semaphoreKey, 1, 0);
    const bool locked = semaphore != -1 && takeLock(semaphore, lockWaitSeconds);
    if (semaphore != -1 && !locked)
        return Result::Failed; // held all along, or replaced meanwhile: look again later
    const auto unlock = [&] {
        if (locked)
            giveLock(semaphore);
    };
    if (keyOf(segmentFile) != segmentKey) {
        unlock();
        return Result::Failed; // the key file changed under us: look again later
    }
    // [walkthrough: remove]
    segment = segmentKey == -1 ? -1 : ::shmget(segmentKey, 0, 0);
    if (segment != -1) {
        if (isInUse(segment)) {
            unlock();
            return Result::InUse;
        }
        if (::shmctl(segment, IPC_RMID, nullptr) != 0) {
            unlock();
            return Result::Failed;
        }
    }
    if (segmentKey != -1)
        ::unlink(segmentFile);
    // The key file before the semaphore: a process waiting on the semaphore makes a new one when
    // it is removed (Qt does on EIDRM), and must find no old key file to make it from, or it
    // would be left with a semaphore whose key file is gone. Removing the semaphore also drops
    // this process's hold on it.
    if (semaphore != -1 && keyOf(semaphoreFile) == semaphoreKey) {
        ::unlink(semaphoreFile);
        ::semctl(semaphore, 0, IPC_RMID);
    } else {
        unlock();
    }
    return segment != -1 ? Result::Removed : Result::Absent;
    // [/walkthrough: remove]
}

// The segment's lock now: the captured semaphore while it exists. Qt removes a semaphore with the
// process that made it, and the next process to lock makes a new one from the key file; that one
// is the segment's lock as long as the segment's key file still names the segment's key.
static Target withCurrentLock(const Target &captured)
{
    Target target = captured;
    if (target.semaphore != -1 && ::semctl(target.semaphore, 0, GETVAL) != -1)
        return target;
    target.semaphore = -1;
    target.semaphoreKey = -1;
    if (target.segmentKey != -1 && keyOf(target.segmentFile) == target.segmentKey) {
        target.semaphoreKey = keyOf(target.semaphoreFile);
        if (target.semaphoreKey != -1)
            target.semaphore = ::semget(target.semaphoreKey, 1, 0);
    }
    return target;
}

// Made or changed after `since`: another's by now (a viewer that started after the reaper made
// its key files and lock anew; ext4 may give a new key file the old one's inode, so its key).
bool newerThan(const char *file, time_t since)
{
    struct stat info;
    return since != 0 && ::stat(file, &info) == 0 && info.st_ctime > since;
}

bool semaphoreNewerThan(int semaphore, time_t since)
{
    semid_ds info;
    return since != 0 && ::semctl(semaphore, 0, IPC_STAT, &info) == 0 && info.sem_ctime > since;
}

Result removeById(const Target &captured, int lockWaitSeconds, time_t since)
{
    const int attachments = attachmentsOf(captured.segment);
    if (attachments > 0)
        return Result::InUse;
    if (attachments < 0 && errno == EACCES)
        return Result::Failed;
    const Target target = withCurrentLock(captured);
    // The same lock as removeByPaths(), by its id. Gone meanwhile: then nobody is half-way in
    // through it either.
    int semaphore = target.semaphore;
    if (semaphore != -1 && !takeLock(semaphore, lockWaitSeconds)) {
        if (errno != EINVAL && errno != EIDRM)
            return Result::Failed; // held all along: look again later
        semaphore = -1;
    }
    const auto unlock = [&] {
        if (semaphore != -1)
            giveLock(semaphore);
    };
    Result result = Result::Absent;
    if (attachments == 0) {
        if (attachmentsOf(target.segment) > 0) {
            unlock();
            return Result::InUse;
        }
        if (::shmctl(target.segment, IPC_RMID, nullptr) == 0) {
            result = Result::Removed;
        } else if (errno != EINVAL && errno != EIDRM) {
            unlock();
            return Result::Failed;
        }
    }
    // The key files only while they still name what the reaper knows; a file made anew since
    // (after a /tmp cleaner deleted the old one) is another segment's.
    // A lock other than the captured one, made after `since`, is a newer viewer's: it and the key
    // files are left to it.
    const bool anothers = target.semaphore != captured.semaphore && target.semaphore != -1
            && (semaphoreNewerThan(target.semaphore, since)
                || newerThan(target.semaphoreFile, since));
    if (target.segmentKey != -1 && keyOf(target.segmentFile) == target.segmentKey
        && ::shmget(target.segmentKey, 0, 0) == -1 && !anothers)
        ::unlink(target.segmentFile);
    if (semaphore != -1 && !semaphoreStillUsed(target) && !anothers) {
        if (keyOf(target.semaphoreFile) == target.semaphoreKey)
            ::unlink(target.semaphoreFile);
        ::semctl(semaphore, 0, IPC_RMID);
    } else {
        unlock();
    }
    return result;
}

void reap(const Target &target)
{
    detachFromCaller();
    if (!claimSegment(target.segment))
        ::_exit(0);

    // [walkthrough: reaper]
    const time_t started = ::time(nullptr);
    const timespec interval = {0, 100 * 1000 * 1000};
    for (;;) {
        if (attachmentsOf(target.segment) < 0 && errno != EACCES) {
            // Gone, whoever removed it; its semaphore and key files left without it go too,
            // unless a viewer started since has made them anew.
            removeById(target, 1, started - 1);
            ::_exit(0);
        }
        const Result result = removeById(target, 1);
        if (result == Result::Removed)
            ::_exit(0);
        if (result == Result::Failed && (errno == EPERM || errno == EACCES))
            ::_exit(1); // not ours to remove: it will not get better
        ::nanosleep(&interval, nullptr);
    }
    // [/walkthrough: reaper]
}

} // namespace SegmentReaperCore
