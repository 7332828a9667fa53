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
#include "shmconstants.h"
#include "sourcefile.h"
#include "streamreader.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
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

// How waiting for a step of --load ended.
enum class Wait { Finished, TimedOut, Interrupted };

// Waits for call in an event loop, so that SIGINT and SIGTERM (watched by watcher) are heard;
// timeoutMs < 0: no limit. *signal is the signal that interrupted.
static Wait waitFor(BlockingCall *call, int timeoutMs, UnixSignalWatcher *watcher, int *signal)
{
    QEventLoop loop;
    Wait outcome = Wait::Finished;
    QObject::connect(call, &BlockingCall::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        outcome = Wait::TimedOut;
        loop.quit();
    });
    QObject::connect(watcher, &UnixSignalWatcher::unixSignal, &loop, [&](int number) {
        outcome = Wait::Interrupted;
        *signal = number;
        loop.quit();
    });
    if (timeoutMs >= 0)
        timer.start(timeoutMs);
    // finished is queued: one emitted between this check and exec() still ends the loop.
    if (!call->isFinished())
        loop.exec();
    return call->isFinished() ? Wait::Finished : outcome;
}

static int interrupted(int signal)
{
    printLine(stderr,
              //: %1 is the signal's name, SIGINT or SIGTERM
              HeadlessMode::tr("Interrupted by %1; nothing was loaded")
                      .arg(QLatin1StringView(signal == SIGINT ? "SIGINT" : "SIGTERM")));
    return 128 + signal;
}

// What a write reports once it is in, before it detaches: shared with the writing thread.
struct Written
{
    std::mutex mutex;
    std::condition_variable condition;
    std::optional<SegmentWriter::Result> result;

    std::optional<SegmentWriter::Result> waitFor(int ms)
    {
        std::unique_lock<std::mutex> lock(mutex);
        condition.wait_for(lock, std::chrono::milliseconds(ms),
                           [this] { return result.has_value(); });
        return result;
    }
};

using WriteWork = std::function<SegmentWriter::Result(SegmentWriter &writer)>;

// Runs one write (work, with a SegmentWriter on key) as a BlockingCall: attach() and lock() have
// no timeout of their own, so waiting on the call is the only way to give up after --timeout.
// Only the write is timed; the caller read and decoded before. A signal ends the wait too. Giving
// up closes the lock for the process: a write that holds it finishes, none starts. Returns the
// result, or nothing when the write was given up before it was made (said, *code set).
static std::optional<SegmentWriter::Result>
writeOnce(const QString &key, WriteWork work, int timeoutMs, UnixSignalWatcher *watcher, int *code)
{
    auto result = std::make_shared<SegmentWriter::Result>();
    auto written = std::make_shared<Written>();
    BlockingCall call([key, work = std::move(work), result, written] {
        SegmentWriter writer(key);
        writer.setWrittenHandler([written](const SegmentWriter::Result &done) {
            const std::lock_guard<std::mutex> guard(written->mutex);
            written->result = done;
            written->condition.notify_all();
        });
        *result = work(writer);
    });
    int signal = 0;
    const Wait wait = waitFor(&call, timeoutMs, watcher, &signal);
    if (wait == Wait::Finished)
        return *result;
    // main() leaves through BlockingCall::exitProcess(): a stuck call is never joined.
    if (SegmentLock::closeForExit(5000))
        call.wait(QDeadlineTimer(1000));
    // A write in is reported as made, even when detach() (which locks again) still waits, or
    // it is a moment from telling after unlocking; in full (an orphan's removal too) when the
    // call got to its end.
    if (const std::optional<SegmentWriter::Result> done = written->waitFor(100))
        return call.isFinished() ? std::optional<SegmentWriter::Result>(*result) : done;
    if (wait == Wait::Interrupted) {
        *code = interrupted(signal);
        return std::nullopt;
    }
    printLine(stderr,
              //: %1 is a number of milliseconds (--timeout)
              HeadlessMode::tr("Timed out after %1 ms waiting for the shared memory lock "
                               "(another process holds it); nothing was loaded")
                      .arg(timeoutMs));
    *code = 1;
    return std::nullopt;
}

static int finish(const SegmentWriter::Result &result)
{
    report(result);
    return LoadReport::exitCode(result.status);
}

// LoadTask::prepare() or prepareBytes(), for a segment of segmentSize bytes.
using PrepareWork = std::function<LoadTask::Prepared(qsizetype segmentSize)>;

// Reads, decodes and fits for a segment of segmentSize bytes on a BlockingCall, with no time
// limit, but a signal ends the wait. Nothing when interrupted (*signal set).
static std::optional<LoadTask::Prepared> prepare(const PrepareWork &work, qsizetype segmentSize,
                                                 UnixSignalWatcher *watcher, int *signal)
{
    auto prepared = std::make_shared<LoadTask::Prepared>();
    BlockingCall call([work, segmentSize, prepared] { *prepared = work(segmentSize); });
    if (waitFor(&call, -1, watcher, signal) != Wait::Finished)
        return std::nullopt;
    return *prepared;
}

// Prepares for the segment seen, then writes; prepares once more when a viewer of another size
// came meanwhile and that would do better (LoadTask::needsPreparing).
static int prepareAndWrite(const LoaderOptions &options, const LoadTask &task,
                           const PrepareWork &work, qsizetype segmentSize,
                           UnixSignalWatcher *watcher)
{
    for (int attempt = 0;; ++attempt) {
        int signal = 0;
        const std::optional<LoadTask::Prepared> prepared
                = prepare(work, segmentSize, watcher, &signal);
        if (!prepared)
            return interrupted(signal);
        if (prepared->outcome)
            return finish(*prepared->outcome);
        int code = 0;
        const std::optional<SegmentWriter::Result> result = writeOnce(
                options.key,
                [task, prepared](SegmentWriter &writer) { return task.write(*prepared, writer); },
                options.timeoutMs, watcher, &code);
        if (!result)
            return code;
        if (attempt > 0 || !LoadTask::needsPreparing(*prepared, *result))
            return finish(*result);
        segmentSize = result->segmentSize; // a viewer of another size came meanwhile
    }
}

static int load(const LoaderOptions &options, UnixSignalWatcher *watcher)
{
    const AssetCatalog catalog(options.assetsDir);
    if (catalog.folderMissing())
        return fail(catalog.problem());
    const LoadTask task(options.key, catalog.resolve(options.loadTarget), options.layout);
    return prepareAndWrite(
            options, task, [task](qsizetype size) { return task.prepare(size); },
            LoadTask::segmentSize(options.key), watcher);
}

static int viewerNotRunning()
{
    SegmentWriter::Result result;
    result.status = SegmentWriter::Status::ViewerNotRunning;
    report(result);
    return LoadReport::exitCode(result.status);
}

// Standard input is read for the segment there is: one that would be refused (another user's,
// or over MaxSegmentSize) is refused first, so that it never sizes what is kept.
static int refusedSegment(const QString &problem)
{
    SegmentWriter::Result result;
    result.status = SegmentWriter::Status::Failed;
    result.problem = problem;
    report(result);
    return LoadReport::exitCode(result.status);
}

static QString readProblem(const QString &name, const QString &error)
{
    //: %1 is the source name of standard input (stdin, or --name), %2 the system's error
    return HeadlessMode::tr("Cannot load %1: reading standard input failed: %2").arg(name, error);
}

// Reads standard input to its end into reader; false when a signal came first (*signal set).
static bool readToEnd(StreamReader *reader, UnixSignalWatcher *watcher, int *signal)
{
    QEventLoop loop;
    bool complete = true;
    QObject::connect(reader, &StreamReader::readyRead, &loop, [&] {
        if (reader->content().atEnd)
            loop.quit();
    });
    QObject::connect(watcher, &UnixSignalWatcher::unixSignal, &loop, [&](int number) {
        complete = false;
        *signal = number;
        loop.quit();
    });
    reader->start();
    if (!reader->content().atEnd)
        loop.exec();
    return complete;
}

// --load -: standard input to its end, taken as a file's content is (LoadTask): what it is comes
// from its first bytes, so an image is read whole (within the image file limit) and loaded as an
// image; of a text only what fits is kept, the rest counted, so the truncation is flagged with the
// input's real size, and a NUL byte in the part that fits refuses it.
static int loadStandardInput(const LoaderOptions &options, UnixSignalWatcher *watcher)
{
    const QString &name = options.streamName;
    const qsizetype segmentSize = LoadTask::segmentSize(options.key);
    if (segmentSize == 0)
        return viewerNotRunning();
    if (const QString problem = SegmentWriter::refusal(options.key, segmentSize);
        !problem.isEmpty())
        return refusedSegment(problem);
    const qsizetype capacity = options.layout == LoadTask::Layout::Classic
            ? segmentSize - 1
            : SegmentLayout::textCapacity(segmentSize);
    StreamReader reader(STDIN_FILENO, capacity, StreamReader::Keep::Head);
    reader.setImageLimit(ShmConstants::MaxImageFileBytes);
    int signal = 0;
    if (!readToEnd(&reader, watcher, &signal))
        return interrupted(signal);
    const StreamReader::Content content = reader.content();
    if (!content.error.isEmpty()) {
        printLine(stderr, readProblem(name, content.error));
        return LoadReport::exitCode(SegmentWriter::Status::FileRefused);
    }
    AssetCatalog::Source source;
    source.sourceName = name;
    const LoadTask task(options.key, source, options.layout);
    return prepareAndWrite(
            options, task,
            [task, bytes = content.bytes, total = content.totalBytes](qsizetype size) {
                return task.prepareBytes(bytes, total, size);
            },
            segmentSize, watcher);
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

// SIGINT and SIGTERM end a follow the normal way: exit 0. A write that holds the lock finishes
// first and no other starts (SegmentLock::closeForExit), while the handlers are still installed,
// so a second signal meanwhile cuts nothing.
static void stopOnSignals(UnixSignalWatcher *watcher, const std::function<void()> &stop)
{
    watcher->watch(SIGINT);
    watcher->watch(SIGTERM);
    QObject::connect(watcher, &UnixSignalWatcher::unixSignal, watcher, [stop] {
        SegmentLock::closeForExit(5000);
        stop();
    });
}

static int followStandardInput(const QString &key, const QString &name)
{
    const qsizetype segmentSize = LoadTask::segmentSize(key);
    if (segmentSize == 0)
        return viewerNotRunning();
    if (const QString problem = SegmentWriter::refusal(key, segmentSize); !problem.isEmpty())
        return refusedSegment(problem);
    StreamFollow follow(key, name, SegmentLayout::textCapacity(segmentSize));
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
    case LoaderOptions::Mode::Load: {
        // From the start: a signal ends the load cleanly (nothing written, or the write
        // finished), and one more while that happens is only heard.
        UnixSignalWatcher watcher;
        watcher.watch(SIGINT);
        watcher.watch(SIGTERM);
        return options.readsStandardInput() ? loadStandardInput(options, &watcher)
                                            : load(options, &watcher);
    }
    case LoaderOptions::Mode::Follow:
        if (options.readsStandardInput())
            return followStandardInput(options.key, options.streamName);
        return followFile(options);
    case LoaderOptions::Mode::Window:
        break;
    }
    return fail(tr("The window cannot be shown in headless mode"));
}
