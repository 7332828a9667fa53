// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef STREAMREADER_H
#define STREAMREADER_H

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class BlockingCall;
class QSocketNotifier;

// A stream (standard input) read to its end on a BlockingCall of its own, so that reading is
// never held up by a write waiting for the segment's lock, into a buffer bounded by the text the
// segment can hold: memory stays bounded whatever the input's size. Head keeps the start (for
// --load -, read to the end to count the bytes), Tail the newest bytes (for --follow -).
class StreamReader : public QObject
{
    Q_OBJECT
public:
    enum class Keep { Head, Tail };

    // capacity: the bytes of text the segment holds (SegmentLayout::textCapacity()).
    StreamReader(int fd, qsizetype capacity, Keep keep, QObject *parent = nullptr);
    ~StreamReader() override; // never waits: a read still blocked is abandoned

    // Head only, before start(): a stream whose first SniffBytes sniff as an image
    // (ContentSniffer) is kept whole, up to maxBytes + 1 (one more tells it was larger), as a
    // file's image is read whole; any other stream up to the text the segment holds.
    void setImageLimit(qsizetype maxBytes);
    // As many bytes as the loader sniffs a file by (LoadTask::HeadBytes).
    static constexpr qsizetype SniffBytes = 4096;

    void start();
    // A segment of another size (a viewer started again): bounds the buffer from now on.
    void setCapacity(qsizetype capacity);

    struct Content
    {
        // Head: the first capacity + 4 bytes (SegmentWriter cuts on a character boundary), at
        // least SniffBytes, or the whole image (see setImageLimit()).
        // Tail: the newest bytes that fit, starting at a line start once older ones were dropped.
        QByteArray bytes;
        quint64 totalBytes = 0; // read so far
        quint64 sequence = 0; // changes with every read that added bytes
        bool atEnd = false; // end of input or a read error
        QString error; // the read error, or empty
    };
    Content content() const;

signals:
    // New bytes arrived, or the input ended (content().atEnd); coalesced.
    void readyRead();

private:
    struct State;
    std::shared_ptr<State> m_state;
    int m_fd;
    BlockingCall *m_call = nullptr;
    QSocketNotifier *m_notifier = nullptr;
};

#endif // STREAMREADER_H
