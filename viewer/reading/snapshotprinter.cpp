// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "snapshotprinter.h"

#include "snapshotjson.h"
#include "viewertext.h"

SnapshotPrinter::SnapshotPrinter(const SegmentWorker::Config &config, FILE *out, QObject *parent)
    : QObject(parent)
    , m_out(out)
{
    SegmentWorker::Config printConfig = config;
    printConfig.indexLines = false;
    m_watcher.setConfig(printConfig);
    connect(&m_watcher, &SegmentWatcher::opened, this, &SnapshotPrinter::onOpened);
    connect(&m_watcher, &SegmentWatcher::openFailed, this, [this](const QString &message) {
        note(message);
        emit failed(message);
    });
    connect(&m_watcher, &SegmentWatcher::contentChanged, this, &SnapshotPrinter::onContentChanged);
    connect(&m_watcher, &SegmentWatcher::pollError, this, [this](const QString &message) {
        if (!message.isEmpty())
            note(message);
    });
    connect(&m_watcher, &SegmentWatcher::lockWaitChanged, this,
            &SnapshotPrinter::onLockWaitChanged);
    connect(&m_watcher, &SegmentWatcher::keyFilesRenewed, this,
            [this] { note(ViewerText::keyFilesRenewed()); });
}

void SnapshotPrinter::start()
{
    m_watcher.start();
}

void SnapshotPrinter::stop()
{
    m_watcher.stop();
}

void SnapshotPrinter::note(const QString &message)
{
    const QString line = ViewerText::programNote(message) + u'\n';
    fputs(line.toLocal8Bit().constData(), stderr);
}

void SnapshotPrinter::onOpened(qsizetype size)
{
    const qint64 requested = m_watcher.config().requestedSize;
    if (size != requested)
        note(ViewerText::sizeNote(size, requested));
}

void SnapshotPrinter::onContentChanged(const TextSnapshot &content)
{
    const SegmentSnapshot &snapshot = content.snapshot;
    // An empty segment prints nothing, but counts: the writes after it are numbered from 1.
    const quint64 skipped = m_skips.shown(snapshot).skipped;
    if (!SnapshotJson::isPrintable(snapshot))
        return;
    const QByteArray line = SnapshotJson::toLine(snapshot, skipped);
    fwrite(line.constData(), 1, size_t(line.size()), m_out);
    fflush(m_out);
    emit printed(snapshot.generation,
                 snapshot.loadedAt.isValid() ? snapshot.loadedAt.toMSecsSinceEpoch() : 0);
}

void SnapshotPrinter::onLockWaitChanged()
{
    // A line when the wait begins, every 5 s while it lasts, and when it ends: enough to see a
    // stuck holder without flooding stderr.
    if (!m_watcher.isWaitingForLock()) {
        if (m_reportedWaitSeconds >= 0)
            note(tr("The segment lock is free again"));
        m_reportedWaitSeconds = -1;
        return;
    }
    const qint64 seconds = m_watcher.lockWaitMs() / 1000;
    if (m_reportedWaitSeconds < 0 || seconds >= m_reportedWaitSeconds + 5) {
        note(ViewerText::lockWait(m_watcher.lockWaitMs()));
        m_reportedWaitSeconds = seconds;
    }
}
