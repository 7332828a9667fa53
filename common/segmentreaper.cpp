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
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace SegmentReaper {

namespace {

// Everything the reaper needs, worked out before fork(): after it, in a process that had
// threads, only async-signal-safe calls are allowed (no malloc, no Qt).
struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool exists = false;
};

struct Target
{
    key_t segmentKey = -1;
    key_t semaphoreKey = -1;
    QByteArray segmentFile;
    QByteArray semaphoreFile;
    // The key files as they were: a file of the same name made later belongs to a new segment
    // (its ftok() key differs), which is not ours to touch.
    FileId segmentFileId;
    FileId semaphoreFileId;
    // fork() copies the process's System V attachments: the reaper must drop them, or it would
    // keep its own segment (and any other) attached forever.
    QList<void *> attachments;
};

FileId fileId(const char *path)
{
    FileId id;
    struct stat info;
    if (::stat(path, &info) == 0) {
        id.device = info.st_dev;
        id.inode = info.st_ino;
        id.exists = true;
    }
    return id;
}

void unlinkIfSame(const char *path, const FileId &expected)
{
    const FileId now = fileId(path);
    if (expected.exists && now.exists && now.device == expected.device
        && now.inode == expected.inode)
        ::unlink(path);
}

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
    target.segmentFileId = fileId(target.segmentFile.constData());
    target.semaphoreFileId = fileId(target.semaphoreFile.constData());
    // Qt's System V keys: ftok() of the key file, project id 'Q'.
    target.segmentKey = ::ftok(target.segmentFile.constData(), 'Q');
    target.semaphoreKey = ::ftok(target.semaphoreFile.constData(), 'Q');
    return target;
}

int attachmentsOf(int segment)
{
    shmid_ds info;
    return ::shmctl(segment, IPC_STAT, &info) == 0 ? int(info.shm_nattch) : 0;
}

// One look, async-signal-safe. The lock is Qt's: semaphore 0 of the set, 1 when free. Taken with
// SEM_UNDO like Qt does, so a reaper killed while holding it releases it.
Result removeOnce(const Target &target, int lockWaitSeconds)
{
    if (target.segmentKey == -1 && target.semaphoreKey == -1)
        return Result::Absent; // no key file: nothing of this key exists
    int segment = target.segmentKey == -1 ? -1 : ::shmget(target.segmentKey, 0, 0);
    if (segment == -1 && errno == EACCES)
        return Result::Failed;
    if (segment != -1 && attachmentsOf(segment) != 0)
        return Result::InUse;

    // Nobody attached, or no segment but perhaps its semaphore and key files. Qt's attach() and
    // create() hold the lock from before they look for the segment until they are attached: with
    // the lock held, nobody is half-way in, and a second look is final.
    const int semaphore = target.semaphoreKey == -1 ? -1 : ::semget(target.semaphoreKey, 1, 0);
    bool locked = false;
    if (semaphore != -1) {
        sembuf take = {0, -1, SEM_UNDO};
        const timespec timeout = {lockWaitSeconds, 0};
        while (!(locked = ::semtimedop(semaphore, &take, 1, &timeout) == 0) && errno == EINTR) { }
        if (!locked && errno == EAGAIN)
            return Result::Failed; // held all along by a process that is not attached
    }
    const auto unlock = [&] {
        sembuf give = {0, 1, SEM_UNDO};
        if (locked)
            ::semop(semaphore, &give, 1);
    };
    segment = target.segmentKey == -1 ? -1 : ::shmget(target.segmentKey, 0, 0);
    if (segment != -1) {
        if (attachmentsOf(segment) != 0) {
            unlock();
            return Result::InUse;
        }
        if (::shmctl(segment, IPC_RMID, nullptr) != 0) {
            unlock();
            return Result::Failed;
        }
    }
    unlinkIfSame(target.segmentFile.constData(), target.segmentFileId);
    // The key file before the semaphore: a process waiting on the semaphore makes a new one when
    // it is removed (Qt does on EIDRM), and must find no old key file to make it from, or it
    // would be left with a semaphore whose key file is gone. Removing the semaphore also drops
    // this process's hold on it.
    unlinkIfSame(target.semaphoreFile.constData(), target.semaphoreFileId);
    if (semaphore != -1)
        ::semctl(semaphore, 0, IPC_RMID);
    return segment != -1 ? Result::Removed : Result::Absent;
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
    Target target = targetOf(key);
    const int segment = target.segmentKey == -1 ? -1 : ::shmget(target.segmentKey, 0, 0);
    if (segment == -1 || attachmentsOf(segment) == 0)
        return false;
    target.attachments = systemVAttachments();

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
