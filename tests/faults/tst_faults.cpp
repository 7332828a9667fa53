// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The fault suite: the real shm-viewer and shm-loader, disturbed by shm-fault (a lock holder that
// is killed or stopped, hostile bytes, a leftover segment), by each other, by bad files and by
// another user. docs/reliability.md explains each scenario; the test names are quoted there.
// CMakeLists.txt runs groups of these functions as separate ctest tests.

#include "faultprocess.h"
#include "segmentattachment.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "segmentstatus.h"
#include "shmconstants.h"
#include "shmkey.h"
#include "shmprograms.h"
#include "testkey.h"
#include "viewerprocess.h"

#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <map>
#include <memory>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

using ShmPrograms::Run;
using Mode = ViewerProcess::Mode;

static QString str(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

static qint64 num(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toInteger(-1);
}

static ViewerProcess::Predicate fromSource(const QString &source)
{
    return [source](const QJsonObject &s) {
        return str(s, "state") == QLatin1String("valid") && str(s, "source") == source;
    };
}

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    // 1, 2: the lock
    void holderKilledReleasesTheLock();
    void stoppedHolderTimesOutLoader();
    void stoppedHolderViewerAnswersSigterm_data();
    void stoppedHolderViewerAnswersSigterm();
    void joiningViewerWaitsForTheLock();
    // 3, 4, 5: the segment's life
    void viewerKilledSegmentSurvives();
    void leftoverOfAnotherSize();
    void leftoverTooSmallForTheHeader();
    void loaderFindsOnlyAnOrphanedSegment();
    void twoViewers_data();
    void twoViewers();
    // 6
    void concurrentLoadersNeverTear();
    // 11: nothing left behind, whatever order processes exit, stop or die in
    void exitOrders_data();
    void exitOrders();
    void survivingViewerKeepsWorking();
    void oneReaperPerSegment();
    // 11: a small reaper; key files an age-based /tmp cleaner deletes
    void reaperIsSmall();
    void keyFilesAreRefreshed();
    void keyFilesDeletedUnderARunningViewer();
    // 12: looking at and cleaning a segment
    void statusAndCleanup();
    // 7, 8, 9: input and other users
    void hostileBytes_data();
    void hostileBytes();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void hugeFileLoadsTruncatedWithBoundedMemory();
    void anotherUserIsRefused();
    void followSurvivesBadFiles_data();
    void followSurvivesBadFiles();

private:
    ViewerProcess *startViewer(Mode mode = Mode::Print, const QStringList &arguments = {},
                               int attachments = 1);
    Run load(const QString &path, const QStringList &extra = {});
    Run viewerCommand(const QStringList &arguments); // shm-viewer ARGUMENTS --key m_key
    QString writeFile(const QString &name, const QByteArray &content);
    static QByteArray asset(const char *name); // a bundled asset's bytes
    // A valid little PNG whose header claims width × height pixels.
    static QByteArray pngClaiming(quint32 width, quint32 height);
    bool holdLock(FaultProcess *holder);
    // Checks that snapshot shows the file at path as loaded into a segment of segmentSize bytes.
    static QString mismatch(const QJsonObject &snapshot, const QString &path, qint64 segmentSize);
    SegmentSnapshot readSegment();
    // Waits until nothing of m_key remains in the system (looked up without attaching, which
    // would clean up on its own) and no process of ours still names the key; else says what.
    QString waitUntilNothingRemains(int timeoutMs);
    QStringList processesNamingKey() const; // pids of processes whose command line names m_key
    // processesNamingKey() less the test's own viewers and shm-faults: the reapers.
    QStringList reapers() const;

    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestKey::PrivateKeyDir> m_keyDir; // for tests that delete key files
    std::vector<std::unique_ptr<ViewerProcess>> m_viewers;
    std::vector<std::unique_ptr<FaultProcess>> m_faults;
    QString m_alpha;
    QString m_beta;
};

void TestFaults::initTestCase()
{
    for (const char *name : {"shm-viewer", "shm-loader", "shm-fault"}) {
        const QString path = ShmPrograms::program(QLatin1String(name));
        QVERIFY2(QFileInfo(path).isExecutable(),
                 qPrintable(path + QStringLiteral(" is not built")));
    }
}

void TestFaults::init()
{
    m_key = TestKey::unique(QStringLiteral("faults"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Reachable by user nobody, for the cases that run the loader as another user.
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
    m_alpha = writeFile(QStringLiteral("alpha.txt"), "alpha: the first text\nsecond line\n");
    m_beta = writeFile(QStringLiteral("beta.txt"), "beta: another text, ünïcødé\n");
}

void TestFaults::cleanup()
{
    for (auto &fault : m_faults)
        fault->kill();
    for (auto &viewer : m_viewers) {
        viewer->signal(SIGCONT);
        if (!viewer->terminate(5000))
            viewer->kill();
    }
    m_faults.clear();
    m_viewers.clear();
    m_dir.reset();
    const bool gone = TestKey::isGone(m_key);
    const bool segment = SegmentStatus::inspect(m_key).segment.exists;
    const bool semaphore = SegmentStatus::inspect(m_key).lock.exists;
    TestKey::removeLeftovers(m_key);
    m_keyDir.reset();
    QVERIFY2(gone,
             qPrintable(QStringLiteral("the test left something behind: segment %1, semaphore %2")
                                .arg(segment)
                                .arg(semaphore)));
}

ViewerProcess *TestFaults::startViewer(Mode mode, const QStringList &arguments, int attachments)
{
    m_viewers.push_back(std::make_unique<ViewerProcess>(m_key));
    ViewerProcess *viewer = m_viewers.back().get();
    if (!viewer->start(mode, arguments) || !viewer->waitForAttached(attachments))
        qWarning("viewer did not start: %s", qPrintable(viewer->describe()));
    return viewer;
}

Run TestFaults::load(const QString &path, const QStringList &extra)
{
    return ShmPrograms::run(
            ShmPrograms::program(QStringLiteral("shm-loader")),
            QStringList{QStringLiteral("--key"), m_key, QStringLiteral("--load"), path} + extra);
}

QString TestFaults::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestFaults::asset(const char *name)
{
    QFile file(ShmPrograms::assetsDir() + u'/' + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray TestFaults::pngClaiming(quint32 width, quint32 height)
{
    // length, type, data, CRC-32 of type and data (zlib's, which Qt does not offer), big-endian.
    const auto chunk = [](const char *type, const QByteArray &data) {
        const QByteArray typed = QByteArray(type) + data;
        quint32 crc = 0xffffffffu;
        for (const char c : typed) {
            crc ^= uchar(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << quint32(data.size());
        stream.writeRawData(typed.constData(), int(typed.size()));
        stream << (crc ^ 0xffffffffu);
        return bytes;
    };
    QByteArray header;
    QDataStream stream(&header, QIODevice::WriteOnly);
    stream << width << height << quint8(8) << quint8(6) << quint8(0) << quint8(0) << quint8(0);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header)
            + chunk("IDAT", qCompress(QByteArray(1000, '\0')).mid(4)) + chunk("IEND", {});
}

bool TestFaults::holdLock(FaultProcess *holder)
{
    return holder->start({QStringLiteral("hold-lock"), QStringLiteral("--key"), m_key},
                         QStringLiteral("locked"));
}

QString TestFaults::mismatch(const QJsonObject &snapshot, const QString &path, qint64 segmentSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + path;
    const QByteArray content = file.readAll();
    const qint64 bytes = num(snapshot, "bytes");
    const qint64 capacity = SegmentLayout::textCapacity(segmentSize);
    QStringList problems;
    if (str(snapshot, "state") != QLatin1String("valid"))
        problems << QStringLiteral("state %1").arg(str(snapshot, "state"));
    if (str(snapshot, "source") != QFileInfo(path).fileName())
        problems << QStringLiteral("source %1").arg(str(snapshot, "source"));
    if (num(snapshot, "segmentSize") != segmentSize)
        problems << QStringLiteral("segmentSize %1").arg(num(snapshot, "segmentSize"));
    if (num(snapshot, "originalBytes") != content.size())
        problems << QStringLiteral("originalBytes %1").arg(num(snapshot, "originalBytes"));
    const bool shouldTruncate = content.size() > capacity;
    if (snapshot.value(QLatin1String("truncated")).toBool() != shouldTruncate)
        problems << QStringLiteral("truncated flag");
    if (shouldTruncate ? (bytes < capacity - 3 || bytes > capacity) : bytes != content.size())
        problems << QStringLiteral("bytes %1 (capacity %2)").arg(bytes).arg(capacity);
    if (str(snapshot, "text") != QString::fromUtf8(content.left(qMax<qint64>(bytes, 0))))
        problems << QStringLiteral("text differs from the file's first %1 bytes").arg(bytes);
    return problems.join(QStringLiteral(", "));
}

SegmentSnapshot TestFaults::readSegment()
{
    // attach(), not SegmentReader::open(): create() would make this process the owner of the
    // lock's semaphore (Qt's Create mode), which its destructor then removes under the viewer.
    // Never the last to detach either: the viewer is attached.
    QSharedMemory memory;
    ShmKey::apply(memory, m_key);
    SegmentAttachment attachment(memory, QSharedMemory::ReadOnly);
    if (!attachment.isAttached())
        return {};
    SegmentLock lock(memory);
    return SegmentLayout::decode(
            QByteArrayView(static_cast<const char *>(memory.constData()), memory.size()));
}

QStringList TestFaults::processesNamingKey() const
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (pid.toInt() > 0 && pid.toInt() != getpid() && cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().contains(m_key.toUtf8()))
            found << pid;
    }
    return found;
}

QStringList TestFaults::reapers() const
{
    QStringList found = processesNamingKey();
    for (const auto &viewer : m_viewers)
        found.removeAll(QString::number(viewer->pid()));
    for (const auto &fault : m_faults)
        found.removeAll(QString::number(fault->pid()));
    return found;
}

QString TestFaults::waitUntilNothingRemains(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QStringList found;
    do {
        found.clear();
        if (SegmentStatus::inspect(m_key).segment.exists)
            found << QStringLiteral("segment (%1 attached)")
                             .arg(SegmentStatus::inspect(m_key).segment.attachments);
        if (SegmentStatus::inspect(m_key).lock.exists)
            found << QStringLiteral("semaphore");
        for (const QString &file :
             {ShmKey::keyFilePath(m_key), ShmKey::semaphoreKeyFilePath(m_key)})
            if (QFile::exists(file))
                found << file;
        // A reaper's command line names the key (shm-reaper --key K, or a forked viewer's).
        for (const QString &pid : processesNamingKey())
            found << QStringLiteral("process %1").arg(pid);
        if (found.isEmpty())
            return {};
        QTest::qWait(100);
    } while (timer.elapsed() < timeoutMs);
    return found.join(QStringLiteral(", "));
}

// 1. A lock holder dies (SIGKILL) while holding the lock: SEM_UNDO gives the lock back.
void TestFaults::holderKilledReleasesTheLock()
{
    ViewerProcess *viewer = startViewer();
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY2(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0,
             qPrintable(viewer->describe()));

    m_faults.push_back(std::make_unique<FaultProcess>());
    FaultProcess *holder = m_faults.back().get();
    QVERIFY2(holdLock(holder), qPrintable(holder->output()));
    QTest::qWait(300); // the viewer's next poll now waits for the lock
    QVERIFY(viewer->isRunning());

    holder->signal(SIGKILL);
    QVERIFY(holder->waitForExit(5000));
    const Run run = load(m_beta);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < 1000 * ShmPrograms::timeScale(), qPrintable(run.describe()));
    const int index = viewer->waitForSnapshot(fromSource(QStringLiteral("beta.txt")));
    QVERIFY2(index >= 0, qPrintable(viewer->describe()));
    const QString problem
            = mismatch(viewer->snapshots().at(index), m_beta, ShmConstants::DefaultSegmentSize);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(viewer->isRunning());
}

// 2. A holder stopped (SIGSTOP) while holding the lock: nothing can take it, so the loader
// gives up after --timeout, and everything resumes after SIGCONT.
void TestFaults::stoppedHolderTimesOutLoader()
{
    ViewerProcess *viewer = startViewer();
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0);

    m_faults.push_back(std::make_unique<FaultProcess>());
    FaultProcess *holder = m_faults.back().get();
    QVERIFY2(holdLock(holder), qPrintable(holder->output()));
    holder->signal(SIGSTOP);

    const Run run = load(m_beta, {QStringLiteral("--timeout"), QStringLiteral("500")});
    QVERIFY2(run.finished && !run.crashed && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(!run.err.trimmed().isEmpty(), "no message on stderr");
    QVERIFY2(run.elapsedMs >= 500 && run.elapsedMs < 500 + 1500 * ShmPrograms::timeScale(),
             qPrintable(run.describe()));
    QVERIFY2(viewer->isRunning(), qPrintable(viewer->describe()));
    const int before = viewer->snapshotCount();

    holder->signal(SIGCONT);
    holder->signal(SIGTERM); // releases the lock and exits
    QVERIFY(holder->waitForExit(10000));
    const Run again = load(m_beta);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const int index = viewer->waitForSnapshot(fromSource(QStringLiteral("beta.txt")), before);
    QVERIFY2(index >= 0, qPrintable(viewer->describe()));
    QVERIFY(mismatch(viewer->snapshots().at(index), m_beta, ShmConstants::DefaultSegmentSize)
                    .isEmpty());
}

void TestFaults::stoppedHolderViewerAnswersSigterm_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("print") << Mode::Print;
    QTest::newRow("window") << Mode::Window;
}

// 2. The viewer's worker waits for a stopped holder; the viewer still quits on SIGTERM in time.
// It may leave the segment behind; the next viewer takes it over and cleans up.
void TestFaults::stoppedHolderViewerAnswersSigterm()
{
    QFETCH(Mode, mode);
    ViewerProcess *viewer = startViewer(mode);
    QVERIFY(viewer->isRunning());
    QVERIFY(load(m_alpha).exitCode == 0);

    m_faults.push_back(std::make_unique<FaultProcess>());
    FaultProcess *holder = m_faults.back().get();
    QVERIFY2(holdLock(holder), qPrintable(holder->output()));
    holder->signal(SIGSTOP);
    QTest::qWait(500); // several poll intervals: the worker is blocked in lock()

    qint64 elapsed = 0;
    const bool exited = viewer->terminate(10000, &elapsed);
    QVERIFY2(exited, qPrintable(viewer->describe()));
    QVERIFY2(!viewer->crashed(), qPrintable(viewer->describe()));
    qInfo("viewer quit %lld ms after SIGTERM with exit code %d", elapsed, viewer->exitCode());
    QVERIFY2(elapsed < 2000 * ShmPrograms::timeScale(), qPrintable(QString::number(elapsed)));

    holder->kill();
    // Whatever it left, the next viewer works and, quitting last, removes everything.
    ViewerProcess *next = startViewer();
    QVERIFY2(next->isRunning(), qPrintable(next->describe()));
    QVERIFY(load(m_beta).exitCode == 0);
    QVERIFY2(next->waitForSnapshot(fromSource(QStringLiteral("beta.txt"))) >= 0,
             qPrintable(next->describe()));
    QVERIFY(next->terminate(5000));
    QCOMPARE(next->exitCode(), 0);
    QVERIFY2(TestKey::isGone(m_key), "the next viewer did not clean up");
}

// 2. A viewer that starts while another process holds the lock waits for it like everyone else.
// Qt 6.4's create() would open the lock's semaphore in QSystemSemaphore::Create mode (SETVAL 1,
// and the attach() that follows replaces the semaphore), so SegmentReader::open() attaches first
// and creates only when there is no segment. docs/reliability.md, scenario 2.
void TestFaults::joiningViewerWaitsForTheLock()
{
    ViewerProcess *first = startViewer();
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY(first->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0);

    m_faults.push_back(std::make_unique<FaultProcess>());
    FaultProcess *holder = m_faults.back().get();
    QVERIFY2(holdLock(holder), qPrintable(holder->output()));
    holder->signal(SIGSTOP);

    ViewerProcess *second = startViewer(Mode::Print, {}, 2);
    QVERIFY2(second->isRunning(), qPrintable(second->describe()));
    QTest::qWait(1000); // plenty for a poll, were the lock free
    QCOMPARE(second->snapshotCount(), 0);

    holder->signal(SIGCONT);
    holder->signal(SIGTERM);
    QVERIFY(holder->waitForExit(10000));
    QVERIFY2(second->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0,
             qPrintable(second->describe()));
}

// 3. The viewer is killed: the segment outlives it (System V), a new viewer joins it, shows what
// it holds, serves loads and, quitting last, leaves nothing.
void TestFaults::viewerKilledSegmentSurvives()
{
    ViewerProcess *viewer = startViewer();
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0);
    viewer->signal(SIGKILL);
    QVERIFY(viewer->waitForExit(5000));

    const SegmentStatus::Segment segment = SegmentStatus::inspect(m_key).segment;
    QVERIFY2(segment.exists, "the segment did not survive its creator");
    QCOMPARE(segment.attachments, qint64(0));
    QVERIFY(QFile::exists(ShmKey::keyFilePath(m_key)));

    ViewerProcess *next = startViewer();
    QVERIFY2(next->isRunning(), qPrintable(next->describe()));
    // The content present at start-up is the survivor's.
    const int first = next->waitForSnapshot(fromSource(QStringLiteral("alpha.txt")));
    QVERIFY2(first >= 0, qPrintable(next->describe()));
    QCOMPARE(SegmentStatus::inspect(m_key).segment.id, segment.id);

    const Run run = load(m_beta);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(next->waitForSnapshot(fromSource(QStringLiteral("beta.txt")), first + 1) >= 0);
    QVERIFY(next->terminate(5000));
    QCOMPARE(next->exitCode(), 0);
    const bool segmentLeft = SegmentStatus::inspect(m_key).segment.exists;
    const bool semaphoreLeft = SegmentStatus::inspect(m_key).lock.exists;
    QVERIFY2(TestKey::isGone(m_key),
             qPrintable(QStringLiteral("left behind: segment %1, semaphore %2 (%3)")
                                .arg(segmentLeft)
                                .arg(semaphoreLeft)
                                .arg(ShmKey::semaphoreKeyFilePath(m_key))));
}

// 4. A leftover segment of another size: the next viewer takes the size it gets, says so, and
// loads are cut to that size's capacity.
void TestFaults::leftoverOfAnotherSize()
{
    ViewerProcess *small
            = startViewer(Mode::Print, {QStringLiteral("--size"), QStringLiteral("4096")});
    QVERIFY(small->isRunning());
    QCOMPARE(SegmentStatus::inspect(m_key).segment.size, qint64(4096));
    small->signal(SIGKILL);
    QVERIFY(small->waitForExit(5000));

    ViewerProcess *viewer = startViewer();
    QVERIFY2(viewer->isRunning(), qPrintable(viewer->describe()));
    // "N bytes (asked for M)", the numbers possibly with thousands separators.
    QVERIFY2(viewer->waitForStderr(QStringLiteral("using the existing segment of")),
             qPrintable(viewer->describe()));
    const QRegularExpressionMatch said
            = QRegularExpression(QStringLiteral("using the existing segment of ([0-9,.]+) bytes "
                                                "\\(asked for ([0-9,.]+)\\)"))
                      .match(viewer->stderrText());
    QVERIFY2(said.hasMatch(), qPrintable(viewer->stderrText()));
    const auto number = [](QString text) { return text.remove(u',').remove(u'.').toLongLong(); };
    QCOMPARE(number(said.captured(1)), qint64(4096));
    QCOMPARE(number(said.captured(2)), qint64(ShmConstants::DefaultSegmentSize));

    QByteArray text;
    for (int line = 0; text.size() < 20000; ++line)
        text += QByteArray("line ") + QByteArray::number(line) + " of a text longer than 4 KiB\n";
    const QString long_ = writeFile(QStringLiteral("long.txt"), text);
    const Run run = load(long_);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const int index = viewer->waitForSnapshot(fromSource(QStringLiteral("long.txt")));
    QVERIFY2(index >= 0, qPrintable(viewer->describe()));
    const QJsonObject snapshot = viewer->snapshots().at(index);
    const QString problem = mismatch(snapshot, long_, 4096);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(num(snapshot, "bytes"), SegmentLayout::textCapacity(4096)); // ASCII: no UTF-8 cut
    QVERIFY(viewer->terminate(5000));
    QCOMPARE(viewer->exitCode(), 0);
}

// 4. A leftover made by some other program, too small even for the header: the viewer still
// runs, shows nothing, and loads fail with a reason (exit 1) instead of writing past the end.
void TestFaults::leftoverTooSmallForTheHeader()
{
    m_faults.push_back(std::make_unique<FaultProcess>());
    FaultProcess *creator = m_faults.back().get();
    QVERIFY2(creator->start({QStringLiteral("create"), QStringLiteral("--key"), m_key,
                             QStringLiteral("--size"), QStringLiteral("100")},
                            QStringLiteral("created")),
             qPrintable(creator->output()));
    creator->signal(SIGKILL);
    QVERIFY(creator->waitForExit(5000));

    ViewerProcess *viewer = startViewer();
    QVERIFY2(viewer->isRunning(), qPrintable(viewer->describe()));
    QVERIFY2(viewer->waitForStderr(QStringLiteral("using the existing segment of 100 bytes")),
             qPrintable(viewer->describe()));
    const Run run = load(m_alpha);
    QVERIFY2(run.finished && !run.crashed && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("too small"), qPrintable(run.describe()));
    QTest::qWait(300);
    QVERIFY(viewer->isRunning());
    QVERIFY(viewer->badLines().isEmpty());
    QVERIFY(viewer->terminate(5000));
    QCOMPARE(viewer->exitCode(), 0);
}

// 3. No viewer, but the segment of one that was killed: the loader's detach removes it (nobody
// else is attached), so it reports that no viewer runs (exit 2) and clears the lock it left.
void TestFaults::loaderFindsOnlyAnOrphanedSegment()
{
    ViewerProcess *viewer = startViewer();
    QVERIFY(load(m_alpha).exitCode == 0);
    viewer->signal(SIGKILL);
    QVERIFY(viewer->waitForExit(5000));
    QVERIFY(SegmentStatus::inspect(m_key).segment.exists);

    const Run run = load(m_beta);
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err).contains(QLatin1String("not running")),
             qPrintable(run.describe()));
    QVERIFY2(TestKey::isGone(m_key), "the orphaned segment or its lock remains");
}

void TestFaults::twoViewers_data()
{
    QTest::addColumn<bool>("stopFirst");
    QTest::newRow("stop the creator first") << true;
    QTest::newRow("stop the second first") << false;
}

// 5. Two viewers on one segment: both show every load; either may quit; the last one cleans up.
void TestFaults::twoViewers()
{
    QFETCH(bool, stopFirst);
    ViewerProcess *first = startViewer();
    QVERIFY(load(m_alpha).exitCode == 0);
    ViewerProcess *second = startViewer(Mode::Print, {}, 2);
    QVERIFY2(second->isRunning(), qPrintable(second->describe()));
    // The second one shows the content present at its start-up.
    QVERIFY2(second->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0,
             qPrintable(second->describe()));

    QVERIFY(load(m_beta).exitCode == 0);
    for (ViewerProcess *viewer : {first, second})
        QVERIFY2(viewer->waitForSnapshot(fromSource(QStringLiteral("beta.txt"))) >= 0,
                 qPrintable(viewer->describe()));

    ViewerProcess *stopped = stopFirst ? first : second;
    ViewerProcess *remaining = stopFirst ? second : first;
    QVERIFY(stopped->terminate(5000));
    QCOMPARE(stopped->exitCode(), 0);
    QVERIFY(SegmentStatus::inspect(m_key).segment.exists);

    const int before = remaining->snapshotCount();
    for (int round = 0; round < 3; ++round) {
        const QString path = round % 2 ? m_beta : m_alpha;
        const Run run = load(path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const int index
                = remaining->waitForSnapshot(fromSource(QFileInfo(path).fileName()), before);
        QVERIFY2(index >= 0, qPrintable(remaining->describe()));
    }
    QVERIFY(remaining->isRunning());
    QVERIFY(remaining->terminate(5000));
    QCOMPARE(remaining->exitCode(), 0);
    QVERIFY2(TestKey::isGone(m_key), "two viewers stopped, something remains");
}

// 6. Loaders race each other while the viewer polls every millisecond: every snapshot is exactly
// one file, with that file's metadata.
void TestFaults::concurrentLoadersNeverTear()
{
    const int loaders = 4;
    const int loadsEach = ShmPrograms::timeScale() > 1 ? 20 : 50;
    const qsizetype sizes[loaders] = {700, 9000, 40000, 100000}; // the last one is truncated
    QStringList paths;
    for (int i = 0; i < loaders; ++i) {
        QByteArray content;
        for (int line = 0; content.size() < sizes[i]; ++line)
            content += QStringLiteral("file %1, line %2: ÿ text of file %1 only\n")
                               .arg(i)
                               .arg(line)
                               .toUtf8();
        paths << writeFile(QStringLiteral("file%1.txt").arg(i), content.left(sizes[i]));
    }

    ViewerProcess *viewer
            = startViewer(Mode::Print, {QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY2(viewer->isRunning(), qPrintable(viewer->describe()));

    std::vector<std::unique_ptr<QProcess>> loops;
    for (const QString &path : std::as_const(paths)) {
        auto loop = std::make_unique<QProcess>();
        loop->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        loop->setStandardOutputFile(QProcess::nullDevice());
        loop->start(QStringLiteral("/bin/bash"),
                    {QStringLiteral("-c"),
                     QStringLiteral("for i in $(seq 1 \"$1\"); do \"$2\" --key \"$3\" --load \"$4\""
                                    " || { echo \"load $i of $4 failed: $?\" >&2; exit 1; }; done"),
                     QStringLiteral("loop"), QString::number(loadsEach),
                     ShmPrograms::program(QStringLiteral("shm-loader")), m_key, path});
        QVERIFY(loop->waitForStarted(10000));
        loops.push_back(std::move(loop));
    }
    const bool done = QTest::qWaitFor(
            [&] {
                for (const auto &loop : loops) {
                    if (loop->state() != QProcess::NotRunning)
                        return false;
                }
                return true;
            },
            300000);
    QVERIFY2(done, "the loader loops did not finish in 5 minutes");
    for (const auto &loop : loops)
        QVERIFY2(loop->exitStatus() == QProcess::NormalExit && loop->exitCode() == 0,
                 "a loader failed: see stderr");
    QTest::qWait(300); // the last snapshot
    QVERIFY(viewer->terminate(5000));

    int torn = 0;
    QSet<QString> seen;
    QStringList examples;
    for (const QJsonObject &snapshot : viewer->snapshots()) {
        const QString source = str(snapshot, "source");
        const qsizetype which = paths.indexOf(m_dir->filePath(source));
        const QString problem = which < 0
                ? QStringLiteral("unknown source '%1'").arg(source)
                : mismatch(snapshot, paths.at(which), ShmConstants::DefaultSegmentSize);
        if (!problem.isEmpty()) {
            ++torn;
            if (examples.size() < 5)
                examples << problem;
        } else {
            seen.insert(source);
        }
    }
    qInfo("%d loads, %d snapshots printed, %d torn", loaders * loadsEach, viewer->snapshotCount(),
          torn);
    QVERIFY2(torn == 0, qPrintable(examples.join(u'\n')));
    QVERIFY(viewer->badLines().isEmpty());
    QVERIFY2(viewer->snapshotCount() >= loaders, "too few snapshots to judge");
    QCOMPARE(seen.size(), qsizetype(loaders));
}

void TestFaults::hostileBytes_data()
{
    QTest::addColumn<QStringList>("write");
    QTest::addColumn<QStringList>("states"); // acceptable states
    const QStringList unreadableOrRaw{QStringLiteral("unreadable"), QStringLiteral("raw")};
    for (int seed : {1, 2, 3, 4})
        QTest::addRow("random 64 KiB, seed %d", seed)
                << QStringList{QStringLiteral("--random"), QStringLiteral("65536"),
                               QStringLiteral("--seed"), QString::number(seed)}
                << unreadableOrRaw;
    // Only the header's first 40 bytes: the old text behind it, the lengths gone wild.
    QTest::newRow("random 40 bytes over a valid segment")
            << QStringList{QStringLiteral("--random"), QStringLiteral("40"),
                           QStringLiteral("--seed"), QStringLiteral("5")}
            << unreadableOrRaw;
    // Its write sequence is odd (all ones): a write that never finished, never shown.
    QTest::newRow("max header") << QStringList{QStringLiteral("--max-header")}
                                << QStringList{QStringLiteral("interrupted")};
    QTest::newRow("raw text of a classic loader")
            << QStringList{QStringLiteral("--text"), QStringLiteral("plain text, no header")}
            << QStringList{QStringLiteral("raw")};
    // Our header around bytes that are not what it says: "@png" is the bundled PNG, "@bomb" a
    // little PNG claiming 100,000 × 100,000 pixels.
    const QStringList unreadable{QStringLiteral("unreadable")};
    const auto image = [](const char *file, const char *claim, const char *cut = nullptr) {
        QStringList arguments{QStringLiteral("--file"),  QString::fromLatin1(file),
                              QStringLiteral("--image"), QStringLiteral("image/png"),
                              QStringLiteral("--claim"), QString::fromLatin1(claim)};
        if (cut)
            arguments << QStringLiteral("--cut") << QString::fromLatin1(cut);
        return arguments;
    };
    QTest::newRow("garbage declared image/png") << image("/dev/urandom", "100x100") << unreadable;
    QTest::newRow("a header lying about the size") << image("@png", "10x10") << unreadable;
    QTest::newRow("a truncated image") << image("@png", "480x320", "2000") << unreadable;
    QTest::newRow("a decompression bomb") << image("@bomb", "100000x100000") << unreadable;
}

// 7. Bytes no loader of ours writes: the viewer shows them as unreadable (or raw), keeps running,
// and the next valid load shows correctly.
void TestFaults::hostileBytes()
{
    QFETCH(QStringList, write);
    QFETCH(QStringList, states);
    ViewerProcess *viewer
            = startViewer(Mode::Print, {QStringLiteral("--interval"), QStringLiteral("20")});
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0);
    const int before = viewer->snapshotCount();

    write.replaceInStrings(QStringLiteral("@png"),
                           ShmPrograms::assetsDir() + QStringLiteral("/shared-memory.png"));
    write.replaceInStrings(QStringLiteral("@bomb"),
                           writeFile(QStringLiteral("bomb.png"), pngClaiming(100000, 100000)));
    const Run written = ShmPrograms::run(
            ShmPrograms::program(QStringLiteral("shm-fault")),
            QStringList{QStringLiteral("write"), QStringLiteral("--key"), m_key} + write);
    QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
    const int index = viewer->waitForSnapshot([](const QJsonObject &) { return true; }, before);
    QVERIFY2(index >= 0, qPrintable(viewer->describe()));
    const QJsonObject snapshot = viewer->snapshots().at(index);
    QVERIFY2(states.contains(str(snapshot, "state")), qPrintable(str(snapshot, "state")));
    if (str(snapshot, "state") != QLatin1String("raw"))
        QVERIFY2(!str(snapshot, "problem").isEmpty(), "an unreadable segment without a reason");
    if (write.contains(QStringLiteral("--image")))
        QVERIFY2(str(snapshot, "problem").startsWith(QLatin1String("Unreadable image: ")),
                 qPrintable(str(snapshot, "problem")));
    if (write.first() == QLatin1String("--text"))
        QCOMPARE(str(snapshot, "text"), write.at(1));
    QVERIFY(viewer->badLines().isEmpty());
    // The unreadable line is the one message: no library's own on stderr (libpng's
    // "libpng error: Read Error" for the truncated PNG).
    QVERIFY2(!viewer->stderrText().contains(QLatin1String("error")),
             qPrintable(viewer->describe()));
    QTest::qWait(200);
    QVERIFY2(viewer->isRunning(), qPrintable(viewer->describe()));

    const Run run = load(m_beta);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const int next = viewer->waitForSnapshot(fromSource(QStringLiteral("beta.txt")), index + 1);
    QVERIFY2(next >= 0, qPrintable(viewer->describe()));
    const QString problem
            = mismatch(viewer->snapshots().at(next), m_beta, ShmConstants::DefaultSegmentSize);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFaults::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         {"/dev/zero", "fifo", "directory", "symlink loop", "missing", "no read permission",
          "binary", "truncated png", "jpeg with garbage after its header", "gif with zero frames",
          "png claiming 100000 x 100000", "text named .png"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// 8. Files that are not text files: refused (exit 3) with a message, quickly, and the segment
// is not touched.
void TestFaults::badFilesAreRefused()
{
    QFETCH(QString, kind);
    QString path;
    QStringList command{ShmPrograms::program(QStringLiteral("shm-loader"))};
    if (kind == QLatin1String("/dev/zero")) {
        path = kind;
    } else if (kind == QLatin1String("fifo")) {
        path = m_dir->filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    } else if (kind == QLatin1String("directory")) {
        path = m_dir->filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("symlink loop")) {
        path = m_dir->filePath(QStringLiteral("loop-a"));
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("loop-b")), path));
        QVERIFY(QFile::link(path, m_dir->filePath(QStringLiteral("loop-b"))));
    } else if (kind == QLatin1String("missing")) {
        path = m_dir->filePath(QStringLiteral("does-not-exist.txt"));
    } else if (kind == QLatin1String("no read permission")) {
        path = writeFile(QStringLiteral("secret.txt"), "not for you\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (::geteuid() == 0) {
            // root reads anything: run the loader as user nobody instead.
            QString reason;
            command = ShmPrograms::asNobody(command.first(), {}, &reason);
            if (command.isEmpty())
                QSKIP(qPrintable(QStringLiteral("cannot run as another user: ") + reason));
        }
    } else if (kind == QLatin1String("binary")) {
        QByteArray bytes("some text, then a NUL byte: ");
        bytes.append('\0');
        bytes.append("and more");
        path = writeFile(QStringLiteral("binary.dat"), bytes);
    } else if (kind.startsWith(QLatin1String("truncated png"))) {
        path = writeFile(QStringLiteral("cut.png"), asset("shared-memory.png").left(2000));
    } else if (kind.startsWith(QLatin1String("jpeg with garbage"))) {
        QByteArray bytes = asset("mountains.jpg").left(700);
        for (int i = 0; i < 30000; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        path = writeFile(QStringLiteral("garbage.jpg"), bytes);
    } else if (kind.startsWith(QLatin1String("gif with zero frames"))) {
        // Header, logical screen, a global colour table of two, and at once the trailer.
        path = writeFile(QStringLiteral("empty.gif"),
                         QByteArray::fromHex("4749463839611000100080000000000000ffffff3b"));
    } else if (kind.startsWith(QLatin1String("png claiming"))) {
        path = writeFile(QStringLiteral("bomb.png"), pngClaiming(100000, 100000));
    } else if (kind.startsWith(QLatin1String("text named"))) {
        path = writeFile(QStringLiteral("notes.png"), "only a text\n");
    }

    ViewerProcess *viewer
            = startViewer(Mode::Print, {QStringLiteral("--interval"), QStringLiteral("20")});
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0);
    const SegmentSnapshot before = readSegment();
    QCOMPARE(before.state, SegmentSnapshot::State::Valid);
    const int printed = viewer->snapshotCount();

    const Run run = ShmPrograms::run(
            command.first(),
            command.mid(1)
                    + QStringList{QStringLiteral("--key"), m_key, QStringLiteral("--load"), path},
            10000);
    QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(!run.err.trimmed().isEmpty(), "no message on stderr");
    // One message per refusal: nothing of a library's own (libpng's "libpng error: …") beside it.
    QVERIFY2(run.err.count('\n') == 1, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < 1000 * ShmPrograms::timeScale(), qPrintable(run.describe()));
    if (kind.startsWith(QLatin1String("png claiming"))) {
        QVERIFY2(run.err.contains("claims 100000 × 100000 pixels"), run.err.constData());
        // Refused at its header: the loader never came near the gigabytes it claims.
        const Run measured = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-fault")),
                                              {QStringLiteral("rusage"), QStringLiteral("--"),
                                               command.first(), QStringLiteral("--key"), m_key,
                                               QStringLiteral("--load"), path});
        const QRegularExpression maxRss(QStringLiteral("maxrss_kb=(\\d+)"));
        const QRegularExpressionMatch match = maxRss.match(QString::fromUtf8(measured.err));
        QVERIFY2(match.hasMatch(), qPrintable(measured.describe()));
        QVERIFY2(match.captured(1).toLongLong() < 200 * 1024, qPrintable(measured.describe()));
    }

    QTest::qWait(300); // a change would have been printed by now
    QCOMPARE(viewer->snapshotCount(), printed);
    const SegmentSnapshot after = readSegment();
    QCOMPARE(after.generation, before.generation);
    QCOMPARE(after.payload, before.payload);
    QVERIFY(viewer->isRunning());
}

// 8. A 100 MiB text file: only the part that fits is read, quickly and in little memory.
void TestFaults::hugeFileLoadsTruncatedWithBoundedMemory()
{
    const qint64 huge = 100 * 1024 * 1024;
    const QString path = m_dir->filePath(QStringLiteral("huge.txt"));
    {
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += "a line of a very long text file, repeated until it is 100 MiB long\n";
        chunk.truncate(1024 * 1024);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(file.write(chunk), chunk.size());
    }
    QCOMPARE(QFileInfo(path).size(), huge);

    ViewerProcess *viewer = startViewer();
    const auto measured = [&](const QString &file) {
        return ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-fault")),
                                {QStringLiteral("rusage"), QStringLiteral("--"),
                                 ShmPrograms::program(QStringLiteral("shm-loader")),
                                 QStringLiteral("--key"), m_key, QStringLiteral("--load"), file});
    };
    const auto peakKb = [](const Run &run) {
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("maxrss_kb=(\\d+)"))
                                                      .match(QString::fromUtf8(run.err));
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    };
    const Run small = measured(m_alpha);
    QVERIFY2(small.exitCode == 0, qPrintable(small.describe()));
    const Run run = measured(path);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const qint64 smallKb = peakKb(small);
    const qint64 hugeKb = peakKb(run);
    qInfo("loading 100 MiB: %lld ms, peak RSS %lld KiB (a small file: %lld KiB)", run.elapsedMs,
          hugeKb, smallKb);
    QVERIFY2(run.elapsedMs < 1000 * ShmPrograms::timeScale(), qPrintable(run.describe()));
    QVERIFY(hugeKb > 0 && smallKb > 0);
    // The file costs what the segment costs, not what the file is.
    QVERIFY2(hugeKb - smallKb < 16 * 1024, qPrintable(QString::number(hugeKb - smallKb)));
    if (ShmPrograms::timeScale() == 1)
        QVERIFY2(hugeKb < 60 * 1024, qPrintable(QString::number(hugeKb)));

    const int index = viewer->waitForSnapshot(fromSource(QStringLiteral("huge.txt")));
    QVERIFY2(index >= 0, qPrintable(viewer->describe()));
    const QJsonObject snapshot = viewer->snapshots().at(index);
    QCOMPARE(num(snapshot, "originalBytes"), huge);
    QCOMPARE(snapshot.value(QLatin1String("truncated")).toBool(), true);
    QCOMPARE(num(snapshot, "bytes"), SegmentLayout::textCapacity(ShmConstants::DefaultSegmentSize));
}

// 9. Another user: the segment and its semaphore are private to the viewer's user (0600), so a
// loader run as nobody is refused and changes nothing.
void TestFaults::anotherUserIsRefused()
{
    ViewerProcess *viewer
            = startViewer(Mode::Print, {QStringLiteral("--interval"), QStringLiteral("20")});
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0);

    const SegmentStatus::Segment segment = SegmentStatus::inspect(m_key).segment;
    const SegmentStatus::Lock semaphore = SegmentStatus::inspect(m_key).lock;
    QVERIFY(segment.exists && semaphore.exists);
    QCOMPARE(QString::number(segment.mode, 8), QStringLiteral("600"));
    QCOMPARE(QString::number(semaphore.mode, 8), QStringLiteral("600"));
    QCOMPARE(segment.ownerUid, uint(::geteuid()));

    QString reason;
    const QStringList command = ShmPrograms::asNobody(
            ShmPrograms::program(QStringLiteral("shm-loader")),
            {QStringLiteral("--key"), m_key, QStringLiteral("--load"), m_beta}, &reason);
    if (command.isEmpty())
        QSKIP(qPrintable(QStringLiteral("cannot run as another user: ") + reason));
    const SegmentSnapshot before = readSegment();
    const int printed = viewer->snapshotCount();
    const Run run = ShmPrograms::run(command.first(), command.mid(1), 10000);
    QVERIFY2(run.finished && !run.crashed && run.exitCode == 1, qPrintable(run.describe()));
    // Refused before attaching: the key files are another user's (SegmentTrust).
    QVERIFY2(QString::fromUtf8(run.err).contains(QLatin1String("belongs to user")),
             qPrintable(run.describe()));

    QTest::qWait(300);
    QCOMPARE(viewer->snapshotCount(), printed);
    const SegmentSnapshot after = readSegment();
    QCOMPARE(after.generation, before.generation);
    QCOMPARE(after.payload, before.payload);
    QCOMPARE(SegmentStatus::inspect(m_key).segment.id, segment.id);
    QCOMPARE(SegmentStatus::inspect(m_key).lock.id, semaphore.id);
}

void TestFaults::exitOrders_data()
{
    // Steps, in order: V1+ V2+ W+ start a viewer (--print, or the window); H+ a process that
    // attaches and holds the lock, A+ one that only stays attached; L+ a loader in the
    // background; "X stop", "X cont", "X term" (SIGTERM, and wait), "X kill" (SIGKILL, and wait);
    // "L wait" waits for the loader.
    QTest::addColumn<QStringList>("steps");
    const auto steps = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    QTest::newRow("viewer quits, stopped holder killed") << steps("V1+,H+,H stop,V1 term,H kill");
    QTest::newRow("viewer quits, stopped holder resumes and quits")
            << steps("V1+,H+,H stop,V1 term,H cont,H term");
    QTest::newRow("window quits, stopped holder killed") << steps("W+,H+,H stop,W term,H kill");
    QTest::newRow("holder killed, then viewer quits") << steps("V1+,H+,H stop,H kill,V1 term");
    QTest::newRow("viewer quits, idle attached process killed")
            << steps("V1+,A+,A stop,V1 term,A kill");
    QTest::newRow("two viewers quit, then stopped holder killed")
            << steps("V1+,V2+,H+,H stop,V1 term,V2 term,H kill");
    QTest::newRow("viewer quits with a loader waiting, holder killed")
            << steps("V1+,H+,H stop,L+,V1 term,H kill,L wait");
    // The creator's semaphore goes with it; the joined viewer makes a new one (a new key file),
    // and the reaper must find that one too.
    QTest::newRow("creator quits, joined viewer killed") << steps("V1+,V2+,V1 term,V2 kill");
}

// 11. Whatever order viewers, loaders and lock holders exit, stop or get killed in, once no
// process is attached nothing remains: the viewer that leaves while others are attached starts
// a reaper (SegmentReaper), which removes segment, semaphore and key files when the last one
// goes, however it goes. docs/reliability.md, scenario 11.
void TestFaults::exitOrders()
{
    QFETCH(QStringList, steps);
    std::map<QString, ViewerProcess *> viewers;
    std::map<QString, FaultProcess *> faults;
    std::unique_ptr<QProcess> loader;
    int attached = 0;
    for (const QString &step : std::as_const(steps)) {
        const bool start = step.endsWith(u'+');
        const QString actor = start ? step.chopped(1) : step.section(u' ', 0, 0);
        const QString action = start ? QStringLiteral("start") : step.section(u' ', 1, 1);
        if (start && (actor.startsWith(u'V') || actor == u'W')) {
            ViewerProcess *viewer
                    = startViewer(actor == u'W' ? Mode::Window : Mode::Print, {}, ++attached);
            QVERIFY2(viewer->isRunning(), qPrintable(viewer->describe()));
            viewers[actor] = viewer;
        } else if (start && (actor == u'H' || actor == u'A')) {
            m_faults.push_back(std::make_unique<FaultProcess>());
            FaultProcess *fault = m_faults.back().get();
            const bool ready = actor == u'H'
                    ? holdLock(fault)
                    : fault->start({QStringLiteral("attach"), QStringLiteral("--stay"),
                                    QStringLiteral("--key"), m_key},
                                   QStringLiteral("attached"));
            QVERIFY2(ready, qPrintable(fault->output()));
            ++attached;
            faults[actor] = fault;
        } else if (start && actor == u'L') {
            loader = std::make_unique<QProcess>();
            loader->start(ShmPrograms::program(QStringLiteral("shm-loader")),
                          {QStringLiteral("--key"), m_key, QStringLiteral("--load"), m_alpha});
            QVERIFY(loader->waitForStarted());
            QTest::qWait(300); // attached, and waiting for the lock
        } else if (actor == u'L' && action == QLatin1String("wait")) {
            QVERIFY(loader->state() == QProcess::NotRunning || loader->waitForFinished(10000));
            // The viewer is gone: what it wrote went with the segment, and it says so.
            QVERIFY2(loader->exitCode() == 2, loader->readAllStandardError().constData());
        } else if (viewers.count(actor) && action == QLatin1String("term")) {
            qint64 elapsed = 0;
            ViewerProcess *viewer = viewers[actor];
            QVERIFY2(viewer->terminate(10000, &elapsed), qPrintable(viewer->describe()));
            QCOMPARE(viewer->exitCode(), 0);
            QVERIFY2(elapsed < 3000 * ShmPrograms::timeScale(),
                     qPrintable(QString::number(elapsed)));
        } else if (viewers.count(actor) && action == QLatin1String("kill")) {
            viewers[actor]->kill();
        } else if (faults.count(actor) && action == QLatin1String("stop")) {
            faults[actor]->signal(SIGSTOP);
            QTest::qWait(300); // the viewers' polls now wait for the lock
        } else if (faults.count(actor) && action == QLatin1String("cont")) {
            faults[actor]->signal(SIGCONT);
        } else if (faults.count(actor)
                   && (action == QLatin1String("term") || action == QLatin1String("kill"))) {
            faults[actor]->signal(action == QLatin1String("term") ? SIGTERM : SIGKILL);
            QVERIFY(faults[actor]->waitForExit(10000));
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown step ") + step));
        }
    }
    const QString left = waitUntilNothingRemains(5000 * ShmPrograms::timeScale());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind: ") + left));
}

// 11. A viewer that stays keeps working while another quits with the lock stuck, and cleans up
// when it quits itself.
void TestFaults::survivingViewerKeepsWorking()
{
    ViewerProcess *first = startViewer();
    ViewerProcess *second = startViewer(Mode::Print, {}, 2);
    m_faults.push_back(std::make_unique<FaultProcess>());
    FaultProcess *holder = m_faults.back().get();
    QVERIFY2(holdLock(holder), qPrintable(holder->output()));
    holder->signal(SIGSTOP);
    QTest::qWait(300);
    QVERIFY2(first->terminate(10000), qPrintable(first->describe()));
    holder->signal(SIGKILL);
    QVERIFY(holder->waitForExit(10000));

    const Run run = load(m_alpha);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(second->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0,
             qPrintable(second->describe()));
    QVERIFY2(second->terminate(10000), qPrintable(second->describe()));
    const QString left = waitUntilNothingRemains(5000 * ShmPrograms::timeScale());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind: ") + left));
}

// 11. A viewer restarted again and again beside one that stays open leaves one reaper, not one
// per restart.
void TestFaults::oneReaperPerSegment()
{
    ViewerProcess *staying = startViewer();
    for (int i = 0; i < 3; ++i) {
        ViewerProcess *restarted = startViewer(Mode::Print, {}, 2);
        QVERIFY2(restarted->terminate(10000), qPrintable(restarted->describe()));
        QTest::qWait(200);
    }
    QTest::qWait(300);
    const QStringList processes = processesNamingKey(); // the staying viewer and the reaper
    QVERIFY2(processes.size() == 2, qPrintable(processes.join(u' ')));
    QVERIFY(staying->terminate(10000));
    const QString left = waitUntilNothingRemains(5000 * ShmPrograms::timeScale());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind: ") + left));
}

// A line of /proc/PID/status ("VmRSS", "VmHWM"), in KiB; -1 when it cannot be read.
static qint64 statusKb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("%1:\\s+(\\d+) kB").arg(QLatin1String(field)))
                      .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// 11. The reaper a viewer leaves is a small process of its own, whatever the viewer held: here a
// window showing a 16 MiB text quits while a stopped lock holder is attached. It is named for
// what it is, holds nothing of the viewer's (no segment, no descriptor but /dev/null and its
// claim), and still removes everything once the holder is gone.
void TestFaults::reaperIsSmall()
{
    const qint64 textBytes = 16 * 1024 * 1024;
    QByteArray text;
    text.reserve(textBytes);
    while (text.size() < textBytes)
        text += "a line of a big text the viewer holds in its window and its history, 16 MiB\n";
    text.truncate(textBytes);
    const QString path = writeFile(QStringLiteral("big.txt"), text);
    const QString size = QString::number(textBytes + 64 * 1024);

    ViewerProcess *viewer = startViewer(Mode::Window, {QStringLiteral("--size"), size});
    QVERIFY2(viewer->isRunning(), qPrintable(viewer->describe()));
    const Run run = load(path);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // The window shows it once the segment's header is read; give it time to build its lines.
    QTest::qWait(2000 * ShmPrograms::timeScale());
    const qint64 viewerKb = statusKb(viewer->pid(), "VmRSS");

    m_faults.push_back(std::make_unique<FaultProcess>());
    FaultProcess *holder = m_faults.back().get();
    QVERIFY2(holdLock(holder), qPrintable(holder->output()));
    holder->signal(SIGSTOP);
    QTest::qWait(300);
    QVERIFY2(viewer->terminate(10000), qPrintable(viewer->describe()));

    QStringList found;
    QVERIFY(QTest::qWaitFor([&] { return !(found = reapers()).isEmpty(); }, 5000));
    QCOMPARE(found.size(), 1);
    const qint64 reaper = found.first().toLongLong();
    QTest::qWait(500); // looked a few times
    const qint64 reaperKb = statusKb(reaper, "VmRSS");
    qInfo("viewer VmRSS %lld KiB; its reaper (pid %lld) VmRSS %lld KiB, VmHWM %lld KiB", viewerKb,
          reaper, reaperKb, statusKb(reaper, "VmHWM"));
    // Under AddressSanitizer its runtime alone takes more: there the bound only tells a helper
    // from a copy of the viewer.
    const qint64 limitKb = ShmPrograms::timeScale() == 1 ? 8 * 1024 : 32 * 1024;
    QVERIFY2(reaperKb > 0 && reaperKb <= limitKb, qPrintable(QString::number(reaperKb)));
    // Issue 19: nobody mistakes it for a viewer in ps.
    QFile comm(QStringLiteral("/proc/%1/comm").arg(reaper));
    QVERIFY(comm.open(QIODevice::ReadOnly));
    QCOMPARE(comm.readAll().trimmed(), QByteArray("shm-reaper"));
    // ps -f and pgrep -f read the command line: shm-reaper --key KEY, no viewer's.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(reaper));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QList<QByteArray> arguments = cmdline.readAll().split('\0');
    QVERIFY2(arguments.first().endsWith("/shm-reaper") || arguments.first() == "shm-reaper",
             arguments.first().constData());
    QVERIFY(arguments.contains(m_key.toUtf8()));
    QVERIFY2(!arguments.contains("--print"), "the reaper's command line is a viewer's");
    QFile maps(QStringLiteral("/proc/%1/maps").arg(reaper));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    QVERIFY2(!maps.readAll().contains("/SYSV"), "the reaper is attached to a segment");
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(reaper));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
        char target[256] = {};
        ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target - 1);
        QVERIFY2(!qstrcmp(target, "/dev/null") || !qstrncmp(target, "socket:", 7),
                 qPrintable(QStringLiteral("fd %1: %2").arg(fd, QString::fromLocal8Bit(target))));
    }

    holder->signal(SIGKILL);
    QVERIFY(holder->waitForExit(10000));
    const QString left = waitUntilNothingRemains(5000 * ShmPrograms::timeScale());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind: ") + left));
}

// 11. An age-based /tmp cleaner (systemd-tmpfiles) deletes files nobody touched for days: a
// running viewer gives its key files new times when theirs are old.
void TestFaults::keyFilesAreRefreshed()
{
    ViewerProcess *viewer = startViewer();
    QVERIFY2(viewer->isRunning(), qPrintable(viewer->describe()));
    const QStringList files = {ShmKey::keyFilePath(m_key), ShmKey::semaphoreKeyFilePath(m_key)};
    const time_t monthAgo = ::time(nullptr) - 30 * 24 * 3600;
    const timespec times[2] = {{monthAgo, 0}, {monthAgo, 0}};
    for (const QString &file : files)
        QVERIFY2(::utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, 0) == 0,
                 qPrintable(file));
    const auto fresh = [](const QString &file) {
        struct stat info;
        const time_t hourAgo = ::time(nullptr) - 3600;
        return ::stat(QFile::encodeName(file).constData(), &info) == 0 && info.st_mtime > hourAgo
                && info.st_atime > hourAgo;
    };
    for (const QString &file : files)
        QVERIFY2(QTest::qWaitFor([&] { return fresh(file); }, 5000 * ShmPrograms::timeScale()),
                 qPrintable(file + QStringLiteral(" still has its old times")));
    // Still the same segment, which loads reach.
    QVERIFY2(load(m_alpha).exitCode == 0, qPrintable(viewer->describe()));
    QVERIFY2(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0,
             qPrintable(viewer->describe()));
}

// 11. The key files deleted under a running viewer anyway (a cleaner, a user's rm): the viewer
// notices, makes the segment anew on what the key names now (on tmpfs a new ftok() key), says
// so, and the next load arrives. The old segment and semaphore go, and so does the reaper that
// was waiting for the old segment: it works from its ids, not from the files.
void TestFaults::keyFilesDeletedUnderARunningViewer()
{
    m_keyDir = std::make_unique<TestKey::PrivateKeyDir>();
    if (!m_keyDir->isValid())
        QSKIP("no /dev/shm (tmpfs) to put the key files in");
    ViewerProcess *viewer = startViewer();
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY2(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0,
             qPrintable(viewer->describe()));
    // A reaper for the segment: a second viewer quits while the first is attached.
    ViewerProcess *second = startViewer(Mode::Print, {}, 2);
    QVERIFY2(second->terminate(10000), qPrintable(second->describe()));
    QVERIFY(QTest::qWaitFor([&] { return reapers().size() == 1; }, 5000));
    const SegmentStatus before = SegmentStatus::inspect(m_key);
    QVERIFY(before.segment.exists && before.lock.exists);

    for (const QString &file : {ShmKey::keyFilePath(m_key), ShmKey::semaphoreKeyFilePath(m_key)})
        QVERIFY2(QFile::remove(file), qPrintable(file));
    // The viewer looks every 2 s: give it that, then a load must arrive (it exited 2, "viewer
    // not running", when nothing made the files anew).
    QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(ShmKey::keyFilePath(m_key)); },
                             5000 * ShmPrograms::timeScale()),
             "the viewer did not make its key file anew within 5 s");
    const Run run = load(m_beta);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(viewer->waitForStderr(QStringLiteral("was deleted")), qPrintable(viewer->describe()));
    const int index = viewer->waitForSnapshot(fromSource(QStringLiteral("beta.txt")));
    QVERIFY2(index >= 0, qPrintable(viewer->describe()));

    // The old segment and semaphore are gone by their ids, and the reaper with them.
    shmid_ds segmentInfo;
    QTRY_VERIFY_WITH_TIMEOUT(::shmctl(before.segment.id, IPC_STAT, &segmentInfo) == -1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(::semctl(before.lock.id, 0, GETVAL) == -1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(reapers().isEmpty(), 5000);

    QVERIFY2(viewer->terminate(10000), qPrintable(viewer->describe()));
    const QString left = waitUntilNothingRemains(5000 * ShmPrograms::timeScale());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind: ") + left));
}

Run TestFaults::viewerCommand(const QStringList &arguments)
{
    return ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-viewer")),
                            arguments + QStringList{QStringLiteral("--key"), m_key});
}

// 12. --status and --cleanup on an absent, a live, a locked and an orphaned segment. Neither
// attaches through Qt nor waits for the lock, so neither changes what it looks at or hangs.
void TestFaults::statusAndCleanup()
{
    const QString status = QStringLiteral("--status");
    const QString json = QStringLiteral("--json");
    const QString cleanup = QStringLiteral("--cleanup");
    const auto object = [](const Run &run) { return QJsonDocument::fromJson(run.out).object(); };

    // Absent.
    Run run = viewerCommand({status});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(run.out.contains("No segment for key"));
    run = viewerCommand({status, json});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(object(run).value(QStringLiteral("exists")).toBool(true), false);
    run = viewerCommand({cleanup});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));

    // Live: a viewer and one load.
    ViewerProcess *viewer = startViewer();
    QVERIFY(load(m_alpha).exitCode == 0);
    QVERIFY(viewer->waitForSnapshot(fromSource(QStringLiteral("alpha.txt"))) >= 0);
    run = viewerCommand({status, json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonObject o = object(run);
    const QJsonObject segment = o.value(QStringLiteral("segment")).toObject();
    QCOMPARE(o.value(QStringLiteral("orphan")).toBool(true), false);
    QCOMPARE(segment.value(QStringLiteral("attached")).toInteger(), 1);
    QCOMPARE(segment.value(QStringLiteral("size")).toInteger(), ShmConstants::DefaultSegmentSize);
    QCOMPARE(segment.value(QStringLiteral("creatorPid")).toInteger(), viewer->pid());
    QCOMPARE(segment.value(QStringLiteral("creatorAlive")).toBool(), true);
    const QJsonObject content = o.value(QStringLiteral("content")).toObject();
    QCOMPARE(content.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    QCOMPARE(content.value(QStringLiteral("source")).toString(), QStringLiteral("alpha.txt"));
    QCOMPARE(content.value(QStringLiteral("seq")).toInteger(), 1);
    QVERIFY(content.value(QStringLiteral("writerPid")).toInteger() > 0);
    QCOMPARE(o.value(QStringLiteral("lock")).toObject().value(QStringLiteral("free")).toBool(),
             true);
    run = viewerCommand({status});
    QVERIFY2(run.out.contains("in use") && run.out.contains("alpha.txt"), run.out.constData());

    // Refused while in use; the viewer keeps working.
    run = viewerCommand({cleanup});
    QVERIFY2(run.exitCode == 1 && run.err.contains("1 process is attached"),
             qPrintable(run.describe()));
    QVERIFY(SegmentStatus::inspect(m_key).segment.exists);
    QVERIFY(load(m_beta).exitCode == 0);
    QVERIFY(viewer->waitForSnapshot(fromSource(QStringLiteral("beta.txt"))) >= 0);

    // A stopped holder: the status says who holds the lock, at once.
    m_faults.push_back(std::make_unique<FaultProcess>());
    FaultProcess *holder = m_faults.back().get();
    QVERIFY2(holdLock(holder), qPrintable(holder->output()));
    holder->signal(SIGSTOP);
    run = viewerCommand({status, json});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < 5000 * ShmPrograms::timeScale(), qPrintable(run.describe()));
    const QJsonObject lock = object(run).value(QStringLiteral("lock")).toObject();
    QCOMPARE(lock.value(QStringLiteral("free")).toBool(true), false);
    QCOMPARE(lock.value(QStringLiteral("lastPid")).toInteger(), holder->pid());
    QCOMPARE(object(run)
                     .value(QStringLiteral("segment"))
                     .toObject()
                     .value(QStringLiteral("attached"))
                     .toInteger(),
             2);
    holder->signal(SIGKILL);
    QVERIFY(holder->waitForExit(10000));

    // Orphaned: the viewer killed.
    viewer->kill();
    run = viewerCommand({status, json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    o = object(run);
    QCOMPARE(o.value(QStringLiteral("orphan")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("segment"))
                     .toObject()
                     .value(QStringLiteral("creatorAlive"))
                     .toBool(true),
             false);
    run = viewerCommand({status});
    QVERIFY2(run.out.contains("an orphan"), run.out.constData());
    QVERIFY(SegmentStatus::inspect(m_key).segment.exists); // looking changed nothing
    run = viewerCommand({cleanup});
    QVERIFY2(run.exitCode == 0 && run.out.contains("Removed the orphaned segment"),
             qPrintable(run.describe()));
    const QString left = waitUntilNothingRemains(1000);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind: ") + left));
    run = viewerCommand({status});
    QCOMPARE(run.exitCode, 2);
}

// The peak resident memory of a running process (VmHWM), in KiB; -1 when it cannot be read.
static qint64 peakResidentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB"))
                                                  .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void TestFaults::followSurvivesBadFiles_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("deleted") << QStringLiteral("deleted") << QStringLiteral("no such file");
    QTest::newRow("replaced by a directory")
            << QStringLiteral("directory") << QStringLiteral("it is a directory");
    QTest::newRow("made unreadable")
            << QStringLiteral("unreadable") << QStringLiteral("permission denied");
    // A sparse 10 GB: zeros after the text, so binary, and read only as far as the segment.
    QTest::newRow("grown to 10 GB")
            << QStringLiteral("10 GB") << QStringLiteral("followed.txt: binary content");
}

// 8. A followed file that goes bad: one clear line on stderr, no crash, memory bounded, the
// segment untouched, and following goes on: the file made good again is loaded again.
void TestFaults::followSurvivesBadFiles()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    ViewerProcess *viewer
            = startViewer(Mode::Print, {QStringLiteral("--interval"), QStringLiteral("20")});
    const QString path = writeFile(QStringLiteral("followed.txt"), "version 1\n");

    QStringList command{ShmPrograms::program(QStringLiteral("shm-loader")), QStringLiteral("--key"),
                        m_key, QStringLiteral("--follow"), path};
    if (fault == QLatin1String("unreadable") && ::geteuid() == 0) {
        // root reads anything: the loader runs as root without the capabilities that let it
        // ignore file modes (it still owns the segment, which is root's).
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is not installed: root would read the file anyway");
        command = QStringList{setpriv,
                              QStringLiteral("--bounding-set=-dac_override,-dac_read_search"),
                              QStringLiteral("--")}
                + command;
    }
    QProcess loader;
    loader.start(command.first(), command.mid(1));
    QVERIFY(loader.waitForStarted());
    const auto stop = qScopeGuard([&loader] {
        if (loader.state() != QProcess::NotRunning) {
            loader.kill();
            loader.waitForFinished(5000);
        }
    });
    const auto versionIs = [](const QByteArray &text) {
        return [text](const QJsonObject &snapshot) {
            return snapshot.value(QLatin1String("text")).toString().toUtf8() == text;
        };
    };
    QVERIFY2(viewer->waitForSnapshot(versionIs("version 1\n")) >= 0,
             qPrintable(viewer->describe() + QString::fromUtf8(loader.readAllStandardError())));
    const int printed = viewer->snapshotCount();
    const SegmentSnapshot before = readSegment();

    const QByteArray native = QFile::encodeName(path);
    if (fault == QLatin1String("deleted")) {
        QVERIFY(QFile::remove(path));
    } else if (fault == QLatin1String("directory")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkdir(path));
    } else if (fault == QLatin1String("unreadable")) {
        QCOMPARE(::chmod(native.constData(), 0), 0);
    } else {
        QFile file(path);
        QVERIFY(file.resize(10LL * 1000 * 1000 * 1000));
    }
    QByteArray err;
    QTRY_VERIFY2_WITH_TIMEOUT((err += loader.readAllStandardError()).contains(message.toUtf8()),
                              err.constData(), 10000);
    QVERIFY2(err.startsWith("Cannot load "), err.constData());
    QCOMPARE(loader.state(), QProcess::Running);
    const qint64 peakKb = peakResidentKb(loader.processId());
    QVERIFY(peakKb > 0);
    // What a follow costs at all, not what the file is (10 GB here, or 100 MiB as a buffer).
    QVERIFY2(peakKb < 100 * 1024, qPrintable(QString::number(peakKb)));
    QTest::qWait(300); // a write would have been printed by now
    QCOMPARE(viewer->snapshotCount(), printed);
    const SegmentSnapshot after = readSegment();
    QCOMPARE(after.generation, before.generation);

    // Made good again: following goes on.
    if (fault == QLatin1String("directory"))
        QVERIFY(QDir().rmdir(path));
    if (fault == QLatin1String("unreadable"))
        QCOMPARE(::chmod(native.constData(), 0644), 0);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write("version 2\n") == 10);
    }
    QVERIFY2(viewer->waitForSnapshot(versionIs("version 2\n"), printed) >= 0,
             qPrintable(viewer->describe() + QString::fromUtf8(loader.readAllStandardError())));

    ::kill(pid_t(loader.processId()), SIGTERM);
    QVERIFY(loader.waitForFinished(10000));
    QCOMPARE(loader.exitStatus(), QProcess::NormalExit);
    QCOMPARE(loader.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
