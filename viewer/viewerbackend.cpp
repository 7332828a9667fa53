// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "viewerbackend.h"

#include "shmconstants.h"
#include "viewerlog.h"
#include "viewertext.h"

#include <QCoreApplication>

#include <cstdio>

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
        return QStringLiteral("Opening the shared memory segment…");
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
    return m_pollError;
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
    m_statusText = QStringLiteral("Opening the shared memory segment “%1”…").arg(m_key);
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
        const QString line = QCoreApplication::applicationName() + QStringLiteral(": ")
                + m_segmentText.left(1).toLower() + m_segmentText.mid(1);
        fprintf(stderr, "%s\n", qPrintable(line));
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
        m_state = State::Unreadable;
        break;
    }
    m_snapshot = snapshot;
    m_snapshot.payload.clear();
    m_statusText = ViewerText::status(snapshot);
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
