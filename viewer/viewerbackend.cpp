// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "viewerbackend.h"

#include "blockingcall.h"
#include "savename.h"
#include "shmconstants.h"
#include "viewerlog.h"
#include "viewertext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstdio>
#include <memory>
#include <utility>

ViewerBackend::ViewerBackend(QObject *parent)
    : QObject(parent)
    , m_key(QString::fromLatin1(ShmConstants::DefaultKey))
    , m_segmentSize(ShmConstants::DefaultSegmentSize)
    , m_pollInterval(ShmConstants::DefaultPollIntervalMs)
{
    connect(&m_watcher, &SegmentWatcher::opened, this, &ViewerBackend::onOpened);
    connect(&m_watcher, &SegmentWatcher::openFailed, this, &ViewerBackend::onOpenFailed);
    connect(&m_watcher, &SegmentWatcher::contentChanged, this, &ViewerBackend::onContentChanged);
    connect(&m_watcher, &SegmentWatcher::pollError, this, &ViewerBackend::onPollError);
    connect(&m_watcher, &SegmentWatcher::lockWaitChanged, this, &ViewerBackend::noticeChanged);
    connect(&m_watcher, &SegmentWatcher::keyFilesRenewed, this, [this] {
        m_renewNotice = ViewerText::keyFilesRenewed();
        emit noticeChanged();
    });
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ViewerBackend::stop);
}

ViewerBackend::~ViewerBackend()
{
    stop();
}

void ViewerBackend::setKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    emit configChanged();
}

void ViewerBackend::setSegmentSize(double size)
{
    if (qint64(size) == m_segmentSize)
        return;
    m_segmentSize = qint64(size);
    emit configChanged();
}

void ViewerBackend::setPollInterval(int milliseconds)
{
    if (milliseconds == m_pollInterval)
        return;
    m_pollInterval = milliseconds;
    emit configChanged();
}

QString ViewerBackend::placeholderText() const
{
    switch (m_state) {
    case State::Idle:
    case State::Opening:
        return tr("Opening the shared memory segment…");
    case State::Failed:
        return m_openError;
    case State::Unreadable:
        return m_statusText;
    case State::Empty:
    case State::Valid:
    case State::Raw:
        break;
    }
    return ViewerText::placeholder();
}

QString ViewerBackend::noticeText() const
{
    if (m_watcher.isWaitingForLock())
        return ViewerText::lockWait(m_watcher.lockWaitMs());
    if (m_lastWriteInterrupted)
        return ViewerText::interrupted();
    return m_pollError.isEmpty() ? m_renewNotice : m_pollError;
}

void ViewerBackend::start()
{
    if (m_watcher.isRunning())
        return;
    SegmentWorker::Config config;
    config.key = m_key;
    config.requestedSize = m_segmentSize;
    config.intervalMs = m_pollInterval;
    config.indexLines = true;
    m_watcher.setConfig(config);
    m_state = State::Opening;
    //: %1 is the shared memory key
    m_statusText = tr("Opening the shared memory segment “%1”…").arg(m_key);
    emit contentChanged();
    m_watcher.start();
}

void ViewerBackend::stop()
{
    m_watcher.stop();
}

void ViewerBackend::onOpened(qsizetype size)
{
    m_segmentSizeDiffers = size != m_segmentSize;
    if (m_segmentSizeDiffers) {
        m_segmentText = ViewerText::sizeNote(size, m_segmentSize);
        fprintf(stderr, "%s\n", qPrintable(ViewerText::programNote(m_segmentText)));
    } else {
        m_segmentText = ViewerText::segmentInfo(m_key, size);
    }
    emit segmentChanged();
}

void ViewerBackend::onOpenFailed(const QString &message)
{
    qCWarning(lcViewer, "%s", qPrintable(message));
    m_state = State::Failed;
    m_openError = message;
    m_statusText = message;
    emit contentChanged();
}

void ViewerBackend::onContentChanged(const TextSnapshot &content)
{
    // A write cut short: what is shown stays (nothing of it is presented), and a notice says
    // why no new load came; the next whole write ends it.
    const bool interrupted = content.snapshot.state == SegmentSnapshot::State::Interrupted;
    if (interrupted != m_lastWriteInterrupted) {
        m_lastWriteInterrupted = interrupted;
        emit noticeChanged();
    }
    if (interrupted)
        return;
    if (!m_renewNotice.isEmpty()) {
        m_renewNotice.clear(); // loads arrive again: the news is old
        emit noticeChanged();
    }
    // Not for a write cut short above: it took no generation, so nothing counts it.
    countSkips(content.snapshot);
    // What is being read stays while follow latest is off; the first load shows in any case.
    // An empty or unreadable segment joins no history; while reading is kept, it is not shown.
    const bool replace = m_followLatest || m_history.count() == 0;
    const bool kept = m_history.append(content, replace);
    if (replace) {
        show(content, true);
        m_shownIsEntry = kept;
    }
}

// A running total since the stream of frames began, not the gap before each frame: at 60 frames
// a second a count per frame would flicker between 0, 1 and 2, too fast to read, while "120 of
// 600 frames skipped" stays put while the window keeps up and grows steadily while it does not.
// A frame that reached the window but was replaced before it was drawn is not counted.
void ViewerBackend::countSkips(const SegmentSnapshot &snapshot)
{
    const SkipCounter::Count count = m_skips.shown(snapshot);
    if (!snapshot.hasImage() || !count.continued) {
        m_streamArrived = 0;
        m_streamSkipped = 0;
    }
    if (snapshot.hasImage()) {
        ++m_streamArrived;
        m_streamSkipped += count.skipped;
    }
}

void ViewerBackend::setFollowLatest(bool follow)
{
    if (follow == m_followLatest)
        return;
    m_followLatest = follow;
    emit followLatestChanged();
    if (m_followLatest && m_history.unseen() > 0)
        showLatest();
}

void ViewerBackend::showEntry(int index)
{
    if ((index == m_history.current() && m_shownIsEntry) || !m_history.setCurrent(index))
        return;
    show(m_history.entry(index));
    m_shownIsEntry = true;
}

void ViewerBackend::goBack()
{
    // After an empty or unreadable segment the current entry is not on screen: back shows it.
    showEntry(m_shownIsEntry ? m_history.current() - 1 : m_history.current());
}

QUrl ViewerBackend::suggestedFileUrl() const
{
    // The name comes from the segment: SaveName makes one that cannot lie about what it holds.
    const QString name = SaveName::suggested(m_snapshot.sourceName, m_snapshot.contentType);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

void ViewerBackend::saveAs(const QUrl &fileUrl)
{
    if (!canSave()) {
        emit saveFinished(false, tr("Nothing to save: no text or image is shown"));
        return;
    }
    const QString path = localPath(fileUrl);
    if (path.isEmpty()) {
        emit saveFinished(false, tr("Cannot save to %1: not a local file").arg(fileUrl.toString()));
        return;
    }
    // A slow or hung file system must not freeze the window, nor its closing: the write is a
    // BlockingCall, abandoned (never joined) if the window closes while it hangs.
    const QByteArray bytes = m_snapshot.payload;
    auto outcome = std::make_shared<std::pair<bool, QString>>();
    auto *call = new BlockingCall(
            [path, bytes, outcome] {
                QSaveFile file(path);
                bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
                ok = ok && file.commit();
                outcome->first = ok;
                outcome->second = ok
                        ? tr("Saved %1 to %2").arg(ViewerText::bytes(bytes.size()), path)
                        : tr("Cannot save to %1: %2").arg(path, file.errorString());
            },
            this);
    connect(call, &BlockingCall::finished, this, [this, call, outcome] {
        call->deleteLater();
        emit saveFinished(outcome->first, outcome->second);
    });
}

// Qt 6.4's Quick file dialog joins its folder and the typed name into a URL without a scheme, so
// a typed absolute path comes back as "/folder//typed/path": the typed path is what was meant.
QString ViewerBackend::localPath(const QUrl &fileUrl)
{
    if (fileUrl.isLocalFile())
        return fileUrl.toLocalFile();
    if (!fileUrl.scheme().isEmpty() || fileUrl.path().isEmpty())
        return {};
    QString path = fileUrl.path();
    const qsizetype typedAbsolute = path.lastIndexOf(QLatin1String("//"));
    if (typedAbsolute >= 0)
        path = path.mid(typedAbsolute + 1);
    return QDir::cleanPath(path);
}

void ViewerBackend::show(const TextSnapshot &content, bool live)
{
    const SegmentSnapshot &snapshot = content.snapshot;
    switch (snapshot.state) {
    case SegmentSnapshot::State::Empty:
        m_state = State::Empty;
        break;
    case SegmentSnapshot::State::Valid:
        m_state = State::Valid;
        break;
    case SegmentSnapshot::State::Raw:
        m_state = State::Raw;
        break;
    case SegmentSnapshot::State::Unreadable:
    case SegmentSnapshot::State::Interrupted: // never shown: onContentChanged() keeps what was
        m_state = State::Unreadable;
        break;
    }
    m_snapshot = snapshot;
    m_statusText = ViewerText::status(snapshot);
    if (live && snapshot.hasImage() && m_streamSkipped > 0)
        m_statusText = ViewerText::framesSkipped(m_statusText, m_streamSkipped,
                                                 m_streamArrived + m_streamSkipped);
    m_statusWarning = snapshot.hasText() && (snapshot.truncated || !snapshot.validUtf8);
    if (snapshot.hasText())
        m_lines.setText(snapshot.payload, content.lines);
    else
        m_lines.clear();
    m_image = content.image;

    emit contentChanged();
    emit textReplaced();
}

void ViewerBackend::onPollError(const QString &message)
{
    if (message == m_pollError)
        return;
    m_pollError = message;
    emit noticeChanged();
}
