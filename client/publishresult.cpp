// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include <shmloader/publishresult.h>

namespace ShmLoader {

PublishResult::PublishResult(Status status, const QString &errorString)
    : m_status(status)
    , m_errorString(errorString)
{ }

void PublishResult::setWritten(quint64 generation, qint64 bytes, bool truncated, qint64 segmentSize)
{
    m_generation = generation;
    m_bytes = bytes;
    m_truncated = truncated;
    m_segmentSize = segmentSize;
}

} // namespace ShmLoader
