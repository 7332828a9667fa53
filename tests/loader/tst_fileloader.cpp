// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// FileLoader, the window's backend: loads on worker threads, says when it waits for the lock,
// queues only the latest request and never waits for a stuck worker when it is destroyed.
// Real segments on keys of their own; the lock is held by this process to make a load wait.

#include "blockingcall.h"
#include "fileloader.h"
#include "segmentreader.h"
#include "shmconstants.h"
#include "shmkey.h"
#include "testkey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSharedMemory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestFileLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_assets = QDir(qEnvironmentVariable("SHM_ASSETS_DIR")); }
    void init() { m_key = TestKey::unique(QStringLiteral("fileloader")); }
    void cleanup();

    void startsIdle();
    void loadsBundledAsset();
    void viewerNotRunning();
    void refusedFileKeepsSegment();
    void loadsFileOfAssetsDir();
    void truncationIsAWarning();
    void loadsDroppedFileUrl();
    void waitsForLockAndQueuesOnlyTheLatest();
    void decodingIsNotWaitingForTheLock();
    void abandonsStuckWorker();

private:
    QByteArray asset(const QString &name) const;

    QDir m_assets;
    QString m_key;
};

void TestFileLoader::cleanup()
{
    // A worker of a failed test may still be waiting; give it a moment to finish.
    QTRY_COMPARE_WITH_TIMEOUT(BlockingCall::unfinishedCount(), 0, 10000);
    const bool gone = TestKey::cleanUp(m_key);
    QVERIFY2(gone, "the test left its segment behind");
}

QByteArray TestFileLoader::asset(const QString &name) const
{
    QFile file(m_assets.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestFileLoader::startsIdle()
{
    FileLoader loader;
    QCOMPARE(loader.key(), QLatin1StringView(ShmConstants::DefaultKey));
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Idle);
    QVERIFY(!loader.busy());
    QVERIFY(!loader.waitingForLock());
    QVERIFY(loader.statusKind() != FileLoader::StatusKind::Error);
    QVERIFY(!loader.status().isEmpty());
}

void TestFileLoader::loadsBundledAsset()
{
    SegmentReader reader(m_key);
    QVERIFY2(reader.open(ShmConstants::DefaultSegmentSize), qPrintable(reader.errorString()));
    FileLoader loader;
    loader.setKey(m_key);
    QSignalSpy finished(&loader, &FileLoader::loadFinished);
    QSignalSpy busy(&loader, &FileLoader::busyChanged);

    loader.load(QStringLiteral("welcome.txt"));
    QVERIFY(loader.busy()); // returns at once; the work is on a worker thread
    QCOMPARE(loader.loadingName(), QStringLiteral("welcome.txt"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("welcome.txt"));
    QVERIFY(finished.at(0).at(1).toBool());
    QVERIFY(!loader.busy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Loaded);
    QCOMPARE(loader.status(), QStringLiteral("Loaded welcome.txt (1.3 KiB) into shared memory"));

    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.payload, asset(QStringLiteral("welcome.txt")));
    QCOMPARE(snapshot.sourceName, QStringLiteral("welcome.txt"));
}

void TestFileLoader::viewerNotRunning()
{
    FileLoader loader;
    loader.setKey(m_key);
    QSignalSpy finished(&loader, &FileLoader::loadFinished);
    loader.load(QStringLiteral("notes.md"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Error);
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Error);
    QCOMPARE(loader.status(), QStringLiteral("The viewer is not running — start shm-viewer first"));
}

void TestFileLoader::refusedFileKeepsSegment()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    SegmentSnapshot before;
    QCOMPARE(reader.poll(&before), SegmentReader::PollStatus::Changed);
    QTemporaryDir dir;

    FileLoader loader;
    loader.setKey(m_key);
    QSignalSpy finished(&loader, &FileLoader::loadFinished);
    loader.load(dir.path());
    QVERIFY(finished.wait(10000));
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Error);
    QCOMPARE(loader.status(), QStringLiteral("Cannot load %1: it is a directory").arg(dir.path()));
    SegmentSnapshot after;
    QCOMPARE(reader.poll(&after), SegmentReader::PollStatus::Unchanged);
}

void TestFileLoader::truncationIsAWarning()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize)); // smaller than big-changelog.txt

    FileLoader loader;
    loader.setKey(m_key);
    QSignalSpy finished(&loader, &FileLoader::loadFinished);
    loader.load(QStringLiteral("big-changelog.txt"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Warning);
    QVERIFY(loader.statusKind() != FileLoader::StatusKind::Error);
    QVERIFY2(loader.status().contains(QStringLiteral("truncated to")), qPrintable(loader.status()));
}

void TestFileLoader::loadsFileOfAssetsDir()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("latin1.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("caf\xe9\n"); // Latin-1, not UTF-8: loads, and the status says so
    file.close();

    FileLoader loader;
    loader.setKey(m_key);
    loader.setAssetsDir(dir.path());
    QSignalSpy finished(&loader, &FileLoader::loadFinished);
    loader.load(QStringLiteral("latin1.txt"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Warning);
    QVERIFY(loader.statusKind() != FileLoader::StatusKind::Error);
    QVERIFY2(loader.status().contains(QStringLiteral("not valid UTF-8")),
             qPrintable(loader.status()));
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.payload, QByteArray("caf\xe9\n"));
    QCOMPARE(snapshot.sourceName, QStringLiteral("latin1.txt"));
}

void TestFileLoader::loadsDroppedFileUrl()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("dropped on the window\n");
    file.close();

    FileLoader loader;
    loader.setKey(m_key);
    QSignalSpy finished(&loader, &FileLoader::loadFinished);
    loader.loadUrl(QUrl(QStringLiteral("https://example.org/remote.txt")));
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Error);
    QVERIFY(loader.status().contains(QStringLiteral("only local files")));
    QVERIFY(!loader.busy());

    loader.loadUrl(QUrl::fromLocalFile(path));
    QVERIFY(finished.wait(10000));
    QCOMPARE(loader.status(), QStringLiteral("Loaded dropped.txt (22 bytes) into shared memory"));
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.payload, QByteArray("dropped on the window\n"));
}

void TestFileLoader::waitsForLockAndQueuesOnlyTheLatest()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QSharedMemory holder;
    ShmKey::apply(holder, m_key);
    QVERIFY(holder.attach());
    QVERIFY(holder.lock()); // as a stopped process would

    FileLoader loader;
    loader.setKey(m_key);
    loader.setWaitNoticeMs(50);
    QSignalSpy finished(&loader, &FileLoader::loadFinished);
    loader.load(QStringLiteral("notes.md"));
    QTRY_VERIFY_WITH_TIMEOUT(loader.waitingForLock(), 10000);
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Waiting);
    QVERIFY2(loader.status().startsWith(
                     QStringLiteral("Waiting for the segment lock — another process holds it")),
             qPrintable(loader.status()));

    // The user goes on choosing: only the latest choice is kept, and no thread is added.
    loader.load(QStringLiteral("server.log"));
    loader.load(QStringLiteral("report.html"));
    QCOMPARE(loader.queuedName(), QStringLiteral("report.html"));
    QVERIFY2(loader.status().contains(QStringLiteral("report.html is next")),
             qPrintable(loader.status()));
    QCOMPARE(BlockingCall::unfinishedCount(), 1);
    QVERIFY(finished.isEmpty());

    holder.unlock();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("notes.md"));
    QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("report.html"));
    QVERIFY(!loader.waitingForLock());
    QVERIFY(loader.queuedName().isEmpty());
    QCOMPARE(loader.statusKind(), FileLoader::StatusKind::Loaded);
    QVERIFY(loader.status().startsWith(QStringLiteral("Loaded report.html")));

    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.payload, asset(QStringLiteral("report.html")));
    holder.detach();
}

// "Waiting for the segment lock" is said only while the write waits for it: decoding and scaling
// down a large image before it, with the lock free, is not that.
void TestFileLoader::decodingIsNotWaitingForTheLock()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.png"));
    QImage image(3000, 3000, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((x / 16) & 0xff, (y / 16) & 0xff, ((x + y) / 32) & 0xff);
    }
    QVERIFY(image.save(path));

    FileLoader loader;
    loader.setKey(m_key);
    loader.setWaitNoticeMs(20);
    QSignalSpy finished(&loader, &FileLoader::loadFinished);
    QSignalSpy waiting(&loader, &FileLoader::waitingForLockChanged);
    QElapsedTimer timer;
    timer.start();
    loader.load(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    // Otherwise this test would show nothing: the load took longer than the notice's delay.
    QVERIFY2(timer.elapsed() > 20, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QCOMPARE(waiting.count(), 0);
    QVERIFY2(loader.status().startsWith(QStringLiteral("Loaded large.png into shared memory, "
                                                       "scaled to fit: 3000×3000")),
             qPrintable(loader.status()));
}

void TestFileLoader::abandonsStuckWorker()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QSharedMemory holder;
    ShmKey::apply(holder, m_key);
    QVERIFY(holder.attach());
    QVERIFY(holder.lock());

    auto *loader = new FileLoader;
    loader->setKey(m_key);
    loader->setWaitNoticeMs(50);
    loader->load(QStringLiteral("multilingual.txt"));
    QTRY_VERIFY_WITH_TIMEOUT(loader->waitingForLock(), 10000);

    // Closing the window must not wait for the lock: the destructor returns while the worker
    // is still blocked, and says so.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral(
                                 "^Abandoning the load of multilingual.txt: it is still waiting")));
    delete loader;
    QCOMPARE(BlockingCall::unfinishedCount(), 1);

    // Once the lock is free the abandoned worker finishes its write, and touches nothing else.
    holder.unlock();
    QTRY_COMPARE_WITH_TIMEOUT(BlockingCall::unfinishedCount(), 0, 10000);
    QCoreApplication::processEvents();
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.sourceName, QStringLiteral("multilingual.txt"));
    holder.detach();
}

QTEST_GUILESS_MAIN(TestFileLoader)
#include "tst_fileloader.moc"
