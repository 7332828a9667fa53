// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentlayout.h"
#include "shmkey.h"
#include "shmprograms.h"
#include "testkey.h"
#include "viewerprocess.h"

#include <shmloader/publisher.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QSharedMemory>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using ShmLoader::Publisher;
using ShmLoader::PublishResult;

// Frame k of a stream: every byte depends on k and on its place, so a frame made of two writes
// (or of a write and what was there before) hashes to no frame's hash.
static QImage patternFrame(int k, int width, int height)
{
    QImage image(width, height, QImage::Format_RGBA8888);
    for (int y = 0; y < height; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < width * 4; ++x)
            row[x] = uchar(x + 3 * y + 101 * k);
    }
    return image;
}

static QString sha256(const QImage &image)
{
    const QByteArray bytes(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

static auto sourceIs(const QString &name)
{
    return [name](const QJsonObject &o) { return o.value(QStringLiteral("source")) == name; };
}

class TestPublisher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void textImageAndFileArrive();
    void rawFormatsArriveAsTheyAre_data();
    void rawFormatsArriveAsTheyAre();
    void frameLargerThanTheSegmentIsRefused();
    void noViewerIsSaid();
    void viewerQuittingIsNoticedAndANewOneServed();
    void lockTimeoutGivesUp();
    void streamOfFramesIsNeverTorn();

private:
    std::unique_ptr<ViewerProcess> startViewer(const QStringList &arguments = {});
    QString m_key;
    std::unique_ptr<ViewerProcess> m_viewer;
};

void TestPublisher::init()
{
    m_key = TestKey::unique(QStringLiteral("publisher"));
}

void TestPublisher::cleanup()
{
    if (m_viewer)
        m_viewer->terminate(5000);
    m_viewer.reset();
    const bool gone = TestKey::cleanUp(m_key);
    QVERIFY2(gone, "the test left its segment, semaphore or key file behind");
}

std::unique_ptr<ViewerProcess> TestPublisher::startViewer(const QStringList &arguments)
{
    auto viewer = std::make_unique<ViewerProcess>(m_key);
    if (!viewer->start(ViewerProcess::Mode::Print, arguments) || !viewer->waitForAttached())
        qWarning("%s", qPrintable(viewer->describe()));
    return viewer;
}

void TestPublisher::textImageAndFileArrive()
{
    m_viewer = startViewer();
    Publisher publisher(m_key);
    QVERIFY(publisher.isViewerRunning());
    const PublishResult text
            = publisher.publishText(QByteArrayLiteral("hello"), QStringLiteral("greeting"));
    QVERIFY2(text, qPrintable(text.errorString()));
    int at = m_viewer->waitForSnapshot(sourceIs(QStringLiteral("greeting")));
    QVERIFY2(at >= 0, qPrintable(m_viewer->describe()));
    QCOMPARE(m_viewer->snapshots().at(at).value(QStringLiteral("text")).toString(),
             QStringLiteral("hello"));
    QCOMPARE(m_viewer->snapshots().at(at).value(QStringLiteral("seq")).toInteger(),
             qint64(text.generation()));

    // An ARGB32 image is converted: RGBA8888, since it has alpha.
    QImage argb(9, 4, QImage::Format_ARGB32);
    argb.fill(QColor(10, 20, 30, 40));
    const PublishResult image = publisher.publishImage(argb, QStringLiteral("converted"));
    QVERIFY2(image, qPrintable(image.errorString()));
    at = m_viewer->waitForSnapshot(sourceIs(QStringLiteral("converted")), at);
    QVERIFY2(at >= 0, qPrintable(m_viewer->describe()));
    const QJsonObject frame = m_viewer->snapshots().at(at);
    QCOMPARE(frame.value(QStringLiteral("contentType")).toString(), QStringLiteral("image/x-raw"));
    QCOMPARE(frame.value(QStringLiteral("pixelFormat")).toString(), QStringLiteral("rgba8888"));
    QCOMPARE(frame.value(QStringLiteral("sha256")).toString(),
             sha256(argb.convertToFormat(QImage::Format_RGBA8888)));

    const QString path = ShmPrograms::assetsDir() + QStringLiteral("/notes.md");
    const PublishResult file = publisher.publishFile(path);
    QVERIFY2(file, qPrintable(file.errorString()));
    at = m_viewer->waitForSnapshot(sourceIs(QStringLiteral("notes.md")), at);
    QVERIFY2(at >= 0, qPrintable(m_viewer->describe()));
    QCOMPARE(m_viewer->snapshots().at(at).value(QStringLiteral("contentType")).toString(),
             QStringLiteral("text/markdown; charset=utf-8"));

    // A binary text is refused and changes nothing.
    const PublishResult binary = publisher.publishText(QByteArray("a\0b", 3));
    QVERIFY(!binary);
    QCOMPARE(binary.status(), PublishResult::Status::Refused);
    QVERIFY(!binary.errorString().isEmpty());
}

void TestPublisher::rawFormatsArriveAsTheyAre_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("stride"); // Qt pads rows to 4 bytes: 7 pixels
    QTest::newRow("gray8") << int(QImage::Format_Grayscale8) << QStringLiteral("gray8") << 8;
    QTest::newRow("rgb888") << int(QImage::Format_RGB888) << QStringLiteral("rgb888") << 24;
    QTest::newRow("rgba8888") << int(QImage::Format_RGBA8888) << QStringLiteral("rgba8888") << 28;
}

void TestPublisher::rawFormatsArriveAsTheyAre()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    QFETCH(int, stride);
    m_viewer = startViewer();
    QImage image(7, 5, QImage::Format(format));
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.bytesPerLine(); ++x)
            image.scanLine(y)[x] = uchar(x * 13 + y);
    const PublishResult r = Publisher(m_key).publishImage(image, name);
    QVERIFY2(r, qPrintable(r.errorString()));
    const int at = m_viewer->waitForSnapshot(sourceIs(name));
    QVERIFY2(at >= 0, qPrintable(m_viewer->describe()));
    const QJsonObject frame = m_viewer->snapshots().at(at);
    QCOMPARE(frame.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    QCOMPARE(frame.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
    QCOMPARE(frame.value(QStringLiteral("pixelFormat")).toString(), name);
    QCOMPARE(frame.value(QStringLiteral("width")).toInt(), 7);
    QCOMPARE(frame.value(QStringLiteral("height")).toInt(), 5);
    QCOMPARE(frame.value(QStringLiteral("stride")).toInt(), stride);
    QCOMPARE(frame.value(QStringLiteral("sha256")).toString(), sha256(image));
}

void TestPublisher::frameLargerThanTheSegmentIsRefused()
{
    m_viewer = startViewer({QStringLiteral("--size"), QStringLiteral("4096")});
    Publisher publisher(m_key);
    QVERIFY(publisher.publishText(QByteArrayLiteral("before"), QStringLiteral("before")));
    QVERIFY(m_viewer->waitForSnapshot(sourceIs(QStringLiteral("before"))) >= 0);
    const PublishResult r = publisher.publishImage(patternFrame(0, 40, 30), QStringLiteral("big"));
    QVERIFY(!r);
    QCOMPARE(r.status(), PublishResult::Status::TooLarge);
    // 40 × 30 × 4 bytes and the header with its NUL.
    QVERIFY2(r.errorString().contains(QStringLiteral("--size 5057")), qPrintable(r.errorString()));
    QTest::qWait(300);
    QCOMPARE(m_viewer->waitForSnapshot(sourceIs(QStringLiteral("big")), 0, 200), -1);
}

void TestPublisher::noViewerIsSaid()
{
    Publisher publisher(m_key);
    QVERIFY(!publisher.isViewerRunning());
    QVERIFY(!publisher.waitForViewer(std::chrono::milliseconds(100)));
    const PublishResult r = publisher.publishText(QByteArrayLiteral("hello"));
    QVERIFY(!r);
    QCOMPARE(r.status(), PublishResult::Status::ViewerNotRunning);
    QVERIFY(!r.errorString().isEmpty());
}

// The publisher keeps its attachment between publishes: a viewer that quits meanwhile is noticed
// (not a write into a segment nobody reads), and a viewer started again gets the next publish.
void TestPublisher::viewerQuittingIsNoticedAndANewOneServed()
{
    m_viewer = startViewer();
    Publisher publisher(m_key);
    QVERIFY(publisher.publishText(QByteArrayLiteral("one"), QStringLiteral("one")));
    QVERIFY(m_viewer->waitForSnapshot(sourceIs(QStringLiteral("one"))) >= 0);
    QVERIFY(m_viewer->terminate(5000));
    const PublishResult none = publisher.publishText(QByteArrayLiteral("two"));
    QCOMPARE(none.status(), PublishResult::Status::ViewerNotRunning);
    QVERIFY(!publisher.isViewerRunning());

    m_viewer = startViewer();
    const PublishResult three
            = publisher.publishText(QByteArrayLiteral("three"), QStringLiteral("three"));
    QVERIFY2(three, qPrintable(three.errorString()));
    QVERIFY2(m_viewer->waitForSnapshot(sourceIs(QStringLiteral("three"))) >= 0,
             qPrintable(m_viewer->describe()));
}

// Another process holds the lock (here the test itself, through its own QSharedMemory): the
// publish gives up after the timeout, and its write goes in once the lock is free.
void TestPublisher::lockTimeoutGivesUp()
{
    m_viewer = startViewer();
    QSharedMemory holder;
    ShmKey::apply(holder, m_key);
    QVERIFY(holder.attach());
    QVERIFY(holder.lock());
    Publisher publisher(m_key);
    publisher.setLockTimeout(std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    const PublishResult r
            = publisher.publishText(QByteArrayLiteral("late"), QStringLiteral("late"));
    const qint64 elapsed = timer.elapsed();
    holder.unlock();
    QCOMPARE(r.status(), PublishResult::Status::TimedOut);
    QVERIFY2(elapsed >= 300 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY2(m_viewer->waitForSnapshot(sourceIs(QStringLiteral("late"))) >= 0,
             qPrintable(m_viewer->describe()));
    holder.detach();
}

// A producer publishes frames as fast as it can while the viewer prints what it sees: every
// printed frame is one whole frame (its hash is that frame's), in order, and the last one is seen.
void TestPublisher::streamOfFramesIsNeverTorn()
{
    const int width = 320, height = 240, frames = 200;
    m_viewer = startViewer({QStringLiteral("--size"), QString::number(width * height * 4 + 4096)});
    std::atomic<int> failures{0};
    QString firstFailure;
    std::thread producer([&] {
        Publisher publisher(m_key);
        for (int k = 0; k < frames; ++k) {
            const PublishResult r = publisher.publishImage(patternFrame(k, width, height),
                                                           QStringLiteral("frame-%1").arg(k));
            if (!r && failures++ == 0)
                firstFailure = r.errorString();
        }
    });
    const int last = m_viewer->waitForSnapshot(sourceIs(QStringLiteral("frame-%1").arg(frames - 1)),
                                               0, 60000);
    producer.join();
    QVERIFY2(failures == 0, qPrintable(firstFailure));
    QVERIFY2(last >= 0, qPrintable(m_viewer->describe()));

    int seen = 0, previous = -1;
    for (const QJsonObject &snapshot : m_viewer->snapshots()) {
        const QString source = snapshot.value(QStringLiteral("source")).toString();
        QCOMPARE(snapshot.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
        const int k = source.mid(int(qstrlen("frame-"))).toInt();
        QVERIFY2(k > previous, qPrintable(source));
        QCOMPARE(snapshot.value(QStringLiteral("sha256")).toString(),
                 sha256(patternFrame(k, width, height)));
        previous = k;
        ++seen;
    }
    qInfo("%d of %d frames printed, each whole", seen, frames);
    QVERIFY(seen >= 2);
}

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
