// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentreaper.h"

#include "shmkey.h"

#include <QFile>
#include <QList>

#include <cerrno>
#include <csignal>
#include <ctime>

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace SegmentReaper {

namespace {

// Everything the reaper needs, worked out before fork(): after it, in a process that had
// threads, only async-signal-safe calls are allowed (no malloc, no Qt).
struct Target
{
    key_t segmentKey = -1;
    key_t semaphoreKey = -1;
    QByteArray segmentFile;
    QByteArray semaphoreFile;
    // fork() copies the process's System V attachments: the reaper must drop them, or it would
    // keep its own segment (and any other) attached forever.
    QList<void *> attachments;
};

// The addresses of this process's System V segments: /proc/self/maps names them /SYSV<key>.
QList<void *> systemVAttachments()
{
    QList<void *> addresses;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return addresses;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (!line.contains(" /SYSV"))
            continue;
        bool ok = false;
        const quintptr start = line.left(line.indexOf('-')).toULongLong(&ok, 16);
        if (ok)
            addresses.append(reinterpret_cast<void *>(start));
    }
    return addresses;
}

Target targetOf(const QString &key)
{
    Target target;
    target.segmentFile = QFile::encodeName(ShmKey::keyFilePath(key));
    target.semaphoreFile = QFile::encodeName(ShmKey::semaphoreKeyFilePath(key));
    // Qt's System V keys: ftok() of the key file, project id 'Q'.
    target.segmentKey = ::ftok(target.segmentFile.constData(), 'Q');
    target.semaphoreKey = ::ftok(target.semaphoreFile.constData(), 'Q');
    target.attachments = systemVAttachments();
    return target;
}

// One look, async-signal-safe. The lock is Qt's: semaphore 0 of the set, 1 when free. Taken with
// SEM_UNDO like Qt does, so a reaper killed while holding it releases it.
Result removeOnce(const Target &target, int lockWaitSeconds)
{
    if (target.segmentKey == -1)
        return Result::Absent;
    const int segment = ::shmget(target.segmentKey, 0, 0);
    shmid_ds info;
    if (segment == -1 || ::shmctl(segment, IPC_STAT, &info) != 0)
        return segment == -1 && errno == EACCES ? Result::Failed : Result::Absent;
    if (info.shm_nattch != 0)
        return Result::InUse;

    // Qt's attach() holds the lock from before shmat() to after it: with the lock held, nobody
    // is half-way in, and a second look is final.
    const int semaphore = target.semaphoreKey == -1 ? -1 : ::semget(target.semaphoreKey, 1, 0);
    bool locked = false;
    if (semaphore != -1) {
        sembuf take = {0, -1, SEM_UNDO};
        const timespec timeout = {lockWaitSeconds, 0};
        while (!(locked = ::semtimedop(semaphore, &take, 1, &timeout) == 0) && errno == EINTR) { }
        if (!locked && errno == EAGAIN)
            return Result::Failed; // held all along by a process that is not attached
    }
    if (::shmctl(segment, IPC_STAT, &info) != 0) {
        if (locked) {
            sembuf give = {0, 1, SEM_UNDO};
            ::semop(semaphore, &give, 1);
        }
        return Result::Absent;
    }
    if (info.shm_nattch != 0) {
        sembuf give = {0, 1, SEM_UNDO};
        if (locked)
            ::semop(semaphore, &give, 1);
        return Result::InUse;
    }
    if (::shmctl(segment, IPC_RMID, nullptr) != 0)
        return Result::Failed;
    ::unlink(target.segmentFile.constData());
    // Removing the semaphore also drops this process's hold on it.
    if (semaphore != -1)
        ::semctl(semaphore, 0, IPC_RMID);
    ::unlink(target.semaphoreFile.constData());
    return Result::Removed;
}

[[noreturn]] void reap(const Target &target)
{
    // A session of its own: Ctrl+C in the viewer's terminal must not end the clean-up. No file
    // descriptors: a test or a shell reading the viewer's output must see it end with the viewer.
    for (void *address : target.attachments)
        ::shmdt(address);
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

    const timespec interval = {0, 100 * 1000 * 1000};
    for (;;) {
        switch (removeOnce(target, 1)) {
        case Result::Removed:
        case Result::Absent:
            ::_exit(0);
        case Result::Failed:
            // Permission: it will not get better. A lock held outside the segment: look again.
            if (errno == EACCES || errno == EPERM)
                ::_exit(1);
            break;
        case Result::InUse:
            break;
        }
        ::nanosleep(&interval, nullptr);
    }
}

} // namespace

Result removeIfUnused(const QString &key)
{
    return removeOnce(targetOf(key), 1);
}

bool startIfInUse(const QString &key)
{
    const Target target = targetOf(key);
    if (target.segmentKey == -1)
        return false;
    const int segment = ::shmget(target.segmentKey, 0, 0);
    shmid_ds info;
    if (segment == -1 || ::shmctl(segment, IPC_STAT, &info) != 0 || info.shm_nattch == 0)
        return false;

    // Twice, so the reaper is nobody's child (no zombie while the viewer runs on).
    const pid_t child = ::fork();
    if (child == -1)
        return false;
    if (child == 0) {
        if (::fork() == 0)
            reap(target);
        ::_exit(0);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) == -1 && errno == EINTR) { }
    return true;
}

} // namespace SegmentReaper
