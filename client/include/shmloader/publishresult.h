// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SHMLOADER_PUBLISHRESULT_H
#define SHMLOADER_PUBLISHRESULT_H

#include <QString>
#include <QtGlobal>

namespace ShmLoader {

// What one publish did: converts to true when the viewer's segment holds what was published.
class PublishResult
{
public:
    enum class Status {
        Published, // in the segment; a running viewer shows it
        ViewerNotRunning, // no viewer's segment on the key: start shm-viewer (--key)
        Refused, // the input was refused (binary file, unsupported image, …): nothing written
        TooLarge, // a raw frame larger than the segment: nothing written (see errorString())
        TimedOut, // the lock was not free within lockTimeout(): nothing written yet (see there)
        Failed, // anything else: permission, another user's segment, …
    };

    PublishResult() = default;
    PublishResult(Status status, const QString &errorString);

    explicit operator bool() const { return m_status == Status::Published; }
    Status status() const { return m_status; }
    // Why it failed, one sentence in English (or the application's language when it installs
    // the suite's translations); empty when published.
    QString errorString() const { return m_errorString; }

    // When published: the write's generation (the viewer's "seq"), the payload's bytes in the
    // segment, whether a text was cut to fit, and the segment's size.
    quint64 generation() const { return m_generation; }
    qint64 bytes() const { return m_bytes; }
    bool truncated() const { return m_truncated; }
    qint64 segmentSize() const { return m_segmentSize; }

    void setWritten(quint64 generation, qint64 bytes, bool truncated, qint64 segmentSize);

private:
    Status m_status = Status::Failed;
    QString m_errorString;
    quint64 m_generation = 0;
    qint64 m_bytes = 0;
    bool m_truncated = false;
    qint64 m_segmentSize = 0;
};

} // namespace ShmLoader

#endif // SHMLOADER_PUBLISHRESULT_H
