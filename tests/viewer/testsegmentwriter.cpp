// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "testsegmentwriter.h"

#include "contentsniffer.h"

#include "segmentwriter.h"
#include "testkey.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>

TestSegmentWriter::TestSegmentWriter(QObject *parent)
    : QObject(parent)
    , m_key(TestKey::unique(QStringLiteral("viewerqml")))
{ }

TestSegmentWriter::~TestSegmentWriter()
{
    TestKey::removeLeftovers(m_key);
}

bool TestSegmentWriter::write(const QString &text, const QString &sourceName) const
{
    const QByteArray bytes = text.toUtf8();
    return SegmentWriter(m_key).writeText(bytes, sourceName, quint64(bytes.size())).status
            == SegmentWriter::Status::Loaded;
}

bool TestSegmentWriter::writeAsset(const QString &name) const
{
    QFile file(QStringLiteral(SHM_ASSETS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const QImage image = QImage::fromData(bytes);
    SegmentWriter::Image header;
    header.contentType = ContentSniffer::sniff(bytes).mimeType;
    header.width = quint32(image.width());
    header.height = quint32(image.height());
    return !image.isNull()
            && SegmentWriter(m_key).writeImage(bytes, name, header).status
            == SegmentWriter::Status::Loaded;
}

bool TestSegmentWriter::writeLines(int count, const QString &sourceName) const
{
    QString text;
    for (int i = 1; i <= count; ++i)
        text += QStringLiteral("line %1\n").arg(i);
    return write(text, sourceName);
}

bool TestSegmentWriter::isGone() const
{
    return TestKey::isGone(m_key);
}

QString TestSegmentWriter::clipboardText() const
{
    return QGuiApplication::clipboard()->text();
}

QString TestSegmentWriter::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString TestSegmentWriter::fileHex(const QString &path) const
{
    QFile file(path.contains(QLatin1Char('/')) ? path : QStringLiteral(SHM_ASSETS_DIR "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(cannot read %1)").arg(file.fileName());
    return QString::fromLatin1(file.readAll().toHex());
}
