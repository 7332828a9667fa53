// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentreaper.h"

#include "shmkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <spawn.h>
#include <sys/ipc.h>
#include <sys/prctl.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcReaper, "shm.reaper")

extern char **environ;

namespace SegmentReaper {

namespace {

// The key files' paths, encoded, and a Target pointing into them: keep this alive while the
// Target is used (and across fork()).
struct Files
{
    QByteArray segment;
    QByteArray semaphore;
    SegmentReaperCore::Target targetOf(const Ids &ids) const
    {
        SegmentReaperCore::Target target;
        target.segment = ids.segment;
        target.semaphore = ids.semaphore;
        target.segmentKey = ids.segmentKey;
        target.semaphoreKey = ids.semaphoreKey;
        target.segmentFile = segment.constData();
        target.semaphoreFile = semaphore.constData();
        return target;
    }
};

Files filesOf(const QString &key)
{
    return {QFile::encodeName(ShmKey::keyFilePath(key)),
            QFile::encodeName(ShmKey::semaphoreKeyFilePath(key))};
}

int attachmentsOf(int segment)
{
    shmid_ds info;
    return ::shmctl(segment, IPC_STAT, &info) == 0 ? int(info.shm_nattch) : -1;
}

// fork() copies the process's System V attachments: the forked reaper drops them all, or it
// would keep its own segment (and any other) attached for good. /proc/self/maps names them
// /SYSV<key>; read with read() into the stack, line by line (async-signal-safe).
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

void waitFor(pid_t child)
{
    int status = 0;
    while (::waitpid(child, &status, 0) == -1 && errno == EINTR) { }
}

// The fallback without the helper: a forked copy of this process, a copy-on-write image of all
// it holds. Twice, so the reaper is nobody's child (no zombie while the viewer runs on).
bool forkReaper(const SegmentReaperCore::Target &target)
{
    const pid_t child = plainFork();
    if (child == -1)
        return false;
    if (child == 0) {
        // Before the second fork, and before this returns (the parent waits for this child):
        // once startIfInUse() is back, the reaper counts for no attachment, and a process that
        // detaches now as the last one removes the segment itself.
        detachInherited();
        if (plainFork() == 0) {
            ::prctl(PR_SET_NAME, "shm-reaper", 0, 0, 0);
            SegmentReaperCore::reap(target);
        }
        ::_exit(0);
    }
    waitFor(child);
    return true;
}

// posix_spawn() (a vfork-like clone: nothing of this process is copied), in a session of its
// own, every signal back to its default, only /dev/null open. The helper forks once more and
// returns, so the reaper is nobody's child; exec() left it no System V attachment.
bool spawnReaper(const QString &helper, const QString &key, const Ids &ids, const Files &files)
{
    QList<QByteArray> arguments = {
            QByteArrayLiteral("shm-reaper"),
            QByteArrayLiteral("--key"),
            key.toUtf8(),
            QByteArrayLiteral("--segment"),
            QByteArray::number(ids.segment),
            QByteArrayLiteral("--semaphore"),
            QByteArray::number(ids.semaphore),
            QByteArrayLiteral("--segment-key"),
            QByteArray::number(ids.segmentKey),
            QByteArrayLiteral("--semaphore-key"),
            QByteArray::number(ids.semaphoreKey),
            QByteArrayLiteral("--segment-file"),
            files.segment,
            QByteArrayLiteral("--semaphore-file"),
            files.semaphore,
    };
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attributes);
    for (int fd = 0; fd < 3; ++fd)
        posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_RDWR, 0);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#endif
    sigset_t all;
    sigfillset(&all);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes,
                             POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    const QByteArray path = QFile::encodeName(helper);
    pid_t child = -1;
    const int error
            = ::posix_spawn(&child, path.constData(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (error != 0) {
        qCWarning(lcReaper, "Cannot start %s: %s", path.constData(), strerror(error));
        return false;
    }
    waitFor(child);
    return true;
}

} // namespace

Ids idsOf(const QString &key)
{
    const Files files = filesOf(key);
    Ids ids;
    ids.segmentKey = SegmentReaperCore::keyOf(files.segment.constData());
    ids.semaphoreKey = SegmentReaperCore::keyOf(files.semaphore.constData());
    if (ids.segmentKey != -1)
        ids.segment = ::shmget(ids.segmentKey, 0, 0);
    if (ids.semaphoreKey != -1)
        ids.semaphore = ::semget(ids.semaphoreKey, 1, 0);
    return ids;
}

Result removeIfUnused(const QString &key)
{
    const Files files = filesOf(key);
    return SegmentReaperCore::removeByPaths(files.segment.constData(), files.semaphore.constData(),
                                            1);
}

Result removeIfUnused(const QString &key, const Ids &ids)
{
    if (!ids.isValid())
        return Result::Absent;
    const Files files = filesOf(key);
    return SegmentReaperCore::removeById(files.targetOf(ids), 1);
}

QString helperPath()
{
    static const QString found = [] {
        const QString name = QStringLiteral("shm-reaper");
        // /proc/self/exe, not applicationDirPath(): no QCoreApplication needed.
        const QString programDir
                = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
        const QStringList candidates = {
                programDir + u'/' + name,
                // Installed: libexec relative to bin/, so a package installed under any prefix
                // finds its own, then the configured directory.
                QDir::cleanPath(programDir + QStringLiteral("/" SHM_REAPER_RELATIVE_DIR "/")
                                + name),
                QStringLiteral(SHM_REAPER_INSTALL_DIR "/") + name,
        };
        for (const QString &candidate : candidates) {
            const QFileInfo info(candidate);
            if (info.isFile() && info.isExecutable())
                return info.absoluteFilePath();
        }
        return QString();
    }();
    return found;
}

bool startIfInUse(const QString &key)
{
    return startIfInUse(key, idsOf(key));
}

bool startIfInUse(const QString &key, const Ids &ids)
{
    if (!ids.isValid() || attachmentsOf(ids.segment) <= 0)
        return false;
    const Files files = filesOf(key);
    const QString helper = helperPath();
    if (!helper.isEmpty() && spawnReaper(helper, key, ids, files))
        return true;
    if (helper.isEmpty())
        qCWarning(lcReaper,
                  "The shm-reaper helper is not installed (looked next to this program and in "
                  "%s); the clean-up process is a fork of this one instead",
                  SHM_REAPER_INSTALL_DIR);
    return forkReaper(files.targetOf(ids));
}

} // namespace SegmentReaper
