// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TESTSEGMENTREADER_H
#define TESTSEGMENTREADER_H

#include "segmentreader.h"

#include <QObject>
#include <QQmlEngine>
#include <QSharedMemory>
#include <QTemporaryDir>

#include <memory>

// For the QML test only: a real segment on a key of its own, made with the viewer's
// SegmentReader, so the loader's window can be tested without the viewer program.
class TestSegmentReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString key READ key CONSTANT)
    Q_PROPERTY(QString errorString READ errorString CONSTANT)

public:
    explicit TestSegmentReader(QObject *parent = nullptr);
    ~TestSegmentReader() override;

    QString key() const { return m_key; }
    QString errorString() const { return m_errorString; }

    Q_INVOKABLE bool create(int size);
    // Detaches and destroys the reader: only then is its semaphore gone too.
    Q_INVOKABLE void close();
    // The source name of the text in the segment now ("" when empty).
    Q_INVOKABLE QString sourceName();
    // True when the segment holds exactly the bytes of assets/name (or, when the asset is larger
    // than the segment, the start of them).
    Q_INVOKABLE bool holdsAsset(const QString &name);
    // The generation of the text in the segment now: every write increments it.
    Q_INVOKABLE double generation();
    // Takes the segment's lock and keeps it, as a stopped process would, until releaseLock().
    Q_INVOKABLE bool holdLock();
    Q_INVOKABLE void releaseLock();
    // The text in the segment now.
    Q_INVOKABLE QString text();
    // Writes text into the file name of a temporary folder of this object (replacing it as an
    // editor does when replace is true: a new file renamed over the old one); returns its path.
    Q_INVOKABLE QString writeFile(const QString &name, const QString &text, bool replace = false);
    // True when nothing of the key remains (no segment, no semaphore, no key file).
    Q_INVOKABLE bool isGone() const;

private:
    void poll();

    QString m_key;
    QString m_errorString;
    std::unique_ptr<SegmentReader> m_reader;
    std::unique_ptr<QSharedMemory> m_holder;
    SegmentSnapshot m_snapshot;
    QTemporaryDir m_files;
};

#endif // TESTSEGMENTREADER_H
