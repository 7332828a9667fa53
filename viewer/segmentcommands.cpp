// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentcommands.h"

#include "segmentreaper.h"
#include "segmentstatus.h"
#include "snapshotjson.h"
#include "viewertext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace SegmentCommands {

static void print(FILE *stream, const QString &text)
{
    fputs(text.toUtf8().constData(), stream);
}

static QJsonObject toJson(const SegmentStatus &status)
{
    QJsonObject object{{QStringLiteral("key"), status.key},
                       {QStringLiteral("exists"), status.segment.exists},
                       {QStringLiteral("orphan"), status.isOrphan()},
                       {QStringLiteral("keyFile"), status.segmentKeyFile},
                       {QStringLiteral("keyFileExists"), status.segmentKeyFileExists},
                       {QStringLiteral("semaphoreKeyFile"), status.semaphoreKeyFile},
                       {QStringLiteral("semaphoreKeyFileExists"), status.semaphoreKeyFileExists}};
    if (status.segment.exists) {
        const SegmentStatus::Segment &s = status.segment;
        object.insert(QStringLiteral("segment"),
                      QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("size"), double(s.size)},
                                  {QStringLiteral("attached"), double(s.attachments)},
                                  {QStringLiteral("creatorPid"), double(s.creatorPid)},
                                  {QStringLiteral("creatorAlive"), s.creatorAlive},
                                  {QStringLiteral("ownerUid"), double(s.ownerUid)}});
    }
    if (status.contentRead) {
        const SegmentSnapshot &c = status.content;
        QJsonObject content{{QStringLiteral("state"), SnapshotJson::stateName(c.state)}};
        if (c.state == SegmentSnapshot::State::Valid || c.state == SegmentSnapshot::State::Raw) {
            content.insert(QStringLiteral("contentType"), c.contentType);
            content.insert(QStringLiteral("originalBytes"), double(c.originalSize));
        }
        if (c.state == SegmentSnapshot::State::Valid) {
            content.insert(QStringLiteral("seq"), double(c.generation));
            content.insert(QStringLiteral("source"), c.sourceName);
            content.insert(QStringLiteral("writerPid"), double(c.writerPid));
            content.insert(QStringLiteral("loadedAt"),
                           c.loadedAt.toUTC().toString(Qt::ISODateWithMs));
        }
        if (c.state == SegmentSnapshot::State::Unreadable)
            content.insert(QStringLiteral("problem"), c.problem);
        object.insert(QStringLiteral("content"), content);
    }
    if (status.lock.exists) {
        const SegmentStatus::Lock &l = status.lock;
        object.insert(QStringLiteral("lock"),
                      QJsonObject{{QStringLiteral("id"), l.id},
                                  {QStringLiteral("free"), l.free},
                                  {QStringLiteral("lastPid"), double(l.lastPid)},
                                  {QStringLiteral("waiting"), double(l.waiting)}});
    }
    return object;
}

static QString toText(const SegmentStatus &status)
{
    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("  %1 %2\n").arg(label, -14).arg(value);
    };
    if (!status.segment.exists) {
        text = QStringLiteral("No segment for key “%1”.\n").arg(status.key);
    } else {
        const SegmentStatus::Segment &s = status.segment;
        text = status.isOrphan()
                ? QStringLiteral("Segment “%1”: an orphan — no process is attached (shm-viewer "
                                 "--cleanup removes it; the next viewer would reuse it).\n")
                          .arg(status.key)
                : QStringLiteral("Segment “%1”: in use.\n").arg(status.key);
        line(QStringLiteral("size"), ViewerText::bytes(s.size));
        line(QStringLiteral("attached"),
             s.attachments == 1 ? QStringLiteral("1 process")
                                : QStringLiteral("%1 processes").arg(s.attachments));
        line(QStringLiteral("created by"),
             QStringLiteral("pid %1 (%2)")
                     .arg(s.creatorPid)
                     .arg(s.creatorAlive ? QStringLiteral("running") : QStringLiteral("gone")));
    }
    if (status.contentRead) {
        const SegmentSnapshot &c = status.content;
        switch (c.state) {
        case SegmentSnapshot::State::Empty:
            line(QStringLiteral("content"), QStringLiteral("empty: nothing loaded yet"));
            break;
        case SegmentSnapshot::State::Valid:
            line(QStringLiteral("content"),
                 QStringLiteral("%1, %2, %3")
                         .arg(c.sourceName, c.contentType,
                              ViewerText::bytes(qint64(c.originalSize))));
            line(QStringLiteral("last write"),
                 QStringLiteral("generation %1, by pid %2, at %3")
                         .arg(c.generation)
                         .arg(c.writerPid)
                         .arg(c.loadedAt.toLocalTime().toString(Qt::ISODate)));
            break;
        case SegmentSnapshot::State::Raw:
            line(QStringLiteral("content"),
                 QStringLiteral("raw text without a header (a classic loader), %1")
                         .arg(ViewerText::bytes(qint64(c.originalSize))));
            break;
        case SegmentSnapshot::State::Unreadable:
            line(QStringLiteral("content"), QStringLiteral("unreadable: %1").arg(c.problem));
            break;
        }
    }
    if (status.lock.exists) {
        const SegmentStatus::Lock &l = status.lock;
        QString lock = l.free
                ? QStringLiteral("free (last taken or released by pid %1)").arg(l.lastPid)
                : QStringLiteral("taken, by pid %1").arg(l.lastPid);
        if (l.waiting > 0)
            lock += QStringLiteral(", %1 waiting").arg(l.waiting);
        line(QStringLiteral("lock"), lock);
    } else if (status.segment.exists) {
        line(QStringLiteral("lock"), QStringLiteral("no semaphore (made on the next lock)"));
    }
    const auto file = [](const QString &path, bool exists) {
        return exists ? path : path + QStringLiteral(" (missing)");
    };
    if (status.segment.exists || status.segmentKeyFileExists || status.semaphoreKeyFileExists
        || status.lock.exists) {
        line(QStringLiteral("key files"), file(status.segmentKeyFile, status.segmentKeyFileExists));
        line(QString(), file(status.semaphoreKeyFile, status.semaphoreKeyFileExists));
    }
    return text;
}

int status(const QString &key, bool json)
{
    const SegmentStatus status = SegmentStatus::inspect(key, SegmentStatus::Content::Read);
    if (json)
        print(stdout,
              QString::fromUtf8(QJsonDocument(toJson(status)).toJson(QJsonDocument::Compact))
                      + u'\n');
    else
        print(stdout, toText(status));
    return status.segment.exists ? 0 : 2;
}

int cleanup(const QString &key)
{
    const SegmentStatus before = SegmentStatus::inspect(key);
    switch (SegmentReaper::removeIfUnused(key)) {
    case SegmentReaper::Result::Removed:
        print(stdout,
              QStringLiteral("Removed the orphaned segment “%1”, %2, with its semaphore and key "
                             "files.\n")
                      .arg(key, ViewerText::bytes(before.segment.size)));
        return 0;
    case SegmentReaper::Result::Absent:
        print(stdout,
              before.lock.exists || before.segmentKeyFileExists || before.semaphoreKeyFileExists
                      ? QStringLiteral("No segment for key “%1”; removed the semaphore and key "
                                       "files left without one.\n")
                                .arg(key)
                      : QStringLiteral("No segment for key “%1”: nothing to remove.\n").arg(key));
        return 2;
    case SegmentReaper::Result::InUse: {
        const qint64 attached = SegmentStatus::inspect(key).segment.attachments;
        print(stderr,
              QStringLiteral("shm-viewer: not removed: %1 attached to segment “%2”. Quit them "
                             "first; a segment in use is removed by the last one to leave.\n")
                      .arg(attached == 1 ? QStringLiteral("1 process is")
                                         : QStringLiteral("%1 processes are").arg(attached),
                           key));
        return 1;
    }
    case SegmentReaper::Result::Failed:
        break;
    }
    print(stderr,
          QStringLiteral("shm-viewer: could not remove segment “%1”: permission denied, or its "
                         "lock stayed taken for a second by a process not attached to it.\n")
                  .arg(key));
    return 1;
}

} // namespace SegmentCommands
