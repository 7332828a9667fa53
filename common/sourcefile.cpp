// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "sourcefile.h"

#include "utf8text.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

SourceFile::~SourceFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool SourceFile::fail(Error error, const QString &reason)
{
    m_error = error;
    //: %1 is the file's path, %2 why, such as "no such file" or "it is a directory"
    m_errorString = tr("Cannot load %1: %2").arg(m_path, reason);
    return false;
}

bool SourceFile::open(const QString &path)
{
    m_path = path;
    if (path.isEmpty())
        return fail(Error::NotFound, tr("no file name given"));
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    m_fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (m_fd < 0) {
        const int err = errno;
        switch (err) {
        case ENOENT:
        case ENOTDIR:
            return fail(Error::NotFound, tr("no such file"));
        case EACCES:
        case EPERM:
            return fail(Error::PermissionDenied, tr("permission denied"));
        case ELOOP:
            return fail(Error::Unreadable, tr("too many levels of symbolic links"));
        default:
            return fail(Error::Unreadable, QString::fromLocal8Bit(strerror(err)));
        }
    }
    struct stat info;
    if (::fstat(m_fd, &info) != 0)
        return fail(Error::Unreadable, QString::fromLocal8Bit(strerror(errno)));
    if (S_ISDIR(info.st_mode))
        return fail(Error::IsDirectory, tr("it is a directory"));
    if (!S_ISREG(info.st_mode))
        return fail(Error::NotRegular, tr("not a regular file (device, FIFO or socket)"));
    m_size = quint64(info.st_size);
    return true;
}

bool SourceFile::readBytes(qsizetype maxBytes, QByteArray *bytes)
{
    if (m_fd < 0)
        return fail(Error::Unreadable, tr("the file is not open"));
    QByteArray buffer(qMax<qsizetype>(0, maxBytes), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < buffer.size()) {
        const ssize_t n
                = ::pread(m_fd, buffer.data() + got, size_t(buffer.size() - got), off_t(got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(Error::Unreadable, QString::fromLocal8Bit(strerror(errno)));
        if (n == 0)
            break;
        got += n;
    }
    buffer.truncate(got);
    *bytes = std::move(buffer);
    return true;
}

bool SourceFile::readPrefix(qsizetype maxBytes, Prefix *prefix)
{
    // Three bytes past the limit tell whether the cut falls inside a UTF-8 sequence; one more
    // tells whether anything was cut at all when the file grew since fstat().
    QByteArray buffer;
    if (!readBytes(qMax<qsizetype>(0, maxBytes) + 4, &buffer))
        return false;
    const qsizetype nul = cutPrefix(std::move(buffer), maxBytes, m_size, prefix);
    if (nul >= 0)
        return fail(Error::Binary, tr("binary content (NUL byte at offset %1)").arg(nul));
    return true;
}

qsizetype SourceFile::cutPrefix(QByteArray bytes, qsizetype maxBytes, quint64 totalSize,
                                Prefix *prefix)
{
    const qsizetype got = bytes.size();
    const qsizetype cut = Utf8Text::truncationPoint(bytes, qMax<qsizetype>(0, maxBytes));
    bytes.truncate(cut);
    if (const void *nul = memchr(bytes.constData(), 0, size_t(bytes.size())))
        return static_cast<const char *>(nul) - bytes.constData();
    prefix->originalSize = qMax(totalSize, quint64(got));
    prefix->truncated = prefix->originalSize > quint64(cut);
    prefix->validUtf8 = Utf8Text::isValid(bytes);
    prefix->bytes = std::move(bytes);
    return -1;
}

QString SourceFile::binaryProblem(const QString &name, qsizetype nulOffset)
{
    return tr("Cannot load %1: %2")
            .arg(name, tr("binary content (NUL byte at offset %1)").arg(nulOffset));
}
