// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// Whether the segment can be trusted (issue 15): writers killed half-way, viewers starting at
// once, and a segment planted by another user. Real processes and real segments throughout.

#include "faultprocess.h"
#include "segmentlayout.h"
#include "segmentreader.h"
#include "segmentstatus.h"
#include "shmconstants.h"
#include "shmkey.h"
#include "shmprograms.h"
#include "testkey.h"
#include "viewerprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <vector>

#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

using ShmPrograms::Run;

class TestSegmentTrust : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void killedWriterNeverLeavesAMix();
    void viewersStartingTogetherShareOneLock();
    void tenViewersAtOnce();
    void plantedSegmentIsRefused();
    void symlinkedKeyFileIsRefused();
    void hugeSegmentIsRefused();
    void halfMadeLockIsSet();

private:
    static int rounds(const char *variable, int fallback);
    // What a reader may show after a kill: a whole text (all one letter, named by it, at full
    // length), or an interrupted write. Empty when it is; else what it showed instead.
    static QString mixIn(const SegmentSnapshot &snapshot, qsizetype bytes);

    QString m_key;
};

void TestSegmentTrust::init()
{
    m_key = TestKey::unique(QStringLiteral("trust"));
}

void TestSegmentTrust::cleanup()
{
    const bool gone = TestKey::cleanUp(m_key);
    QVERIFY2(gone, "the test left something behind");
}

int TestSegmentTrust::rounds(const char *variable, int fallback)
{
    const int value = qEnvironmentVariableIntValue(variable);
    return value > 0 ? value : fallback;
}

QString TestSegmentTrust::mixIn(const SegmentSnapshot &snapshot, qsizetype bytes)
{
    if (snapshot.state == SegmentSnapshot::State::Interrupted)
        return {};
    if (snapshot.state != SegmentSnapshot::State::Valid)
        return QStringLiteral("state %1 (%2)").arg(int(snapshot.state)).arg(snapshot.problem);
    const char letter
            = snapshot.sourceName.size() == 1 ? char(snapshot.sourceName.at(0).unicode()) : 0;
    if ((letter != 'A' && letter != 'B') || snapshot.payload.size() != bytes
        || snapshot.payload.count(letter) != bytes)
        return QStringLiteral("%1 under the name \"%2\": %3 A, %4 B of %5 bytes")
                .arg(QLatin1String("valid"), snapshot.sourceName)
                .arg(snapshot.payload.count('A'))
                .arg(snapshot.payload.count('B'))
                .arg(snapshot.payload.size());
    return {};
}

// 1. A 16 MiB write SIGKILLed at a random moment, over and over: a reader attached all along and
// one joining afterwards see a whole text or an interrupted write, never the old header over a
// mix of both texts.
void TestSegmentTrust::killedWriterNeverLeavesAMix()
{
    const qsizetype bytes = 16 * 1024 * 1024;
    const qsizetype size = SegmentLayout::HeaderSize + bytes + 1;
    auto running = std::make_unique<SegmentReader>(m_key);
    QVERIFY2(running->open(size), qPrintable(running->errorString()));
    int whole = 0, interrupted = 0;
    const int total = rounds("SHM_KILL_ROUNDS", 200);
    for (int round = 0; round < total; ++round) {
        FaultProcess writer;
        QVERIFY(writer.start({QStringLiteral("write-loop"), QStringLiteral("--key"), m_key,
                              QStringLiteral("--size"), QString::number(bytes)},
                             QStringLiteral("writing")));
        QThread::usleep(QRandomGenerator::global()->bounded(2000, 40000));
        writer.kill();

        SegmentSnapshot seen;
        if (running->poll(&seen) == SegmentReader::PollStatus::Changed) {
            const QString mix = mixIn(seen, bytes);
            QVERIFY2(mix.isEmpty(),
                     qPrintable(
                             QStringLiteral("round %1, attached reader: %2").arg(round).arg(mix)));
        }
        SegmentReader joining(m_key);
        QVERIFY2(joining.open(size), qPrintable(joining.errorString()));
        SegmentSnapshot joined;
        QCOMPARE(joining.poll(&joined), SegmentReader::PollStatus::Changed);
        const QString mix = mixIn(joined, bytes);
        QVERIFY2(mix.isEmpty(),
                 qPrintable(QStringLiteral("round %1, joining reader: %2").arg(round).arg(mix)));
        ++(joined.state == SegmentSnapshot::State::Interrupted ? interrupted : whole);
    }
    qInfo("%d rounds: %d whole texts, %d interrupted writes", total, whole, interrupted);
    // Both outcomes happened, so kills did land inside writes (and outside them).
    if (total >= 50) {
        QVERIFY(interrupted > 0);
        QVERIFY(whole > 0);
    }
    running.reset();
}

// The lock key file's inode and its semaphore: what every process's QSharedMemory::lock() takes.
struct LockIdentity
{
    ino_t inode = 0;
    int semaphore = -1;
    bool operator==(const LockIdentity &other) const
    {
        return inode == other.inode && semaphore == other.semaphore;
    }
};

static LockIdentity lockIdentity(const QString &key)
{
    LockIdentity identity;
    const QString file = ShmKey::semaphoreKeyFilePath(key);
    struct stat info;
    if (::stat(QFile::encodeName(file).constData(), &info) == 0)
        identity.inode = info.st_ino;
    const int systemKey = ShmKey::systemVKey(file);
    identity.semaphore = systemKey == -1 ? -1 : ::semget(systemKey, 1, 0);
    return identity;
}

// 2. Two readers opening at the same moment, in one process, with the key files on a tmpfs
// (where a key file made again gets a new inode, and so a new System V key): the one made first
// stays the lock of both, and it excludes.
void TestSegmentTrust::viewersStartingTogetherShareOneLock()
{
    const TestKey::PrivateKeyDir tmpfs;
    if (!tmpfs.isValid())
        QSKIP("no /dev/shm (tmpfs) to put the key files in");
    const auto removeLeftovers = qScopeGuard([&] { TestKey::removeLeftovers(m_key); });
    QVERIFY(ShmKey::keyFilePath(m_key).startsWith(QStringLiteral("/dev/shm/")));

    const int total = rounds("SHM_START_ROUNDS", 100);
    for (int round = 0; round < total; ++round) {
        SegmentReader first(m_key), second(m_key);
        bool opened[2] = {};
        // The lock each saw right after its open(): an open that replaced the other's lock
        // (Qt's create() where a segment exists, then attach()) shows as two.
        LockIdentity seen[2];
        const auto open = [&](int which, SegmentReader *reader) {
            opened[which] = reader->open(4096);
            seen[which] = lockIdentity(m_key);
        };
        std::unique_ptr<QThread> threads[2]
                = {std::unique_ptr<QThread>(QThread::create(open, 0, &first)),
                   std::unique_ptr<QThread>(QThread::create(open, 1, &second))};
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(10000));
        QVERIFY2(opened[0] && opened[1],
                 qPrintable(first.errorString() + QLatin1Char(' ') + second.errorString()));
        const LockIdentity lock = lockIdentity(m_key);
        QVERIFY2(lock.semaphore != -1, "no lock after both opened");
        QVERIFY2(seen[0] == lock && seen[1] == lock,
                 qPrintable(QStringLiteral("round %1: semaphores %2, %3, then %4")
                                    .arg(round)
                                    .arg(seen[0].semaphore)
                                    .arg(seen[1].semaphore)
                                    .arg(lock.semaphore)));

        // A third process-like user of the key takes the lock: it is the one the key file names.
        QSharedMemory holder;
        ShmKey::apply(holder, m_key);
        QVERIFY(holder.attach());
        QVERIFY(holder.lock());
        QCOMPARE(::semctl(lock.semaphore, 0, GETVAL), 0);
        holder.unlock();
        holder.detach();
        QVERIFY2(lockIdentity(m_key) == lock,
                 qPrintable(QStringLiteral("round %1: the lock was made again").arg(round)));
        first.close();
        second.close();
        QVERIFY2(TestKey::isGone(m_key), qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

// 3. Ten viewers started at once, again and again: one segment they all attach to, one lock that
// never changes while they run, and nothing left when they are gone.
void TestSegmentTrust::tenViewersAtOnce()
{
    const int total = rounds("SHM_TEN_VIEWER_ROUNDS", 100);
    for (int round = 0; round < total; ++round) {
        std::vector<std::unique_ptr<ViewerProcess>> viewers;
        for (int i = 0; i < 10; ++i) {
            viewers.push_back(std::make_unique<ViewerProcess>(m_key));
            QVERIFY(viewers.back()->start(ViewerProcess::Mode::Print,
                                          {QStringLiteral("--interval"), QStringLiteral("50")}));
        }
        QVERIFY2(viewers.front()->waitForAttached(10, 30000),
                 qPrintable(QStringLiteral("round %1: %2 attached")
                                    .arg(round)
                                    .arg(SegmentStatus::inspect(m_key).segment.attachments)));
        const LockIdentity lock = lockIdentity(m_key);
        QVERIFY(lock.semaphore != -1);
        const Run load = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-loader")),
                                          {QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                                           QStringLiteral("welcome.txt")});
        QVERIFY2(load.exitCode == 0, qPrintable(load.describe()));
        for (auto &viewer : viewers)
            QVERIFY2(viewer->waitForSnapshot([](const QJsonObject &snapshot) {
                return snapshot.value(QStringLiteral("source")).toString()
                        == QLatin1String("welcome.txt");
            }) >= 0,
                     qPrintable(viewer->describe()));
        QVERIFY2(lockIdentity(m_key) == lock,
                 qPrintable(QStringLiteral("round %1: the lock was made again").arg(round)));
        for (auto &viewer : viewers)
            viewer->signal(SIGTERM);
        for (auto &viewer : viewers) {
            QVERIFY(viewer->waitForExit(10000));
            QCOMPARE(viewer->exitCode(), 0);
        }
        QVERIFY2(TestKey::isGone(m_key), qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

// 4. Another user made the key files and a segment and semaphore anyone may use: the viewer and
// the loader refuse them, name the owner, and write nothing; --status says whose they are.
void TestSegmentTrust::plantedSegmentIsRefused()
{
    QString reason;
    const QStringList planter
            = ShmPrograms::asNobody(ShmPrograms::program(QStringLiteral("shm-fault")),
                                    {QStringLiteral("plant"), QStringLiteral("--key"), m_key,
                                     QStringLiteral("--size"), QStringLiteral("65536")},
                                    &reason);
    if (planter.isEmpty())
        QSKIP(qPrintable(QStringLiteral("cannot run as another user: ") + reason));
    FaultProcess planted;
    QVERIFY(planted.startCommand(planter, QStringLiteral("planted")));
    const SegmentStatus before = SegmentStatus::inspect(m_key);
    QVERIFY(before.segment.exists && before.lock.exists);
    QCOMPARE(before.segment.mode, 0666u);

    const Run viewer
            = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-viewer")),
                               {QStringLiteral("--key"), m_key, QStringLiteral("--print")}, 15000);
    QVERIFY2(viewer.finished && viewer.exitCode == 1, qPrintable(viewer.describe()));
    QVERIFY2(QString::fromUtf8(viewer.err).contains(QLatin1String("nobody")),
             qPrintable(viewer.describe()));

    const QString file = ShmPrograms::assetsDir() + QStringLiteral("/welcome.txt");
    const Run loader
            = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-loader")),
                               {QStringLiteral("--key"), m_key, QStringLiteral("--load"), file});
    QVERIFY2(loader.finished && loader.exitCode == 1, qPrintable(loader.describe()));
    QVERIFY2(QString::fromUtf8(loader.err).contains(QLatin1String("nobody")),
             qPrintable(loader.describe()));

    const SegmentStatus after = SegmentStatus::inspect(m_key);
    QCOMPARE(after.segment.id, before.segment.id);
    // Nothing written: every byte still zero (read here directly; the programs do not read it).
    void *data = ::shmat(after.segment.id, nullptr, SHM_RDONLY);
    QVERIFY(data != reinterpret_cast<void *>(-1));
    const QByteArray bytes(static_cast<const char *>(data), qsizetype(after.segment.size));
    ::shmdt(data);
    QCOMPARE(bytes.count('\0'), bytes.size());
    const Run status
            = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-viewer")),
                               {QStringLiteral("--key"), m_key, QStringLiteral("--status")});
    QVERIFY2(QString::fromUtf8(status.out).contains(QLatin1String("belongs to user nobody")),
             qPrintable(status.describe()));

    planted.signal(SIGTERM);
    QVERIFY(planted.waitForExit(10000));
}

// 5. A symbolic link planted at a key file's path is never followed: the viewer refuses it.
void TestSegmentTrust::symlinkedKeyFileIsRefused()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString keyFile = ShmKey::keyFilePath(m_key);
    QVERIFY(QFile::link(target.filePath(QStringLiteral("elsewhere")), keyFile));
    const auto remove = qScopeGuard([&] { QFile::remove(keyFile); });
    const Run viewer
            = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-viewer")),
                               {QStringLiteral("--key"), m_key, QStringLiteral("--print")}, 15000);
    QVERIFY2(viewer.finished && viewer.exitCode == 1, qPrintable(viewer.describe()));
    QVERIFY2(QString::fromUtf8(viewer.err).contains(QLatin1String("symbolic link")),
             qPrintable(viewer.describe()));
    QVERIFY(!QFile::exists(target.filePath(QStringLiteral("elsewhere"))));
}

// 6. A segment of the user's own, made by another program, larger than any of ours (1 GiB): the
// viewer and the loader refuse it instead of copying it at every change. Zero-filled, it costs
// no memory until touched.
void TestSegmentTrust::hugeSegmentIsRefused()
{
    FaultProcess creator;
    const qsizetype size = ShmConstants::MaxSegmentSize + 4096;
    QVERIFY(creator.start({QStringLiteral("create"), QStringLiteral("--key"), m_key,
                           QStringLiteral("--size"), QString::number(size)},
                          QStringLiteral("created")));
    const Run viewer
            = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-viewer")),
                               {QStringLiteral("--key"), m_key, QStringLiteral("--print")}, 15000);
    QVERIFY2(viewer.finished && viewer.exitCode == 1
                     && QString::fromUtf8(viewer.err).contains(QLatin1String("refusing to read")),
             qPrintable(viewer.describe()));
    const Run loader = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-loader")),
                                        {QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                                         QStringLiteral("welcome.txt")});
    QVERIFY2(loader.finished && loader.exitCode == 1
                     && QString::fromUtf8(loader.err).contains(QLatin1String("nothing was loaded")),
             qPrintable(loader.describe()));
    // Standard input is refused before a byte of it is read: such a segment never sizes what
    // the loader keeps (here: an input that never ends).
    for (const QString &mode : {QStringLiteral("--load"), QStringLiteral("--follow")}) {
        QProcess stdinLoader;
        stdinLoader.start(ShmPrograms::program(QStringLiteral("shm-loader")),
                          {QStringLiteral("--key"), m_key, mode, QStringLiteral("-")});
        QVERIFY(stdinLoader.waitForStarted());
        stdinLoader.write(QByteArray(64 * 1024, 'a'));
        const bool ended = stdinLoader.waitForFinished(10000);
        if (!ended)
            stdinLoader.kill();
        QVERIFY2(ended, qPrintable(mode + QStringLiteral(" - read on into a refused segment")));
        QCOMPARE(stdinLoader.exitCode(), 1);
        QVERIFY(stdinLoader.readAllStandardError().contains("nothing was loaded"));
    }
    creator.signal(SIGTERM);
    QVERIFY(creator.waitForExit(10000));
}

// 7. A program killed between making the lock's semaphore and setting it left it at 0: the next
// viewer sets it (every program on the key would wait on it for good otherwise), and loads work.
void TestSegmentTrust::halfMadeLockIsSet()
{
    FaultProcess maker;
    QVERIFY(maker.start({QStringLiteral("half-made-lock"), QStringLiteral("--key"), m_key},
                        QStringLiteral("half-made")));
    QVERIFY(maker.waitForExit(5000));
    QThread::msleep(2100); // older than a maker still on its way to setting it
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Print));
    QVERIFY2(viewer.waitForAttached(1, 10000), qPrintable(viewer.describe()));
    const Run load = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-loader")),
                                      {QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                                       QStringLiteral("welcome.txt"), QStringLiteral("--timeout"),
                                       QStringLiteral("5000")});
    QVERIFY2(load.exitCode == 0, qPrintable(load.describe()));
    QVERIFY(viewer.waitForSnapshot([](const QJsonObject &snapshot) {
        return snapshot.value(QStringLiteral("source")).toString() == QLatin1String("welcome.txt");
    }) >= 0);
    QVERIFY(viewer.terminate(10000));
}

QTEST_GUILESS_MAIN(TestSegmentTrust)
#include "tst_segmenttrust.moc"
