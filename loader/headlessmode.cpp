// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "headlessmode.h"

#include "assetcatalog.h"
#include "blockingcall.h"
#include "displaytext.h"
#include "fileloader.h"
#include "loaderoptions.h"
#include "loadreport.h"
#include "loadtask.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "segmentstatus.h"
#include "streamreader.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

// The file's own functions use HeadlessMode::tr(): one translation context for all of --list,
// --load and --follow.
namespace {

// Every line is one message, and many carry a file name or --name: escaped whole, so that
// nothing in them drives the terminal (DisplayText).
static void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = DisplayText::escaped(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

static int fail(const QString &text)
{
    printLine(stderr, text);
    return 1;
}

static void report(const SegmentWriter::Result &result)
{
    printLine(result.status == SegmentWriter::Status::Loaded ? stdout : stderr,
              LoadReport::message(result));
}

static int list(const AssetCatalog &catalog)
{
    if (!catalog.problem().isEmpty())
        return fail(catalog.problem());
    for (const QString &name : catalog.names())
        printLine(stdout, name);
    return 0;
}

// Runs one write and reports it. Every write is a BlockingCall, even here: attach() and lock()
// have no timeout of their own, so waiting on the call is the only way to give up after
// --timeout.
static int writeOnce(std::function<SegmentWriter::Result()> work, int timeoutMs)
{
    auto result = std::make_shared<SegmentWriter::Result>();
    BlockingCall call([work = std::move(work), result] { *result = work(); });
    if (!call.wait(timeoutMs >= 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer::Forever)) {
        // No write starts from now on; one that had the lock already finishes, and then the
        // call reports as usual. Otherwise nothing was written, and main() leaves through
        // BlockingCall::exitProcess(): the stuck call is never joined.
        const bool writing = SegmentLock::closeForExit(5000);
        if (!writing || !call.wait(QDeadlineTimer(1000))) {
            printLine(stderr,
                      //: %1 is a number of milliseconds (--timeout)
                      HeadlessMode::tr("Timed out after %1 ms waiting for the shared memory lock "
                                       "(another process holds it); nothing was loaded")
                              .arg(timeoutMs));
            return 1;
        }
    }
    report(*result);
    return LoadReport::exitCode(result->status);
}

static int load(const AssetCatalog &catalog, const QString &target, const QString &key,
                int timeoutMs)
{
    if (catalog.folderMissing())
        return fail(catalog.problem());
    const LoadTask task(key, catalog.resolve(target));
    return writeOnce([task] { return task.run(); }, timeoutMs);
}

// The text the segment of key holds, looked up without attaching (nor waiting for the lock):
// what bounds the memory standard input may take. 0 when there is no segment.
static qsizetype segmentCapacity(const QString &key)
{
    const SegmentStatus status = SegmentStatus::inspect(key);
    return status.segment.exists ? SegmentLayout::textCapacity(status.segment.size) : 0;
}

static int viewerNotRunning()
{
    SegmentWriter::Result result;
    result.status = SegmentWriter::Status::ViewerNotRunning;
    report(result);
    return LoadReport::exitCode(result.status);
}

static QString readProblem(const QString &name, const QString &error)
{
    //: %1 is the source name of standard input (stdin, or --name), %2 the system's error
    return HeadlessMode::tr("Cannot load %1: reading standard input failed: %2").arg(name, error);
}

// --load -: standard input to its end, keeping what fits; the rest is only counted, so the
// truncation is flagged with the input's real size.
static int loadStandardInput(const QString &key, const QString &name, int timeoutMs)
{
    const qsizetype capacity = segmentCapacity(key);
    if (capacity == 0)
        return viewerNotRunning();
    StreamReader reader(STDIN_FILENO, capacity, StreamReader::Keep::Head);
    QEventLoop loop;
    QObject::connect(&reader, &StreamReader::readyRead, &loop, [&] {
        if (reader.content().atEnd)
            loop.quit();
    });
    reader.start();
    if (!reader.content().atEnd)
        loop.exec();
    const StreamReader::Content content = reader.content();
    if (!content.error.isEmpty()) {
        printLine(stderr, readProblem(name, content.error));
        return LoadReport::exitCode(SegmentWriter::Status::FileRefused);
    }
    return writeOnce(
            [key, name, content] {
                return SegmentWriter(key).writeText(content.bytes, name, content.totalBytes);
            },
            timeoutMs);
}

// --follow -: the newest lines of standard input, written at most every FollowIntervalMs while
// it arrives and once more at its end. Reading goes on while a write waits for the lock; the
// next write takes whatever is newest by then.
class StreamFollow : public QObject
{
public:
    static constexpr int FollowIntervalMs = 100;

    StreamFollow(const QString &key, const QString &name, qsizetype capacity)
        : m_key(key)
        , m_name(name)
        , m_reader(STDIN_FILENO, capacity, StreamReader::Keep::Tail)
    {
        m_throttle.setSingleShot(true);
        connect(&m_throttle, &QTimer::timeout, this, &StreamFollow::schedule);
        connect(&m_reader, &StreamReader::readyRead, this, &StreamFollow::schedule);
    }

    int run()
    {
        m_reader.start();
        schedule();
        return m_loop.exec();
    }
    void stop() { m_loop.exit(0); }

private:
    void schedule()
    {
        if (m_writing)
            return; // writeDone() schedules again
        const StreamReader::Content content = m_reader.content();
        const bool fresh = content.sequence != m_written || !m_wroteOnce;
        if (!fresh) {
            if (content.atEnd)
                finish(content);
            return;
        }
        if (content.sequence == 0 && !content.atEnd)
            return; // nothing read yet
        const qint64 wait = m_sinceWrite.isValid() ? FollowIntervalMs - m_sinceWrite.elapsed() : 0;
        if (!content.atEnd && wait > 0) {
            if (!m_throttle.isActive())
                m_throttle.start(int(wait));
            return;
        }
        startWrite(content);
    }

    void startWrite(const StreamReader::Content &content)
    {
        m_written = content.sequence;
        m_wroteOnce = true;
        m_writing = true;
        m_sinceWrite.start();
        auto result = std::make_shared<SegmentWriter::Result>();
        auto *call = new BlockingCall(
                [key = m_key, name = m_name, content, result] {
                    *result = SegmentWriter(key).writeText(content.bytes, name, content.totalBytes);
                },
                this);
        connect(call, &BlockingCall::finished, this, [this, call, result] {
            call->deleteLater();
            writeDone(*result);
        });
    }

    void writeDone(const SegmentWriter::Result &result)
    {
        m_writing = false;
        m_last = result;
        if (result.segmentSize > 0)
            m_reader.setCapacity(SegmentLayout::textCapacity(result.segmentSize));
        // A failure is said once, not every 100 ms; a success after it clears it.
        const QString message = LoadReport::message(result);
        if (result.status != SegmentWriter::Status::Loaded && message != m_lastProblem)
            printLine(stderr, message);
        m_lastProblem = result.status == SegmentWriter::Status::Loaded ? QString() : message;
        schedule();
    }

    void finish(const StreamReader::Content &content)
    {
        if (!content.error.isEmpty()) {
            printLine(stderr, readProblem(m_name, content.error));
            m_loop.exit(LoadReport::exitCode(SegmentWriter::Status::FileRefused));
            return;
        }
        if (m_last.status == SegmentWriter::Status::Loaded)
            report(m_last);
        m_loop.exit(m_last.status == SegmentWriter::Status::Loaded
                            ? 0
                            : LoadReport::exitCode(m_last.status));
    }

    QString m_key;
    QString m_name;
    StreamReader m_reader;
    QTimer m_throttle;
    QEventLoop m_loop;
    QElapsedTimer m_sinceWrite;
    quint64 m_written = 0;
    bool m_wroteOnce = false;
    bool m_writing = false;
    SegmentWriter::Result m_last;
    QString m_lastProblem;
};

// SIGINT and SIGTERM end a follow the normal way: exit 0.
static void stopOnSignals(UnixSignalWatcher *watcher, const std::function<void()> &stop)
{
    watcher->watch(SIGINT);
    watcher->watch(SIGTERM);
    QObject::connect(watcher, &UnixSignalWatcher::unixSignal, watcher, stop);
}

static int followStandardInput(const QString &key, const QString &name)
{
    const qsizetype capacity = segmentCapacity(key);
    if (capacity == 0)
        return viewerNotRunning();
    StreamFollow follow(key, name, capacity);
    UnixSignalWatcher signalWatcher;
    stopOnSignals(&signalWatcher, [&follow] { follow.stop(); });
    return follow.run();
}

// --follow NAME|PATH: FileLoader with followChanges, as the window's toggle; every load is one
// line. Runs until a signal: a file that is missing or refused now may be fine later.
static int followFile(const LoaderOptions &options)
{
    const AssetCatalog catalog(options.assetsDir);
    if (catalog.folderMissing())
        return fail(catalog.problem());
    FileLoader loader;
    loader.setKey(options.key);
    loader.setAssetsDir(options.assetsDir);
    loader.setFollowChanges(true);
    QObject::connect(&loader, &FileLoader::loadFinished, &loader,
                     [](const QString &, bool success, const QString &message) {
                         printLine(success ? stdout : stderr, message);
                     });
    QEventLoop loop;
    UnixSignalWatcher signalWatcher;
    stopOnSignals(&signalWatcher, [&loop] { loop.exit(0); });
    loader.load(options.loadTarget);
    return loop.exec();
}

} // namespace

int HeadlessMode::run(const LoaderOptions &options)
{
    switch (options.mode) {
    case LoaderOptions::Mode::List:
        return list(AssetCatalog(options.assetsDir));
    case LoaderOptions::Mode::Load:
        if (options.readsStandardInput())
            return loadStandardInput(options.key, options.streamName, options.timeoutMs);
        return load(AssetCatalog(options.assetsDir), options.loadTarget, options.key,
                    options.timeoutMs);
    case LoaderOptions::Mode::Follow:
        if (options.readsStandardInput())
            return followStandardInput(options.key, options.streamName);
        return followFile(options);
    case LoaderOptions::Mode::Window:
        break;
    }
    return fail(tr("The window cannot be shown in headless mode"));
}
