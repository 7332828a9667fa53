// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loadtask.h"

#include "loaderlogging.h"

#include <QFile>

LoadTask::LoadTask(const QString &key, const AssetCatalog::Source &source)
    : m_key(key)
    , m_source(source)
{ }

SegmentWriter::Result LoadTask::run() const
{
    const SegmentWriter writer(m_key);
    if (!m_source.inResources)
        return writer.loadFile(m_source.path, m_source.sourceName);

    // Bundled assets live in the program's resources, which POSIX open() cannot see. They are
    // small, known texts, so reading them whole is fine.
    QFile file(m_source.path);
    if (!file.open(QIODevice::ReadOnly)) {
        SegmentWriter::Result result;
        result.status = SegmentWriter::Status::FileRefused;
        result.problem
                = QStringLiteral("Cannot load %1: %2").arg(m_source.sourceName, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    qCDebug(lcLoader) << "writing" << bytes.size() << "bytes of" << m_source.path << "to key"
                      << m_key;
    return writer.writeText(bytes, m_source.sourceName, quint64(bytes.size()));
}
