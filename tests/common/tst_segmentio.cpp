// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// SegmentReader and SegmentWriter on real System V segments (in one process; the e2e and fault
// suites cover several).

#include "segmentattachment.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "segmentreader.h"
#include "segmentwriter.h"
#include "shmkey.h"
#include "testkey.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSharedMemory>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <memory>

class TestSegmentIo : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_key = TestKey::unique(QStringLiteral("io")); }
    void cleanup()
    {
        const bool gone = TestKey::cleanUp(m_key);
        QVERIFY2(gone, "the test left its segment behind");
    }
    void writeThenPoll();
    void writerWithoutViewer();
    void secondReaderAttaches();
    void refusedFileChangesNothing();
    void usesAttachedSizeNotRequested();
    // Last: closing for exit is for the rest of the process.
    void closeForExitLetsAWriteFinishAndRefusesNewOnes();

private:
    QString m_key;
};

void TestSegmentIo::writeThenPoll()
{
    SegmentReader reader(m_key);
    QVERIFY2(reader.open(4096), qPrintable(reader.errorString()));
    QVERIFY(reader.size() >= 4096);

    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Empty);
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Unchanged);

    const SegmentWriter::Result result
            = SegmentWriter(m_key).writeText("some text", QStringLiteral("a.txt"), 9);
    QCOMPARE(result.status, SegmentWriter::Status::Loaded);
    QCOMPARE(result.textBytes, qsizetype(9));
    QVERIFY(!result.truncated);
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QCOMPARE(snapshot.payload, QByteArray("some text"));
    QCOMPARE(snapshot.sourceName, QStringLiteral("a.txt"));
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Unchanged);
}

void TestSegmentIo::writerWithoutViewer()
{
    const SegmentWriter::Result result
            = SegmentWriter(m_key).writeText("x", QStringLiteral("x"), 1);
    QCOMPARE(result.status, SegmentWriter::Status::ViewerNotRunning);
    QVERIFY(!result.removedOrphan);
}

void TestSegmentIo::secondReaderAttaches()
{
    SegmentReader first(m_key);
    QVERIFY(first.open(4096));
    {
        SegmentReader second(m_key);
        QVERIFY(second.open(8192));
        QCOMPARE(second.size(), first.size()); // the existing size wins
    }
    // The second one's detach did not remove the segment the first still uses.
    QCOMPARE(SegmentWriter(m_key).writeText("x", QStringLiteral("x"), 1).status,
             SegmentWriter::Status::Loaded);
}

void TestSegmentIo::refusedFileChangesNothing()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(4096));
    SegmentWriter writer(m_key);
    QCOMPARE(writer.writeText("before", QStringLiteral("b"), 6).status,
             SegmentWriter::Status::Loaded);
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);

    QTemporaryFile binary;
    QVERIFY(binary.open());
    binary.write(QByteArray("ab\0cd", 5));
    binary.flush();
    const auto refused = writer.loadFile(binary.fileName(), QStringLiteral("bin"));
    QCOMPARE(refused.status, SegmentWriter::Status::FileRefused);
    QVERIFY(refused.problem.contains(QStringLiteral("binary")));
    QCOMPARE(writer.loadFile(QStringLiteral("/dev/zero"), QStringLiteral("zero")).status,
             SegmentWriter::Status::FileRefused);
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Unchanged);
}

void TestSegmentIo::usesAttachedSizeNotRequested()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(SegmentLayout::HeaderSize + 11)); // 10 bytes of text
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("0123456789abcdef");
    file.flush();
    const auto result = SegmentWriter(m_key).loadFile(file.fileName(), QStringLiteral("f"));
    QCOMPARE(result.status, SegmentWriter::Status::Loaded);
    QVERIFY(result.truncated);
    QCOMPARE(result.textBytes, SegmentLayout::textCapacity(reader.size()));
    QCOMPARE(result.originalSize, quint64(16));
}

// The exit policy of an abandoned call: a write that holds the lock finishes before the process
// leaves, and no write starts after that.
void TestSegmentIo::closeForExitLetsAWriteFinishAndRefusesNewOnes()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(4096));
    QSemaphore locked;
    QElapsedTimer timer;
    std::unique_ptr<QThread> writer(QThread::create([this, &locked] {
        QSharedMemory memory;
        ShmKey::apply(memory, m_key);
        SegmentAttachment attachment(memory);
        SegmentLock lock(memory);
        locked.release();
        QThread::msleep(300); // a long write
    }));
    writer->start();
    locked.acquire();
    timer.start();
    QVERIFY(SegmentLock::closeForExit(5000)); // one held the lock
    QVERIFY(timer.elapsed() >= 250); // and closeForExit waited for it
    writer->wait();

    QSharedMemory memory;
    ShmKey::apply(memory, m_key);
    SegmentAttachment attachment(memory);
    QVERIFY(attachment.isAttached());
    SegmentLock lock(memory);
    QVERIFY(!lock.isLocked()); // closed: no new write
    QCOMPARE(SegmentWriter(m_key).writeText("late", QStringLiteral("late"), 4).status,
             SegmentWriter::Status::Failed);
}

QTEST_GUILESS_MAIN(TestSegmentIo)
#include "tst_segmentio.moc"
