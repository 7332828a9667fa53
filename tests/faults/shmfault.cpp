// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-fault: the fault suite's own accomplice. It plays the misbehaving third process the tests
// need (a lock holder that gets stopped or killed, a writer of hostile bytes, the creator of a
// leftover segment) with the same key handling as the real programs, and measures a child's peak
// memory. Every subcommand prints one line when it has done its part, so a test can wait for it.

#include "segmentattachment.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "segmentwriter.h"
#include "shmkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSharedMemory>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>

static void say(const QString &line)
{
    // Unbuffered as far as the test is concerned: it waits for this line.
    fputs(line.toLocal8Bit().constData(), stdout);
    fputc('\n', stdout);
    fflush(stdout);
}

static int fail(const QString &line, int code = 1)
{
    fprintf(stderr, "shm-fault: %s\n", line.toLocal8Bit().constData());
    return code;
}

// Waits for SIGTERM or SIGINT (blocked, so they arrive here rather than killing us), at most
// seconds when seconds > 0. Returns the signal, or 0 on timeout.
static int waitForTermination(int seconds)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    for (;;) {
        int signal = 0;
        if (seconds > 0) {
            const timespec timeout = {seconds, 0};
            signal = sigtimedwait(&set, nullptr, &timeout);
            if (signal < 0 && errno == EAGAIN)
                return 0;
        } else {
            signal = sigwaitinfo(&set, nullptr);
        }
        if (signal > 0)
            return signal;
        // EINTR: SIGSTOP/SIGCONT or a debugger; keep waiting.
    }
}

static void blockTermination()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_BLOCK, &set, nullptr);
}

static int create(const QString &key, qsizetype size)
{
    QSharedMemory memory;
    ShmKey::apply(memory, key);
    if (!memory.create(size))
        return fail(QStringLiteral("create failed: %1").arg(memory.errorString()));
    say(QStringLiteral("created %1").arg(memory.size()));
    waitForTermination(0);
    memory.detach();
    return 0;
}

static int holdLock(const QString &key, int seconds)
{
    QSharedMemory memory;
    ShmKey::apply(memory, key);
    SegmentAttachment attachment(memory);
    if (!attachment.isAttached())
        return fail(QStringLiteral("attach failed: %1").arg(memory.errorString()),
                    memory.error() == QSharedMemory::NotFound ? 2 : 1);
    {
        SegmentLock lock(memory);
        if (!lock.isLocked())
            return fail(QStringLiteral("lock failed: %1").arg(memory.errorString()));
        say(QStringLiteral("locked"));
        waitForTermination(seconds);
    }
    say(QStringLiteral("unlocked"));
    return 0;
}

// A header with every field at its most hostile: lengths at their maximum, no terminators.
static QByteArray maxHeader(qsizetype size)
{
    QByteArray bytes(size, char(0xFF));
    SegmentHeader header;
    memset(&header, 0xFF, sizeof header);
    header.magic = SegmentLayout::Magic;
    header.version = SegmentLayout::Version;
    header.headerSize = quint16(SegmentLayout::HeaderSize);
    memcpy(bytes.data(), &header, qMin<size_t>(sizeof header, size_t(size)));
    return bytes;
}

static int write(const QString &key, const QCommandLineParser &parser)
{
    QSharedMemory memory;
    ShmKey::apply(memory, key);
    SegmentAttachment attachment(memory);
    if (!attachment.isAttached())
        return fail(QStringLiteral("attach failed: %1").arg(memory.errorString()),
                    memory.error() == QSharedMemory::NotFound ? 2 : 1);
    const qsizetype size = memory.size();

    QByteArray bytes;
    if (parser.isSet(QStringLiteral("random"))) {
        const qsizetype count = qMin(parser.value(QStringLiteral("random")).toLongLong(), size);
        QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
        bytes.resize(count);
        for (qsizetype i = 0; i < count; ++i)
            bytes[i] = char(random.bounded(256));
    } else if (parser.isSet(QStringLiteral("max-header"))) {
        bytes = maxHeader(size);
    } else if (parser.isSet(QStringLiteral("file")) && parser.isSet(QStringLiteral("image"))) {
        // Our header, declaring the file's bytes an image of the given type and size, whatever
        // they really are.
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
        qsizetype take = SegmentLayout::textCapacity(size);
        if (parser.isSet(QStringLiteral("cut")))
            take = qMin(take, parser.value(QStringLiteral("cut")).toLongLong());
        const QByteArray payload = file.read(take);
        const QStringList claim = parser.value(QStringLiteral("claim")).split(u'x');
        bytes = QByteArray(size, '\0');
        SegmentLayout::Write image;
        image.payload = payload;
        image.sourceName = QStringLiteral("hostile-image");
        image.originalSize = quint64(payload.size());
        image.contentType = parser.value(QStringLiteral("image"));
        image.width = claim.value(0).toUInt();
        image.height = claim.value(1).toUInt();
        if (!SegmentLayout::encode(bytes.data(), size, image).ok)
            return fail(QStringLiteral("cannot encode the image header"));
    } else if (parser.isSet(QStringLiteral("file"))) {
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
        bytes = file.read(size);
    } else if (parser.isSet(QStringLiteral("text"))) {
        // Raw text the way a classic loader writes it: NUL-terminated at offset 0, no header.
        bytes = parser.value(QStringLiteral("text")).toUtf8().left(size - 1);
        bytes.append('\0');
    } else {
        return fail(QStringLiteral("write needs --random, --max-header, --file or --text"));
    }
    bytes.truncate(size);

    SegmentLock lock(memory);
    if (!lock.isLocked())
        return fail(QStringLiteral("lock failed: %1").arg(memory.errorString()));
    memcpy(memory.data(), bytes.constData(), size_t(bytes.size()));
    say(QStringLiteral("wrote %1 of %2").arg(bytes.size()).arg(size));
    return 0;
}

// The writer a kill test cuts short: texts of `bytes` bytes, all 'A' named "A" and all 'B' named
// "B" by turns, through the loader's own writer, until killed. Says "writing" after the first.
static int writeLoop(const QString &key, qsizetype bytes)
{
    const QByteArray texts[2] = {QByteArray(bytes, 'A'), QByteArray(bytes, 'B')};
    const SegmentWriter writer(key);
    for (quint64 round = 0;; ++round) {
        const QByteArray &text = texts[round % 2];
        const SegmentWriter::Result result
                = writer.writeText(text, QString(QLatin1Char(text.front())), quint64(bytes));
        if (result.status != SegmentWriter::Status::Loaded)
            return fail(QStringLiteral("write failed: %1").arg(result.problem));
        if (round == 0)
            say(QStringLiteral("writing"));
    }
}

// What another user plants for us to find (run as that user): both key files, and a segment and
// a semaphore that anyone may use (mode 0666). Says "planted", stays until SIGTERM, then removes
// them.
static int plant(const QString &key, qsizetype size)
{
    const QString files[] = {ShmKey::keyFilePath(key), ShmKey::semaphoreKeyFilePath(key)};
    for (const QString &file : files) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CREAT, 0644);
        if (fd < 0)
            return fail(QStringLiteral("cannot create %1").arg(file));
        ::close(fd);
    }
    const int semaphore = ::semget(ShmKey::systemVKey(files[1]), 1, IPC_CREAT | 0666);
    const int segment = ::shmget(ShmKey::systemVKey(files[0]), size_t(size), IPC_CREAT | 0666);
    if (semaphore == -1 || segment == -1 || ::semctl(semaphore, 0, SETVAL, 1) != 0)
        return fail(
                QStringLiteral("cannot plant: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    say(QStringLiteral("planted"));
    waitForTermination(0);
    ::shmctl(segment, IPC_RMID, nullptr);
    ::semctl(semaphore, 0, IPC_RMID);
    for (const QString &file : files)
        QFile::remove(file);
    return 0;
}

// A lock whose maker died between making the semaphore and setting it: the key files and a
// semaphore at 0 that nobody ever operated on. Says "half-made" and exits.
static int halfMadeLock(const QString &key)
{
    const QString files[] = {ShmKey::keyFilePath(key), ShmKey::semaphoreKeyFilePath(key)};
    for (const QString &file : files) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CREAT, 0600);
        if (fd < 0)
            return fail(QStringLiteral("cannot create %1").arg(file));
        ::close(fd);
    }
    if (::semget(ShmKey::systemVKey(files[1]), 1, IPC_CREAT | IPC_EXCL | 0600) == -1)
        return fail(QStringLiteral("cannot make the semaphore: %1")
                            .arg(QString::fromLocal8Bit(strerror(errno))));
    say(QStringLiteral("half-made"));
    return 0;
}

static int attach(const QString &key, bool stay)
{
    QSharedMemory memory;
    ShmKey::apply(memory, key);
    SegmentAttachment attachment(memory, QSharedMemory::ReadOnly);
    if (!attachment.isAttached())
        return fail(QStringLiteral("attach failed: %1").arg(memory.errorString()),
                    memory.error() == QSharedMemory::NotFound ? 2 : 1);
    say(QStringLiteral("attached %1").arg(memory.size()));
    if (stay)
        waitForTermination(0);
    return 0;
}

// Runs a program and reports its peak resident memory, which QProcess cannot tell because it
// reaps its children itself.
static int rusage(const QStringList &command)
{
    if (command.isEmpty())
        return fail(QStringLiteral("rusage needs a command"));
    QList<QByteArray> arguments;
    for (const QString &argument : command)
        arguments.append(QFile::encodeName(argument));
    QList<char *> argv;
    for (QByteArray &argument : arguments)
        argv.append(argument.data());
    argv.append(nullptr);

    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child < 0)
        return fail(QStringLiteral("fork failed"));
    if (child == 0) {
        // exec keeps the signal mask: give the program its SIGTERM back.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    while (wait4(child, &status, 0, &usage) < 0 && errno == EINTR) { }
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fprintf(stderr, "shm-fault: maxrss_kb=%ld elapsed_ms=%lld exit=%d\n", usage.ru_maxrss,
            timer.elapsed(), code);
    return code;
}

static QString ipcStatus(const QString &file)
{
    const key_t ipcKey = ::ftok(QFile::encodeName(file).constData(), 'Q');
    if (ipcKey == -1)
        return QStringLiteral("no ftok key");
    QStringList found;
    const int shmId = ::shmget(ipcKey, 0, 0);
    if (shmId != -1) {
        shmid_ds info = {};
        ::shmctl(shmId, IPC_STAT, &info);
        found << QStringLiteral("segment %1 (%2 bytes, %3 attached)")
                         .arg(shmId)
                         .arg(info.shm_segsz)
                         .arg(info.shm_nattch);
    }
    const int semId = ::semget(ipcKey, 1, 0);
    if (semId != -1)
        found << QStringLiteral("semaphore %1").arg(semId);
    return found.isEmpty() ? QStringLiteral("no IPC object") : found.join(QStringLiteral(", "));
}

// The suite's final check: no key file of a test key (and so no segment or semaphore reachable
// through one) and no process of this build still running.
static QStringList findLeftovers(const QString &binDir)
{
    QStringList found;
    const QStringList files = QDir(QDir::tempPath())
                                      .entryList({QStringLiteral("qipc_*shmtest*")},
                                                 QDir::Files | QDir::System | QDir::Hidden);
    for (const QString &name : files) {
        const QString path = QDir::tempPath() + u'/' + name;
        found << QStringLiteral("leftover key file %1: %2").arg(path, ipcStatus(path));
    }
    if (!binDir.isEmpty()) {
        const QString prefix = QFileInfo(binDir).canonicalFilePath() + u'/';
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &pid : pids) {
            bool isPid = false;
            if (pid.toInt(&isPid) == ::getpid() || !isPid)
                continue;
            const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
            if (exe.startsWith(prefix))
                found << QStringLiteral("leftover process %1: %2").arg(pid, exe);
        }
    }
    return found;
}

static int leftovers(const QString &binDir)
{
    // A few looks, a second apart: on a shared machine another build's test may be finishing
    // with a key of its own right now; a real leftover stays.
    QStringList found = findLeftovers(binDir);
    for (int attempt = 0; attempt < 5 && !found.isEmpty(); ++attempt) {
        ::sleep(1);
        found = findLeftovers(binDir);
    }
    for (const QString &line : std::as_const(found))
        say(line);
    if (found.isEmpty())
        say(QStringLiteral("no leftovers"));
    return found.isEmpty() ? 0 : 1;
}

int main(int argc, char *argv[])
{
    // Before any thread exists, so every thread inherits the mask and sigwait() gets them.
    blockTermination();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shm-fault"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "The fault suite's helper.\n"
            "  create --key K --size N       create a segment, print \"created SIZE\", stay\n"
            "  hold-lock --key K [--seconds N]  attach, lock, print \"locked\", hold\n"
            "  write --key K (--random N --seed S | --max-header | --file F | --text T)\n"
            "                                (--file F --image TYPE [--claim WxH]: our header,\n"
            "                                declaring F's bytes an image)\n"
            "  write-loop --key K --size N   write N-byte texts (all A, all B) by turns, print\n"
            "                                \"writing\", until killed\n"
            "  half-made-lock --key K        key files and a semaphore never set (0), then exit\n"
            "  plant --key K --size N        (as another user) key files, a 0666 segment and\n"
            "                                semaphore; print \"planted\", remove on SIGTERM\n"
            "  attach --key K [--stay]       attach, print \"attached SIZE\", detach (with\n"
            "                                --stay: after SIGTERM)\n"
            "  rusage -- PROGRAM ARGS...     run, report maxrss_kb on stderr\n"
            "  leftovers [--bin-dir DIR]     list test key files and processes of DIR\n"
            "Exit codes: 0 done, 2 no segment, 1 anything else."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("what to do"));
    parser.addOptions({
            {QStringLiteral("key"), QStringLiteral("Segment key."), QStringLiteral("key")},
            {QStringLiteral("size"), QStringLiteral("Segment size."), QStringLiteral("bytes")},
            {QStringLiteral("seconds"), QStringLiteral("Hold time, 0 = until SIGTERM."),
             QStringLiteral("seconds"), QStringLiteral("0")},
            {QStringLiteral("random"), QStringLiteral("Write N random bytes."),
             QStringLiteral("n")},
            {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("seed"),
             QStringLiteral("1")},
            {QStringLiteral("max-header"),
             QStringLiteral("Write a header with every field maxed.")},
            {QStringLiteral("file"), QStringLiteral("Write this file's bytes."),
             QStringLiteral("file")},
            {QStringLiteral("text"), QStringLiteral("Write NUL-terminated raw text."),
             QStringLiteral("text")},
            {QStringLiteral("bin-dir"), QStringLiteral("Report processes of this directory."),
             QStringLiteral("dir")},
            {QStringLiteral("stay"), QStringLiteral("attach: stay attached until SIGTERM.")},
            {QStringLiteral("image"),
             QStringLiteral("write --file: declare the bytes an image of this type."),
             QStringLiteral("type")},
            {QStringLiteral("claim"), QStringLiteral("With --image: the size the header claims."),
             QStringLiteral("WxH"), QStringLiteral("10x10")},
            {QStringLiteral("cut"), QStringLiteral("With --image: only the first N bytes."),
             QStringLiteral("n")},
    });
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        parser.showHelp(1);
    const QString command = positional.first();
    const QString key = parser.value(QStringLiteral("key"));
    const bool needsKey
            = command != QLatin1String("rusage") && command != QLatin1String("leftovers");
    if (needsKey && key.isEmpty())
        return fail(QStringLiteral("%1 needs --key").arg(command));

    if (command == QLatin1String("create"))
        return create(key, parser.value(QStringLiteral("size")).toLongLong());
    if (command == QLatin1String("hold-lock"))
        return holdLock(key, parser.value(QStringLiteral("seconds")).toInt());
    if (command == QLatin1String("write"))
        return write(key, parser);
    if (command == QLatin1String("write-loop"))
        return writeLoop(key, parser.value(QStringLiteral("size")).toLongLong());
    if (command == QLatin1String("half-made-lock"))
        return halfMadeLock(key);
    if (command == QLatin1String("plant"))
        return plant(key, parser.value(QStringLiteral("size")).toLongLong());
    if (command == QLatin1String("attach"))
        return attach(key, parser.isSet(QStringLiteral("stay")));
    if (command == QLatin1String("rusage"))
        return rusage(positional.mid(1));
    if (command == QLatin1String("leftovers"))
        return leftovers(parser.value(QStringLiteral("bin-dir")));
    return fail(QStringLiteral("unknown command %1").arg(command));
}
