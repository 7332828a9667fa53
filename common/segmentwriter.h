// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SEGMENTWRITER_H
#define SEGMENTWRITER_H

#include <QByteArrayView>
#include <QString>

// The loader's side: attach, lock, write header and text, unlock, detach. Every call blocks while
// another process holds the lock (attach() and detach() lock too): call it off the GUI thread.
class SegmentWriter
{
public:
    enum class Status {
        Loaded,
        ViewerNotRunning, // attach() found no segment
        FileRefused, // missing, not a regular file, unreadable or binary: nothing was written
        Failed // any other failure: permission, lock, a segment too small
    };

    // What happened, as data: the loader words it (loader/loadreport.h).
    struct Result
    {
        Status status = Status::Failed;
        QString problem; // FileRefused, Failed: why, one sentence
        // ViewerNotRunning: the write went into a segment a viewer left when it did not quit
        // cleanly, and was removed with it.
        bool removedOrphan = false;
        QString sourceName;
        qsizetype textBytes = 0;
        quint64 originalSize = 0;
        bool truncated = false;
        bool validUtf8 = true;
        qsizetype segmentSize = 0;
        quint64 generation = 0;
    };

    explicit SegmentWriter(const QString &key);

    // Loads the file at path; sourceName is what the viewer shows (the asset's name).
    Result loadFile(const QString &path, const QString &sourceName) const;

    // Writes text as if loaded from a file of originalSize bytes.
    Result writeText(QByteArrayView text, const QString &sourceName, quint64 originalSize) const;

private:
    QString m_key;
};

#endif // SEGMENTWRITER_H
