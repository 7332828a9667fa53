// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTWORKER_H
#define SEGMENTWORKER_H

#include "keyfilekeeper.h"
#include "segmentreaper.h"
#include "textsnapshot.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

class SegmentReader;

// The viewer's reading loop, run() on a BlockingCall's thread: everything that can block on the
// segment's lock happens there (create/attach, every poll, the final detach). Between polls it
// sleeps on the header's wake word, so a write is seen as soon as its writer unlocks, and a
// writer that does not ring is seen at the next poll interval.
//
// It also keeps the segment's key files in /tmp (KeyFileKeeper): when one is deleted anyway, it
// makes the segment anew on what the key names now, so loads keep arriving, and keeps showing
// what it showed until the next one does.
//
// Snapshots go out through a mailbox of one: a newer one replaces one the owner has not taken
// yet, so a writer hammering the segment never queues up snapshots (or memory) behind the GUI.
class SegmentWorker : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString key;
        qsizetype requestedSize = 0;
        int intervalMs = 100;
        bool indexLines = true; // the window needs a line index, --print does not
    };

    explicit SegmentWorker(const Config &config);
    ~SegmentWorker() override;

    // Opens, then polls until stop(); detaches on the way out.
    void run();
    // From any thread: run() returns at its next wait, at once when it is waiting.
    void stop();

    // The latest snapshot not taken yet, if any (any thread).
    std::optional<TextSnapshot> takeContent();
    // Steady-clock milliseconds at which the current blocking call began; 0 while none is.
    qint64 busySince() const { return m_busySince.load(std::memory_order_acquire); }
    static qint64 steadyNowMs();
    // The segment and semaphore attached to (any thread): what a reaper of this worker's segment
    // works from, even when the key files are gone.
    SegmentReaper::Ids ids() const;

signals:
    // Emitted from run()'s thread; connect with a queued (or auto) connection.
    void opened(qsizetype size);
    void openFailed(const QString &message);
    // A snapshot arrived in an empty mailbox: takeContent() has it.
    void contentAvailable();
    // Emitted when the poll result switches between working ("") and failing (the reason).
    void pollError(const QString &message);
    // A key file had gone: the segment was made anew (or joined again) on the key files as they
    // are now.
    void keyFilesRenewed();

private:
    void poll();
    bool open(SegmentReader &reader);
    void setReader(SegmentReader *reader);
    std::unique_ptr<SegmentReader> renew(std::unique_ptr<SegmentReader> old);
    class BusyScope;

    const Config m_config;
    std::atomic<qint64> m_busySince{0};
    std::atomic<bool> m_stopping{false};
    mutable std::mutex m_mutex; // guards m_reader's pointer (for stop()), m_ids and the mailbox
    SegmentReader *m_reader = nullptr;
    SegmentReaper::Ids m_ids;
    KeyFileKeeper m_keeper;
    bool m_keepShowing = false; // after a renewal: the new segment's emptiness is no news
    std::optional<TextSnapshot> m_mailbox;
    QString m_lastError;
};

#endif // SEGMENTWORKER_H
