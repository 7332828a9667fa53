// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentreaper.h"

#include "shmkey.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace SegmentReaper {

// Everything below up to startIfInUse() runs in the reaper too: after fork() in a process that
// had threads, only async-signal-safe calls are allowed (no malloc, no locks, no Qt).
namespace {

// The key files' paths, worked out before fork(). The System V keys are worked out again from
// them at every look: Qt makes a new key file (and with it a new key) when it makes a semaphore
// anew, as it does when the one it waits on is removed.
struct Paths
{
    QByteArray segment;
    QByteArray semaphore;
};

// Qt's System V key for a key file: ftok(path, 'Q'), spelled out with stat(), which is
// async-signal-safe (ftok() is not promised to be). -1 when the file does not exist.
key_t keyOf(const char *path)
{
    struct stat info;
    if (::stat(path, &info) != 0)
        return -1;
    return key_t((quint32('Q') << 24) | ((quint32(info.st_dev) & 0xff) << 16)
                 | (quint32(info.st_ino) & 0xffff));
}

int attachmentsOf(int segment)
{
    shmid_ds info;
    return ::shmctl(segment, IPC_STAT, &info) == 0 ? int(info.shm_nattch) : -1;
}

// One look. With ownSegment (the reaper's), only that segment is a candidate: a new one made
// under the same key since is someone else's. The lock is Qt's: semaphore 0 of the set, 1 when
// free, taken with SEM_UNDO like Qt does, so a reaper killed while holding it releases it.
Result removeOnce(const Paths &paths, int lockWaitSeconds, int ownSegment = -1)
{
    const key_t segmentKey = keyOf(paths.segment.constData());
    int segment = segmentKey == -1 ? -1 : ::shmget(segmentKey, 0, 0);
    if (segment == -1 && errno == EACCES)
        return Result::Failed;
    if (ownSegment != -1 && segment != ownSegment)
        return Result::InUse; // ours is gone, or the key file now names another segment
    if (segment != -1 && attachmentsOf(segment) != 0)
        return Result::InUse;
    const key_t semaphoreKey = keyOf(paths.semaphore.constData());
    if (segment == -1 && segmentKey == -1 && semaphoreKey == -1)
        return Result::Absent; // no key file: nothing of this key exists

    // Nobody attached, or no segment but perhaps its semaphore and key files. Qt's attach() and
    // create() hold the lock from before they look for the segment until they are attached: with
    // the lock held, nobody is half-way in, and a second look is final. Without a semaphore
    // nobody is half-way in either: Qt makes it before anything else.
    const int semaphore = semaphoreKey == -1 ? -1 : ::semget(semaphoreKey, 1, 0);
    bool locked = false;
    if (semaphore != -1) {
        sembuf take = {0, -1, SEM_UNDO};
        const timespec timeout = {lockWaitSeconds, 0};
        while (!(locked = ::semtimedop(semaphore, &take, 1, &timeout) == 0) && errno == EINTR) { }
        if (!locked)
            return Result::Failed; // held all along, or replaced meanwhile: look again later
    }
    const auto unlock = [&] {
        sembuf give = {0, 1, SEM_UNDO};
        if (locked)
            ::semop(semaphore, &give, 1);
    };
    if (keyOf(paths.segment.constData()) != segmentKey) {
        unlock();
        return Result::Failed; // the key file changed under us: look again later
    }
    // [walkthrough: remove]
    segment = segmentKey == -1 ? -1 : ::shmget(segmentKey, 0, 0);
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
    if (segmentKey != -1)
        ::unlink(paths.segment.constData());
    // The key file before the semaphore: a process waiting on the semaphore makes a new one when
    // it is removed (Qt does on EIDRM), and must find no old key file to make it from, or it
    // would be left with a semaphore whose key file is gone. Removing the semaphore also drops
    // this process's hold on it.
    if (semaphore != -1 && keyOf(paths.semaphore.constData()) == semaphoreKey) {
        ::unlink(paths.semaphore.constData());
        ::semctl(semaphore, 0, IPC_RMID);
    } else {
        unlock();
    }
    return segment != -1 ? Result::Removed : Result::Absent;
    // [/walkthrough: remove]
}

// fork() copies the process's System V attachments: the reaper drops them all, or it would keep
// its own segment (and any other) attached for good. /proc/self/maps names them /SYSV<key>; read
// with read() into the stack, line by line.
void detachInherited()
{
    const int fd = ::open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    void *addresses[256];
    int count = 0;
    char buffer[4096];
    char line[512];
    size_t length = 0;
    ssize_t got;
    while ((got = ::read(fd, buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < got; ++i) {
            if (buffer[i] != '\n') {
                if (length < sizeof line - 1)
                    line[length++] = buffer[i];
                continue;
            }
            line[length] = '\0';
            length = 0;
            if (!::strstr(line, " /SYSV") || count == int(sizeof addresses / sizeof *addresses))
                continue;
            quintptr start = 0;
            for (const char *p = line; *p && *p != '-'; ++p) {
                const char c = *p;
                start = start * 16
                        + quintptr(c >= 'a'           ? c - 'a' + 10
                                           : c >= 'A' ? c - 'A' + 10
                                                      : c - '0');
            }
            addresses[count++] = reinterpret_cast<void *>(start);
        }
    }
    ::close(fd);
    for (int i = 0; i < count; ++i)
        ::shmdt(addresses[i]);
}

// fork() without the atfork handlers, which are not async-signal-safe in a child of a process
// with threads.
pid_t plainFork()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    return ::_Fork();
#else
    return ::fork();
#endif
}

[[noreturn]] void reap(const Paths &paths, int segment)
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

    // [walkthrough: reaper]
    // One reaper per segment: a viewer restarted ten times beside another one that stays open
    // would otherwise leave ten. The lock is on the segment's key file and ends with the process.
    const int keyFile = ::open(paths.segment.constData(), O_RDONLY | O_CLOEXEC);
    if (keyFile < 0 || ::flock(keyFile, LOCK_EX | LOCK_NB) != 0)
        ::_exit(0);

    const timespec interval = {0, 100 * 1000 * 1000};
    for (;;) {
        if (attachmentsOf(segment) < 0) {
            // Gone, whoever removed it; a semaphore or key files left without it go too.
            removeOnce(paths, 1);
            ::_exit(0);
        }
        const Result result = removeOnce(paths, 1, segment);
        if (result == Result::Removed)
            ::_exit(0);
        if (result == Result::Failed && errno == EPERM)
            ::_exit(1); // not ours to remove: it will not get better
        ::nanosleep(&interval, nullptr);
    }
    // [/walkthrough: reaper]
}

Paths pathsOf(const QString &key)
{
    return {QFile::encodeName(ShmKey::keyFilePath(key)),
            QFile::encodeName(ShmKey::semaphoreKeyFilePath(key))};
}

} // namespace

Result removeIfUnused(const QString &key)
{
    return removeOnce(pathsOf(key), 1);
}

bool startIfInUse(const QString &key)
{
    const Paths paths = pathsOf(key);
    const key_t segmentKey = keyOf(paths.segment.constData());
    const int segment = segmentKey == -1 ? -1 : ::shmget(segmentKey, 0, 0);
    if (segment == -1 || attachmentsOf(segment) <= 0)
        return false;

    // Twice, so the reaper is nobody's child (no zombie while the viewer runs on).
    const pid_t child = plainFork();
    if (child == -1)
        return false;
    if (child == 0) {
        // Before the second fork, and before this returns (the parent waits for this child):
        // once startIfInUse() is back, the reaper counts for no attachment, and a process that
        // detaches now as the last one removes the segment itself.
        detachInherited();
        if (plainFork() == 0)
            reap(paths, segment);
        ::_exit(0);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) == -1 && errno == EINTR) { }
    return true;
}

} // namespace SegmentReaper
