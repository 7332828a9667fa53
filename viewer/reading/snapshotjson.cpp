// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "snapshotjson.h"

#include "segmentlayout.h"

#include <QCryptographicHash>
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
    case SegmentSnapshot::State::Interrupted:
        return QStringLiteral("interrupted");
    case SegmentSnapshot::State::Empty:
        break;
    }
    return QStringLiteral("empty");
}

QJsonObject toJson(const SegmentSnapshot &snapshot, quint64 skipped)
{
    const bool unreadable = snapshot.state == SegmentSnapshot::State::Unreadable
            || snapshot.state == SegmentSnapshot::State::Interrupted;
    QJsonObject object;
    object.insert(QStringLiteral("state"), stateName(snapshot.state));
    object.insert(QStringLiteral("seq"), double(snapshot.generation));
    object.insert(QStringLiteral("skipped"), double(skipped));
    object.insert(QStringLiteral("source"), snapshot.sourceName);
    object.insert(QStringLiteral("bytes"), double(unreadable ? 0 : snapshot.payload.size()));
    object.insert(QStringLiteral("truncated"), snapshot.truncated);
    object.insert(QStringLiteral("originalBytes"), double(snapshot.originalSize));
    object.insert(QStringLiteral("loadedAt"),
                  snapshot.loadedAt.isValid()
                          ? snapshot.loadedAt.toUTC().toString(Qt::ISODateWithMs)
                          : QString());
    object.insert(QStringLiteral("writerPid"), double(snapshot.writerPid));
    object.insert(QStringLiteral("segmentSize"), double(snapshot.segmentSize));
    if (unreadable) {
        object.insert(QStringLiteral("validUtf8"), snapshot.validUtf8);
        object.insert(QStringLiteral("text"), QString());
        object.insert(QStringLiteral("problem"), snapshot.problem);
        return object;
    }
    object.insert(QStringLiteral("contentType"), snapshot.contentType);
    if (snapshot.hasImage()) {
        object.insert(QStringLiteral("kind"), QStringLiteral("image"));
        object.insert(QStringLiteral("width"), double(snapshot.width));
        object.insert(QStringLiteral("height"), double(snapshot.height));
        object.insert(QStringLiteral("sha256"),
                      QString::fromLatin1(
                              QCryptographicHash::hash(snapshot.payload, QCryptographicHash::Sha256)
                                      .toHex()));
        if (snapshot.pixelFormat != 0) { // a raw frame: its pixels as they are in memory
            object.insert(QStringLiteral("pixelFormat"),
                          SegmentLayout::pixelFormatName(snapshot.pixelFormat));
            object.insert(QStringLiteral("stride"), double(snapshot.stride));
        }
        if (snapshot.sourceWidth != 0)
            object.insert(QStringLiteral("scaledFrom"),
                          QJsonObject{{QStringLiteral("width"), double(snapshot.sourceWidth)},
                                      {QStringLiteral("height"), double(snapshot.sourceHeight)}});
        return object;
    }
    object.insert(QStringLiteral("kind"), QStringLiteral("text"));
    object.insert(QStringLiteral("validUtf8"), snapshot.validUtf8);
    // QString::fromUtf8 turns invalid sequences into U+FFFD, as the window shows them.
    object.insert(QStringLiteral("text"), QString::fromUtf8(snapshot.payload));
    return object;
}

QByteArray toLine(const SegmentSnapshot &snapshot, quint64 skipped)
{
    QByteArray line = QJsonDocument(toJson(snapshot, skipped)).toJson(QJsonDocument::Compact);
    line += '\n';
    return line;
}

} // namespace SnapshotJson
