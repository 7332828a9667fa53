// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TEXTFILE_H
#define TEXTFILE_H

#include <QByteArray>
#include <QString>

// A text file opened for loading into the segment. Opening never blocks (a FIFO is refused, not
// waited on) and reading is bounded, so /dev/zero or a 10 GB file costs no more than the segment.
class TextFile
{
    Q_DISABLE_COPY_MOVE(TextFile)
public:
    enum class Error {
        None,
        NotFound,
        IsDirectory,
        NotRegular,
        PermissionDenied,
        Unreadable,
        Binary
    };

    TextFile() = default;
    ~TextFile();

    // Opens path read-only and accepts regular files only.
    bool open(const QString &path);

    struct Prefix
    {
        QByteArray bytes; // at most maxBytes, never ending inside a UTF-8 sequence
        quint64 originalSize = 0; // the file's size
        bool truncated = false;
        bool validUtf8 = true;
    };
    // Reads the part that fits in maxBytes. Fails with Binary when that part holds a NUL byte.
    bool readPrefix(qsizetype maxBytes, Prefix *prefix);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    quint64 size() const { return m_size; }
    QString path() const { return m_path; }

private:
    bool fail(Error error, const QString &reason);

    int m_fd = -1;
    quint64 m_size = 0;
    QString m_path;
    Error m_error = Error::None;
    QString m_errorString;
};

#endif // TEXTFILE_H
