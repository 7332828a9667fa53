// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentcommands.h"

#include "displaytext.h"
#include "segmentreaper.h"
#include "segmentstatus.h"
#include "snapshotjson.h"
#include "viewertext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

// The file's own functions use SegmentCommands::tr(): one translation context for --status and
// --cleanup.
namespace {

void print(FILE *stream, const QString &text)
{
    fputs(text.toUtf8().constData(), stream);
}

// Never translated: the same bytes in every language, for scripts.
QJsonObject toJson(const SegmentStatus &status)
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
    // Whether the programs would use this key: false when a key file, the segment or the lock is
    // another user's (the text output says which, in the user's language).
    object.insert(QStringLiteral("trusted"), status.trustProblem.isEmpty());
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
        if (c.state == SegmentSnapshot::State::Unreadable
            || c.state == SegmentSnapshot::State::Interrupted)
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

// The width of a text in a terminal's columns: East Asian wide characters take two.
int columns(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// The rows of the human status: a label, then its value, the values lined up.
class Rows
{
public:
    void add(const QString &label, const QString &value) { m_rows.append({label, value}); }
    QString text() const
    {
        int width = 14; // the English labels' column
        for (const auto &row : m_rows)
            width = qMax(width, columns(row.first));
        QString text;
        for (const auto &row : m_rows) {
            text += QStringLiteral("  ") + row.first + QString(width - columns(row.first), u' ')
                    + u' ' + row.second + u'\n';
        }
        return text;
    }

private:
    QList<std::pair<QString, QString>> m_rows;
};

QString processCount(qint64 count)
{
    if (count == 1) {
        //: --status: one process is attached to the segment
        return SegmentCommands::tr("1 process");
    }
    //: --status: how many processes are attached to the segment
    return SegmentCommands::tr("%1 processes").arg(count);
}

// Every value from the segment or the command line in these lines goes through
// DisplayText::escaped(): a source name must not drive the terminal. --json escapes on its own.

// The first line: whether there is a segment, and whether anyone uses it.
QString heading(const SegmentStatus &status)
{
    const QString key = DisplayText::escaped(status.key);
    if (!status.segment.exists) {
        //: %1 is the shared memory key
        return SegmentCommands::tr("No segment for key “%1”.").arg(key);
    }
    if (status.isOrphan()) {
        //: %1 is the shared memory key; keep shm-viewer --cleanup as it is
        return SegmentCommands::tr("Segment “%1”: an orphan — no process is attached "
                                   "(shm-viewer --cleanup removes it; the next viewer "
                                   "would reuse it).")
                .arg(key);
    }
    //: %1 is the shared memory key
    return SegmentCommands::tr("Segment “%1”: in use.").arg(key);
}

// The segment's size, attachments and creator.
void addSegment(Rows &rows, const SegmentStatus::Segment &s)
{
    //: --status row label: the segment's size
    rows.add(SegmentCommands::tr("size"), ViewerText::bytes(s.size));
    //: --status row label: how many processes are attached
    rows.add(SegmentCommands::tr("attached"), processCount(s.attachments));
    //: --status row label: the process that created the segment
    const QString createdLabel = SegmentCommands::tr("created by");
    if (s.creatorAlive) {
        //: %1 is the id of the process that created the segment, still running
        rows.add(createdLabel, SegmentCommands::tr("pid %1 (running)").arg(s.creatorPid));
    } else {
        //: %1 is the id of the process that created the segment; it has ended
        rows.add(createdLabel, SegmentCommands::tr("pid %1 (gone)").arg(s.creatorPid));
    }
}

// What the segment holds, and for our header the last write.
void addContent(Rows &rows, const SegmentStatus &status)
{
    //: --status row label: what the segment holds
    const QString contentLabel = SegmentCommands::tr("content");
    const SegmentSnapshot &c = status.content;
    const QString size = ViewerText::bytes(qint64(c.originalSize));
    switch (c.state) {
    case SegmentSnapshot::State::Empty:
        rows.add(contentLabel, SegmentCommands::tr("empty: nothing loaded yet"));
        break;
    case SegmentSnapshot::State::Valid: {
        // Values only (source name, content type, size): nothing to translate.
        rows.add(contentLabel,
                 QStringLiteral("%1, %2, %3")
                         .arg(DisplayText::escaped(c.sourceName),
                              DisplayText::escaped(c.contentType), size));
        //: --status row label: the last write into the segment
        const QString lastWriteLabel = SegmentCommands::tr("last write");
        //: %1 is a number (the write's sequence number), %2 a process id, %3 a date and
        //: time (2026-01-01T15:24:06)
        rows.add(lastWriteLabel,
                 SegmentCommands::tr("generation %1, by pid %2, at %3")
                         .arg(QString::number(c.generation), QString::number(c.writerPid),
                              c.loadedAt.toLocalTime().toString(Qt::ISODate)));
        break;
    }
    case SegmentSnapshot::State::Raw:
        if (c.kind == SegmentSnapshot::Kind::Image) {
            //: %1 × %2 is the image's width and height in pixels, %3 its size in bytes; keep
            //: QDataStream << QImage as it is
            rows.add(contentLabel,
                     SegmentCommands::tr("raw image without a header (QDataStream << QImage, "
                                         "as Qt's Shared Memory Example writes it), %1 × %2, "
                                         "%3")
                             .arg(QString::number(c.width), QString::number(c.height), size));
        } else {
            //: %1 is the text's size, such as 42 bytes
            rows.add(contentLabel,
                     SegmentCommands::tr("raw text without a header (a classic loader), %1")
                             .arg(size));
        }
        break;
    case SegmentSnapshot::State::Unreadable:
        //: %1 is why, in English in every language (as --status --json reports it)
        rows.add(contentLabel,
                 SegmentCommands::tr("unreadable: %1").arg(DisplayText::escaped(c.problem)));
        break;
    case SegmentSnapshot::State::Interrupted:
        if (status.lock.exists && !status.lock.free) {
            rows.add(contentLabel,
                     SegmentCommands::tr("a write is under way (its writer holds the lock)"));
        } else {
            rows.add(contentLabel,
                     SegmentCommands::tr("the last write was interrupted: its writer ended "
                                         "half-way, and nothing of it is shown"));
        }
        break;
    }
}

// Whether the lock is free, who had it last, and who waits for it.
QString lockState(const SegmentStatus::Lock &l)
{
    const QString pid = QString::number(l.lastPid);
    const QString waiting = QString::number(l.waiting);
    if (l.free && l.waiting > 0) {
        //: %1 is a process id, %2 how many processes wait for the lock
        return SegmentCommands::tr("free (last taken or released by pid %1), %2 waiting")
                .arg(pid, waiting);
    }
    if (l.free) {
        //: %1 is a process id
        return SegmentCommands::tr("free (last taken or released by pid %1)").arg(pid);
    }
    if (l.waiting > 0) {
        //: %1 is a process id, %2 how many processes wait for the lock
        return SegmentCommands::tr("taken, by pid %1, %2 waiting").arg(pid, waiting);
    }
    //: %1 is a process id
    return SegmentCommands::tr("taken, by pid %1").arg(pid);
}

// The two key files, each marked when it is missing.
void addKeyFiles(Rows &rows, const SegmentStatus &status)
{
    const auto file = [](const QString &path, bool exists) {
        if (exists)
            return DisplayText::escaped(path);
        //: %1 is a file's path
        return SegmentCommands::tr("%1 (missing)").arg(DisplayText::escaped(path));
    };
    //: --status row label: the paths of the two key files
    rows.add(SegmentCommands::tr("key files"),
             file(status.segmentKeyFile, status.segmentKeyFileExists));
    rows.add(QString(), file(status.semaphoreKeyFile, status.semaphoreKeyFileExists));
}

QString toText(const SegmentStatus &status)
{
    Rows rows;
    if (status.segment.exists)
        addSegment(rows, status.segment);
    if (status.contentRead)
        addContent(rows, status);
    if (!status.trustProblem.isEmpty()) {
        //: --status row label: whose the segment is, when it is not the user's
        rows.add(SegmentCommands::tr("owner"), status.trustProblem);
    }
    //: --status row label: the segment's lock (a semaphore)
    const QString lockLabel = SegmentCommands::tr("lock");
    if (status.lock.exists)
        rows.add(lockLabel, lockState(status.lock));
    else if (status.segment.exists)
        rows.add(lockLabel, SegmentCommands::tr("no semaphore (made on the next lock)"));
    if (status.segment.exists || status.segmentKeyFileExists || status.semaphoreKeyFileExists
        || status.lock.exists)
        addKeyFiles(rows, status);
    return heading(status) + u'\n' + rows.text();
}

} // namespace

int SegmentCommands::status(const QString &key, bool json)
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

int SegmentCommands::cleanup(const QString &key)
{
    // The key as a terminal may show it.
    const QString shownKey = DisplayText::escaped(key);
    // Error lines start with the program's name, as Qt's own command line errors do.
    const QString program = QStringLiteral("shm-viewer: ");
    const SegmentStatus before = SegmentStatus::inspect(key);
    switch (SegmentReaper::removeIfUnused(key)) {
    case SegmentReaper::Result::Removed:
        //: %1 is the shared memory key, %2 the segment's size, such as 65,536 bytes
        print(stdout,
              tr("Removed the orphaned segment “%1”, %2, with its semaphore and key files.")
                              .arg(shownKey, ViewerText::bytes(before.segment.size))
                      + u'\n');
        return 0;
    case SegmentReaper::Result::Absent:
        if (before.lock.exists || before.segmentKeyFileExists || before.semaphoreKeyFileExists) {
            //: %1 is the shared memory key
            print(stdout,
                  tr("No segment for key “%1”; removed the semaphore and key files left without "
                     "one.")
                                  .arg(shownKey)
                          + u'\n');
        } else {
            //: %1 is the shared memory key
            print(stdout, tr("No segment for key “%1”: nothing to remove.").arg(shownKey) + u'\n');
        }
        return 2;
    case SegmentReaper::Result::InUse: {
        const qint64 attached = SegmentStatus::inspect(key).segment.attachments;
        if (attached == 1) {
            //: %1 is the shared memory key
            print(stderr,
                  program
                          + tr("not removed: 1 process is attached to segment “%1”. Quit it "
                               "first; a segment in use is removed by the last one to leave.")
                                    .arg(shownKey)
                          + u'\n');
        } else {
            //: %1 is a number of processes, %2 the shared memory key
            print(stderr,
                  program
                          + tr("not removed: %1 processes are attached to segment “%2”. Quit "
                               "them first; a segment in use is removed by the last one to "
                               "leave.")
                                    .arg(QString::number(attached), shownKey)
                          + u'\n');
        }
        return 1;
    }
    case SegmentReaper::Result::Failed:
        break;
    }
    //: %1 is the shared memory key
    print(stderr,
          program
                  + tr("could not remove segment “%1”: permission denied, or its lock stayed "
                       "taken for a second by a process not attached to it.")
                            .arg(shownKey)
                  + u'\n');
    return 1;
}
