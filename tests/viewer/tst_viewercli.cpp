// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The shm-viewer program as users run it: options, --print's JSON lines, the size note, and a
// clean exit on SIGTERM/SIGINT in both modes, even while another process holds the lock; --help
// in German, --status --json the same bytes in every language; names from the segment escaped in
// --status and the notes on stderr.

#include "segmentwriter.h"
#include "shmkey.h"
#include "shmprograms.h"
#include "testkey.h"
#include "viewerprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSharedMemory>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

class TestViewerCli : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_key = TestKey::unique(QStringLiteral("viewercli")); }
    void cleanup()
    {
        const bool gone = TestKey::cleanUp(m_key);
        QVERIFY2(gone, "the test left its segment behind");
    }
    void badOptions_data();
    void badOptions();
    void helpAndVersion();
    void translatedHelpSameStatusJson();
    void printEmptyThenChanges();
    void printContentPresentAtStartAndSizeNote();
    void printQuitsOnSigint();
    void windowQuitsOnSigterm();
    void windowQuitsWhileLockIsStuck();
    void statusEscapesWhatTheSegmentSays();
    void keyIsEscapedInNotes();

private:
    // No display at all: a GUI would fail to start with this environment.
    static QProcessEnvironment noDisplay();
    QString m_key;
};

QProcessEnvironment TestViewerCli::noDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return environment;
}

void TestViewerCli::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("size not a number")
            << QStringList{QStringLiteral("--size"), QStringLiteral("big")}
            << QStringLiteral("--size");
    QTest::newRow("size too small") << QStringList{QStringLiteral("--size"), QStringLiteral("100")}
                                    << QStringLiteral("at least 257");
    QTest::newRow("interval zero") << QStringList{QStringLiteral("--interval"), QStringLiteral("0")}
                                   << QStringLiteral("--interval");
    QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    // The error repeats the argument: escaped, as every line that carries outside text.
    QTest::newRow("unexpected argument with ESC")
            << QStringList{QStringLiteral("x\x1b[2J\u202E")}
            << QStringLiteral("Unexpected argument 'x\\x1b[2J\\u202e'");
}

void TestViewerCli::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ShmPrograms::Run run = ShmPrograms::run(
            ShmPrograms::program(QStringLiteral("shm-viewer")), arguments, 30000, noDisplay());
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(run.describe()));
    QVERIFY(!run.err.contains('\x1b'));
    QVERIFY(run.out.isEmpty());
}

void TestViewerCli::helpAndVersion()
{
    const QString program = ShmPrograms::program(QStringLiteral("shm-viewer"));
    const ShmPrograms::Run help
            = ShmPrograms::run(program, {QStringLiteral("--help")}, 30000, noDisplay());
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--key", "--size", "--interval", "--print", "--status", "--json",
                               "--cleanup", "--version"})
        QVERIFY2(help.out.contains(option), option);
    // The same shape as shm-loader's: the program's name, no --help-all, no Qt options.
    QVERIFY2(help.out.startsWith("Usage: shm-viewer [options]\n"), help.out.constData());
    QVERIFY(!help.out.contains("--help-all"));
    QVERIFY(!help.out.contains("platform"));
    // Qt's own options are accepted, as QGuiApplication spells them.
    const ShmPrograms::Run qtOptions = ShmPrograms::run(
            program,
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--status"),
             QStringLiteral("--key"), TestKey::unique(QStringLiteral("qtoptions"))},
            30000, noDisplay());
    QVERIFY2(qtOptions.exitCode == 2, qPrintable(qtOptions.describe())); // no such segment
    const ShmPrograms::Run version
            = ShmPrograms::run(program, {QStringLiteral("--version")}, 30000, noDisplay());
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("shm-viewer " SHM_VERSION));
}

// Translation is wired (German --help: Qt's usage line, the suite's option descriptions), and
// --status --json is the same bytes in every language.
void TestViewerCli::translatedHelpSameStatusJson()
{
    const QString qtGerman = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                     .filePath(QStringLiteral("qtbase_de.qm"));
    QVERIFY2(QFileInfo::exists(qtGerman),
             qPrintable(qtGerman + QStringLiteral(" is missing: install qt6-translations-l10n")));
    const QProcessEnvironment english = noDisplay();
    QProcessEnvironment german = english;
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const QString program = ShmPrograms::program(QStringLiteral("shm-viewer"));

    const ShmPrograms::Run help
            = ShmPrograms::run(program, {QStringLiteral("--help")}, 30000, german);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Aufruf: shm-viewer "), help.out.constData());
    QVERIFY2(help.out.contains("Mit --status: ein JSON-Objekt."), help.out.constData());

    // Byte for byte; m_key has no segment (exit 2).
    const QStringList status{QStringLiteral("--status"), QStringLiteral("--json"),
                             QStringLiteral("--key"), m_key};
    const ShmPrograms::Run inEnglish = ShmPrograms::run(program, status, 30000, english);
    const ShmPrograms::Run inGerman = ShmPrograms::run(program, status, 30000, german);
    QVERIFY2(inEnglish.finished && inEnglish.exitCode == 2, qPrintable(inEnglish.describe()));
    QVERIFY2(inGerman.finished && inGerman.exitCode == 2, qPrintable(inGerman.describe()));
    QVERIFY(inEnglish.out.startsWith("{\"exists\":false"));
    QCOMPARE(inGerman.out, inEnglish.out);
    // Qt's own warning when the system lacks the de_DE locale (a minimal Debian) is not ours.
    QString germanErr = QString::fromUtf8(inGerman.err);
    germanErr.remove(
            QRegularExpression(QStringLiteral("Detected locale .*?for more information\\.\\n"),
                               QRegularExpression::DotMatchesEverythingOption));
    QCOMPARE(germanErr, QString::fromUtf8(inEnglish.err));
}

void TestViewerCli::printEmptyThenChanges()
{
    qputenv("QT_QPA_PLATFORM", "xcb"); // proves --print needs no display
    qunsetenv("DISPLAY");
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Print,
                         {QStringLiteral("--interval"), QStringLiteral("20")}));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QVERIFY2(viewer.waitForAttached(), qPrintable(viewer.describe()));
    QTest::qWait(300);
    QCOMPARE(viewer.snapshotCount(), 0); // an Empty segment prints nothing

    const SegmentWriter writer(m_key);
    QCOMPARE(writer.writeText("héllo\nworld", QStringLiteral("first.txt"), 12).status,
             SegmentWriter::Status::Loaded);
    int index = viewer.waitForSnapshot([](const QJsonObject &object) {
        return object.value(QStringLiteral("source")).toString() == QStringLiteral("first.txt");
    });
    QVERIFY2(index >= 0, qPrintable(viewer.describe()));
    const QJsonObject first = viewer.snapshots().at(index);
    const QStringList keys{QStringLiteral("bytes"),         QStringLiteral("contentType"),
                           QStringLiteral("kind"),          QStringLiteral("loadedAt"),
                           QStringLiteral("originalBytes"), QStringLiteral("segmentSize"),
                           QStringLiteral("seq"),           QStringLiteral("skipped"),
                           QStringLiteral("source"),        QStringLiteral("state"),
                           QStringLiteral("text"),          QStringLiteral("truncated"),
                           QStringLiteral("validUtf8"),     QStringLiteral("writerPid")};
    QCOMPARE(first.keys(), keys);
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    QCOMPARE(first.value(QStringLiteral("seq")).toInteger(), 1);
    QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("héllo\nworld"));
    QCOMPARE(first.value(QStringLiteral("bytes")).toInteger(), 12);
    QCOMPARE(first.value(QStringLiteral("truncated")).toBool(), false);
    QCOMPARE(first.value(QStringLiteral("validUtf8")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("writerPid")).toInteger(),
             QCoreApplication::applicationPid());
    QCOMPARE(first.value(QStringLiteral("segmentSize")).toInteger(), 65536);
    const QDateTime loadedAt = QDateTime::fromString(
            first.value(QStringLiteral("loadedAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(loadedAt.isValid());
    QVERIFY(qAbs(loadedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);

    QCOMPARE(writer.writeText("second", QStringLiteral("second.txt"), 6).status,
             SegmentWriter::Status::Loaded);
    index = viewer.waitForSnapshot(
            [](const QJsonObject &object) {
                return object.value(QStringLiteral("seq")).toInteger() == 2;
            },
            index + 1);
    QVERIFY2(index >= 0, qPrintable(viewer.describe()));
    QCOMPARE(viewer.snapshots().at(index).value(QStringLiteral("text")).toString(),
             QStringLiteral("second"));
    QVERIFY(viewer.badLines().isEmpty());

    QVERIFY(viewer.terminate(10000));
    QVERIFY(!viewer.crashed());
    QCOMPARE(viewer.exitCode(), 0);
}

void TestViewerCli::printContentPresentAtStartAndSizeNote()
{
    ViewerProcess first(m_key);
    QVERIFY(first.start(ViewerProcess::Mode::Print,
                        {QStringLiteral("--size"), QStringLiteral("4096")}));
    QVERIFY2(first.waitForAttached(), qPrintable(first.describe()));
    QCOMPARE(SegmentWriter(m_key).writeText("already here", QStringLiteral("a.txt"), 12).status,
             SegmentWriter::Status::Loaded);

    ViewerProcess second(m_key);
    QVERIFY(second.start(ViewerProcess::Mode::Print));
    QVERIFY2(second.waitForSnapshotCount(1) == 1, qPrintable(second.describe()));
    QCOMPARE(second.snapshots().at(0).value(QStringLiteral("text")).toString(),
             QStringLiteral("already here"));
    QCOMPARE(second.snapshots().at(0).value(QStringLiteral("segmentSize")).toInteger(), 4096);
    QVERIFY2(second.waitForStderr(QStringLiteral(
                     "shm-viewer: using the existing segment of 4,096 bytes (asked for 65,536)")),
             qPrintable(second.describe()));

    QVERIFY(second.terminate(10000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(!TestKey::isGone(m_key)); // the first viewer still uses it
    QVERIFY(first.terminate(10000));
    QCOMPARE(first.exitCode(), 0);
}

void TestViewerCli::printQuitsOnSigint()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Print));
    QVERIFY2(viewer.waitForAttached(), qPrintable(viewer.describe()));
    viewer.signal(SIGINT);
    QVERIFY(viewer.waitForExit(10000));
    QVERIFY(!viewer.crashed());
    QCOMPARE(viewer.exitCode(), 0);
}

void TestViewerCli::windowQuitsOnSigterm()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Window));
    QVERIFY2(viewer.waitForAttached(), qPrintable(viewer.describe()));
    QCOMPARE(SegmentWriter(m_key).writeText("in a window", QStringLiteral("w.txt"), 11).status,
             SegmentWriter::Status::Loaded);
    QTest::qWait(300);
    qint64 elapsed = 0;
    QVERIFY2(viewer.terminate(10000, &elapsed), qPrintable(viewer.describe()));
    QVERIFY(!viewer.crashed());
    QCOMPARE(viewer.exitCode(), 0);
    QVERIFY2(elapsed < 2000 * ShmPrograms::timeScale(), qPrintable(QString::number(elapsed)));
}

void TestViewerCli::windowQuitsWhileLockIsStuck()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Window));
    QVERIFY2(viewer.waitForAttached(), qPrintable(viewer.describe()));

    // This process holds the lock and never lets go while the viewer is asked to quit, as a
    // stopped loader would.
    QSemaphore locked;
    QSemaphore release;
    std::unique_ptr<QThread> holder(QThread::create([&] {
        QSharedMemory memory;
        ShmKey::apply(memory, m_key);
        const bool attached = memory.attach();
        const bool isLocked = attached && memory.lock();
        locked.release();
        release.acquire();
        if (isLocked)
            memory.unlock();
        if (attached)
            memory.detach();
    }));
    holder->start();
    locked.acquire();
    // Lets the holder go on every return path: a QThread must not be destroyed while running.
    const auto letGo = qScopeGuard([&] {
        if (holder->isRunning()) {
            release.release();
            holder->wait();
        }
    });
    QTest::qWait(800); // the viewer's worker is now stuck in lock()

    qint64 elapsed = 0;
    const bool exited = viewer.terminate(10000, &elapsed);
    QVERIFY2(exited, qPrintable(viewer.describe()));
    QVERIFY(!viewer.crashed());
    QCOMPARE(viewer.exitCode(), 0);
    QVERIFY2(elapsed < 2000 * ShmPrograms::timeScale(), qPrintable(QString::number(elapsed)));
    QVERIFY2(viewer.stderrText().contains(QStringLiteral("still waiting for the segment lock")),
             qPrintable(viewer.describe()));

    release.release();
    holder->wait();

    // What the abandoned viewer left (its lock's semaphore at least) is taken over by the next
    // viewer, whose clean exit then removes everything: cleanup() checks.
    ViewerProcess next(m_key);
    QVERIFY(next.start(ViewerProcess::Mode::Print));
    QVERIFY2(next.waitForAttached(), qPrintable(next.describe()));
    QCOMPARE(SegmentWriter(m_key).writeText("next", QStringLiteral("n.txt"), 4).status,
             SegmentWriter::Status::Loaded);
    QVERIFY2(next.waitForSnapshotCount(1) == 1, qPrintable(next.describe()));
    QVERIFY(next.terminate(10000));
    QCOMPARE(next.exitCode(), 0);
}

// A name that drives a terminal: OSC 52 sets its clipboard, CSI 2J clears the screen, U+202E
// shows "evil\u202Etxt.sh" as "evilhs.txt".
static const QString HostileName = QStringLiteral("\x1b]52;c;aGk=\x07\x1b[2Jevil\u202Etxt.sh");
static const QString HostileNameShown
        = QStringLiteral("\\x1b]52;c;aGk=\\x07\\x1b[2Jevil\\u202etxt.sh");

// Why bytes are not safe on a terminal: a control byte other than the newline (C0, DEL), a C1
// control or a bidi or zero-width character. Empty when they are safe.
static QString terminalHazards(const QByteArray &bytes)
{
    QStringList found;
    for (const char32_t c : QString::fromUtf8(bytes).toUcs4()) {
        const bool hazard = (c < 0x20 && c != u'\n') || (c >= 0x7f && c < 0xa0)
                || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
        if (hazard)
            found.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    return found.join(u' ');
}

// The name comes in through the real shm-loader (--load - --name) and out through the real
// shm-viewer: escaped in the loader's message and in --status, as it is in JSON.
void TestViewerCli::statusEscapesWhatTheSegmentSays()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Print));
    QVERIFY2(viewer.waitForAttached(), qPrintable(viewer.describe()));

    QProcess loader;
    loader.start(ShmPrograms::program(QStringLiteral("shm-loader")),
                 {QStringLiteral("--key"), m_key, QStringLiteral("--load"), QStringLiteral("-"),
                  QStringLiteral("--name"), HostileName});
    QVERIFY(loader.waitForStarted(10000));
    loader.write("hello");
    loader.closeWriteChannel();
    QVERIFY(loader.waitForFinished(20000));
    QCOMPARE(loader.exitCode(), 0);
    const QByteArray loaded = loader.readAllStandardOutput();
    QCOMPARE(QString::fromUtf8(loaded),
             QStringLiteral("Loaded %1 (5 bytes) into shared memory\n").arg(HostileNameShown));
    QVERIFY2(viewer.waitForSnapshot([](const QJsonObject &object) {
        return object.value(QStringLiteral("source")).toString() == HostileName;
    }) >= 0,
             qPrintable(viewer.describe()));

    const QString program = ShmPrograms::program(QStringLiteral("shm-viewer"));
    const ShmPrograms::Run status = ShmPrograms::run(
            program, {QStringLiteral("--status"), QStringLiteral("--key"), m_key});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(terminalHazards(status.out).isEmpty(),
             qPrintable(terminalHazards(status.out) + u'\n' + QString::fromUtf8(status.out)));
    QVERIFY2(QString::fromUtf8(status.out)
                     .contains(QStringLiteral("%1, text/plain; charset=utf-8, 5 bytes\n")
                                       .arg(HostileNameShown)),
             status.out.constData());

    // --status --json stays exact: JSON escapes on its own, and a script gets the name back.
    const ShmPrograms::Run json = ShmPrograms::run(
            program,
            {QStringLiteral("--status"), QStringLiteral("--json"), QStringLiteral("--key"), m_key});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.out.contains('\x1b'));
    const QJsonObject content = QJsonDocument::fromJson(json.out)
                                        .object()
                                        .value(QStringLiteral("content"))
                                        .toObject();
    QCOMPARE(content.value(QStringLiteral("source")).toString(), HostileName);

    QVERIFY(viewer.terminate(10000));
    QCOMPARE(viewer.exitCode(), 0);
    QVERIFY2(terminalHazards(viewer.stderrText().toUtf8()).isEmpty(),
             qPrintable(viewer.describe()));
}

// The key is the user's own, but it lands in the same lines: --status, --cleanup's answers and
// the note on stderr that refuses to remove a segment in use.
void TestViewerCli::keyIsEscapedInNotes()
{
    const QString key = m_key + QStringLiteral("\x1b[2J\u202E");
    const QString keyShown = m_key + QStringLiteral("\\x1b[2J\\u202e");
    const auto removeKey = qScopeGuard([&key] { TestKey::removeLeftovers(key); });
    ViewerProcess viewer(key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Print));
    QVERIFY2(viewer.waitForAttached(), qPrintable(viewer.describe()));

    const QString program = ShmPrograms::program(QStringLiteral("shm-viewer"));
    const ShmPrograms::Run status
            = ShmPrograms::run(program, {QStringLiteral("--status"), QStringLiteral("--key"), key});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(terminalHazards(status.out).isEmpty(), status.out.constData());
    QVERIFY2(
            status.out.startsWith(QStringLiteral("Segment “%1”: in use.\n").arg(keyShown).toUtf8()),
            status.out.constData());

    const ShmPrograms::Run cleanup = ShmPrograms::run(
            program, {QStringLiteral("--cleanup"), QStringLiteral("--key"), key});
    QCOMPARE(cleanup.exitCode, 1);
    QVERIFY2(terminalHazards(cleanup.err).isEmpty(), cleanup.err.constData());
    QVERIFY2(cleanup.err.contains(QStringLiteral("segment “%1”").arg(keyShown).toUtf8()),
             cleanup.err.constData());

    QVERIFY(viewer.terminate(10000));
    QCOMPARE(viewer.exitCode(), 0);
    QVERIFY(TestKey::isGone(key));
}

QTEST_GUILESS_MAIN(TestViewerCli)
#include "tst_viewercli.moc"
