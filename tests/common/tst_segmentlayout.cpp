// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "segmentlayout.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

// A buffer whose last byte sits right before an inaccessible page: any read past the end
// crashes the test, with or without a sanitizer.
class GuardedBuffer
{
public:
    explicit GuardedBuffer(qsizetype size)
        : m_size(size)
    {
        const long page = sysconf(_SC_PAGESIZE);
        m_mapped = ((size + page - 1) / page + 1) * page;
        m_base = static_cast<char *>(mmap(nullptr, size_t(m_mapped), PROT_READ | PROT_WRITE,
                                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        mprotect(m_base + m_mapped - page, size_t(page), PROT_NONE);
        m_data = m_base + m_mapped - page - size;
    }
    ~GuardedBuffer() { munmap(m_base, size_t(m_mapped)); }
    char *data() { return m_data; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    qsizetype size() const { return m_size; }

private:
    qsizetype m_size;
    qsizetype m_mapped;
    char *m_base;
    char *m_data;
};

static SegmentHeader validHeader(quint64 textLength, quint64 originalSize)
{
    SegmentHeader header = {};
    header.magic = SegmentLayout::Magic;
    header.version = SegmentLayout::Version;
    header.headerSize = SegmentLayout::HeaderSize;
    header.generation = 7;
    header.payloadLength = textLength;
    header.originalSize = originalSize;
    header.flags = originalSize > textLength ? quint32(SegmentLayout::Truncated) : 0u;
    header.nameLength = 1;
    header.sourceName[0] = 'x';
    header.contentTypeLength = quint16(qstrlen(SegmentLayout::TextContentType));
    memcpy(header.contentType, SegmentLayout::TextContentType, header.contentTypeLength + 1);
    return header;
}

class TestSegmentLayout : public QObject
{
    Q_OBJECT
private slots:
    void headerIsPacked();
    void roundTrip();
    void generationIncrements();
    void truncatesAtCapacityOnUtf8Boundary();
    void longSourceNameIsCut();
    void invalidUtf8IsFlagged();
    void segmentTooSmallToWrite();
    void emptySegment();
    void classicRawLayout();
    void rawTextWithoutTerminatorIsBounded();
    void binaryWithoutHeaderIsUnreadable();
    void hostileHeaders_data();
    void hostileHeaders();
    void everyFieldAtMaximum();
    void randomBytesNeverCrash();
    void fingerprintChangesWithEveryWrite();
    void imageRoundTrip();
    void imageThatDoesNotFitIsNotWritten();
    void hostileImageHeaders_data();
    void hostileImageHeaders();
    void classicQDataStreamImage();
    void rawFrameRoundTrip_data();
    void rawFrameRoundTrip();
    void rawFrameThatDoesNotDescribeItsBytesIsNotWritten_data();
    void rawFrameThatDoesNotDescribeItsBytesIsNotWritten();
    void hostileRawFrameHeaders_data();
    void hostileRawFrameHeaders();
};

void TestSegmentLayout::headerIsPacked()
{
    QCOMPARE(sizeof(SegmentHeader), size_t(256));
    QCOMPARE(SegmentLayout::textCapacity(1024), qsizetype(1024 - 256 - 1));
    QCOMPARE(SegmentLayout::textCapacity(100), qsizetype(0));
}

void TestSegmentLayout::roundTrip()
{
    GuardedBuffer segment(4096);
    memset(segment.data(), 0, 4096);
    const QByteArray text = QStringLiteral("Hello, wörld — 漢字 😀\nsecond line").toUtf8();
    SegmentLayout::Write write;
    write.payload = text;
    write.sourceName = QStringLiteral("grüße.txt");
    write.originalSize = quint64(text.size());
    write.loadedAtMs = 1700000000123;
    write.writerPid = 4242;
    const auto result = SegmentLayout::encode(segment.data(), segment.size(), write);
    QVERIFY(result.ok);
    QCOMPARE(result.textLength, text.size());
    QVERIFY(!result.truncated);
    QCOMPARE(result.generation, quint64(1));

    const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QCOMPARE(snapshot.payload, text);
    QCOMPARE(snapshot.sourceName, QStringLiteral("grüße.txt"));
    QCOMPARE(snapshot.originalSize, quint64(text.size()));
    QCOMPARE(snapshot.loadedAt.toMSecsSinceEpoch(), qint64(1700000000123));
    QCOMPARE(snapshot.writerPid, qint64(4242));
    QCOMPARE(snapshot.generation, quint64(1));
    QVERIFY(!snapshot.truncated);
    QVERIFY(snapshot.validUtf8);
    QCOMPARE(snapshot.segmentSize, qsizetype(4096));
}

void TestSegmentLayout::generationIncrements()
{
    QByteArray segment(1024, '\0');
    SegmentLayout::Write write;
    write.payload = "one";
    QCOMPARE(SegmentLayout::encode(segment.data(), segment.size(), write).generation, 1u);
    write.payload = "two";
    QCOMPARE(SegmentLayout::encode(segment.data(), segment.size(), write).generation, 2u);
    QCOMPARE(SegmentLayout::decode(segment).generation, 2u);
    QCOMPARE(SegmentLayout::decode(segment).payload, QByteArray("two"));
}

void TestSegmentLayout::truncatesAtCapacityOnUtf8Boundary()
{
    // Capacity 10 bytes: "abcdefgh" + a 3-byte character would end at 11.
    const qsizetype size = SegmentLayout::HeaderSize + 11;
    QByteArray segment(size, '\0');
    const QByteArray text = QStringLiteral("abcdefgh漢zz").toUtf8();
    SegmentLayout::Write write;
    write.payload = text;
    write.originalSize = quint64(text.size());
    const auto result = SegmentLayout::encode(segment.data(), segment.size(), write);
    QVERIFY(result.ok);
    QVERIFY(result.truncated);
    QCOMPARE(result.textLength, qsizetype(8));
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QCOMPARE(snapshot.payload, QByteArray("abcdefgh"));
    QVERIFY(snapshot.truncated);
    QCOMPARE(snapshot.originalSize, quint64(text.size()));
    QVERIFY(snapshot.validUtf8);
}

void TestSegmentLayout::longSourceNameIsCut()
{
    QByteArray segment(1024, '\0');
    SegmentLayout::Write write;
    write.payload = "x";
    write.sourceName = QString(200, QChar(u'é')); // 400 bytes of UTF-8
    QVERIFY(SegmentLayout::encode(segment.data(), segment.size(), write).ok);
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QCOMPARE(snapshot.sourceName, QString(63, QChar(u'é'))); // 126 bytes: 127 would split one
}

void TestSegmentLayout::invalidUtf8IsFlagged()
{
    QByteArray segment(1024, '\0');
    SegmentLayout::Write write;
    write.payload = "caf\xe9";
    const auto result = SegmentLayout::encode(segment.data(), segment.size(), write);
    QVERIFY(!result.validUtf8);
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QVERIFY(!snapshot.validUtf8);
    QCOMPARE(snapshot.payload, QByteArray("caf\xe9"));
}

void TestSegmentLayout::segmentTooSmallToWrite()
{
    QByteArray segment(SegmentLayout::HeaderSize, '\0');
    SegmentLayout::Write write;
    write.payload = "x";
    const auto result = SegmentLayout::encode(segment.data(), segment.size(), write);
    QVERIFY(!result.ok);
    QVERIFY(result.problem.contains(QStringLiteral("too small")));
    QVERIFY(segment.count('\0') == segment.size()); // nothing written
}

void TestSegmentLayout::emptySegment()
{
    const SegmentSnapshot snapshot = SegmentLayout::decode(QByteArray(4096, '\0'));
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Empty);
    QVERIFY(!snapshot.hasText());
    QCOMPARE(SegmentLayout::decode(QByteArrayView()).state, SegmentSnapshot::State::Unreadable);
}

void TestSegmentLayout::classicRawLayout()
{
    // What the classic example's loader leaves: strncpy of the text at offset 0.
    QByteArray segment(10 * 1024, '\0');
    const char text[] = "Hello from a classic loader\nline two";
    strncpy(segment.data(), text, size_t(segment.size() - 1));
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Raw);
    QCOMPARE(snapshot.payload, QByteArray(text));
    QCOMPARE(snapshot.generation, quint64(0));
}

void TestSegmentLayout::rawTextWithoutTerminatorIsBounded()
{
    GuardedBuffer segment(300);
    memset(segment.data(), 'a', 300);
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Raw);
    QCOMPARE(snapshot.payload.size(), qsizetype(300));
}

void TestSegmentLayout::binaryWithoutHeaderIsUnreadable()
{
    QByteArray segment(256, '\0');
    memcpy(segment.data(), "\x01\x02\x03garbage", 10);
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment);
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Unreadable);
    QVERIFY(!snapshot.problem.isEmpty());
}

void TestSegmentLayout::hostileHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    const qsizetype size = 1024;
    const auto make = [size](const SegmentHeader &header) {
        QByteArray bytes(size, '\0');
        memcpy(bytes.data(), &header, sizeof header);
        return bytes;
    };
    SegmentHeader h = validHeader(10, 10);
    h.payloadLength = quint64(size); // past the end
    h.originalSize = h.payloadLength;
    QTest::newRow("length past the segment") << make(h) << QStringLiteral("exceeds");
    h = validHeader(size - 256, size - 256); // fills the area: no room for the NUL
    QTest::newRow("length equals area") << make(h) << QStringLiteral("exceeds");
    h = validHeader(~quint64(0), ~quint64(0));
    QTest::newRow("huge length") << make(h) << QStringLiteral("exceeds");
    h = validHeader(3, 3);
    QByteArray unterminated = make(h);
    memset(unterminated.data() + 256, 'a', 10);
    QTest::newRow("text unterminated") << unterminated << QStringLiteral("NUL");
    h = validHeader(4, 4);
    QByteArray innerNul = make(h);
    memcpy(innerNul.data() + 256, "ab\0d", 4);
    QTest::newRow("NUL inside the text") << innerNul << QStringLiteral("NUL byte at offset 2");
    h = validHeader(0, 0);
    memset(h.sourceName, 'n', sizeof h.sourceName);
    h.nameLength = 191;
    QTest::newRow("name unterminated") << make(h) << QStringLiteral("name");
    h = validHeader(0, 0);
    h.nameLength = 0xFFFF;
    QTest::newRow("name length huge") << make(h) << QStringLiteral("name");
    h = validHeader(5, 2);
    QTest::newRow("original below length") << make(h) << QStringLiteral("original size");
    h = validHeader(0, 0);
    h.flags = SegmentLayout::Truncated;
    QTest::newRow("flag contradicts sizes") << make(h) << QStringLiteral("truncated");
    h = validHeader(0, 0);
    h.version = 99;
    QTest::newRow("future version") << make(h) << QStringLiteral("version");
    h = validHeader(0, 0);
    h.headerSize = 512;
    QTest::newRow("header size") << make(h) << QStringLiteral("header size");
    QByteArray shortSegment(100, '\0');
    const quint32 magic = SegmentLayout::Magic;
    memcpy(shortSegment.data(), &magic, sizeof magic);
    QTest::newRow("magic in a tiny segment") << shortSegment << QStringLiteral("header needs");
}

void TestSegmentLayout::hostileHeaders()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    GuardedBuffer segment(bytes.size());
    memcpy(segment.data(), bytes.constData(), size_t(bytes.size()));
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Unreadable);
    QVERIFY2(snapshot.problem.contains(problem), qPrintable(snapshot.problem));
    QVERIFY(snapshot.payload.isEmpty());
}

void TestSegmentLayout::everyFieldAtMaximum()
{
    GuardedBuffer segment(4096);
    memset(segment.data(), 0xFF, 4096);
    const quint32 magic = SegmentLayout::Magic;
    memcpy(segment.data(), &magic, sizeof magic);
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Unreadable);

    // And a valid write over it recovers.
    SegmentLayout::Write write;
    write.payload = "recovered";
    // The old generation is 0xFFFF...: it wraps to 0, which is fine for change detection.
    QVERIFY(SegmentLayout::encode(segment.data(), segment.size(), write).ok);
    const SegmentSnapshot after = SegmentLayout::decode(segment.view());
    QCOMPARE(after.state, SegmentSnapshot::State::Valid);
    QCOMPARE(after.payload, QByteArray("recovered"));
}

void TestSegmentLayout::randomBytesNeverCrash()
{
    QRandomGenerator random(20261123);
    int unreadable = 0;
    for (int round = 0; round < 2000; ++round) {
        const qsizetype size = random.bounded(1, 1200);
        GuardedBuffer segment(size);
        for (qsizetype i = 0; i < size; ++i)
            segment.data()[i] = char(random.bounded(256));
        if (round % 2 && size >= 4) { // half of them with our magic, to reach the header checks
            const quint32 magic = SegmentLayout::Magic;
            memcpy(segment.data(), &magic, sizeof magic);
        }
        const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
        QVERIFY(snapshot.payload.size() <= size);
        if (snapshot.state == SegmentSnapshot::State::Unreadable)
            ++unreadable;
        SegmentLayout::fingerprint(segment.view());
    }
    QVERIFY(unreadable > 1500); // random bytes are almost never text or a valid header
}

void TestSegmentLayout::fingerprintChangesWithEveryWrite()
{
    QByteArray segment(1024, '\0');
    const quint64 empty = SegmentLayout::fingerprint(segment);
    SegmentLayout::Write write;
    write.payload = "same";
    SegmentLayout::encode(segment.data(), segment.size(), write);
    const quint64 first = SegmentLayout::fingerprint(segment);
    QCOMPARE(SegmentLayout::fingerprint(segment), first);
    SegmentLayout::encode(segment.data(), segment.size(), write); // same text, new generation
    const quint64 second = SegmentLayout::fingerprint(segment);
    QVERIFY(empty != first);
    QVERIFY(first != second);
}

static SegmentLayout::Write imageWrite(const QByteArray &bytes)
{
    SegmentLayout::Write write;
    write.payload = bytes;
    write.sourceName = QStringLiteral("photo.jpg");
    write.originalSize = quint64(bytes.size());
    write.contentType = QStringLiteral("image/jpeg");
    write.width = 640;
    write.height = 480;
    write.sourceWidth = 4000;
    write.sourceHeight = 3000;
    return write;
}

void TestSegmentLayout::imageRoundTrip()
{
    // Bytes with NULs in them: an image is stored exactly, whatever it holds.
    QByteArray bytes(500, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 31);
    GuardedBuffer segment(1024);
    const SegmentLayout::WriteResult written
            = SegmentLayout::encode(segment.data(), segment.size(), imageWrite(bytes));
    QVERIFY2(written.ok, qPrintable(written.problem));
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QVERIFY(snapshot.hasImage());
    QVERIFY(!snapshot.hasText());
    QCOMPARE(snapshot.contentType, QStringLiteral("image/jpeg"));
    QCOMPARE(snapshot.payload, bytes);
    QCOMPARE(snapshot.width, 640u);
    QCOMPARE(snapshot.height, 480u);
    QCOMPARE(snapshot.sourceWidth, 4000u);
    QCOMPARE(snapshot.sourceHeight, 3000u);
    QVERIFY(!snapshot.truncated);
}

void TestSegmentLayout::imageThatDoesNotFitIsNotWritten()
{
    GuardedBuffer segment(1024);
    SegmentLayout::Write text;
    text.payload = "before";
    text.sourceName = QStringLiteral("b.txt");
    text.originalSize = 6;
    QVERIFY(SegmentLayout::encode(segment.data(), segment.size(), text).ok);
    const QByteArray image(SegmentLayout::textCapacity(1024) + 1, 'i');
    const SegmentLayout::WriteResult written
            = SegmentLayout::encode(segment.data(), segment.size(), imageWrite(image));
    QVERIFY(!written.ok);
    QVERIFY(written.problem.contains(QStringLiteral("does not fit")));
    QCOMPARE(SegmentLayout::decode(segment.view()).payload, QByteArray("before"));
}

void TestSegmentLayout::hostileImageHeaders_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("width 0") << QByteArray("width") << 0u << QStringLiteral("size of 0 × 480");
    QTest::newRow("huge height") << QByteArray("height") << 0xFFFFFFFFu
                                 << QStringLiteral("size of 640 × 4294967295");
    QTest::newRow("only a source width")
            << QByteArray("sourceHeight") << 0u << QStringLiteral("unscaled image");
    QTest::newRow("truncated flag") << QByteArray("flags") << quint32(SegmentLayout::Truncated)
                                    << QStringLiteral("truncated flag");
}

void TestSegmentLayout::hostileImageHeaders()
{
    QFETCH(QByteArray, field);
    QFETCH(quint32, value);
    QFETCH(QString, problem);
    GuardedBuffer segment(1024);
    QVERIFY(SegmentLayout::encode(segment.data(), segment.size(), imageWrite("abc")).ok);
    auto *header = reinterpret_cast<SegmentHeader *>(segment.data());
    if (field == "width")
        header->width = value;
    else if (field == "height")
        header->height = value;
    else if (field == "sourceHeight")
        header->sourceHeight = value;
    else if (field == "flags")
        header->flags = value;
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Unreadable);
    QVERIFY2(snapshot.problem.contains(problem), qPrintable(snapshot.problem));
}

// What Qt's Shared Memory Example writes: QDataStream << QImage, a qint32 1 and then a PNG (here
// a 1 × 1 one), and nothing of ours.
void TestSegmentLayout::classicQDataStreamImage()
{
    const QByteArray png
            = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000"
                                  "001f15c4890000000d49444154789c63f8cfc0f01f00050001ff8999"
                                  "3d1d0000000049454e44ae426082");
    GuardedBuffer segment(512);
    memset(segment.data(), 0, size_t(segment.size()));
    memcpy(segment.data(), QByteArray::fromHex("00000001").constData(), 4);
    memcpy(segment.data() + 4, png.constData(), size_t(png.size()));
    QCOMPARE(SegmentLayout::classicImageLength(segment.view()), 4 + png.size());
    SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Raw);
    QVERIFY(snapshot.hasImage());
    QCOMPARE(snapshot.contentType, QStringLiteral("image/png"));
    QCOMPARE(snapshot.payload, png);
    QCOMPARE(snapshot.width, 1u);
    QCOMPARE(snapshot.height, 1u);
    const quint64 before = SegmentLayout::fingerprint(segment.view());

    // A chunk length that runs past the segment: not an image of the example's, and so (a NUL
    // first) an empty segment.
    segment.data()[4 + 33 + 1] = '\x7f';
    QCOMPARE(SegmentLayout::classicImageLength(segment.view()), 0);
    QCOMPARE(SegmentLayout::decode(segment.view()).state, SegmentSnapshot::State::Empty);
    QVERIFY(SegmentLayout::fingerprint(segment.view()) != before);
}

// A raw frame's write: pixels of format, width × height, rows of stride bytes.
static SegmentLayout::Write rawWrite(const QByteArray &pixels, quint32 format, quint32 width,
                                     quint32 height, quint32 stride)
{
    SegmentLayout::Write write;
    write.payload = pixels;
    write.contentType = QLatin1StringView(SegmentLayout::RawImageContentType);
    write.pixelFormat = format;
    write.width = width;
    write.height = height;
    write.stride = stride;
    write.sourceName = QStringLiteral("frame");
    return write;
}

static QByteArray numbered(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i * 7 + 1);
    return bytes;
}

void TestSegmentLayout::rawFrameRoundTrip_data()
{
    QTest::addColumn<quint32>("format");
    QTest::addColumn<quint32>("stride"); // for a width of 5
    QTest::addColumn<QString>("name");
    using F = SegmentLayout::PixelFormat;
    QTest::newRow("gray8, padded rows") << quint32(F::Gray8) << 8u << QStringLiteral("gray8");
    QTest::newRow("rgb888, tight rows") << quint32(F::Rgb888) << 15u << QStringLiteral("rgb888");
    QTest::newRow("rgba8888") << quint32(F::Rgba8888) << 20u << QStringLiteral("rgba8888");
}

void TestSegmentLayout::rawFrameRoundTrip()
{
    QFETCH(quint32, format);
    QFETCH(quint32, stride);
    QFETCH(QString, name);
    const QByteArray pixels = numbered(qsizetype(stride) * 3);
    GuardedBuffer segment(SegmentLayout::MinimumSegmentSize + pixels.size());
    const SegmentLayout::WriteResult written = SegmentLayout::encode(
            segment.data(), segment.size(), rawWrite(pixels, format, 5, 3, stride));
    QVERIFY2(written.ok, qPrintable(written.problem));
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Valid);
    QVERIFY(snapshot.hasImage());
    QCOMPARE(snapshot.contentType, QStringLiteral("image/x-raw"));
    QCOMPARE(snapshot.payload, pixels);
    QCOMPARE(snapshot.width, 5u);
    QCOMPARE(snapshot.height, 3u);
    QCOMPARE(snapshot.pixelFormat, format);
    QCOMPARE(snapshot.stride, stride);
    QCOMPARE(SegmentLayout::pixelFormatName(snapshot.pixelFormat), name);
    // Where docs/protocol.md says: at 80 and 84, the bytes that were reserved.
    quint32 at80 = 0, at84 = 0;
    memcpy(&at80, segment.data() + 80, 4);
    memcpy(&at84, segment.data() + 84, 4);
    QCOMPARE(at80, format);
    QCOMPARE(at84, stride);
}

void TestSegmentLayout::rawFrameThatDoesNotDescribeItsBytesIsNotWritten_data()
{
    QTest::addColumn<quint32>("format");
    QTest::addColumn<quint32>("width");
    QTest::addColumn<quint32>("height");
    QTest::addColumn<quint32>("stride");
    QTest::addColumn<qsizetype>("bytes");
    const auto rgba = quint32(SegmentLayout::PixelFormat::Rgba8888);
    QTest::newRow("unknown format") << 9u << 4u << 2u << 16u << qsizetype(32);
    QTest::newRow("no format") << 0u << 4u << 2u << 16u << qsizetype(32);
    QTest::newRow("stride below a row") << rgba << 4u << 2u << 15u << qsizetype(30);
    QTest::newRow("bytes short of stride × height") << rgba << 4u << 2u << 16u << qsizetype(31);
    QTest::newRow("bytes past stride × height") << rgba << 4u << 2u << 16u << qsizetype(33);
    QTest::newRow("width 0") << rgba << 0u << 2u << 16u << qsizetype(32);
    // stride × height is 32 modulo 2^32: must not pass.
    QTest::newRow("wrapping product") << rgba << 4u << 2u << 0x80000010u << qsizetype(32);
    QTest::newRow("huge width") << rgba << (1u << 21) << 1u << (1u << 23) << qsizetype(64);
}

void TestSegmentLayout::rawFrameThatDoesNotDescribeItsBytesIsNotWritten()
{
    QFETCH(quint32, format);
    QFETCH(quint32, width);
    QFETCH(quint32, height);
    QFETCH(quint32, stride);
    QFETCH(qsizetype, bytes);
    GuardedBuffer segment(1024);
    SegmentLayout::Write text;
    text.payload = "before";
    QVERIFY(SegmentLayout::encode(segment.data(), segment.size(), text).ok);
    const QByteArray pixels = numbered(bytes);
    const SegmentLayout::WriteResult written = SegmentLayout::encode(
            segment.data(), segment.size(), rawWrite(pixels, format, width, height, stride));
    QVERIFY(!written.ok);
    QVERIFY2(written.problem.contains(QStringLiteral("raw frame")), qPrintable(written.problem));
    QCOMPARE(SegmentLayout::decode(segment.view()).payload, QByteArray("before"));
}

void TestSegmentLayout::hostileRawFrameHeaders_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown format")
            << QByteArray("pixelFormat") << 77u << QStringLiteral("unknown pixel format 77");
    QTest::newRow("stride past the payload")
            << QByteArray("stride") << 0xFFFFFFF0u << QStringLiteral("is not the payload's");
    QTest::newRow("stride below a row")
            << QByteArray("stride") << 3u << QStringLiteral("shorter than a row");
    QTest::newRow("height past the payload")
            << QByteArray("height") << 1000u << QStringLiteral("is not the payload's");
    QTest::newRow("huge width") << QByteArray("width") << 0xFFFFFFFFu
                                << QStringLiteral("size of 4294967295 × 4");
    QTest::newRow("payload shorter than the frame")
            << QByteArray("payloadLength") << 60u << QStringLiteral("is not the payload's 60");
    QTest::newRow("scaled") << QByteArray("sourceWidth") << 10u << QStringLiteral("never scaled");
}

// A header that claims more than its bytes: refused, and nothing past the segment is read (the
// guard page would crash the test).
void TestSegmentLayout::hostileRawFrameHeaders()
{
    QFETCH(QByteArray, field);
    QFETCH(quint32, value);
    QFETCH(QString, problem);
    const QByteArray pixels = numbered(64); // 4 × 4 RGBA, stride 16
    GuardedBuffer segment(SegmentLayout::MinimumSegmentSize + pixels.size());
    const auto rgba = quint32(SegmentLayout::PixelFormat::Rgba8888);
    QVERIFY(SegmentLayout::encode(segment.data(), segment.size(), rawWrite(pixels, rgba, 4, 4, 16))
                    .ok);
    // A copy of the header, written back whole: the buffer ends at the guard page, so it is not
    // aligned for SegmentHeader's 8-byte fields.
    SegmentHeader copy;
    memcpy(&copy, segment.data(), sizeof copy);
    SegmentHeader *header = &copy;
    if (field == "pixelFormat") {
        header->pixelFormat = value;
    } else if (field == "stride") {
        header->stride = value;
    } else if (field == "height") {
        header->height = value;
    } else if (field == "width") {
        header->width = value;
    } else if (field == "payloadLength") {
        header->payloadLength = value;
        header->originalSize = value;
    } else if (field == "sourceWidth") {
        header->sourceWidth = value;
        header->sourceHeight = value;
    }
    memcpy(segment.data(), &copy, sizeof copy);
    const SegmentSnapshot snapshot = SegmentLayout::decode(segment.view());
    QCOMPARE(snapshot.state, SegmentSnapshot::State::Unreadable);
    QVERIFY2(snapshot.problem.contains(problem), qPrintable(snapshot.problem));
}

QTEST_APPLESS_MAIN(TestSegmentLayout)
#include "tst_segmentlayout.moc"
