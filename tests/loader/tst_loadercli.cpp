// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-loader's headless command line, run as a real process against real segments on keys of
// its own. The segment is made here with SegmentReader (the viewer's side); tests/e2e covers the
// viewer program itself.

#include "segmentlayout.h"
#include "segmentreader.h"
#include "segmentstatus.h"
#include "shmconstants.h"
#include "shmkey.h"
#include "shmprograms.h"
#include "testkey.h"
#include "viewerprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QSharedMemory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class TestLoaderCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { m_key = TestKey::unique(QStringLiteral("cli")); }
    void cleanup();

    void listPrintsTheAssets();
    void listOfFolder();
    void listOfMissingOrEmptyFolder();
    void helpAndVersion();
    void translatedHelpSameList();
    void badArguments_data();
    void badArguments();
    void noViewer();
    void refusedFiles_data();
    void refusedFiles();
    void loadsBundledAsset();
    void loadsFileByPath();
    void bigAssetIsTruncated();
    void emptyFileLoadsAsEmptyText();
    void binaryFileLeavesSegmentUntouched();
    void listEscapesFileNames();
    void messagesEscapeFileNames();
    void timeoutWhileLockIsHeld();
    void needsNoDisplay();
    void windowUsesKeyAndQuitsOnSigterm();
    void windowWithoutDisplaySaysSo();
    void loadStandardInputFromPipe();
    void loadStandardInputOverCapacityIsTruncated();
    void followFileAcrossRenameAndRecreate();
    void followStandardInputShowsTheLastLine();
    void followStandardInputEndsOnSigterm();
    void timeoutCountsOnlyTheLockWait();
    void standardInputFollowsTheFileNulRule();
    void standardInputIsSniffedAsAFileIs_data();
    void standardInputIsSniffedAsAFileIs();
    void standardInputImageThroughAPipe();
    void signalDuringLoadEndsItCleanly_data();
    void signalDuringLoadEndsItCleanly();
    void signalWhileWritingLetsItFinish_data();
    void signalWhileWritingLetsItFinish();
    void writeInIsLoadedWhileDetachWaits();
    void viewerQuittingAfterDeliveryIsNoOrphan();
    void renameSaveAfterSniffingNeverMixes();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &environment = {});
    QByteArray asset(const QString &name) const;

    bool startLoader(QProcess *process, const QStringList &arguments);
    static bool waitForOutput(QProcess *process, QByteArray *out, const QByteArray &text,
                              int timeoutMs = 15000);
    struct Held;
    bool startHeld(Held *held, const QString &breakpoint, const QStringList &arguments);

    QString m_program;
    QDir m_assets;
    QString m_key;
};

void TestLoaderCli::initTestCase()
{
    const QString bin = qEnvironmentVariable("SHM_BIN_DIR");
    QVERIFY2(!bin.isEmpty(), "SHM_BIN_DIR is not set (run through ctest)");
    m_program = QDir(bin).filePath(QStringLiteral("shm-loader"));
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
    m_assets = QDir(qEnvironmentVariable("SHM_ASSETS_DIR"));
    QVERIFY(m_assets.exists());
}

void TestLoaderCli::cleanup()
{
    const bool gone = TestKey::cleanUp(m_key);
    QVERIFY2(gone, "the test left its segment behind");
}

Run TestLoaderCli::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(m_program, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("shm-loader did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray TestLoaderCli::asset(const QString &name) const
{
    QFile file(m_assets.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestLoaderCli::listPrintsTheAssets()
{
    const Run result = run({QStringLiteral("--list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QStringList expected = m_assets.entryList(QDir::Files);
    expected.sort();
    QCOMPARE(result.out, expected.join(u'\n') + u'\n');
}

void TestLoaderCli::listOfFolder()
{
    QTemporaryDir dir;
    for (const char *name : {"zeta.txt", "alpha.txt"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const Run result = run({QStringLiteral("--list"), QStringLiteral("--assets"), dir.path()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("alpha.txt\nzeta.txt\n"));
}

void TestLoaderCli::listOfMissingOrEmptyFolder()
{
    Run result = run({QStringLiteral("--list"), QStringLiteral("--assets"),
                      QStringLiteral("/nonexistent/texts")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err, QStringLiteral("No folder /nonexistent/texts\n"));

    QTemporaryDir dir;
    result = run({QStringLiteral("--list"), QStringLiteral("--assets"), dir.path()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("%1 holds no files to load\n").arg(dir.path()));
}

void TestLoaderCli::helpAndVersion()
{
    Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--load", "--list", "--key", "--assets", "--timeout", "--version"})
        QVERIFY2(result.out.contains(QLatin1StringView(option)), option);
    QVERIFY(!result.out.contains(QStringLiteral("platform")));
    QVERIFY2(result.out.startsWith(QStringLiteral("Usage: shm-loader [options]\n")),
             qPrintable(result.out));
    QVERIFY(!result.out.contains(QStringLiteral("--help-all")));
    result = run(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--list")});
    QCOMPARE(result.exitCode, 0);

    result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("shm-loader %1\n").arg(QLatin1StringView(SHM_VERSION)));
}

// Translation is wired: in German, Qt's own catalogue (qt6-translations-l10n) words the help's
// usage line, while what a script reads (--list) keeps its bytes in every language.
void TestLoaderCli::translatedHelpSameList()
{
    const QString qtGerman = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                     .filePath(QStringLiteral("qtbase_de.qm"));
    QVERIFY2(QFileInfo::exists(qtGerman),
             qPrintable(qtGerman + QStringLiteral(" is missing: install qt6-translations-l10n")));
    QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));

    const Run help = run({QStringLiteral("--help")}, german);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Aufruf: shm-loader ")), qPrintable(help.out));
    QVERIFY(help.out.contains(QStringLiteral("--load")));

    // Byte for byte: the test's own run() would hide a difference in encoding.
    const auto listBytes = [this](const QProcessEnvironment &environment) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(m_program, {QStringLiteral("--list")});
        const bool finished = process.waitForFinished(30000);
        return std::make_pair(finished && process.exitCode() == 0, process.readAllStandardOutput());
    };
    const auto english = listBytes(QProcessEnvironment::systemEnvironment());
    const auto inGerman = listBytes(german);
    QVERIFY(english.first);
    QVERIFY(inGerman.first);
    QVERIFY(!english.second.isEmpty());
    QCOMPARE(inGerman.second, english.second);
}

void TestLoaderCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus")} << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--load")}
                                   << QStringLiteral("Missing value after '--load'");
    QTest::newRow("positional") << QStringList{QStringLiteral("notes.md")}
                                << QStringLiteral("Unexpected argument 'notes.md'");
    QTest::newRow("timeout not a number")
            << QStringList{QStringLiteral("--load"), QStringLiteral("notes.md"),
                           QStringLiteral("--timeout"), QStringLiteral("soon")}
            << QStringLiteral("--timeout expects a number of milliseconds");
    QTest::newRow("timeout without load")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("10")}
            << QStringLiteral("--timeout only applies to --load");
    QTest::newRow("load and list")
            << QStringList{QStringLiteral("--list"), QStringLiteral("--load"),
                           QStringLiteral("notes.md")}
            << QStringLiteral("Use only one of --load, --follow and --list");
    QTest::newRow("load and follow")
            << QStringList{QStringLiteral("--follow"), QStringLiteral("-"),
                           QStringLiteral("--load"), QStringLiteral("notes.md")}
            << QStringLiteral("Use only one of --load, --follow and --list");
    QTest::newRow("name without standard input")
            << QStringList{QStringLiteral("--load"), QStringLiteral("notes.md"),
                           QStringLiteral("--name"), QStringLiteral("x.md")}
            << QStringLiteral("--name only applies to --load - and --follow -");
    QTest::newRow("timeout with follow")
            << QStringList{QStringLiteral("--follow"), QStringLiteral("notes.md"),
                           QStringLiteral("--timeout"), QStringLiteral("10")}
            << QStringLiteral("--timeout only applies to --load");
    QTest::newRow("empty key") << QStringList{QStringLiteral("--key="), QStringLiteral("--list")}
                               << QStringLiteral("--key must not be empty");
    QTest::newRow("missing assets folder")
            << QStringList{QStringLiteral("--assets"), QStringLiteral("/nonexistent/texts"),
                           QStringLiteral("--load"), QStringLiteral("notes.md")}
            << QStringLiteral("No folder /nonexistent/texts");
}

void TestLoaderCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestLoaderCli::noViewer()
{
    const Run result = run(
            {QStringLiteral("--key"), m_key, QStringLiteral("--load"), QStringLiteral("notes.md")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err, QStringLiteral("The viewer is not running — start shm-viewer first\n"));
}

void TestLoaderCli::refusedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/file.txt")
                             << QStringLiteral("Cannot load /nonexistent/file.txt: no such file");
    QTest::newRow("directory") << QStringLiteral("/tmp")
                               << QStringLiteral("Cannot load /tmp: it is a directory");
    QTest::newRow("device") << QStringLiteral("/dev/zero")
                            << QStringLiteral("Cannot load /dev/zero: not a regular file");
}

void TestLoaderCli::refusedFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    // With a segment present, so the refusal (not the missing viewer) decides the exit code.
    SegmentReader reader(m_key);
    QVERIFY2(reader.open(ShmConstants::DefaultSegmentSize), qPrintable(reader.errorString()));
    SegmentSnapshot before;
    QCOMPARE(reader.poll(&before), SegmentReader::PollStatus::Changed);

    const Run result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), path});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(message), qPrintable(result.err));
    SegmentSnapshot after;
    QCOMPARE(reader.poll(&after), SegmentReader::PollStatus::Unchanged);
}

void TestLoaderCli::loadsBundledAsset()
{
    SegmentReader reader(m_key);
    QVERIFY2(reader.open(ShmConstants::DefaultSegmentSize), qPrintable(reader.errorString()));

    const Run result = run(
            {QStringLiteral("--key"), m_key, QStringLiteral("--load"), QStringLiteral("notes.md")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QCOMPARE(result.out, QStringLiteral("Loaded notes.md (2.3 KiB) into shared memory\n"));

    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QCOMPARE(snapshot.sourceName, QStringLiteral("notes.md"));
    QCOMPARE(snapshot.payload, asset(QStringLiteral("notes.md")));
    QVERIFY(!snapshot.truncated);
    // The viewer chooses its rendering by the content type, which the name decides for a text.
    QCOMPARE(snapshot.contentType, QStringLiteral("text/markdown; charset=utf-8"));

    QCOMPARE(run({QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                  QStringLiteral("report.html")})
                     .exitCode,
             0);
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.contentType, QStringLiteral("text/html; charset=utf-8"));
    QCOMPARE(run({QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                  QStringLiteral("server.log")})
                     .exitCode,
             0);
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.contentType, QStringLiteral("text/plain; charset=utf-8"));
}

void TestLoaderCli::loadsFileByPath()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my own text\n");
    file.close();

    const Run result = run({QStringLiteral("--load"), path, QStringLiteral("--key"), m_key});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Loaded mine.txt (12 bytes) into shared memory\n"));
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.payload, QByteArray("my own text\n"));
    QCOMPARE(snapshot.sourceName, QStringLiteral("mine.txt"));

    // A file of --assets DIR by its name.
    const Run named = run({QStringLiteral("--assets"), dir.path(), QStringLiteral("--load"),
                           QStringLiteral("mine.txt"), QStringLiteral("--key"), m_key});
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.sourceName, QStringLiteral("mine.txt"));
}

void TestLoaderCli::bigAssetIsTruncated()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    const QByteArray original = asset(QStringLiteral("big-changelog.txt"));

    const Run result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                            QStringLiteral("big-changelog.txt")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(
                     QStringLiteral("Loaded big-changelog.txt into shared memory, truncated to ")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLocale(QLocale::English).toString(original.size()) + u' '),
             qPrintable(result.out));

    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QVERIFY(snapshot.truncated);
    QCOMPARE(snapshot.originalSize, quint64(original.size()));
    QVERIFY(snapshot.payload.size() <= SegmentLayout::textCapacity(reader.size()));
    QVERIFY(snapshot.payload.size() > SegmentLayout::textCapacity(reader.size()) - 4);
    QVERIFY(original.startsWith(snapshot.payload));
}

void TestLoaderCli::emptyFileLoadsAsEmptyText()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    const Run result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Loaded empty.txt (0 bytes) into shared memory\n"));
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QCOMPARE(snapshot.sourceName, QStringLiteral("empty.txt"));
    QVERIFY(snapshot.payload.isEmpty());
}

void TestLoaderCli::binaryFileLeavesSegmentUntouched()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QCOMPARE(run({QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                  QStringLiteral("welcome.txt")})
                     .exitCode,
             0);
    SegmentSnapshot before;
    QCOMPARE(reader.poll(&before), SegmentReader::PollStatus::Changed);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("binary.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("text, then", 10) + QByteArray(1, '\0') + "more");
    file.close();
    const Run result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), path});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("binary content")), qPrintable(result.err));

    SegmentSnapshot after;
    QCOMPARE(reader.poll(&after), SegmentReader::PollStatus::Unchanged);
    QCOMPARE(before.sourceName, QStringLiteral("welcome.txt"));
}

// Control, bidi and zero-width characters in text for a terminal (the newline excepted), as
// "U+001b U+202e"; empty when there are none.
static QString terminalHazards(const QString &text)
{
    QStringList found;
    for (const char32_t c : text.toUcs4()) {
        if ((c < 0x20 && c != u'\n') || (c >= 0x7f && c < 0xa0) || (c >= 0x200b && c <= 0x200f)
            || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            found.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    return found.join(u' ');
}

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A folder's file names are anyone's: --list shows them escaped, one a line.
void TestLoaderCli::listEscapesFileNames()
{
    QTemporaryDir dir;
    for (const QString &name :
         {QStringLiteral("a\x1b[2J\x1b]52;c;aGk=\x07.txt"), QStringLiteral("b\u202Etxt.sh"),
          QStringLiteral("c\u2066d\u200B.md"), QStringLiteral("plain.txt")})
        QVERIFY(writeFile(dir.filePath(name), "x"));
    const Run result = run({QStringLiteral("--list"), QStringLiteral("--assets"), dir.path()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(terminalHazards(result.out).isEmpty(), qPrintable(terminalHazards(result.out)));
    QCOMPARE(result.out,
             QStringLiteral(
                     "a\\x1b[2J\\x1b]52;c;aGk=\\x07.txt\nb\\u202etxt.sh\nc\\u2066d\\u200b.md\n"
                     "plain.txt\n"));
}

// Loaded, refused or missing: every message names the file escaped.
void TestLoaderCli::messagesEscapeFileNames()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QTemporaryDir dir;

    const QString text = dir.filePath(QStringLiteral("b\u202Etxt.sh"));
    QVERIFY(writeFile(text, "echo hi\n"));
    Run result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), text});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Loaded b\\u202etxt.sh (8 bytes) into shared memory\n"));
    SegmentSnapshot loaded;
    QCOMPARE(reader.poll(&loaded), SegmentReader::PollStatus::Changed);
    QCOMPARE(loaded.sourceName, QStringLiteral("b\u202Etxt.sh")); // the segment keeps it exact

    const QString binary = dir.filePath(QStringLiteral("\x1b]0;owned\x07.bin"));
    QVERIFY(writeFile(binary, QByteArray("bin\0ary", 7)));
    result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), binary});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(terminalHazards(result.err).isEmpty(), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("\\x1b]0;owned\\x07.bin")), qPrintable(result.err));

    const QString missing = dir.filePath(QStringLiteral("gone\x1b[2J\u2067.txt"));
    result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), missing});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(terminalHazards(result.err).isEmpty(), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("gone\\x1b[2J\\u2067.txt")),
             qPrintable(result.err));

    SegmentSnapshot after;
    QCOMPARE(reader.poll(&after), SegmentReader::PollStatus::Unchanged);
}

void TestLoaderCli::timeoutWhileLockIsHeld()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    // The lock is a System V semaphore: held here, it blocks the other process's attach().
    QSharedMemory holder;
    ShmKey::apply(holder, m_key);
    QVERIFY(holder.attach());
    QVERIFY(holder.lock());

    const Run result
            = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                   QStringLiteral("notes.md"), QStringLiteral("--timeout"), QStringLiteral("200")});
    holder.unlock();
    holder.detach();
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(
                     QStringLiteral("Timed out after 200 ms waiting for the shared memory lock")),
             qPrintable(result.err));

    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Empty); // nothing was written

    // With the lock free, the same command loads well within its timeout.
    QCOMPARE(run({QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                  QStringLiteral("notes.md"), QStringLiteral("--timeout"), QStringLiteral("20000")})
                     .exitCode,
             0);
}

void TestLoaderCli::needsNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));

    QCOMPARE(run({QStringLiteral("--list")}, environment).exitCode, 0);
    const Run result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"),
                            QStringLiteral("inventory.csv")},
                           environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(run({QStringLiteral("--help")}, environment).exitCode, 0);
}

void TestLoaderCli::windowUsesKeyAndQuitsOnSigterm()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("shm.loader.debug=true"));
    process.setProcessEnvironment(environment);
    process.start(m_program, {QStringLiteral("--key"), m_key});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("window ready")
                                     || process.state() == QProcess::NotRunning,
                             20000);
    QVERIFY2(err.contains("window ready, key " + m_key.toUtf8()), err.constData());

    ::kill(pid_t(process.processId()), SIGTERM); // closes the window the normal way
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestLoaderCli::windowWithoutDisplaySaysSo()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    const Run result = run({QStringLiteral("--key"), m_key}, environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("shm-loader: no display")),
             qPrintable(result.err));
}

bool TestLoaderCli::startLoader(QProcess *process, const QStringList &arguments)
{
    process->start(m_program, QStringList{QStringLiteral("--key"), m_key} + arguments);
    return process->waitForStarted();
}

// Collects process's stdout into out until it holds text, serving the event loop (and so the
// viewer's output) meanwhile.
bool TestLoaderCli::waitForOutput(QProcess *process, QByteArray *out, const QByteArray &text,
                                  int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        *out += process->readAllStandardOutput();
        if (out->contains(text))
            return true;
        QTest::qWait(20);
    }
    return false;
}

static ViewerProcess::Predicate textIs(const QString &source, const QString &text)
{
    return [source, text](const QJsonObject &snapshot) {
        return snapshot.value(QLatin1String("source")).toString() == source
                && snapshot.value(QLatin1String("text")).toString() == text;
    };
}

void TestLoaderCli::loadStandardInputFromPipe()
{
    ViewerProcess viewer(m_key);
    QVERIFY2(viewer.start(), qPrintable(viewer.describe()));
    QVERIFY(viewer.waitForAttached());

    QProcess loader;
    QVERIFY(startLoader(&loader, {QStringLiteral("--load"), QStringLiteral("-")}));
    loader.write("first line from a pipe\nsecond line\n");
    loader.closeWriteChannel();
    QVERIFY(loader.waitForFinished(20000));
    QCOMPARE(loader.exitCode(), 0);
    QCOMPARE(loader.readAllStandardOutput(),
             QByteArray("Loaded stdin (35 bytes) into shared memory\n"));
    QVERIFY2(viewer.waitForSnapshot(textIs(QStringLiteral("stdin"),
                                           QStringLiteral("first line from a pipe\nsecond line\n")))
                     >= 0,
             qPrintable(viewer.describe()));

    // --name names it, and its extension gives the content type.
    QProcess named;
    QVERIFY(startLoader(&named,
                        {QStringLiteral("--load"), QStringLiteral("-"), QStringLiteral("--name"),
                         QStringLiteral("build notes.md")}));
    named.write("# Built\n");
    named.closeWriteChannel();
    QVERIFY(named.waitForFinished(20000));
    QCOMPARE(named.exitCode(), 0);
    const int index = viewer.waitForSnapshot(
            textIs(QStringLiteral("build notes.md"), QStringLiteral("# Built\n")));
    QVERIFY2(index >= 0, qPrintable(viewer.describe()));
    QCOMPARE(viewer.snapshots().at(index).value(QLatin1String("contentType")).toString(),
             QStringLiteral("text/markdown; charset=utf-8"));

    // Binary input is refused and leaves the segment as it was.
    const int before = viewer.snapshotCount();
    QProcess binary;
    QVERIFY(startLoader(&binary, {QStringLiteral("--load"), QStringLiteral("-")}));
    binary.write(QByteArray("text\0more", 9));
    binary.closeWriteChannel();
    QVERIFY(binary.waitForFinished(20000));
    QCOMPARE(binary.exitCode(), 3);
    QVERIFY(binary.readAllStandardError().contains("binary content"));
    QTest::qWait(300);
    QCOMPARE(viewer.snapshotCount(), before);
    QVERIFY(viewer.terminate(15000));
}

void TestLoaderCli::loadStandardInputOverCapacityIsTruncated()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Print,
                         {QStringLiteral("--size"), QStringLiteral("4096")}));
    QVERIFY(viewer.waitForAttached());

    QProcess loader;
    QVERIFY(startLoader(&loader, {QStringLiteral("--load"), QStringLiteral("-")}));
    // Far more than the segment holds, written while the loader reads.
    QByteArray input;
    for (int i = 0; i < 20000; ++i)
        input += "line " + QByteArray::number(i) + " of the input\n";
    loader.write(input);
    loader.closeWriteChannel();
    QVERIFY(loader.waitForFinished(20000));
    QCOMPARE(loader.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(loader.readAllStandardOutput()),
             QStringLiteral("Loaded stdin into shared memory, truncated to 3,839 of %1 bytes\n")
                     .arg(QLocale(QLocale::English).toString(input.size())));
    const int index = viewer.waitForSnapshot([](const QJsonObject &snapshot) {
        return snapshot.value(QLatin1String("source")).toString() == QLatin1String("stdin");
    });
    QVERIFY2(index >= 0, qPrintable(viewer.describe()));
    const QJsonObject snapshot = viewer.snapshots().at(index);
    QVERIFY(snapshot.value(QLatin1String("truncated")).toBool());
    QCOMPARE(snapshot.value(QLatin1String("originalBytes")).toInteger(), input.size());
    QCOMPARE(snapshot.value(QLatin1String("text")).toString().toUtf8(), input.left(3839));
    QVERIFY(viewer.terminate(15000));
}

void TestLoaderCli::followFileAcrossRenameAndRecreate()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start());
    QVERIFY(viewer.waitForAttached());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("followed.txt"));
    const auto writeFile = [](const QString &where, const QByteArray &bytes) {
        QFile file(where);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(writeFile(path, "version 1\n"));

    QProcess loader;
    QVERIFY(startLoader(&loader, {QStringLiteral("--follow"), path}));
    QByteArray out;
    QVERIFY2(waitForOutput(&loader, &out, "Loaded followed.txt (10 bytes)"), out.constData());
    QVERIFY(viewer.waitForSnapshot(
                    textIs(QStringLiteral("followed.txt"), QStringLiteral("version 1\n")))
            >= 0);

    // An editor's save: a new file renamed over the old one.
    const QString temporary = dir.filePath(QStringLiteral(".followed.txt.swp"));
    QVERIFY(writeFile(temporary, "version 2, saved by an editor\n"));
    QVERIFY(::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
            == 0);
    QVERIFY2(viewer.waitForSnapshot(textIs(QStringLiteral("followed.txt"),
                                           QStringLiteral("version 2, saved by an editor\n")))
                     >= 0,
             qPrintable(viewer.describe() + QString::fromUtf8(loader.readAllStandardError())));

    // Deleted: said on stderr, and following goes on; written again: loaded again.
    QVERIFY(QFile::remove(path));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += loader.readAllStandardError()).contains("no such file"),
                             10000);
    QVERIFY2(err.contains("Cannot load " + QFile::encodeName(path) + ": no such file"),
             err.constData());
    QVERIFY(writeFile(path, "version 3, back again\n"));
    QVERIFY2(viewer.waitForSnapshot(textIs(QStringLiteral("followed.txt"),
                                           QStringLiteral("version 3, back again\n")))
                     >= 0,
             qPrintable(viewer.describe()));
    // One line per load.
    QVERIFY(waitForOutput(&loader, &out, "Loaded followed.txt (22 bytes)"));
    QCOMPARE(out.count("Loaded followed.txt"), 3);

    ::kill(pid_t(loader.processId()), SIGTERM);
    QVERIFY(loader.waitForFinished(15000));
    QCOMPARE(loader.exitStatus(), QProcess::NormalExit);
    QCOMPARE(loader.exitCode(), 0);
    QVERIFY(viewer.terminate(15000));
}

void TestLoaderCli::followStandardInputShowsTheLastLine()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start(ViewerProcess::Mode::Print,
                         {QStringLiteral("--size"), QStringLiteral("4096")}));
    QVERIFY(viewer.waitForAttached());

    QProcess loader;
    QVERIFY(startLoader(&loader, {QStringLiteral("--follow"), QStringLiteral("-")}));
    // Lines for three seconds, more than the segment holds, as a log does.
    QElapsedTimer timer;
    timer.start();
    int lines = 0;
    QByteArray last;
    while (timer.elapsed() < 3000) {
        for (int i = 0; i < 20; ++i) {
            last = "log line " + QByteArray::number(++lines) + "\n";
            loader.write(last);
        }
        QTest::qWait(10);
    }
    loader.closeWriteChannel();
    QVERIFY(loader.waitForFinished(20000));
    QCOMPARE(loader.exitStatus(), QProcess::NormalExit);
    QCOMPARE(loader.exitCode(), 0);
    QVERIFY(loader.readAllStandardError().isEmpty());

    const int index = viewer.waitForSnapshot([last](const QJsonObject &snapshot) {
        return snapshot.value(QLatin1String("text")).toString().endsWith(QString::fromUtf8(last));
    });
    QVERIFY2(index >= 0, qPrintable(viewer.describe()));
    const QJsonObject snapshot = viewer.snapshots().constLast();
    const QString text = snapshot.value(QLatin1String("text")).toString();
    QVERIFY2(text.endsWith(QString::fromUtf8(last)), qPrintable(text.right(100)));
    // The newest lines that fit, from a line start.
    QVERIFY2(text.startsWith(QLatin1String("log line ")), qPrintable(text.left(40)));
    QVERIFY(text.size() <= 4096 - 257);
    QCOMPARE(snapshot.value(QLatin1String("source")).toString(), QStringLiteral("stdin"));
    // Written as it arrived, not only at the end (and not for every line).
    QVERIFY2(viewer.snapshotCount() >= 5, qPrintable(QString::number(viewer.snapshotCount())));
    QVERIFY2(viewer.snapshotCount() < lines / 10,
             qPrintable(QString::number(viewer.snapshotCount())));
    QVERIFY(viewer.terminate(15000));
}

void TestLoaderCli::followStandardInputEndsOnSigterm()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start());
    QVERIFY(viewer.waitForAttached());
    QProcess loader;
    QVERIFY(startLoader(&loader,
                        {QStringLiteral("--follow"), QStringLiteral("-"), QStringLiteral("--name"),
                         QStringLiteral("app.log")}));
    loader.write("started\n");
    QVERIFY2(viewer.waitForSnapshot(textIs(QStringLiteral("app.log"), QStringLiteral("started\n")))
                     >= 0,
             qPrintable(viewer.describe()));
    // The input stays open (tail -f): only a signal ends it, the normal way.
    ::kill(pid_t(loader.processId()), SIGTERM);
    QVERIFY(loader.waitForFinished(15000));
    QCOMPARE(loader.exitStatus(), QProcess::NormalExit);
    QCOMPARE(loader.exitCode(), 0);
    QVERIFY(viewer.terminate(15000));
}

// --timeout bounds the wait for the lock, nothing else: a large image takes longer than that to
// decode and scale down, with nobody holding the lock, and loads.
void TestLoaderCli::timeoutCountsOnlyTheLockWait()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    QImage image(6000, 6000, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((x / 24) & 0xff, (y / 24) & 0xff, ((x + y) / 48) & 0xff);
    }
    QVERIFY(image.save(path, "PNG"));
    image = QImage();

    QElapsedTimer timer;
    timer.start();
    const Run result = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), path,
                            QStringLiteral("--timeout"), QStringLiteral("300")});
    const qint64 elapsed = timer.elapsed();
    qInfo("--load of a 6000×6000 PNG with --timeout 300: %lld ms", elapsed);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.startsWith(QStringLiteral(
                     "Loaded huge.png into shared memory, scaled to fit: 6000×6000")),
             qPrintable(result.out));
    // Otherwise this test would show nothing: the load took longer than the timeout.
    QVERIFY2(elapsed > 300, qPrintable(QString::number(elapsed)));
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.sourceName, QStringLiteral("huge.png"));
}

// A NUL byte refuses standard input as it refuses a file: when it is in the part that fits.
void TestLoaderCli::standardInputFollowsTheFileNulRule()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    const qsizetype capacity = SegmentLayout::textCapacity(ShmConstants::DefaultSegmentSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.txt"));
    const auto loadBoth = [&](const QByteArray &input) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
            return std::make_pair(Run(), Run());
        file.close();
        const Run fromFile = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), path});
        QProcess process;
        process.setStandardInputFile(path);
        process.start(
                m_program,
                {QStringLiteral("--key"), m_key, QStringLiteral("--load"), QStringLiteral("-")});
        Run fromStdin;
        if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit) {
            fromStdin.exitCode = process.exitCode();
            fromStdin.out = QString::fromUtf8(process.readAllStandardOutput());
            fromStdin.err = QString::fromUtf8(process.readAllStandardError());
        }
        return std::make_pair(fromFile, fromStdin);
    };

    // Past the part that fits: cut off with the rest, so both load it.
    QByteArray input = QByteArray(capacity + 2, 'a') + '\0' + QByteArray(8, 'b');
    auto [file, standardInput] = loadBoth(input);
    QVERIFY2(file.exitCode == 0, qPrintable(file.err));
    QVERIFY2(standardInput.exitCode == 0, qPrintable(standardInput.err));
    QCOMPARE(standardInput.out,
             QStringLiteral(
                     "Loaded stdin into shared memory, truncated to 65,279 of 65,290 bytes\n"));
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.payload, input.left(capacity));

    // In the part that fits (past the first bytes a file is sniffed by): both refuse it, saying
    // where.
    input = QByteArray(5000, 'a') + '\0' + QByteArray(50, 'b');
    std::tie(file, standardInput) = loadBoth(input);
    QCOMPARE(file.exitCode, 3);
    QCOMPARE(standardInput.exitCode, 3);
    QVERIFY2(file.err.endsWith(QStringLiteral(": binary content (NUL byte at offset 5000)\n")),
             qPrintable(file.err));
    QCOMPARE(standardInput.err,
             QStringLiteral("Cannot load stdin: binary content (NUL byte at offset 5000)\n"));
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Unchanged);
}

void TestLoaderCli::standardInputIsSniffedAsAFileIs_data()
{
    QTest::addColumn<QString>("name"); // the file's, and --name
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("png") << QStringLiteral("picture.png")
                         << asset(QStringLiteral("shared-memory.png")) << 0;
    QTest::newRow("gif") << QStringLiteral("pattern.gif") << asset(QStringLiteral("pattern.gif"))
                         << 0;
    // Larger than the segment: scaled down and encoded again, as a file is.
    QTest::newRow("jpeg to scale")
            << QStringLiteral("mountains.jpg") << asset(QStringLiteral("mountains.jpg")) << 0;
    QTest::newRow("svg") << QStringLiteral("drawing.svg")
                         << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" "
                                       "height=\"10\"><rect width=\"20\" height=\"10\"/></svg>")
                         << 0;
    QTest::newRow("text") << QStringLiteral("notes.md") << asset(QStringLiteral("notes.md")) << 0;
    QTest::newRow("text named .png")
            << QStringLiteral("notes.png") << QByteArray("only a text\n") << 3;
    // libpng's own "libpng error: Read Error" line must not come with the refusal.
    QTest::newRow("truncated png") << QStringLiteral("cut.png")
                                   << asset(QStringLiteral("shared-memory.png")).left(2000) << 3;
    QTest::newRow("binary") << QStringLiteral("data.bin")
                            << QByteArray("\x7f"
                                          "ELF\0\1\2",
                                          7)
                            << 3;
}

// Standard input is what a file of the same bytes and name is: sniffed by its content, an image
// read whole and loaded (scaled to fit when it must be) as an image, a refusal the same one line.
void TestLoaderCli::standardInputIsSniffedAsAFileIs()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QVERIFY(!bytes.isEmpty());
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    SegmentSnapshot empty;
    reader.poll(&empty); // the new segment's state: later polls tell changes
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();

    const Run fromFile = run({QStringLiteral("--key"), m_key, QStringLiteral("--load"), path});
    SegmentSnapshot viaFile;
    const SegmentReader::PollStatus fileStatus = reader.poll(&viaFile);
    QProcess process;
    process.setStandardInputFile(path);
    process.start(m_program,
                  {QStringLiteral("--key"), m_key, QStringLiteral("--load"), QStringLiteral("-"),
                   QStringLiteral("--name"), name});
    QVERIFY(process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());

    QVERIFY2(fromFile.exitCode == exitCode, qPrintable(fromFile.out + fromFile.err));
    QVERIFY2(process.exitCode() == exitCode, qPrintable(out + err));
    QCOMPARE(out, fromFile.out);
    // A refusal's message names the file by its path, standard input by --name.
    QCOMPARE(err, QString(fromFile.err).replace(path, name));
    QVERIFY2(err.count(u'\n') == (exitCode == 0 ? 0 : 1), qPrintable(err));
    SegmentSnapshot viaStdin;
    if (exitCode != 0) {
        QCOMPARE(fileStatus, SegmentReader::PollStatus::Unchanged);
        QCOMPARE(reader.poll(&viaStdin), SegmentReader::PollStatus::Unchanged);
        return;
    }
    QCOMPARE(fileStatus, SegmentReader::PollStatus::Changed);
    QCOMPARE(reader.poll(&viaStdin), SegmentReader::PollStatus::Changed);
    QCOMPARE(viaStdin.sourceName, name);
    QCOMPARE(viaStdin.contentType, viaFile.contentType);
    QCOMPARE(viaStdin.payload, viaFile.payload);
    QCOMPARE(viaStdin.originalSize, viaFile.originalSize);
    QCOMPARE(viaStdin.truncated, viaFile.truncated);
}

// An image arriving through a pipe in small pieces is told from its first bytes all the same, and
// one larger than an image file may be is refused, as such a file is, with memory bounded.
void TestLoaderCli::standardInputImageThroughAPipe()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    SegmentSnapshot snapshot;
    reader.poll(&snapshot);
    const QByteArray png = asset(QStringLiteral("shared-memory.png"));
    QVERIFY(png.size() > 4096);

    QProcess loader;
    QVERIFY(startLoader(&loader, {QStringLiteral("--load"), QStringLiteral("-")}));
    for (qsizetype at = 0; at < png.size(); at += 1000) {
        loader.write(png.mid(at, 1000));
        QVERIFY(loader.waitForBytesWritten(5000));
        QTest::qWait(5);
    }
    loader.closeWriteChannel();
    QVERIFY(loader.waitForFinished(20000));
    QVERIFY2(loader.exitCode() == 0, loader.readAllStandardError().constData());
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.sourceName, QStringLiteral("stdin"));
    QCOMPARE(snapshot.contentType, QStringLiteral("image/png"));
    QCOMPARE(snapshot.payload, png);

    // A PNG's start, then an input that does not end: refused once past 64 MiB, and the loader
    // stops reading there (it does not wait for an end that never comes). The test writes into
    // the loader's standard input itself, at most 512 MiB, until the loader closes the pipe.
    int pipeEnds[2];
    QCOMPARE(::pipe2(pipeEnds, O_CLOEXEC), 0);
    QProcess huge;
    huge.setChildProcessModifier([readEnd = pipeEnds[0]] { ::dup2(readEnd, STDIN_FILENO); });
    QVERIFY(startLoader(&huge, {QStringLiteral("--load"), QStringLiteral("-")}));
    ::close(pipeEnds[0]);
    const auto previous = ::signal(SIGPIPE, SIG_IGN);
    const QByteArray block(1024 * 1024, 'x');
    qint64 written = 0;
    bool closedByLoader = false;
    for (QByteArray next = png; written < 512LL * 1024 * 1024; next = block) {
        const ssize_t n = ::write(pipeEnds[1], next.constData(), size_t(next.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            closedByLoader = errno == EPIPE;
            break;
        }
        written += n;
    }
    ::close(pipeEnds[1]);
    ::signal(SIGPIPE, previous);
    QVERIFY(huge.waitForFinished(30000));
    QVERIFY2(closedByLoader,
             qPrintable(QStringLiteral("the loader read on past the image limit: %1 bytes")
                                .arg(written)));
    QCOMPARE(huge.exitCode(), 3);
    QCOMPARE(huge.readAllStandardError(),
             QByteArray("Cannot load stdin: image files over 64 MiB are refused\n"));
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Unchanged);
}

void TestLoaderCli::signalDuringLoadEndsItCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SIGTERM");
    QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("SIGINT");
}

// A signal while --load waits for the lock abandons the write cleanly: a message, exit 128 + the
// signal, nothing written; a second signal meanwhile changes nothing.
void TestLoaderCli::signalDuringLoadEndsItCleanly()
{
    QFETCH(int, signal);
    QFETCH(QString, name);
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    QSharedMemory holder;
    ShmKey::apply(holder, m_key);
    QVERIFY(holder.attach());
    QVERIFY(holder.lock());

    QProcess loader;
    QVERIFY(startLoader(&loader, {QStringLiteral("--load"), QStringLiteral("notes.md")}));
    QTRY_VERIFY_WITH_TIMEOUT(SegmentStatus::inspect(m_key).lock.waiting > 0, 15000);
    ::kill(pid_t(loader.processId()), signal);
    ::kill(pid_t(loader.processId()), signal);
    const bool finished = loader.waitForFinished(15000);
    holder.unlock();
    holder.detach();
    QVERIFY(finished);
    QCOMPARE(loader.exitStatus(), QProcess::NormalExit);
    QCOMPARE(loader.exitCode(), 128 + signal);
    QCOMPARE(QString::fromUtf8(loader.readAllStandardError()),
             QStringLiteral("Interrupted by %1; nothing was loaded\n").arg(name));
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Empty);
}

void TestLoaderCli::signalWhileWritingLetsItFinish_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("source");
    QTest::newRow("--load") << QStringList{QStringLiteral("--load"), QStringLiteral("notes.md")}
                            << QStringLiteral("notes.md");
    QTest::newRow("--follow -") << QStringList{QStringLiteral("--follow"), QStringLiteral("-"),
                                               QStringLiteral("--name"), QStringLiteral("app.log")}
                                << QStringLiteral("app.log");
}

// SIGTERM while a write holds the lock: the write finishes and the loader exits the normal way;
// a second SIGTERM meanwhile does not kill it. strace holds the write there: it delays the
// unlock (the fourth semop: attach() locks and unlocks, then the write locks and unlocks).
void TestLoaderCli::signalWhileWritingLetsItFinish()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, source);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("needs strace");
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start());
    QVERIFY(viewer.waitForAttached());

    QProcess loader;
    loader.setProcessEnvironment(ShmPrograms::tracedEnvironment());
    loader.start(strace,
                 QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                             QStringLiteral("/dev/null"), QStringLiteral("-e"),
                             QStringLiteral("trace=semtimedop"), QStringLiteral("-e"),
                             QStringLiteral("inject=semtimedop:delay_enter=2000000:when=4"),
                             m_program, QStringLiteral("--key"), m_key}
                         + arguments);
    QVERIFY(loader.waitForStarted());
    loader.write("a line\n"); // for --follow -; --load does not read it
    SegmentStatus status;
    QTRY_VERIFY_WITH_TIMEOUT((!(status = SegmentStatus::inspect(m_key)).lock.free
                              && status.lock.lastPid != viewer.pid())
                                     || loader.state() == QProcess::NotRunning,
                             20000);
    if (loader.state() == QProcess::NotRunning) {
        const QByteArray err = loader.readAllStandardError();
        if (err.contains("ptrace"))
            QSKIP(qPrintable(QStringLiteral("strace cannot trace here: ")
                             + QString::fromLocal8Bit(err)));
        QFAIL(err.constData());
    }
    const pid_t writer = pid_t(status.lock.lastPid);
    ::kill(writer, SIGTERM);
    QTest::qWait(300);
    ::kill(writer, SIGTERM);
    QVERIFY(loader.waitForFinished(20000));
    const QByteArray err = loader.readAllStandardError();
    QVERIFY2(loader.exitStatus() == QProcess::NormalExit, err.constData());
    QVERIFY2(loader.exitCode() == 0, err.constData());
    QVERIFY2(viewer.waitForSnapshot([source](const QJsonObject &snapshot) {
        return snapshot.value(QLatin1String("source")).toString() == source
                && snapshot.value(QLatin1String("state")).toString() == QLatin1String("valid");
    }) >= 0,
             qPrintable(viewer.describe()));
    QVERIFY(viewer.terminate(15000));
}

// shm-loader under gdb, held at a breakpoint: there it creates "stopped" in dir and goes on once
// "go" exists, which the destructor makes too, so nothing stays held.
struct TestLoaderCli::Held
{
    QTemporaryDir dir;
    QProcess gdb;
    QByteArray output;
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
    bool waitStopped()
    {
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(path("stopped")) && timer.elapsed() < 60000
               && gdb.state() == QProcess::Running)
            QTest::qWait(20);
        return QFile::exists(path("stopped"));
    }
    void go()
    {
        QFile file(path("go"));
        file.open(QIODevice::WriteOnly);
    }
    // The loader's exit code as gdb reports it, or -1.
    int finish()
    {
        go();
        if (!gdb.waitForFinished(60000))
            return -1;
        output += gdb.readAll();
        if (output.contains("exited normally"))
            return 0;
        const qsizetype at = output.indexOf("exited with code ");
        return at < 0 ? -1 : output.mid(at + 17, 2).toInt(nullptr, 8); // gdb prints octal
    }
    ~Held()
    {
        go();
        gdb.waitForFinished(30000);
    }
};

bool TestLoaderCli::startHeld(Held *held, const QString &breakpoint, const QStringList &arguments)
{
    const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
    if (gdb.isEmpty())
        return false;
    const QString wait
            = QStringLiteral("shell touch '%1'; while [ ! -e '%2' ]; do sleep 0.02; done")
                      .arg(held->path("stopped"), held->path("go"));
    QStringList command{QStringLiteral("-q"), QStringLiteral("-nx"), QStringLiteral("-batch")};
    for (const QString &line :
         {QStringLiteral("set breakpoint pending on"), QStringLiteral("break ") + breakpoint,
          QStringLiteral("run"), wait, QStringLiteral("delete"), QStringLiteral("continue")})
        command << QStringLiteral("-ex") << line;
    command << QStringLiteral("--args") << m_program << QStringLiteral("--key") << m_key
            << arguments;
    held->gdb.setProcessChannelMode(QProcess::MergedChannels);
    held->gdb.setProcessEnvironment(ShmPrograms::tracedEnvironment());
    held->gdb.start(gdb, command);
    return held->gdb.waitForStarted();
}

// A write that is in is reported as loaded, even when detach(), which takes the lock once more,
// then waits past --timeout for a process that took the lock right after the write.
void TestLoaderCli::writeInIsLoadedWhileDetachWaits()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    Held held;
    if (!startHeld(&held, QStringLiteral("QSharedMemory::detach"),
                   {QStringLiteral("--load"), QStringLiteral("notes.md"),
                    QStringLiteral("--timeout"), QStringLiteral("300")}))
        QSKIP("needs gdb");
    if (!held.waitStopped()) {
        const QByteArray output = held.gdb.readAll();
        if (output.contains("ptrace"))
            QSKIP(qPrintable(QStringLiteral("gdb cannot trace here: ")
                             + QString::fromLocal8Bit(output)));
        QFAIL(output.constData());
    }
    QSharedMemory holder;
    ShmKey::apply(holder, m_key);
    QVERIFY(holder.attach());
    QVERIFY(holder.lock());
    const int exitCode = held.finish();
    holder.unlock();
    holder.detach();
    QVERIFY2(held.output.contains("Loaded notes.md (2.3 KiB) into shared memory\n"),
             held.output.constData());
    QCOMPARE(exitCode, 0);
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.sourceName, QStringLiteral("notes.md"));
}

// A viewer that got the write and quit before the loader looked for orphans is not "not running".
void TestLoaderCli::viewerQuittingAfterDeliveryIsNoOrphan()
{
    ViewerProcess viewer(m_key);
    QVERIFY(viewer.start());
    QVERIFY(viewer.waitForAttached());
    Held held;
    if (!startHeld(&held, QStringLiteral("SegmentReaper::removeIfUnused"),
                   {QStringLiteral("--load"), QStringLiteral("notes.md")}))
        QSKIP("needs gdb");
    if (!held.waitStopped()) {
        const QByteArray output = held.gdb.readAll();
        if (output.contains("ptrace"))
            QSKIP(qPrintable(QStringLiteral("gdb cannot trace here: ")
                             + QString::fromLocal8Bit(output)));
        QFAIL(output.constData());
    }
    QVERIFY2(viewer.waitForSnapshot([](const QJsonObject &snapshot) {
        return snapshot.value(QLatin1String("source")).toString() == QLatin1String("notes.md");
    }) >= 0,
             qPrintable(viewer.describe()));
    QVERIFY(viewer.terminate(15000));
    QVERIFY(!SegmentStatus::inspect(m_key).segment.exists);
    const int exitCode = held.finish();
    QVERIFY2(held.output.contains("Loaded notes.md (2.3 KiB) into shared memory\n"),
             held.output.constData());
    QCOMPARE(exitCode, 0);
}

// The file is opened once: an editor's rename-save between sniffing and reading cannot make the
// loader read another file than the one it looked at.
void TestLoaderCli::renameSaveAfterSniffingNeverMixes()
{
    SegmentReader reader(m_key);
    QVERIFY(reader.open(ShmConstants::DefaultSegmentSize));
    Held held;
    const QString path = held.path("saved.txt");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version 1, the one sniffed\n");
    }
    if (!startHeld(&held, QStringLiteral("ContentSniffer::sniff"),
                   {QStringLiteral("--load"), path}))
        QSKIP("needs gdb");
    if (!held.waitStopped()) {
        const QByteArray output = held.gdb.readAll();
        if (output.contains("ptrace"))
            QSKIP(qPrintable(QStringLiteral("gdb cannot trace here: ")
                             + QString::fromLocal8Bit(output)));
        QFAIL(output.constData());
    }
    // A file of another kind altogether, renamed over the path.
    const QString other = held.path("other.png");
    QVERIFY(QFile::copy(m_assets.filePath(QStringLiteral("shared-memory.png")), other));
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData())
            == 0);
    const int exitCode = held.finish();
    QVERIFY2(exitCode == 0, held.output.constData());
    SegmentSnapshot snapshot;
    QCOMPARE(reader.poll(&snapshot), SegmentReader::PollStatus::Changed);
    QCOMPARE(snapshot.payload, QByteArray("version 1, the one sniffed\n"));
}

QTEST_GUILESS_MAIN(TestLoaderCli)
#include "tst_loadercli.moc"
