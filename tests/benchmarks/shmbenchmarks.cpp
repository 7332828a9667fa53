// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// Micro-benchmarks of common/ on real System V segments, each on a key of its own. The figures
// and their targets are in docs/performance.md; scripts/measure-performance.sh runs this with
// repetitions and turns the medians into that page.

#include "segmentattachment.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "segmentreader.h"
#include "segmentwriter.h"
#include "shmkey.h"
#include "testkey.h"
#include "utf8text.h"
#include "wakelatency.h"

#include <QByteArray>
#include <QSharedMemory>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

QStringList g_usedKeys;

QString newKey(const char *what)
{
    const QString key = TestKey::unique(QStringLiteral("bench-%1").arg(QLatin1String(what)));
    g_usedKeys.append(key);
    return key;
}

// Text as the loader writes it: lines of mostly ASCII with a multi-byte character now and then,
// so the UTF-8 check leaves its ASCII fast path as real texts make it do.
QByteArray sampleText(qsizetype size)
{
    static const QByteArray line = QByteArrayLiteral(
            "The quick brown fox jumps over the lazy dog; caf\xc3\xa9 na\xc3\xafve "
            "\xe2\x80\x94 0123456789 lorem ipsum dolor sit amet.\n");
    QByteArray text;
    text.reserve(size + line.size());
    while (text.size() < size)
        text += line;
    // Never cut inside a sequence: the benchmark measures copies, not truncation.
    qsizetype cut = size;
    while (cut > 0 && (uchar(text[cut]) & 0xC0) == 0x80)
        --cut;
    text.truncate(cut);
    while (text.size() < size)
        text += 'x';
    return text;
}

// Private memory laid out like a segment: page-aligned (as shmat() maps it, so the text at
// offset 256 is cache-line aligned, which memcpy's speed depends on) and pre-faulted.
class PageBuffer
{
    Q_DISABLE_COPY_MOVE(PageBuffer)
public:
    explicit PageBuffer(qsizetype size)
        : m_size(size)
        , m_data(static_cast<char *>(std::aligned_alloc(4096, size_t((size + 4095) / 4096 * 4096))))
    {
        memset(m_data, 0, size_t(size));
    }
    ~PageBuffer() { std::free(m_data); }
    char *data() { return m_data; }
    qsizetype size() const { return m_size; }

private:
    qsizetype m_size;
    char *m_data;
};

// The segment a viewer would create for a text of textSize bytes.
qsizetype segmentSizeFor(qsizetype textSize)
{
    return SegmentLayout::HeaderSize + textSize + 1;
}

SegmentLayout::Write writeOf(const QByteArray &text)
{
    SegmentLayout::Write write;
    write.payload = text;
    write.sourceName = QStringLiteral("benchmark.txt");
    write.originalSize = quint64(text.size());
    write.loadedAtMs = 1;
    write.writerPid = 1;
    return write;
}

#define REQUIRE(condition, message) \
    if (!(condition)) { \
        state.SkipWithError(message); \
        return; \
    }

// --- 1. Write cost ------------------------------------------------------------------------------

// The baseline for the copy: memcpy of the same bytes into memory that is already mapped.
void BM_Memcpy(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    PageBuffer destination(segmentSizeFor(text.size()));
    for (auto _ : state) {
        memcpy(destination.data() + SegmentLayout::HeaderSize, text.constData(),
               size_t(text.size()));
        benchmark::DoNotOptimize(destination.data());
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

// The parts of encode(), to tell where its time goes: strncpy of the same bytes ...
void BM_Strncpy(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    PageBuffer destination(segmentSizeFor(text.size()));
    for (auto _ : state) {
        strncpy(destination.data() + SegmentLayout::HeaderSize, text.constData(),
                size_t(text.size()));
        benchmark::DoNotOptimize(destination.data());
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

// ... and the UTF-8 check (encode() and decode() both make it).
void BM_Utf8Valid(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(Utf8Text::isValid(text));
    state.SetBytesProcessed(state.iterations() * text.size());
}

// SegmentLayout::encode alone (strncpy, terminator, header) on a segment that is attached and
// locked once, outside the loop. With check, encode() also checks the UTF-8 itself; without, it
// is told the text is valid, as SegmentWriter does after checking before it takes the lock.
void encodeLoop(benchmark::State &state, bool check)
{
    const QByteArray text = sampleText(state.range(0));
    const QString key = newKey("encode");
    SegmentReader viewer(key);
    REQUIRE(viewer.open(segmentSizeFor(text.size())), "cannot create the segment");
    QSharedMemory memory;
    ShmKey::apply(memory, key);
    SegmentAttachment attachment(memory);
    REQUIRE(attachment.isAttached(), "cannot attach");
    SegmentLock lock(memory);
    REQUIRE(lock.isLocked(), "cannot lock");
    SegmentLayout::Write write = writeOf(text);
    if (!check)
        write.validUtf8 = true;
    auto *segment = static_cast<char *>(memory.data());
    for (auto _ : state) {
        // Not const: newer Google Benchmark deprecates DoNotOptimize on a const reference.
        SegmentLayout::WriteResult result = SegmentLayout::encode(segment, memory.size(), write);
        benchmark::DoNotOptimize(result.generation);
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

void BM_Encode(benchmark::State &state)
{
    encodeLoop(state, false);
}

void BM_EncodeChecking(benchmark::State &state)
{
    encodeLoop(state, true);
}

// The fixed part of a write: open (a QSharedMemory with the key), attach, lock, unlock, detach,
// while a viewer keeps the segment.
void BM_FixedCost(benchmark::State &state)
{
    const QString key = newKey("fixed");
    SegmentReader viewer(key);
    REQUIRE(viewer.open(segmentSizeFor(1024)), "cannot create the segment");
    for (auto _ : state) {
        QSharedMemory memory;
        ShmKey::apply(memory, key);
        SegmentAttachment attachment(memory);
        SegmentLock lock(memory);
        benchmark::DoNotOptimize(lock.isLocked());
    }
}

// Everything shm-loader does for a text already in memory: SegmentWriter::writeText (open,
// attach, lock, encode, unlock, detach, and the status message).
void BM_WriteTotal(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    const QString key = newKey("write");
    SegmentReader viewer(key);
    REQUIRE(viewer.open(segmentSizeFor(text.size())), "cannot create the segment");
    const SegmentWriter writer(key);
    const QString name = QStringLiteral("benchmark.txt");
    for (auto _ : state) {
        const SegmentWriter::Result result = writer.writeText(text, name, quint64(text.size()));
        if (result.status != SegmentWriter::Status::Loaded) {
            state.SkipWithError("write failed");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

// --- 2. Poll cost -------------------------------------------------------------------------------

// SegmentReader::poll when nothing changed: lock, fingerprint of the header, unlock.
void BM_PollUnchanged(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    const QString key = newKey("pollsame");
    SegmentReader viewer(key);
    REQUIRE(viewer.open(segmentSizeFor(text.size())), "cannot create the segment");
    REQUIRE(SegmentWriter(key).writeText(text, QStringLiteral("a.txt"), 0).status
                    == SegmentWriter::Status::Loaded,
            "write failed");
    SegmentSnapshot snapshot;
    REQUIRE(viewer.poll(&snapshot) == SegmentReader::PollStatus::Changed, "first poll");
    for (auto _ : state) {
        if (viewer.poll(&snapshot) != SegmentReader::PollStatus::Unchanged) {
            state.SkipWithError("poll saw a change");
            break;
        }
    }
}

// The same for text a classic loader wrote (no header): the fingerprint is a hash of the text.
void BM_PollUnchangedRaw(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    const QString key = newKey("pollraw");
    SegmentReader viewer(key);
    REQUIRE(viewer.open(segmentSizeFor(text.size())), "cannot create the segment");
    {
        QSharedMemory memory;
        ShmKey::apply(memory, key);
        SegmentAttachment attachment(memory);
        SegmentLock lock(memory);
        REQUIRE(lock.isLocked(), "cannot lock");
        memcpy(memory.data(), text.constData(), size_t(text.size()) + 1);
    }
    SegmentSnapshot snapshot;
    REQUIRE(viewer.poll(&snapshot) == SegmentReader::PollStatus::Changed, "first poll");
    REQUIRE(snapshot.state == SegmentSnapshot::State::Raw, "not raw");
    for (auto _ : state) {
        if (viewer.poll(&snapshot) != SegmentReader::PollStatus::Unchanged) {
            state.SkipWithError("poll saw a change");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

// SegmentReader::poll after every write: lock, fingerprint, decode (copy out, UTF-8 check),
// unlock. A write is simulated by bumping the header's generation (one 8-byte store, in the
// loop: it costs nothing next to the poll).
void BM_PollChanged(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    const QString key = newKey("pollchanged");
    SegmentReader viewer(key);
    REQUIRE(viewer.open(segmentSizeFor(text.size())), "cannot create the segment");
    QSharedMemory memory;
    ShmKey::apply(memory, key);
    SegmentAttachment attachment(memory);
    REQUIRE(attachment.isAttached(), "cannot attach");
    {
        SegmentLock lock(memory);
        SegmentLayout::encode(static_cast<char *>(memory.data()), memory.size(), writeOf(text));
    }
    auto *header = static_cast<SegmentHeader *>(memory.data());
    SegmentSnapshot snapshot;
    for (auto _ : state) {
        ++header->generation;
        if (viewer.poll(&snapshot) != SegmentReader::PollStatus::Changed
            || snapshot.payload.size() != text.size()) {
            state.SkipWithError("poll missed the change");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

// The baseline for a changed poll: memcpy of the segment's bytes into a private buffer, then
// SegmentLayout::decode of that buffer.
void BM_CopyDecode(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    const qsizetype size = segmentSizeFor(text.size());
    PageBuffer segment(size);
    SegmentLayout::encode(segment.data(), size, writeOf(text));
    PageBuffer copy(size);
    SegmentSnapshot snapshot;
    for (auto _ : state) {
        memcpy(copy.data(), segment.data(), size_t(size));
        benchmark::ClobberMemory();
        snapshot = SegmentLayout::decode(QByteArrayView(copy.data(), size));
        benchmark::DoNotOptimize(snapshot.payload.constData());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

// decode() alone, to tell the copy-out from the rest.
void BM_Decode(benchmark::State &state)
{
    const QByteArray text = sampleText(state.range(0));
    const qsizetype size = segmentSizeFor(text.size());
    PageBuffer segment(size);
    SegmentLayout::encode(segment.data(), size, writeOf(text));
    SegmentSnapshot snapshot;
    for (auto _ : state) {
        snapshot = SegmentLayout::decode(QByteArrayView(segment.data(), size));
        benchmark::DoNotOptimize(snapshot.payload.constData());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

void textSizes(benchmark::internal::Benchmark *benchmark)
{
    benchmark->ArgName("bytes");
    for (const qint64 size : {1LL << 10, 64LL << 10, 1LL << 20, 16LL << 20})
        benchmark->Arg(size);
}

} // namespace

BENCHMARK(BM_Memcpy)->Apply(textSizes);
BENCHMARK(BM_Strncpy)->Apply(textSizes);
BENCHMARK(BM_Utf8Valid)->Apply(textSizes);
BENCHMARK(BM_Encode)->Apply(textSizes);
BENCHMARK(BM_EncodeChecking)->Apply(textSizes);
BENCHMARK(BM_FixedCost);
BENCHMARK(BM_WriteTotal)->Apply(textSizes);
BENCHMARK(BM_PollUnchanged)->Arg(1 << 20)->ArgName("bytes");
BENCHMARK(BM_PollUnchangedRaw)->Apply(textSizes);
BENCHMARK(BM_PollChanged)->Apply(textSizes);
BENCHMARK(BM_CopyDecode)->Apply(textSizes);
BENCHMARK(BM_Decode)->Apply(textSizes);

int main(int argc, char **argv)
{
    // scripts/measure-performance.sh: "--wake-latency [SAMPLES [BURSTS]]", see wakelatency.h.
    if (argc >= 2 && strcmp(argv[1], "--wake-latency") == 0)
        return runWakeLatency(argc >= 3 ? atoi(argv[2]) : 200, argc >= 4 ? atoi(argv[3]) : 5);
    if (argc >= 2 && strcmp(argv[1], "--help") == 0)
        printf("shm-benchmarks --wake-latency [SAMPLES [BURSTS]]: a writer's unlock to "
               "shm-viewer --print showing it (CSV)\n"
               "shm-benchmarks [Google Benchmark options]:\n");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::AddCustomContext("qt_version", qVersion());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    // Every SegmentReader and attachment above is scoped: nothing of any key may remain.
    int leftovers = 0;
    for (const QString &key : std::as_const(g_usedKeys)) {
        if (!TestKey::isGone(key)) {
            fprintf(stderr, "left behind: %s\n", qPrintable(key));
            TestKey::removeLeftovers(key);
            ++leftovers;
        }
    }
    return leftovers == 0 ? 0 : 1;
}
