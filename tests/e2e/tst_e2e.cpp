// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The two programs end to end, as a user runs them: shm-viewer --print shows what shm-loader
// --load puts into the segment, for every bundled asset; nothing remains once the viewer quits.

#include "contentsniffer.h"
#include "segmentlayout.h"
#include "segmentstatus.h"
#include "shmconstants.h"
#include "shmkey.h"
#include "shmprograms.h"
#include "testkey.h"
#include "utf8text.h"
#include "viewerprocess.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSharedMemory>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <memory>

using ShmPrograms::Run;

class TestEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listNamesTheBundledAssets();
    void someAssetExceedsTheDefaultSegment();
    void loadsEveryAsset_data();
    void loadsEveryAsset();
    void imagesGoByContentNotName();
    void loaderWithoutViewerExits2();
    void emptySegmentPrintsNothing();
    void viewerStopLeavesNothing_data();
    void viewerStopLeavesNothing();
    void windowViewerServesLoads();
    void qtExampleLayoutReadsAsTheExampleReads();
    void classicLayoutReadsAsPlainText();
    void layoutRefusalsChangeNothing();

private:
    static QString imageMismatch(const QJsonObject &snapshot, const QByteArray &file,
                                 qsizetype capacity);
    Run load(const QString &nameOrPath);
    std::unique_ptr<ViewerProcess> startViewer(ViewerProcess::Mode mode
                                               = ViewerProcess::Mode::Print,
                                               const QStringList &arguments = {});

    QString m_key;
    std::unique_ptr<ViewerProcess> m_viewer;
};

void TestEndToEnd::initTestCase()
{
    for (const char *name : {"shm-viewer", "shm-loader"}) {
        const QString path = ShmPrograms::program(QLatin1String(name));
        QVERIFY2(QFileInfo(path).isExecutable(),
                 qPrintable(path + QStringLiteral(" is not built")));
    }
    QVERIFY2(!ShmPrograms::assetNames().isEmpty(),
             qPrintable(QStringLiteral("no assets in ") + ShmPrograms::assetsDir()));
}

void TestEndToEnd::init()
{
    m_key = TestKey::unique(QStringLiteral("e2e"));
}

void TestEndToEnd::cleanup()
{
    if (m_viewer)
        m_viewer->terminate(5000);
    m_viewer.reset();
    const bool gone = TestKey::cleanUp(m_key);
    QVERIFY2(gone, "the test left its segment, semaphore or key file behind");
}

Run TestEndToEnd::load(const QString &nameOrPath)
{
    return ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-loader")),
                            {QStringLiteral("--key"), m_key, QStringLiteral("--load"), nameOrPath});
}

std::unique_ptr<ViewerProcess> TestEndToEnd::startViewer(ViewerProcess::Mode mode,
                                                         const QStringList &arguments)
{
    auto viewer = std::make_unique<ViewerProcess>(m_key);
    if (!viewer->start(mode, arguments) || !viewer->waitForAttached())
        qWarning("%s", qPrintable(viewer->describe()));
    return viewer;
}

void TestEndToEnd::listNamesTheBundledAssets()
{
    const Run list = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-loader")),
                                      {QStringLiteral("--list")});
    QVERIFY2(list.finished && list.exitCode == 0, qPrintable(list.describe()));
    QStringList names = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    names.sort();
    QCOMPARE(names, ShmPrograms::assetNames());
}

void TestEndToEnd::someAssetExceedsTheDefaultSegment()
{
    // The truncation path is part of what every load test checks; make sure it is exercised.
    const qsizetype capacity = SegmentLayout::textCapacity(ShmConstants::DefaultSegmentSize);
    bool found = false;
    for (const QString &name : ShmPrograms::assetNames())
        found = found || QFileInfo(ShmPrograms::assetsDir() + u'/' + name).size() > capacity;
    QVERIFY2(found, "no bundled asset is larger than the default segment's text area");
}

void TestEndToEnd::loadsEveryAsset_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("byPath");
    for (const QString &name : ShmPrograms::assetNames()) {
        QTest::newRow(qPrintable(name)) << name << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" by path"))) << name << true;
    }
}

// What --print said of an image against the file it came from: byte for byte when it fits, the
// same pixels when decoded; scaled down, keeping its aspect ratio, when it does not.
QString TestEndToEnd::imageMismatch(const QJsonObject &snapshot, const QByteArray &file,
                                    qsizetype capacity)
{
    QStringList problems;
    const ContentSniffer::Result type = ContentSniffer::sniff(file);
    const QImage original = QImage::fromData(file);
    if (snapshot.value(QLatin1String("kind")).toString() != QLatin1String("image"))
        problems << QStringLiteral("kind %1").arg(snapshot.value(QLatin1String("kind")).toString());
    if (snapshot.contains(QLatin1String("text")))
        problems << QStringLiteral("an image line has a text");
    const qint64 width = snapshot.value(QLatin1String("width")).toInteger();
    const qint64 height = snapshot.value(QLatin1String("height")).toInteger();
    const QJsonObject scaledFrom = snapshot.value(QLatin1String("scaledFrom")).toObject();
    if (file.size() <= capacity) {
        const QString sha256 = QString::fromLatin1(
                QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
        if (snapshot.value(QLatin1String("sha256")).toString() != sha256)
            problems << QStringLiteral("sha256 differs from the file's");
        if (snapshot.value(QLatin1String("contentType")).toString() != type.mimeType)
            problems << QStringLiteral("contentType %1")
                                .arg(snapshot.value(QLatin1String("contentType")).toString());
        if (width != original.width() || height != original.height())
            problems << QStringLiteral("size %1 × %2").arg(width).arg(height);
        if (!scaledFrom.isEmpty())
            problems << QStringLiteral("scaledFrom for an image that fits");
    } else {
        if (scaledFrom.value(QLatin1String("width")).toInteger() != original.width()
            || scaledFrom.value(QLatin1String("height")).toInteger() != original.height())
            problems << QStringLiteral("scaledFrom is not the file's size");
        if (width <= 0 || width >= original.width() || height >= original.height())
            problems << QStringLiteral("not scaled down: %1 × %2").arg(width).arg(height);
        // The aspect ratio, within a pixel.
        if (qAbs(double(width) * original.height() / original.width() - double(height)) > 1.0)
            problems << QStringLiteral("aspect ratio not kept: %1 × %2").arg(width).arg(height);
        if (snapshot.value(QLatin1String("bytes")).toInteger() > capacity)
            problems << QStringLiteral("scaled image does not fit");
    }
    return problems.join(QStringLiteral(", "));
}

void TestEndToEnd::loadsEveryAsset()
{
    QFETCH(QString, name);
    QFETCH(bool, byPath);
    const QString path = QDir(ShmPrograms::assetsDir()).absoluteFilePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();

    m_viewer = startViewer();
    QVERIFY2(m_viewer->isRunning(), qPrintable(m_viewer->describe()));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Run run = load(byPath ? path : name);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(!(run.out + run.err).trimmed().isEmpty(), "the loader printed no status");

    const int index = m_viewer->waitForSnapshot([](const QJsonObject &s) {
        return s.value(QLatin1String("state")).toString() == QLatin1String("valid");
    });
    QVERIFY2(index >= 0, qPrintable(m_viewer->describe()));
    const QJsonObject snapshot = m_viewer->snapshots().at(index);

    const qint64 bytes = snapshot.value(QLatin1String("bytes")).toInteger(-1);
    const qint64 segmentSize = snapshot.value(QLatin1String("segmentSize")).toInteger(-1);
    const qsizetype capacity = SegmentLayout::textCapacity(segmentSize);
    QCOMPARE(segmentSize, qint64(ShmConstants::DefaultSegmentSize));
    QCOMPARE(snapshot.value(QLatin1String("source")).toString(), name);
    if (ContentSniffer::sniff(content).kind == ContentSniffer::Kind::Image) {
        QString problem = imageMismatch(snapshot, content, capacity);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QCOMPARE(snapshot.value(QLatin1String("kind")).toString(), QStringLiteral("text"));
    QCOMPARE(snapshot.value(QLatin1String("originalBytes")).toInteger(-1), qint64(content.size()));
    QVERIFY(bytes >= 0 && bytes <= capacity);
    if (content.size() <= capacity) {
        QCOMPARE(bytes, qint64(content.size()));
        QCOMPARE(snapshot.value(QLatin1String("truncated")).toBool(true), false);
    } else {
        // A proper prefix, cut at most three bytes early to keep a UTF-8 sequence whole.
        QVERIFY2(bytes >= capacity - 3 && bytes < content.size(),
                 qPrintable(QString::number(bytes)));
        QCOMPARE(snapshot.value(QLatin1String("truncated")).toBool(false), true);
    }
    QCOMPARE(snapshot.value(QLatin1String("text")).toString(),
             QString::fromUtf8(content.left(bytes)));
    QCOMPARE(snapshot.value(QLatin1String("validUtf8")).toBool(),
             Utf8Text::isValid(content.left(bytes)));

    const qint64 writerPid = snapshot.value(QLatin1String("writerPid")).toInteger(0);
    QVERIFY(writerPid > 0 && writerPid != m_viewer->pid());
    const QDateTime loadedAt = QDateTime::fromString(
            snapshot.value(QLatin1String("loadedAt")).toString(), Qt::ISODateWithMs);
    QVERIFY2(loadedAt.isValid(), qPrintable(snapshot.value(QLatin1String("loadedAt")).toString()));
    QVERIFY(loadedAt.toMSecsSinceEpoch() >= before - 1000
            && loadedAt.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch() + 1000);
    QVERIFY(m_viewer->badLines().isEmpty());
}

// A PNG named .txt is an image; a text named .png is refused, saying what it holds, and the
// segment is untouched. The pixels the viewer decoded are the file's.
void TestEndToEnd::imagesGoByContentNotName()
{
    QTemporaryDir dir;
    QFile png(ShmPrograms::assetsDir() + QStringLiteral("/shared-memory.png"));
    QVERIFY(png.open(QIODevice::ReadOnly));
    const QByteArray bytes = png.readAll();
    QFile disguised(dir.filePath(QStringLiteral("diagram.txt")));
    QVERIFY(disguised.open(QIODevice::WriteOnly) && disguised.write(bytes) == bytes.size());
    disguised.close();
    QFile text(dir.filePath(QStringLiteral("notes.png")));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("just a text\n") > 0);
    text.close();

    m_viewer = startViewer();
    Run run = load(disguised.fileName());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const int index = m_viewer->waitForSnapshot([](const QJsonObject &s) {
        return s.value(QLatin1String("source")).toString() == QLatin1String("diagram.txt");
    });
    QVERIFY2(index >= 0, qPrintable(m_viewer->describe()));
    const QJsonObject snapshot = m_viewer->snapshots().at(index);
    QCOMPARE(snapshot.value(QLatin1String("contentType")).toString(), QStringLiteral("image/png"));
    QCOMPARE(snapshot.value(QLatin1String("kind")).toString(), QStringLiteral("image"));

    const int before = m_viewer->snapshotCount();
    run = load(text.fileName());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("the name says image/png, but it holds text"), run.err.constData());
    QTest::qWait(300);
    QCOMPARE(m_viewer->snapshotCount(), before); // nothing was written
}

void TestEndToEnd::loaderWithoutViewerExits2()
{
    const Run run = load(ShmPrograms::assetNames().constFirst());
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err + run.out)
                     .contains(QLatin1String("viewer"), Qt::CaseInsensitive),
             qPrintable(run.describe()));
    QVERIFY(!SegmentStatus::inspect(m_key).segment.exists);
}

void TestEndToEnd::emptySegmentPrintsNothing()
{
    m_viewer = startViewer(ViewerProcess::Mode::Print,
                           {QStringLiteral("--interval"), QStringLiteral("20")});
    QVERIFY2(m_viewer->isRunning(), qPrintable(m_viewer->describe()));
    QTest::qWait(500);
    QCOMPARE(m_viewer->snapshotCount(), 0);
    QVERIFY(m_viewer->isRunning());
}

void TestEndToEnd::viewerStopLeavesNothing_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestEndToEnd::viewerStopLeavesNothing()
{
    QFETCH(int, signal);
    m_viewer = startViewer();
    QVERIFY2(m_viewer->isRunning(), qPrintable(m_viewer->describe()));
    const Run run = load(ShmPrograms::assetNames().constFirst());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(m_viewer->waitForSnapshot([](const QJsonObject &) { return true; }) >= 0);

    m_viewer->signal(signal);
    QVERIFY2(m_viewer->waitForExit(5000), qPrintable(m_viewer->describe()));
    QVERIFY2(!m_viewer->crashed() && m_viewer->exitCode() == 0, qPrintable(m_viewer->describe()));
    QVERIFY(TestKey::isGone(m_key));
    QCOMPARE(load(ShmPrograms::assetNames().constFirst()).exitCode, 2);
}

void TestEndToEnd::windowViewerServesLoads()
{
    m_viewer = startViewer(ViewerProcess::Mode::Window);
    QVERIFY2(m_viewer->isRunning(), qPrintable(m_viewer->describe()));
    QCOMPARE(SegmentStatus::inspect(m_key).segment.size, qint64(ShmConstants::DefaultSegmentSize));
    const Run run = load(ShmPrograms::assetNames().constFirst());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    qint64 elapsed = 0;
    QVERIFY2(m_viewer->terminate(5000, &elapsed), qPrintable(m_viewer->describe()));
    QVERIFY2(!m_viewer->crashed() && m_viewer->exitCode() == 0, qPrintable(m_viewer->describe()));
    QVERIFY(TestKey::isGone(m_key));
}

// The segment's bytes as a plain QSharedMemory program sees them, under its lock; empty when it
// cannot attach.
static QByteArray segmentBytes(const QString &key)
{
    QSharedMemory memory;
    ShmKey::apply(memory, key); // QSharedMemory(key), as Qt 6.4's example constructs it
    if (!memory.attach())
        return {};
    memory.lock();
    const QByteArray bytes(static_cast<const char *>(memory.constData()), memory.size());
    memory.unlock();
    memory.detach();
    return bytes;
}

static ViewerProcess::Predicate rawOfKind(const QString &kind)
{
    return [kind](const QJsonObject &snapshot) {
        return snapshot.value(QLatin1String("state")).toString() == QLatin1String("raw")
                && snapshot.value(QLatin1String("kind")).toString() == kind;
    };
}

// --layout qt-example: what the Shared Memory Example's "Load Image from Shared Memory" reads
// (QDataStream >> QImage over the whole segment, under the lock) is the picture; our viewer shows
// it as Raw.
void TestEndToEnd::qtExampleLayoutReadsAsTheExampleReads()
{
    m_viewer = startViewer();
    QTemporaryDir dir;
    QImage picture(120, 80, QImage::Format_ARGB32);
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            picture.setPixel(x, y, qRgba(x * 2, y * 3, (x + y) % 256, x < 60 ? 255 : 128 + y));
    }
    const QString path = dir.filePath(QStringLiteral("picture.png"));
    QVERIFY(picture.save(path));

    const Run run
            = ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-loader")),
                               {QStringLiteral("--key"), m_key, QStringLiteral("--load"), path,
                                QStringLiteral("--layout"), QStringLiteral("qt-example")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));

    // Dialog::loadFromMemory(), step by step.
    QSharedMemory memory;
    ShmKey::apply(memory, m_key);
    QVERIFY2(memory.attach(), qPrintable(memory.errorString()));
    QBuffer buffer;
    QDataStream in(&buffer);
    QImage image;
    memory.lock();
    buffer.setData(static_cast<const char *>(memory.constData()), memory.size());
    buffer.open(QBuffer::ReadOnly);
    in >> image;
    memory.unlock();
    memory.detach();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), picture.size());
    QCOMPARE(image.convertToFormat(QImage::Format_ARGB32), picture);

    const int index = m_viewer->waitForSnapshot(rawOfKind(QStringLiteral("image")));
    QVERIFY2(index >= 0, qPrintable(m_viewer->describe()));
    const QJsonObject snapshot = m_viewer->snapshots().at(index);
    QCOMPARE(snapshot.value(QLatin1String("width")).toInteger(), picture.width());
    QCOMPARE(snapshot.value(QLatin1String("height")).toInteger(), picture.height());
}

// --layout classic: strlen() at offset 0 is the text, cut to leave room for the NUL in a small
// segment; our viewer shows it as Raw.
void TestEndToEnd::classicLayoutReadsAsPlainText()
{
    m_viewer = startViewer(ViewerProcess::Mode::Print,
                           {QStringLiteral("--size"), QStringLiteral("4096")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.txt"));
    const QByteArray text = "Plain text for a classic reader: no header, just bytes and a NUL.\n"
                            "Zweite Zeile, \xc3\xa4\xc3\xb6\xc3\xbc.\n";
    const auto writeFile = [&path](const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    const auto loadClassic = [this, &path] {
        return ShmPrograms::run(ShmPrograms::program(QStringLiteral("shm-loader")),
                                {QStringLiteral("--key"), m_key, QStringLiteral("--load"), path,
                                 QStringLiteral("--layout"), QStringLiteral("classic")});
    };
    QVERIFY(writeFile(text));
    Run run = loadClassic();
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QByteArray bytes = segmentBytes(m_key);
    QCOMPARE(bytes.size(), 4096);
    QCOMPARE(QByteArray(bytes.constData(), qsizetype(strnlen(bytes.constData(), 4096))), text);
    const int index = m_viewer->waitForSnapshot(rawOfKind(QStringLiteral("text")));
    QVERIFY2(index >= 0, qPrintable(m_viewer->describe()));
    QCOMPARE(m_viewer->snapshots().at(index).value(QLatin1String("text")).toString(),
             QString::fromUtf8(text));

    // Longer than the segment: bounded by its size, and still a NUL at the end.
    const QByteArray big = QByteArray("\xc3\xa4").repeated(3000); // two bytes per character
    QVERIFY(writeFile(big));
    run = loadClassic();
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains("truncated to 4,094 of 6,000 bytes"), run.out.constData());
    bytes = segmentBytes(m_key);
    QCOMPARE(qsizetype(strnlen(bytes.constData(), 4096)), 4094); // 4095 would split a character
    QVERIFY(big.startsWith(bytes.left(4094)));
}

// The layouts refuse what they cannot hold, with a clear message, and leave the segment as it was.
void TestEndToEnd::layoutRefusalsChangeNothing()
{
    m_viewer = startViewer();
    QVERIFY(load(QStringLiteral("welcome.txt")).exitCode == 0);
    QVERIFY(m_viewer->waitForSnapshot([](const QJsonObject &snapshot) {
        return snapshot.value(QLatin1String("source")).toString() == QLatin1String("welcome.txt");
    }) >= 0);
    const QByteArray before = segmentBytes(m_key);
    QVERIFY(!before.isEmpty());

    struct Case
    {
        QStringList arguments;
        int exitCode;
        const char *message;
    };
    const QString image = ShmPrograms::assetsDir() + QStringLiteral("/shared-memory.png");
    const QString layout = QStringLiteral("--layout");
    const QList<Case> cases = {
            {{QStringLiteral("--load"), image, layout, QStringLiteral("classic")},
             3,
             "--layout classic writes plain text, and this is an image (image/png)"},
            {{QStringLiteral("--load"), QStringLiteral("notes.md"), layout,
              QStringLiteral("qt-example")},
             3,
             "--layout qt-example writes an image"},
            {{QStringLiteral("--load"), QStringLiteral("mountains.jpg"), layout,
              QStringLiteral("qt-example")},
             3,
             "as QDataStream << QImage it takes"},
            // Standard input (empty here) is taken as a file's content is: a text.
            {{QStringLiteral("--load"), QStringLiteral("-"), layout, QStringLiteral("qt-example")},
             3,
             "Cannot load stdin: --layout qt-example writes an image (as Qt's Shared Memory "
             "Example does), and this is text"},
            {{QStringLiteral("--load"), QStringLiteral("notes.md"), layout,
              QStringLiteral("cascades")},
             1,
             "--layout expects shm, qt-example or classic, not 'cascades'"},
            {{QStringLiteral("--follow"), QStringLiteral("notes.md"), layout,
              QStringLiteral("classic")},
             1,
             "--layout only applies to --load"},
    };
    for (const Case &refused : cases) {
        const Run run = ShmPrograms::run(
                ShmPrograms::program(QStringLiteral("shm-loader")),
                QStringList{QStringLiteral("--key"), m_key} + refused.arguments, 10000);
        const QString what = refused.arguments.join(u' ') + u'\n' + run.describe();
        QVERIFY2(run.finished && run.exitCode == refused.exitCode, qPrintable(what));
        QVERIFY2(run.err.contains(refused.message), qPrintable(what));
        QCOMPARE(segmentBytes(m_key), before);
    }
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
