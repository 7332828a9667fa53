// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWERBACKEND_H
#define VIEWERBACKEND_H

#include "segmentwatcher.h"
#include "skipcounter.h"
#include "textlinesmodel.h"
#include "viewerhistory.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// The window's view of the segment: the text as a line model plus the status texts. Set key,
// segmentSize and pollInterval, then start(); polling runs on a worker thread (SegmentWatcher).
class ViewerBackend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY configChanged)
    Q_PROPERTY(double segmentSize READ segmentSize WRITE setSegmentSize NOTIFY configChanged)
    Q_PROPERTY(int pollInterval READ pollInterval WRITE setPollInterval NOTIFY configChanged)
    Q_PROPERTY(TextLinesModel *lines READ lines CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY contentChanged)
    Q_PROPERTY(bool hasText READ hasText NOTIFY contentChanged)
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY contentChanged)
    Q_PROPERTY(QString placeholderText READ placeholderText NOTIFY contentChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY contentChanged)
    // The text shown is not the whole file, or not valid UTF-8: the status line says how.
    Q_PROPERTY(bool statusWarning READ statusWarning NOTIFY contentChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY contentChanged)
    // The header's media type ("text/markdown; charset=utf-8", "image/png"); text/plain for raw
    // text.
    Q_PROPERTY(QString contentType READ contentType NOTIFY contentChanged)
    Q_PROPERTY(double generation READ generation NOTIFY contentChanged)
    // A stream of frames: the writes of it that never reached the window, and all its writes
    // (those shown or kept, and those skipped), since it began. The status line says them.
    Q_PROPERTY(double skippedFrames READ skippedFrames NOTIFY contentChanged)
    Q_PROPERTY(double streamFrames READ streamFrames NOTIFY contentChanged)
    Q_PROPERTY(QString segmentText READ segmentText NOTIFY segmentChanged)
    Q_PROPERTY(bool segmentSizeDiffers READ segmentSizeDiffers NOTIFY segmentChanged)
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY noticeChanged)
    Q_PROPERTY(bool waitingForLock READ waitingForLock NOTIFY noticeChanged)
    // The last loads, and which of them is on screen.
    Q_PROPERTY(ViewerHistory *history READ history CONSTANT)
    // On: every new load replaces what is shown. Off: new loads join the history unseen.
    Q_PROPERTY(bool followLatest READ followLatest WRITE setFollowLatest NOTIFY followLatestChanged)
    // Whether there is a payload to save, and a file name to offer for it.
    Q_PROPERTY(bool canSave READ canSave NOTIFY contentChanged)
    Q_PROPERTY(QUrl suggestedFileUrl READ suggestedFileUrl NOTIFY contentChanged)
public:
    enum class State { Idle, Opening, Failed, Empty, Valid, Raw, Unreadable };
    Q_ENUM(State)

    explicit ViewerBackend(QObject *parent = nullptr);
    ~ViewerBackend() override;

    QString key() const { return m_key; }
    void setKey(const QString &key);
    double segmentSize() const { return double(m_segmentSize); }
    void setSegmentSize(double size);
    int pollInterval() const { return m_pollInterval; }
    void setPollInterval(int milliseconds);

    TextLinesModel *lines() { return &m_lines; }
    State state() const { return m_state; }
    bool hasText() const
    {
        return (m_state == State::Valid || m_state == State::Raw) && !m_snapshot.hasImage();
    }
    bool hasImage() const
    {
        return (m_state == State::Valid || m_state == State::Raw) && m_snapshot.hasImage();
    }
    QImage image() const { return m_image; }
    QString placeholderText() const;
    QString statusText() const { return m_statusText; }
    bool statusWarning() const { return m_statusWarning; }
    QString sourceName() const { return m_snapshot.sourceName; }
    QString contentType() const { return m_snapshot.contentType; }
    double generation() const { return double(m_snapshot.generation); }
    double skippedFrames() const { return double(m_streamSkipped); }
    double streamFrames() const { return double(m_streamArrived + m_streamSkipped); }
    // The writer's time of the shown content, ms since the epoch; 0 when unknown (raw text).
    qint64 loadedAtMs() const
    {
        return m_snapshot.loadedAt.isValid() ? m_snapshot.loadedAt.toMSecsSinceEpoch() : 0;
    }
    ViewerHistory *history() { return &m_history; }
    bool followLatest() const { return m_followLatest; }
    void setFollowLatest(bool follow);
    bool canSave() const { return hasText() || hasImage(); }
    // The source's name in the user's documents folder (or home).
    QUrl suggestedFileUrl() const;
    QString segmentText() const { return m_segmentText; }
    bool segmentSizeDiffers() const { return m_segmentSizeDiffers; }
    QString noticeText() const;
    bool waitingForLock() const { return m_watcher.isWaitingForLock(); }

    // Creates or attaches on the worker thread and starts polling. Configuration is read now.
    Q_INVOKABLE void start();
    // Stops polling and detaches; returns within about a second even when the lock is stuck.
    Q_INVOKABLE void stop();

    // Shows an entry of the history: an older load, a newer one, the newest.
    Q_INVOKABLE void showEntry(int index);
    Q_INVOKABLE void goBack();
    Q_INVOKABLE void goForward() { showEntry(m_history.current() + 1); }
    Q_INVOKABLE void showLatest() { showEntry(m_history.count() - 1); }

    // Writes exactly the bytes of what is shown (the text as stored, or the image file as loaded)
    // to a local file, off the GUI thread; saveFinished() tells how it went.
    Q_INVOKABLE void saveAs(const QUrl &fileUrl);

signals:
    void configChanged();
    void contentChanged();
    // A new snapshot replaced the text: the view scrolls to the top.
    void textReplaced();
    void segmentChanged();
    void noticeChanged();
    void followLatestChanged();
    // ok false: message says why nothing, or not all, was written.
    void saveFinished(bool ok, const QString &message);

private:
    void onOpened(qsizetype size);
    void onOpenFailed(const QString &message);
    void onContentChanged(const TextSnapshot &content);
    void countSkips(const SegmentSnapshot &snapshot);
    // live: the newest write, just arrived (its status line says how many frames were skipped).
    void show(const TextSnapshot &content, bool live = false);
    static QString localPath(const QUrl &fileUrl);
    void onPollError(const QString &message);

    QString m_key;
    qint64 m_segmentSize;
    int m_pollInterval;

    SegmentWatcher m_watcher;
    TextLinesModel m_lines;
    State m_state = State::Idle;
    SegmentSnapshot m_snapshot; // what is shown; its payload is shared with the model and history
    QImage m_image;
    ViewerHistory m_history;
    bool m_followLatest = true;
    // What is shown is the history's current entry (not an empty or unreadable segment since).
    bool m_shownIsEntry = false;
    SkipCounter m_skips;
    quint64 m_streamArrived = 0; // frames of the current stream that reached the window
    quint64 m_streamSkipped = 0; // and those that did not
    QString m_statusText;
    bool m_statusWarning = false;
    QString m_openError;
    QString m_pollError;
    bool m_lastWriteInterrupted = false;
    QString m_renewNotice; // the key files were made anew; until the next content arrives
    QString m_segmentText;
    bool m_segmentSizeDiffers = false;
};

#endif // VIEWERBACKEND_H
