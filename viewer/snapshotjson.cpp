// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "snapshotjson.h"

#include <QJsonDocument>

namespace SnapshotJson {

bool isPrintable(const SegmentSnapshot &snapshot)
{
    return snapshot.state != SegmentSnapshot::State::Empty;
}

QString stateName(SegmentSnapshot::State state)
{
    switch (state) {
    case SegmentSnapshot::State::Valid:
        return QStringLiteral("valid");
    case SegmentSnapshot::State::Raw:
        return QStringLiteral("raw");
    case SegmentSnapshot::State::Unreadable:
        return QStringLiteral("unreadable");
    case SegmentSnapshot::State::Empty:
        break;
    }
    return QStringLiteral("empty");
}

QJsonObject toJson(const SegmentSnapshot &snapshot)
{
    const bool unreadable = snapshot.state == SegmentSnapshot::State::Unreadable;
    QJsonObject object;
    object.insert(QStringLiteral("state"), stateName(snapshot.state));
    object.insert(QStringLiteral("seq"), double(snapshot.generation));
    object.insert(QStringLiteral("source"), snapshot.sourceName);
    object.insert(QStringLiteral("bytes"), double(unreadable ? 0 : snapshot.payload.size()));
    object.insert(QStringLiteral("truncated"), snapshot.truncated);
    object.insert(QStringLiteral("originalBytes"), double(snapshot.originalSize));
    object.insert(QStringLiteral("loadedAt"),
                  snapshot.loadedAt.isValid()
                          ? snapshot.loadedAt.toUTC().toString(Qt::ISODateWithMs)
                          : QString());
    object.insert(QStringLiteral("writerPid"), double(snapshot.writerPid));
    object.insert(QStringLiteral("validUtf8"), snapshot.validUtf8);
    object.insert(QStringLiteral("segmentSize"), double(snapshot.segmentSize));
    // QString::fromUtf8 turns invalid sequences into U+FFFD, as the window shows them.
    object.insert(QStringLiteral("text"),
                  unreadable ? QString() : QString::fromUtf8(snapshot.payload));
    if (unreadable)
        object.insert(QStringLiteral("problem"), snapshot.problem);
    return object;
}

QByteArray toLine(const SegmentSnapshot &snapshot)
{
    QByteArray line = QJsonDocument(toJson(snapshot)).toJson(QJsonDocument::Compact);
    line += '\n';
    return line;
}

} // namespace SnapshotJson
