// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "streamreader.h"

#include "blockingcall.h"
#include "contentsniffer.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <sys/eventfd.h>
#include <unistd.h>

// Shared by the reading thread and the owner, so either may go first. The eventfd tells the
// owner's thread that something changed: it outlives the owner when the thread holds the last
// reference, and writing to it is all the thread ever does towards the owner.
struct StreamReader::State
{
    mutable std::mutex mutex;
    Keep keep = Keep::Head;
    qsizetype capacity = 0;
    qsizetype imageLimit = 0; // Head: 0, or the bytes of an image kept whole
    bool sniffed = false; // Head: the first SniffBytes were seen
    bool wholeImage = false; // Head: they are an image's, kept whole up to imageLimit + 1
    QByteArray buffer; // Head: see Content::bytes; Tail: at most 2 × capacity
    quint64 totalBytes = 0;
    quint64 sequence = 0;
    bool atEnd = false;
    QString error;
    int wakeFd = -1;

    ~State()
    {
        if (wakeFd >= 0)
            ::close(wakeFd);
    }
    void wake() const
    {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(wakeFd, &one, sizeof one);
    }
    // Under the mutex. The first SniffBytes always, to tell an image from a text; then what
    // that needs: a text what the segment holds, an image all of it (within its limit).
    void appendHead(const char *data, qsizetype size)
    {
        if (!sniffed) {
            const qsizetype first = qMin(size, SniffBytes - buffer.size());
            buffer.append(data, first);
            data += first;
            size -= first;
            if (buffer.size() < SniffBytes)
                return;
            sniffed = true;
            wholeImage = imageLimit > 0
                    && ContentSniffer::sniff(buffer).kind == ContentSniffer::Kind::Image;
            if (wholeImage)
                buffer.reserve(imageLimit + 1); // no doubling past the limit on the way
        }
        const qsizetype limit = wholeImage ? imageLimit + 1 : capacity + 4;
        const qsizetype room = limit - buffer.size();
        if (room > 0)
            buffer.append(data, qMin(room, size));
    }
    // Under the mutex. An image past its limit: refused whatever follows, so reading stops
    // (an endless stream that starts like an image must end too).
    bool isOverImageLimit() const
    {
        return keep == Keep::Head && wholeImage && buffer.size() > imageLimit;
    }
    // Under the mutex.
    void append(const char *data, qsizetype size)
    {
        totalBytes += quint64(size);
        ++sequence;
        if (keep == Keep::Head) {
            appendHead(data, size);
            return;
        }
        if (size >= capacity) {
            // Only the newest capacity bytes can matter; one byte more tells whether the kept
            // part starts right after a line break.
            const qsizetype keepBytes = qMin(size, capacity + 1);
            buffer = QByteArray(data + size - keepBytes, keepBytes);
            return;
        }
        buffer.append(data, size);
        // Trimmed to capacity only when twice as large, so a byte is moved O(1) times.
        if (buffer.size() > 2 * capacity + 1)
            buffer.remove(0, buffer.size() - capacity - 1);
    }
};

StreamReader::StreamReader(int fd, qsizetype capacity, Keep keep, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
    , m_fd(fd)
{
    m_state->keep = keep;
    m_state->capacity = qMax<qsizetype>(0, capacity);
    m_state->wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_state->wakeFd >= 0) {
        m_notifier = new QSocketNotifier(m_state->wakeFd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            quint64 count = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_state->wakeFd, &count, sizeof count);
            emit readyRead();
        });
    }
}

StreamReader::~StreamReader() = default;

void StreamReader::start()
{
    if (m_call)
        return;
    if (m_state->wakeFd < 0) {
        // Without a way to be told, there is nothing to read for.
        const std::lock_guard<std::mutex> guard(m_state->mutex);
        m_state->atEnd = true;
        m_state->error = QString::fromLocal8Bit(strerror(errno));
        return;
    }
    // A read may block for ever (an idle pipe): a BlockingCall, abandoned at exit.
    m_call = new BlockingCall(
            [state = m_state, fd = m_fd] {
                QByteArray chunk(64 * 1024, Qt::Uninitialized);
                for (;;) {
                    const ssize_t n = ::read(fd, chunk.data(), size_t(chunk.size()));
                    if (n < 0 && errno == EINTR)
                        continue;
                    const std::lock_guard<std::mutex> guard(state->mutex);
                    if (n <= 0) {
                        if (n < 0)
                            state->error = QString::fromLocal8Bit(strerror(errno));
                        state->atEnd = true;
                        state->wake();
                        return;
                    }
                    state->append(chunk.constData(), n);
                    if (state->isOverImageLimit())
                        state->atEnd = true;
                    state->wake();
                    if (state->atEnd)
                        return;
                }
            },
            this);
}

void StreamReader::setImageLimit(qsizetype maxBytes)
{
    const std::lock_guard<std::mutex> guard(m_state->mutex);
    m_state->imageLimit = qMax<qsizetype>(0, maxBytes);
}

void StreamReader::setCapacity(qsizetype capacity)
{
    const std::lock_guard<std::mutex> guard(m_state->mutex);
    m_state->capacity = qMax<qsizetype>(0, capacity);
}

StreamReader::Content StreamReader::content() const
{
    Content content;
    {
        const std::lock_guard<std::mutex> guard(m_state->mutex);
        content.totalBytes = m_state->totalBytes;
        content.sequence = m_state->sequence;
        content.atEnd = m_state->atEnd;
        content.error = m_state->error;
        const QByteArray &buffer = m_state->buffer;
        if (m_state->keep == Keep::Head) {
            content.bytes = buffer;
            return content;
        }
        const qsizetype start = qMax<qsizetype>(0, buffer.size() - m_state->capacity);
        content.bytes = buffer.mid(start);
        // Nothing older was dropped, or the kept part starts right after a line break.
        const bool lineStart = quint64(content.bytes.size()) == content.totalBytes
                || (start > 0 && buffer.at(start - 1) == '\n');
        if (lineStart)
            return content;
    }
    // Cut at the first line start; a single line longer than the segment is cut at a character.
    QByteArray &bytes = content.bytes;
    const qsizetype newline = bytes.indexOf('\n');
    if (newline >= 0 && newline + 1 < bytes.size()) {
        bytes.remove(0, newline + 1);
        return content;
    }
    qsizetype skip = 0;
    while (skip < bytes.size() && (quint8(bytes.at(skip)) & 0xC0) == 0x80)
        ++skip;
    bytes.remove(0, skip);
    return content;
}
