// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// Hostile SVG end to end (docs/reliability.md, "Untrusted content: SVG"): the real shm-loader
// --load and shm-viewer --print never open what an SVG names (seen with strace), draw <text>
// without a display, and refuse bombs within 5 s and 400 MiB.

#include "imagedecoder.h"
#include "segmentwriter.h"
#include "shmprograms.h"
#include "testkey.h"
#include "viewerprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include <sys/resource.h>
#include <sys/stat.h>
#include <zlib.h>

using ShmPrograms::Run;

namespace {

constexpr qint64 MaxPeakKiB = 400 * 1024;

QByteArray svg(const QByteArray &body, const char *size = "width=\"40\" height=\"40\"")
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + QByteArray(size) + ">" + body + "</svg>";
}

QByteArray imageOf(const QString &target)
{
    return svg("<image width=\"40\" height=\"40\" xlink:href=\"" + target.toUtf8() + "\"/>");
}

// 9 levels of 10 <use> each: 10^9 rectangles to draw, in about 1 KB.
QByteArray useBomb()
{
    QByteArray body = "<defs><rect id=\"a0\" width=\"40\" height=\"40\"/>";
    for (int level = 1; level <= 9; ++level) {
        body += "<g id=\"a" + QByteArray::number(level) + "\">";
        for (int i = 0; i < 10; ++i)
            body += "<use xlink:href=\"#a" + QByteArray::number(level - 1) + "\"/>";
        body += "</g>";
    }
    return svg(body + "</defs><use xlink:href=\"#a9\"/>");
}

QByteArray deepNesting()
{
    return svg(QByteArray("<g>").repeated(20000) + QByteArray("</g>").repeated(20000));
}

QByteArray manyElements()
{
    return svg(QByteArray("<rect width=\"1\" height=\"1\"/>").repeated(400000));
}

// A gzip stream that inflates to 1 GiB of SVG (a comment of spaces) from about 1 MB.
QByteArray gzipBomb()
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    const auto feed = [&](const QByteArray &in, int flush) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        stream.avail_in = uInt(in.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            deflate(&stream, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
    };
    feed(svg("<!--").chopped(6), Z_NO_FLUSH);
    const QByteArray spaces(1024 * 1024, ' ');
    for (int i = 0; i < 1024; ++i)
        feed(spaces, Z_NO_FLUSH);
    feed("--></svg>", Z_FINISH);
    deflateEnd(&stream);
    return out;
}

qint64 childrenPeakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestSvgSafety : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loaderNeverOpensWhatAnSvgNames_data();
    void loaderNeverOpensWhatAnSvgNames();
    void viewerNeverOpensWhatAnSvgNamesAndKeepsUpdating();
    void textWorksWithoutADisplay();
    void loaderRefusesBombsInTime_data();
    void loaderRefusesBombsInTime();
    void viewerRefusesBombsInTime_data();
    void viewerRefusesBombsInTime();
    void slowDrawingEndsAtTheDeadlineAndQuitIsClean_data();
    void slowDrawingEndsAtTheDeadlineAndQuitIsClean();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    Run load(const QString &path, const QStringList &wrapper = {});
    std::unique_ptr<ViewerProcess> startViewer();

    QString m_key;
    QTemporaryDir m_dir;
    std::unique_ptr<ViewerProcess> m_viewer;
};

void TestSvgSafety::init()
{
    m_key = TestKey::unique(QStringLiteral("svg"));
    QVERIFY(m_dir.isValid());
}

void TestSvgSafety::cleanup()
{
    if (m_viewer)
        m_viewer->terminate(5000);
    m_viewer.reset();
    const bool gone = TestKey::cleanUp(m_key);
    QVERIFY2(gone, "the test left its segment, semaphore or key file behind");
}

QString TestSvgSafety::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

Run TestSvgSafety::load(const QString &path, const QStringList &wrapper)
{
    const QString loader = ShmPrograms::program(QStringLiteral("shm-loader"));
    const QStringList arguments{QStringLiteral("--key"), m_key, QStringLiteral("--load"), path};
    if (wrapper.isEmpty())
        return ShmPrograms::run(loader, arguments, 20000);
    return ShmPrograms::run(wrapper.constFirst(), wrapper.mid(1) + QStringList{loader} + arguments,
                            20000, ShmPrograms::tracedEnvironment());
}

std::unique_ptr<ViewerProcess> TestSvgSafety::startViewer()
{
    auto viewer = std::make_unique<ViewerProcess>(m_key);
    if (!viewer->start(ViewerProcess::Mode::Print,
                       {QStringLiteral("--size"), QStringLiteral("16777216")})
        || !viewer->waitForAttached())
        qWarning("%s", qPrintable(viewer->describe()));
    return viewer;
}

void TestSvgSafety::loaderNeverOpensWhatAnSvgNames_data()
{
    QTest::addColumn<QString>("target"); // "" for the SVG's own path
    QTest::addColumn<QByteArray>("kind"); // file, fifo, none, self, stylesheet
    QTest::newRow("private file") << QStringLiteral("private.png") << QByteArray("file");
    QTest::newRow("FIFO") << QStringLiteral("pipe") << QByteArray("fifo");
    QTest::newRow("/dev/tty") << QStringLiteral("/dev/tty") << QByteArray("none");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:9/x.png") << QByteArray("none");
    QTest::newRow("itself") << QString() << QByteArray("self");
    QTest::newRow("xml-stylesheet") << QStringLiteral("style.css") << QByteArray("stylesheet");
}

void TestSvgSafety::loaderNeverOpensWhatAnSvgNames()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, kind);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed");
    QString path
            = target.startsWith(u'/') || target.contains(u':') ? target : m_dir.filePath(target);
    if (kind == "file") {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(path, "PNG"));
    } else if (kind == "fifo") {
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == "stylesheet") {
        writeFile(target, "rect { fill: blue }");
    }
    const QString evil = m_dir.filePath(QStringLiteral("evil.svg"));
    if (kind == "self")
        path = evil;
    writeFile(QStringLiteral("evil.svg"),
              kind == "stylesheet" ? "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/css\" "
                                     "href=\""
                              + path.toUtf8() + "\"?>" + svg("<rect width=\"9\" height=\"9\"/>")
                                   : imageOf(path));

    m_viewer = startViewer();
    const QString log = m_dir.filePath(QStringLiteral("strace.log"));
    const Run run = load(evil,
                         {strace, QStringLiteral("-f"), QStringLiteral("-e"),
                          QStringLiteral("trace=open,openat"), QStringLiteral("-o"), log});
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs <= 5000 * ShmPrograms::timeScale(), qPrintable(run.describe()));
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QFile trace(log);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QByteArray traced = trace.readAll();
    // The SVG itself is opened once, by the loader reading it, and nothing else it names.
    const QByteArray quotedPath = '"' + QFile::encodeName(path) + '"';
    QCOMPARE(traced.count(quotedPath), kind == "self" ? 1 : 0);
    QVERIFY2(!traced.contains('"' + QFile::encodeName(path) + '.'), traced.constData());
}

void TestSvgSafety::viewerNeverOpensWhatAnSvgNamesAndKeepsUpdating()
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed");
    const QString fifo = m_dir.filePath(QStringLiteral("viewer-pipe"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString log = m_dir.filePath(QStringLiteral("viewer-strace.log"));

    // The viewer under strace, read as ViewerProcess reads it: one JSON object per line.
    QProcess viewer;
    viewer.setProcessEnvironment(ShmPrograms::tracedEnvironment());
    viewer.start(strace,
                 {QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=open,openat"),
                  QStringLiteral("-o"), log, ShmPrograms::program(QStringLiteral("shm-viewer")),
                  QStringLiteral("--print"), QStringLiteral("--key"), m_key});
    QVERIFY(viewer.waitForStarted());
    QByteArray out;
    const auto waitFor = [&](const QByteArray &text, int timeoutMs) {
        QElapsedTimer timer;
        timer.start();
        while (!out.contains(text) && timer.elapsed() < timeoutMs) {
            viewer.waitForReadyRead(100);
            out += viewer.readAllStandardOutput();
        }
        return out.contains(text);
    };
    QTRY_VERIFY_WITH_TIMEOUT(
            SegmentWriter(m_key).writeText("ready", QStringLiteral("ready"), 5).status
                    == SegmentWriter::Status::Loaded,
            15000);
    QVERIFY2(waitFor("\"ready\"", 10000), out.constData());

    SegmentWriter::Image header;
    header.contentType = QStringLiteral("image/svg+xml");
    header.width = header.height = 40;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(SegmentWriter(m_key)
                     .writeImage(imageOf(fifo), QStringLiteral("evil.svg"), header)
                     .status,
             SegmentWriter::Status::Loaded);
    QVERIFY2(waitFor("Unreadable image: refers to", 5000), out.constData());
    QVERIFY(timer.elapsed() <= 5000);
    // Still updating: a later load is printed.
    QCOMPARE(SegmentWriter(m_key).writeText("later", QStringLiteral("later.txt"), 5).status,
             SegmentWriter::Status::Loaded);
    QVERIFY2(waitFor("later.txt", 5000), out.constData());

    // The viewer (strace's child) is asked to quit; strace ends with it.
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(viewer.processId()));
    QVERIFY(children.open(QIODevice::ReadOnly));
    const qint64 viewerPid = children.readAll().trimmed().split(' ').constFirst().toLongLong();
    QVERIFY(viewerPid > 0);
    ::kill(pid_t(viewerPid), SIGTERM);
    if (!viewer.waitForFinished(10000))
        viewer.kill();
    QFile trace(log);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QByteArray traced = trace.readAll();
    QVERIFY2(!traced.contains(QFile::encodeName(fifo)), traced.right(2000).constData());
}

void TestSvgSafety::textWorksWithoutADisplay()
{
    const QString path = writeFile(QStringLiteral("text.svg"),
                                   svg("<text x=\"4\" y=\"30\" font-size=\"20\">Hello</text>",
                                       "width=\"120\" height=\"40\""));
    m_viewer = startViewer();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run run = ShmPrograms::run(
            ShmPrograms::program(QStringLiteral("shm-loader")),
            {QStringLiteral("--key"), m_key, QStringLiteral("--load"), path}, 20000, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const int index = m_viewer->waitForSnapshot([](const QJsonObject &s) {
        return s.value(QLatin1String("source")).toString() == QLatin1String("text.svg");
    });
    QVERIFY2(index >= 0, qPrintable(m_viewer->describe()));
    const QJsonObject snapshot = m_viewer->snapshots().at(index);
    QCOMPARE(snapshot.value(QLatin1String("kind")).toString(), QStringLiteral("image"));
    QVERIFY2(!QJsonDocument(snapshot).toJson().contains("Unreadable"),
             QJsonDocument(snapshot).toJson().constData());
    QVERIFY(m_viewer->isRunning());
}

void TestSvgSafety::loaderRefusesBombsInTime_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("<use> fan-out") << useBomb();
    QTest::newRow("deep nesting") << deepNesting();
    QTest::newRow("400000 elements") << manyElements();
}

void TestSvgSafety::loaderRefusesBombsInTime()
{
    QFETCH(QByteArray, bytes);
    const QString path = writeFile(QStringLiteral("bomb.svg"), bytes);
    m_viewer = startViewer();
    const Run run = load(path);
    QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("too complex"), qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs <= 5000 * ShmPrograms::timeScale(), qPrintable(run.describe()));
    QVERIFY2(childrenPeakKiB() <= MaxPeakKiB, qPrintable(QString::number(childrenPeakKiB())));
}

void TestSvgSafety::viewerRefusesBombsInTime_data()
{
    loaderRefusesBombsInTime_data();
    QTest::newRow("gzip to 1 GiB") << gzipBomb();
}

void TestSvgSafety::viewerRefusesBombsInTime()
{
    QFETCH(QByteArray, bytes);
    m_viewer = startViewer();
    SegmentWriter::Image header;
    header.contentType = QStringLiteral("image/svg+xml");
    header.width = header.height = 40;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(SegmentWriter(m_key).writeImage(bytes, QStringLiteral("bomb.svg"), header).status,
             SegmentWriter::Status::Loaded);
    const int index = m_viewer->waitForSnapshot(
            [](const QJsonObject &s) {
                return s.value(QLatin1String("problem"))
                        .toString()
                        .startsWith(QLatin1String("Unreadable image: too complex"));
            },
            0, 5000 * ShmPrograms::timeScale());
    QVERIFY2(index >= 0, qPrintable(m_viewer->describe()));
    QVERIFY(timer.elapsed() <= 5000 * ShmPrograms::timeScale());
    // Still updating afterwards.
    QCOMPARE(SegmentWriter(m_key).writeText("after", QStringLiteral("after.txt"), 5).status,
             SegmentWriter::Status::Loaded);
    QVERIFY2(m_viewer->waitForSnapshot(
                     [](const QJsonObject &s) {
                         return s.value(QLatin1String("source")).toString()
                                 == QLatin1String("after.txt");
                     },
                     index, 5000)
                     >= 0,
             qPrintable(m_viewer->describe()));
    m_viewer->terminate(5000);
    QVERIFY2(childrenPeakKiB() <= MaxPeakKiB, qPrintable(QString::number(childrenPeakKiB())));
}

void TestSvgSafety::slowDrawingEndsAtTheDeadlineAndQuitIsClean_data()
{
    QTest::addColumn<bool>("window");
    QTest::newRow("--print") << false;
    QTest::newRow("window") << true;
}

// Few elements, seconds to draw (finely dashed circles over the whole canvas): the decode gives up
// at the deadline, and the viewer quits cleanly while Qt still draws on the abandoned thread.
void TestSvgSafety::slowDrawingEndsAtTheDeadlineAndQuitIsClean()
{
    QFETCH(bool, window);
    const QByteArray circle = "<circle cx=\"500\" cy=\"500\" r=\"499\" stroke=\"black\" "
                              "stroke-width=\"3\" stroke-dasharray=\"0.1 0.1\" fill=\"none\"/>";
    // And a thousand semi-transparent gradients over the whole canvas: slow on any Qt, whatever
    // its dash stroker does.
    const QByteArray gradientFills = "<defs><linearGradient id=\"g\"><stop offset=\"0\" "
                                     "stop-color=\"red\"/><stop offset=\"1\" stop-color=\"blue\" "
                                     "stop-opacity=\"0.5\"/></linearGradient></defs>"
            + QByteArray("<rect width=\"1000\" height=\"1000\" fill=\"url(#g)\" opacity=\"0.5\"/>")
                      .repeated(1000);
    const QByteArray slow
            = svg(circle.repeated(60) + gradientFills, "width=\"1000\" height=\"1000\"");
    m_viewer = std::make_unique<ViewerProcess>(m_key);
    QVERIFY(m_viewer->start(window ? ViewerProcess::Mode::Window : ViewerProcess::Mode::Print,
                            {QStringLiteral("--size"), QStringLiteral("1048576")}));
    QVERIFY2(m_viewer->waitForAttached(), qPrintable(m_viewer->describe()));
    SegmentWriter::Image header;
    header.contentType = QStringLiteral("image/svg+xml");
    header.width = header.height = 1000;
    QCOMPARE(SegmentWriter(m_key).writeImage(slow, QStringLiteral("slow.svg"), header).status,
             SegmentWriter::Status::Loaded);
    if (window) {
        QTest::qWait(ImageDecoder::SvgTimeoutMs + 1000);
    } else {
        QVERIFY2(m_viewer->waitForSnapshot(
                         [](const QJsonObject &s) {
                             return s.value(QLatin1String("problem"))
                                     .toString()
                                     .startsWith(QLatin1String(
                                             "Unreadable image: too complex: drawing it takes"));
                         },
                         0, 5000 * ShmPrograms::timeScale())
                         >= 0,
                 qPrintable(m_viewer->describe()));
    }
    qint64 quitMs = -1;
    QVERIFY2(m_viewer->terminate(5000, &quitMs), qPrintable(m_viewer->describe()));
    QVERIFY2(!m_viewer->crashed() && m_viewer->exitCode() == 0, qPrintable(m_viewer->describe()));
}

QTEST_GUILESS_MAIN(TestSvgSafety)
#include "tst_svgsafety.moc"
