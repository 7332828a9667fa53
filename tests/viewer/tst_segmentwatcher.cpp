// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The viewer's polling on a real segment: SegmentWatcher (worker thread) and ViewerBackend (what
// the window binds to). Writes go through SegmentWriter; hostile bytes and a held lock through a
// QSharedMemory of the test's own.

#include "segmentlayout.h"
#include "segmentwatcher.h"
#include "segmentwriter.h"
#include "shmkey.h"
#include "testkey.h"
#include "viewerbackend.h"

#include <QBuffer>
#include <QDataStream>
#include <QImage>
#include <QSemaphore>
#include <QSharedMemory>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <cstring>
#include <memory>

// Holds the segment's lock on a thread of its own, as another process would, until release().
class LockHolder
{
public:
    explicit LockHolder(const QString &key)
    {
        m_thread.reset(QThread::create([this, key] {
            QSharedMemory memory;
            ShmKey::apply(memory, key);
            m_attached = memory.attach();
            m_locked = m_attached && memory.lock();
            m_ready.release();
            m_release.acquire();
            if (m_locked)
                memory.unlock();
            if (m_attached)
                memory.detach();
        }));
        m_thread->start();
        m_ready.acquire();
    }
    ~LockHolder()
    {
        release();
        m_thread->wait();
    }
    bool isLocked() const { return m_locked; }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_release.release();
        }
    }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QSemaphore m_release;
    bool m_attached = false;
    bool m_locked = false;
    bool m_released = false;
};

class TestSegmentWatcher : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_key = TestKey::unique(QStringLiteral("watcher")); }
    void cleanup()
    {
        const bool gone = TestKey::cleanUp(m_key);
        QVERIFY2(gone, "the test left its segment behind");
    }
    void createsAndShowsWrites();
    void attachesToExistingSegmentOfOtherSize();
    void hostileBytesThenRecovery();
    void rawText();
    void lockHeldReportsWaitingAndRecovers();
    void stopAbandonsWorkerStuckOnLock();
    void ringWakesTheWorkerBeforeItsInterval();
    void writerThatDoesNotRingIsSeenByPolling();
    void stopWakesTheWorkerAtOnce();
    void burstIsCoalescedToTheLatest();
    void classicExampleImage();
    void backendStates();
    void backendCountsSkippedFrames();

private:
    // A watcher that polls only once a minute, started, its first (Empty) snapshot seen: whatever
    // it shows sooner came through the wake word.
    bool startSlow(SegmentWatcher *watcher, QSignalSpy *content) const
    {
        SegmentWorker::Config slow = config();
        slow.intervalMs = 60000;
        watcher->setConfig(slow);
        watcher->start();
        return QTest::qWaitFor([content] { return content->size() >= 1; }, 10000);
    }
    SegmentWorker::Config config(qsizetype size = 4096) const
    {
        SegmentWorker::Config config;
        config.key = m_key;
        config.requestedSize = size;
        config.intervalMs = 20;
        return config;
    }
    // Writes bytes over the start of the segment, under its lock, as a hostile process might.
    bool scribble(const QByteArray &bytes) const;

    QString m_key;
};

bool TestSegmentWatcher::scribble(const QByteArray &bytes) const
{
    QSharedMemory memory;
    ShmKey::apply(memory, m_key);
    if (!memory.attach())
        return false;
    memory.lock();
    memcpy(memory.data(), bytes.constData(), size_t(qMin(bytes.size(), memory.size())));
    memory.unlock();
    memory.detach();
    return true;
}

// The last snapshot a spy on contentChanged saw.
static SegmentSnapshot last(const QSignalSpy &spy)
{
    return spy.isEmpty() ? SegmentSnapshot() : spy.last().at(0).value<TextSnapshot>().snapshot;
}

void TestSegmentWatcher::createsAndShowsWrites()
{
    SegmentWatcher watcher;
    watcher.setConfig(config());
    QSignalSpy opened(&watcher, &SegmentWatcher::opened);
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QCOMPARE(opened.at(0).at(0).value<qsizetype>(), qsizetype(4096));
    QTRY_COMPARE_WITH_TIMEOUT(content.size(), 1, 10000);
    QCOMPARE(last(content).state, SegmentSnapshot::State::Empty);

    const SegmentWriter writer(m_key);
    QCOMPARE(writer.writeText("first line\nsecond line\n", QStringLiteral("a.txt"), 23).status,
             SegmentWriter::Status::Loaded);
    QTRY_COMPARE_WITH_TIMEOUT(last(content).state, SegmentSnapshot::State::Valid, 10000);
    const TextSnapshot shown = content.last().at(0).value<TextSnapshot>();
    QCOMPARE(shown.snapshot.payload, QByteArray("first line\nsecond line\n"));
    QCOMPARE(shown.snapshot.sourceName, QStringLiteral("a.txt"));
    QCOMPARE(shown.lines.count(), 2); // indexed on the worker thread
    const qsizetype changes = content.size();

    // Unchanged content is not reported again.
    QTest::qWait(200);
    QCOMPARE(content.size(), changes);

    QCOMPARE(writer.writeText("replaced", QStringLiteral("b.txt"), 8).status,
             SegmentWriter::Status::Loaded);
    QTRY_COMPARE_WITH_TIMEOUT(last(content).sourceName, QStringLiteral("b.txt"), 10000);
    QCOMPARE(last(content).generation, quint64(2));

    QVERIFY(watcher.stop());
}

void TestSegmentWatcher::attachesToExistingSegmentOfOtherSize()
{
    // A leftover of another size, e.g. from a viewer that crashed.
    QSharedMemory leftover;
    ShmKey::apply(leftover, m_key);
    QVERIFY(leftover.create(1024));

    SegmentWatcher watcher;
    watcher.setConfig(config(8192));
    QSignalSpy opened(&watcher, &SegmentWatcher::opened);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QCOMPARE(opened.at(0).at(0).value<qsizetype>(), qsizetype(1024));
    QVERIFY(watcher.stop());
    leftover.detach();
}

void TestSegmentWatcher::hostileBytesThenRecovery()
{
    SegmentWatcher watcher;
    watcher.setConfig(config());
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(content.size(), 1, 10000);

    // Our magic with an impossible text length.
    SegmentHeader header = {};
    header.magic = SegmentLayout::Magic;
    header.version = SegmentLayout::Version;
    header.headerSize = quint16(SegmentLayout::HeaderSize);
    header.payloadLength = 1u << 30;
    QVERIFY(scribble(QByteArray(reinterpret_cast<const char *>(&header), sizeof header)));
    QTRY_COMPARE_WITH_TIMEOUT(last(content).state, SegmentSnapshot::State::Unreadable, 10000);
    QVERIFY(last(content).problem.contains(QStringLiteral("exceeds")));

    // Binary garbage without a header.
    QByteArray garbage(300, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char(1 + (i * 37) % 250);
    QVERIFY(scribble(garbage));
    QTRY_VERIFY_WITH_TIMEOUT(last(content).problem.contains(QStringLiteral("binary")), 10000);

    // The next valid write displays correctly.
    QCOMPARE(SegmentWriter(m_key).writeText("valid again", QStringLiteral("ok.txt"), 11).status,
             SegmentWriter::Status::Loaded);
    QTRY_COMPARE_WITH_TIMEOUT(last(content).state, SegmentSnapshot::State::Valid, 10000);
    QCOMPARE(last(content).payload, QByteArray("valid again"));
    QVERIFY(watcher.stop());
}

void TestSegmentWatcher::rawText()
{
    SegmentWatcher watcher;
    watcher.setConfig(config());
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(content.size(), 1, 10000);
    QVERIFY(scribble(QByteArray("classic loader text\n", 21))); // with its NUL
    QTRY_COMPARE_WITH_TIMEOUT(last(content).state, SegmentSnapshot::State::Raw, 10000);
    QCOMPARE(last(content).payload, QByteArray("classic loader text\n"));
    QVERIFY(watcher.stop());
}

void TestSegmentWatcher::lockHeldReportsWaitingAndRecovers()
{
    SegmentWatcher watcher;
    watcher.setConfig(config());
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(content.size(), 1, 10000);
    QVERIFY(!watcher.isWaitingForLock());

    {
        LockHolder holder(m_key);
        QVERIFY(holder.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isWaitingForLock(), 10000);

        // The GUI thread keeps running its event loop meanwhile.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 10000);
        QVERIFY(watcher.isWaitingForLock());
        QTRY_VERIFY_WITH_TIMEOUT(watcher.lockWaitMs() >= 1000, 10000);
        holder.release();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isWaitingForLock(), 10000);

    QCOMPARE(SegmentWriter(m_key).writeText("after the wait", QStringLiteral("w.txt"), 14).status,
             SegmentWriter::Status::Loaded);
    QTRY_COMPARE_WITH_TIMEOUT(last(content).payload, QByteArray("after the wait"), 10000);
    QVERIFY(watcher.stop());
}

void TestSegmentWatcher::stopAbandonsWorkerStuckOnLock()
{
    auto watcher = std::make_unique<SegmentWatcher>();
    watcher->setConfig(config());
    QSignalSpy content(watcher.get(), &SegmentWatcher::contentChanged);
    watcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(content.size(), 1, 10000);

    LockHolder holder(m_key);
    QTRY_VERIFY_WITH_TIMEOUT(watcher->isWaitingForLock(), 10000);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("still waiting for the segment lock")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!watcher->stop(300)); // gives up instead of hanging
    QVERIFY(timer.elapsed() < 5000);
    watcher.reset(); // destroying the watcher with its worker stuck is fine too

    // Once the holder lets go, the abandoned worker detaches on its own: nothing remains.
    holder.release();
    QTRY_VERIFY_WITH_TIMEOUT(TestKey::isGone(m_key), 10000);
}

void TestSegmentWatcher::ringWakesTheWorkerBeforeItsInterval()
{
    SegmentWatcher watcher;
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    QVERIFY(startSlow(&watcher, &content));
    for (int i = 0; i < 3; ++i) {
        const QByteArray text = "ring " + QByteArray::number(i);
        QCOMPARE(SegmentWriter(m_key).writeText(text, QStringLiteral("r.txt"), 6).status,
                 SegmentWriter::Status::Loaded);
        QTRY_COMPARE_WITH_TIMEOUT(last(content).payload, text, 10000);
    }
    QVERIFY(watcher.stop());
}

void TestSegmentWatcher::writerThatDoesNotRingIsSeenByPolling()
{
    SegmentWatcher watcher;
    watcher.setConfig(config()); // 20 ms
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(content.size(), 1, 10000);
    // A valid header and text, written without touching the wake word: an older writer.
    QByteArray segment(4096, '\0');
    SegmentLayout::Write write;
    write.payload = "silent writer";
    write.sourceName = QStringLiteral("s.txt");
    write.originalSize = 13;
    QVERIFY(SegmentLayout::encode(segment.data(), segment.size(), write).ok);
    QVERIFY(scribble(segment));
    QTRY_COMPARE_WITH_TIMEOUT(last(content).payload, QByteArray("silent writer"), 10000);
    QVERIFY(watcher.stop());
}

void TestSegmentWatcher::stopWakesTheWorkerAtOnce()
{
    SegmentWatcher watcher;
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    QVERIFY(startSlow(&watcher, &content));
    QTest::qWait(50); // the worker is asleep on the wake word now
    // Without the wake-up stop() would wait out its 5 s and report the worker as stuck.
    QVERIFY(watcher.stop(5000));
}

void TestSegmentWatcher::burstIsCoalescedToTheLatest()
{
    SegmentWatcher watcher;
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    QVERIFY(startSlow(&watcher, &content));
    // The GUI thread is busy writing: every snapshot the worker makes meanwhile waits in its
    // mailbox of one, so at most one per write is delivered and the last one is the last write.
    constexpr int Writes = 300;
    for (int i = 1; i <= Writes; ++i) {
        const QByteArray text = "write " + QByteArray::number(i);
        QCOMPARE(SegmentWriter(m_key).writeText(text, QStringLiteral("b.txt"), 9).status,
                 SegmentWriter::Status::Loaded);
    }
    const QByteArray lastText = "write " + QByteArray::number(Writes);
    QTRY_COMPARE_WITH_TIMEOUT(last(content).payload, lastText, 10000);
    QVERIFY(content.size() <= 1 + Writes);
    QTest::qWait(100);
    QCOMPARE(last(content).payload, lastText);
    QVERIFY(watcher.stop());
}

// The segment Qt's Shared Memory Example writes (QDataStream << QImage, no header of ours) is
// shown as that image.
void TestSegmentWatcher::classicExampleImage()
{
    SegmentWatcher watcher;
    watcher.setConfig(config(65536));
    QSignalSpy content(&watcher, &SegmentWatcher::contentChanged);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(content.size(), 1, 10000);
    QImage image(40, 30, QImage::Format_ARGB32);
    image.fill(QColor(10, 120, 200, 128));
    QBuffer buffer;
    buffer.open(QBuffer::ReadWrite);
    QDataStream out(&buffer);
    out << image;
    QVERIFY(scribble(buffer.data()));
    QTRY_VERIFY_WITH_TIMEOUT(last(content).hasImage(), 10000);
    const TextSnapshot shown = content.last().at(0).value<TextSnapshot>();
    QCOMPARE(shown.snapshot.state, SegmentSnapshot::State::Raw);
    QCOMPARE(shown.image.size(), QSize(40, 30));
    QCOMPARE(shown.image.convertToFormat(QImage::Format_ARGB32), image);
    QVERIFY(watcher.stop());
}

void TestSegmentWatcher::backendStates()
{
    ViewerBackend backend;
    backend.setKey(m_key);
    backend.setSegmentSize(4096);
    backend.setPollInterval(20);
    QCOMPARE(backend.state(), ViewerBackend::State::Idle);
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ViewerBackend::State::Empty, 10000);
    QVERIFY(!backend.hasText());
    QCOMPARE(backend.placeholderText(),
             QStringLiteral("No file loaded yet — start shm-loader and pick a file"));
    QVERIFY(backend.segmentText().contains(QStringLiteral("4,096 bytes")));

    QSignalSpy replaced(&backend, &ViewerBackend::textReplaced);
    QCOMPARE(SegmentWriter(m_key).writeText("one\ntwo\nthree", QStringLiteral("n.txt"), 13).status,
             SegmentWriter::Status::Loaded);
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ViewerBackend::State::Valid, 10000);
    QVERIFY(replaced.size() >= 1);
    QVERIFY(backend.hasText());
    QCOMPARE(backend.sourceName(), QStringLiteral("n.txt"));
    QVERIFY(backend.statusText().startsWith(QStringLiteral("n.txt — 13 bytes — loaded ")));
    QCOMPARE(backend.lines()->rowCount(), 3);
    QCOMPARE(backend.lines()->lineText(2), QStringLiteral("three"));
    QVERIFY(!backend.statusWarning());

    // More than the 4,096-byte segment holds: shown truncated, and flagged.
    QCOMPARE(SegmentWriter(m_key)
                     .writeText(QByteArray(5000, 'x'), QStringLiteral("big"), 5000)
                     .status,
             SegmentWriter::Status::Loaded);
    QTRY_VERIFY_WITH_TIMEOUT(backend.statusWarning(), 10000);
    QVERIFY2(backend.statusText().contains(QStringLiteral("truncated to 3,839 of 5,000 bytes")),
             qPrintable(backend.statusText()));

    QVERIFY(scribble(QByteArray(300, '\x01')));
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ViewerBackend::State::Unreadable, 10000);
    QVERIFY(backend.statusText().startsWith(QStringLiteral("Unreadable segment: ")));
    QCOMPARE(backend.lines()->rowCount(), 0);

    {
        LockHolder holder(m_key);
        QTRY_VERIFY_WITH_TIMEOUT(backend.waitingForLock(), 10000);
        QVERIFY(backend.noticeText().startsWith(QStringLiteral("Waiting for the segment lock")));
        holder.release();
    }
    QTRY_COMPARE_WITH_TIMEOUT(backend.noticeText(), QString(), 10000);

    backend.stop();
}

// Frames written while the GUI thread is busy never reach the window: the status line gives the
// running total of those skipped, out of all the frames of the stream, until a text ends it.
void TestSegmentWatcher::backendCountsSkippedFrames()
{
    ViewerBackend backend;
    backend.setKey(m_key);
    backend.setSegmentSize(4096);
    backend.setPollInterval(20);
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ViewerBackend::State::Empty, 10000);
    const QByteArray pixels(8 * 4 * 4, '\x7f');
    SegmentWriter::RawFrame frame;
    frame.pixelFormat = quint32(SegmentLayout::PixelFormat::Rgba8888);
    frame.width = 8;
    frame.height = 4;
    frame.stride = 32;
    const auto write = [&](int k) {
        return SegmentWriter(m_key)
                       .writeRawFrame(pixels, QStringLiteral("frame-%1").arg(k), frame)
                       .status
                == SegmentWriter::Status::Loaded;
    };
    QVERIFY(write(1));
    QTRY_COMPARE_WITH_TIMEOUT(backend.generation(), 1.0, 10000);
    QCOMPARE(backend.skippedFrames(), 0.0);
    QVERIFY2(!backend.statusText().contains(QStringLiteral("skipped")),
             qPrintable(backend.statusText()));

    // The GUI thread writes four more without taking what the worker offers: at most the first
    // and the last of them reach the backend, at least two are skipped.
    constexpr int Frames = 5;
    for (int k = 2; k <= Frames; ++k)
        QVERIFY(write(k));
    QTRY_COMPARE_WITH_TIMEOUT(backend.generation(), double(Frames), 10000);
    QVERIFY2(backend.skippedFrames() >= 2, qPrintable(backend.statusText()));
    QCOMPARE(backend.streamFrames(), double(Frames));
    const QString total
            = QStringLiteral("%1 of %2 frames skipped — ").arg(backend.skippedFrames()).arg(Frames);
    QVERIFY2(backend.statusText().startsWith(
                     total + QStringLiteral("frame-%1 — image/x-raw, 8 × 4").arg(Frames)),
             qPrintable(backend.statusText()));

    // A text ends the stream: its status line counts nothing.
    QCOMPARE(SegmentWriter(m_key).writeText("done", QStringLiteral("t.txt"), 4).status,
             SegmentWriter::Status::Loaded);
    QTRY_VERIFY_WITH_TIMEOUT(backend.hasText(), 10000);
    QCOMPARE(backend.skippedFrames(), 0.0);
    QVERIFY2(!backend.statusText().contains(QStringLiteral("skipped")),
             qPrintable(backend.statusText()));
    backend.stop();
}

QTEST_MAIN(TestSegmentWatcher)
#include "tst_segmentwatcher.moc"
