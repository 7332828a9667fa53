// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "testsegmentreader.h"

#include "shmkey.h"
#include "testkey.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

TestSegmentReader::TestSegmentReader(QObject *parent)
    : QObject(parent)
    , m_key(TestKey::unique(QStringLiteral("qml")))
{ }

TestSegmentReader::~TestSegmentReader()
{
    close();
    TestKey::removeLeftovers(m_key); // only matters when a test failed halfway
}

bool TestSegmentReader::create(int size)
{
    m_reader = std::make_unique<SegmentReader>(m_key);
    if (m_reader->open(size))
        return true;
    m_errorString = m_reader->errorString();
    m_reader.reset();
    return false;
}

void TestSegmentReader::close()
{
    releaseLock();
    m_reader.reset();
}

bool TestSegmentReader::holdLock()
{
    releaseLock();
    m_holder = std::make_unique<QSharedMemory>();
    ShmKey::apply(*m_holder, m_key);
    if (m_holder->attach() && m_holder->lock())
        return true;
    m_errorString = m_holder->errorString();
    m_holder.reset();
    return false;
}

void TestSegmentReader::releaseLock()
{
    if (!m_holder)
        return;
    m_holder->unlock();
    m_holder->detach();
    m_holder.reset();
}

void TestSegmentReader::poll()
{
    // Unchanged keeps the last snapshot; a short wait for a loader's lock is fine in a test.
    if (m_reader)
        m_reader->poll(&m_snapshot);
}

QString TestSegmentReader::sourceName()
{
    poll();
    return m_snapshot.sourceName;
}

double TestSegmentReader::generation()
{
    poll();
    return double(m_snapshot.generation);
}

bool TestSegmentReader::holdsAsset(const QString &name)
{
    poll();
    QFile file(QDir(qEnvironmentVariable("SHM_ASSETS_DIR")).filePath(name));
    if (!file.open(QIODevice::ReadOnly) || m_snapshot.sourceName != name)
        return false;
    const QByteArray original = file.readAll();
    if (m_snapshot.truncated)
        return !m_snapshot.payload.isEmpty() && original.startsWith(m_snapshot.payload);
    return m_snapshot.payload == original;
}

bool TestSegmentReader::isGone() const
{
    return TestKey::isGone(m_key);
}

QString TestSegmentReader::text()
{
    poll();
    return QString::fromUtf8(m_snapshot.payload);
}

QString TestSegmentReader::writeFile(const QString &name, const QString &text, bool replace)
{
    const QString path = m_files.filePath(name);
    QSaveFile file(path); // writes a new file and renames it over the old one
    file.setDirectWriteFallback(false);
    if (!replace) {
        QFile direct(path);
        if (!direct.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        direct.write(text.toUtf8());
        return path;
    }
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(text.toUtf8());
    return file.commit() ? path : QString();
}
