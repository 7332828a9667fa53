// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SOURCEFILE_H
#define SOURCEFILE_H

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A file opened for loading into the segment, text or image. Opening never blocks (a FIFO is
// refused, not waited on) and reading is bounded, so /dev/zero or a 10 GB file costs no more than
// the segment.
class SourceFile
{
    Q_DISABLE_COPY_MOVE(SourceFile)
    Q_DECLARE_TR_FUNCTIONS(SourceFile)
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

    SourceFile() = default;
    ~SourceFile();

    // Opens path read-only and accepts regular files only.
    bool open(const QString &path);

    struct Prefix
    {
        QByteArray bytes; // at most maxBytes, never ending inside a UTF-8 sequence
        quint64 originalSize = 0; // the file's size
        bool truncated = false;
        bool validUtf8 = true;
    };
    // Reads the part of a text that fits in maxBytes. Fails with Binary when that part holds a
    // NUL byte.
    bool readPrefix(qsizetype maxBytes, Prefix *prefix);
    // The one rule for text from a file or a stream: of bytes (the start of a text of totalSize
    // bytes, at least maxBytes + 4 of it when there is that much), the part that fits in maxBytes,
    // never ending inside a UTF-8 sequence. Returns the offset of the first NUL byte in that part
    // (the text is refused as binary), or -1 with prefix filled.
    static qsizetype cutPrefix(QByteArray bytes, qsizetype maxBytes, quint64 totalSize,
                               Prefix *prefix);
    // "Cannot load NAME: binary content (NUL byte at offset N)".
    static QString binaryProblem(const QString &name, qsizetype nulOffset);
    // Reads the first maxBytes bytes (fewer when the file is shorter) as they are.
    bool readBytes(qsizetype maxBytes, QByteArray *bytes);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    quint64 size() const { return m_size; }
    QString path() const { return m_path; }

    bool fail(Error error, const QString &reason);

private:
    int m_fd = -1;
    quint64 m_size = 0;
    QString m_path;
    Error m_error = Error::None;
    QString m_errorString;
};

#endif // SOURCEFILE_H
