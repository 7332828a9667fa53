// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TESTSEGMENTWRITER_H
#define TESTSEGMENTWRITER_H

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QtQml/qqmlregistration.h>

// For the QML test: a key of its own, writes as shm-loader does (SegmentWriter), the clipboard,
// and the leftover check. Test code, so it may lock on the GUI thread.
class TestSegmentWriter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString key READ key CONSTANT)
public:
    explicit TestSegmentWriter(QObject *parent = nullptr);
    ~TestSegmentWriter() override; // removes whatever a failed test left behind

    QString key() const { return m_key; }

    // True when the text was written (the viewer's segment exists).
    Q_INVOKABLE bool write(const QString &text, const QString &sourceName) const;
    // Lines "line 1" ... "line count", for scrolling.
    Q_INVOKABLE bool writeLines(int count, const QString &sourceName) const;
    // A bundled image (assets/NAME), whole, as shm-loader writes one that fits.
    Q_INVOKABLE bool writeAsset(const QString &name) const;
    Q_INVOKABLE bool isGone() const;
    Q_INVOKABLE QString clipboardText() const;

    // Files for Save as: a path in a temporary folder that goes with this object, and a file's
    // bytes (assets/NAME when the name has no slash) as hex, to compare with what was written.
    Q_INVOKABLE QString tempPath(const QString &name) const;
    Q_INVOKABLE QString fileHex(const QString &path) const;

private:
    QString m_key;
    QTemporaryDir m_dir;
};

#endif // TESTSEGMENTWRITER_H
