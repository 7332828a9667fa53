// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "headlessmode.h"

#include "assetcatalog.h"
#include "blockingcall.h"
#include "loaderoptions.h"
#include "loadreport.h"
#include "loadtask.h"
#include "segmentlock.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace HeadlessMode {

static void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

static int fail(const QString &text)
{
    printLine(stderr, text);
    return 1;
}

static int list(const AssetCatalog &catalog)
{
    if (!catalog.problem().isEmpty())
        return fail(catalog.problem());
    for (const QString &name : catalog.names())
        printLine(stdout, name);
    return 0;
}

static int load(const AssetCatalog &catalog, const QString &target, const QString &key,
                int timeoutMs)
{
    if (catalog.folderMissing())
        return fail(catalog.problem());

    // Every load is a BlockingCall, even here: attach() and lock() have no timeout of their own,
    // so waiting on the call is the only way to give up after --timeout.
    const LoadTask task(key, catalog.resolve(target));
    auto result = std::make_shared<SegmentWriter::Result>();
    BlockingCall call([task, result] { *result = task.run(); });
    if (!call.wait(timeoutMs >= 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer::Forever)) {
        // No write starts from now on; one that had the lock already finishes, and then the
        // call reports as usual. Otherwise nothing was written, and main() leaves through
        // BlockingCall::exitProcess(): the stuck call is never joined.
        const bool writing = SegmentLock::closeForExit(5000);
        if (!writing || !call.wait(QDeadlineTimer(1000))) {
            printLine(stderr,
                      QStringLiteral("Timed out after %1 ms waiting for the shared memory lock "
                                     "(another process holds it); nothing was loaded")
                              .arg(timeoutMs));
            return 1;
        }
    }
    printLine(result->status == SegmentWriter::Status::Loaded ? stdout : stderr,
              LoadReport::message(*result));
    return LoadReport::exitCode(result->status);
}

int run(const LoaderOptions &options)
{
    switch (options.mode) {
    case LoaderOptions::Mode::List:
        return list(AssetCatalog(options.assetsDir));
    case LoaderOptions::Mode::Load:
        return load(AssetCatalog(options.assetsDir), options.loadTarget, options.key,
                    options.timeoutMs);
    case LoaderOptions::Mode::Window:
        break;
    }
    return fail(QStringLiteral("The window cannot be shown in headless mode"));
}

} // namespace HeadlessMode
