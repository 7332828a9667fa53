// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "wakelatency.h"

#include "segmentattachment.h"
#include "segmentlayout.h"
#include "segmentlock.h"
#include "shmconstants.h"
#include "shmkey.h"
#include "testkey.h"
#include "wakeword.h"

#include <QByteArray>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSharedMemory>
#include <QThread>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

// utime + stime of a process, in clock ticks.
qint64 cpuTicks(pid_t pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/stat", int(pid));
    FILE *file = fopen(path, "r");
    if (!file)
        return -1;
    char buffer[1024] = {};
    const size_t read = fread(buffer, 1, sizeof buffer - 1, file);
    fclose(file);
    buffer[read] = '\0';
    const char *rest = strrchr(buffer, ')');
    unsigned long long utime = 0, stime = 0;
    if (!rest
        || sscanf(rest + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime)
                != 2)
        return -1;
    return qint64(utime + stime);
}

class Viewer
{
public:
    bool start(const QString &key)
    {
        const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath()
                + QStringLiteral("/shm-viewer");
        const QByteArray path = program.toLocal8Bit();
        const QByteArray keyBytes = key.toUtf8();
        int fds[2];
        if (::pipe(fds) != 0)
            return false;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::dup2(fds[1], 1);
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, 2);
            ::close(fds[0]);
            ::execl(path.constData(), path.constData(), "--print", "--key", keyBytes.constData(),
                    static_cast<char *>(nullptr));
            ::_exit(127);
        }
        ::close(fds[1]);
        m_out = ::fdopen(fds[0], "r");
        return m_pid > 0 && m_out;
    }
    // Reads lines until one reports generation; false at the end of the output.
    bool waitForGeneration(quint64 generation, int *lines)
    {
        const QByteArray needle = "\"seq\":" + QByteArray::number(generation) + ',';
        for (;;) {
            if (!fgets(m_line.data(), int(m_line.size()), m_out))
                return false;
            ++*lines;
            if (strstr(m_line.constData(), needle.constData()))
                return true;
        }
    }
    pid_t pid() const { return m_pid; }
    int stop()
    {
        int status = 0;
        if (m_pid > 0) {
            ::kill(m_pid, SIGTERM);
            ::waitpid(m_pid, &status, 0);
        }
        if (m_out)
            fclose(m_out);
        m_pid = 0;
        m_out = nullptr;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    ~Viewer() { stop(); }

private:
    pid_t m_pid = 0;
    FILE *m_out = nullptr;
    QByteArray m_line = QByteArray(1 << 20, '\0'); // the texts written here are short
};

// A PNG of width × height pixels of noise (it hardly compresses), made with Qt Core alone: zlib
// through qCompress, the chunks' CRC-32 by hand.
QByteArray noisePng(int width, int height)
{
    const auto crc32 = [](const QByteArray &bytes) {
        quint32 crc = 0xffffffffu;
        for (const char c : bytes) {
            crc ^= uchar(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return crc ^ 0xffffffffu;
    };
    const auto be32 = [](quint32 value) {
        QByteArray bytes(4, '\0');
        for (int i = 0; i < 4; ++i)
            bytes[i] = char(value >> (24 - 8 * i));
        return bytes;
    };
    const auto chunk = [&](const char *type, const QByteArray &data) {
        const QByteArray typed = QByteArray(type) + data;
        return be32(quint32(data.size())) + typed + be32(crc32(typed));
    };
    QByteArray rows;
    QRandomGenerator random(64);
    for (int y = 0; y < height; ++y) {
        rows.append('\0'); // no filter
        for (int x = 0; x < width * 4; ++x)
            rows.append(char(random.bounded(256)));
    }
    const QByteArray header = be32(quint32(width)) + be32(quint32(height))
            + QByteArray::fromHex("0806000000"); // 8 bits, RGBA, no interlace
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header)
            + chunk("IDAT", qCompress(rows).mid(4)) + chunk("IEND", QByteArray());
}

// What a sample writes: a short text by default.
struct Payload
{
    QByteArray bytes; // empty: "wake-up latency sample N"
    QString contentType; // empty: text
    int width = 0;
    int height = 0;
};

// One write the way shm-loader makes it: lock, encode, bump the wake word, unlock, wake.
// Returns the time of the unlock and the generation written.
qint64 write(QSharedMemory &memory, int number, quint64 *generation, const Payload &payload = {})
{
    const QByteArray text = payload.bytes.isEmpty()
            ? "wake-up latency sample " + QByteArray::number(number) + '\n'
            : payload.bytes;
    SegmentLayout::Write write;
    write.payload = text;
    write.sourceName = QStringLiteral("wake.txt");
    write.originalSize = quint64(text.size());
    write.writerPid = quint32(::getpid());
    write.validUtf8 = true;
    write.contentType = payload.contentType;
    write.width = quint32(payload.width);
    write.height = quint32(payload.height);
    {
        SegmentLock lock(memory);
        *generation
                = SegmentLayout::encode(static_cast<char *>(memory.data()), memory.size(), write)
                          .generation;
        WakeWord::bump(memory.data());
    }
    const qint64 unlockedAt = nowUs();
    WakeWord::wake(memory.data());
    return unlockedAt;
}

} // namespace

int runWakeLatency(int samples, int bursts)
{
    const QString key = TestKey::unique(QStringLiteral("bench-wake"));
    const int interval = ShmConstants::DefaultPollIntervalMs; // the viewer's default
    Viewer viewer;
    if (!viewer.start(key)) {
        fprintf(stderr, "cannot start shm-viewer\n");
        return 1;
    }
    int status = 0;
    {
        QSharedMemory memory;
        ShmKey::apply(memory, key);
        for (int attempt = 0; attempt < 200 && !memory.attach(); ++attempt)
            QThread::msleep(50);
        if (!memory.isAttached()) {
            fprintf(stderr, "shm-viewer did not create its segment\n");
            viewer.stop();
            return 1;
        }
        printf("run,interval_ms,latency_us\n");
        QRandomGenerator random(42);
        int lines = 0;
        quint64 generation = 0;
        for (int i = 0; i < samples && status == 0; ++i) {
            // Random gaps: a write lands anywhere in the viewer's poll interval.
            QThread::usleep(ulong(random.bounded(20000, 120000)));
            const qint64 unlockedAt = write(memory, i, &generation);
            if (!viewer.waitForGeneration(generation, &lines))
                status = 1;
            else
                printf("print,%d,%lld\n", interval, nowUs() - unlockedAt);
        }
        // A 64 KiB text and a 64 KiB image (the viewer decodes it on its worker): the image
        // should update as fast as the text.
        Payload text64;
        text64.bytes = QByteArray(60 * 1024, 'x');
        for (qsizetype i = 79; i < text64.bytes.size(); i += 80)
            text64.bytes[i] = '\n';
        Payload image64;
        image64.bytes = noisePng(120, 120);
        image64.contentType = QStringLiteral("image/png");
        image64.width = image64.height = 120;
        const std::pair<const char *, const Payload *> runs[]
                = {{"text-64k", &text64}, {"image-64k", &image64}};
        for (const auto &[name, payload] : runs) {
            for (int i = 0; i < samples / 2 && status == 0; ++i) {
                QThread::usleep(ulong(random.bounded(20000, 120000)));
                const qint64 unlockedAt = write(memory, i, &generation, *payload);
                if (!viewer.waitForGeneration(generation, &lines))
                    status = 1;
                else
                    printf("%s,%d,%lld\n", name, interval, nowUs() - unlockedAt);
            }
        }
        // Bursts of 10,000 writes/s: the viewer must keep up by coalescing, not fall behind.
        const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
        for (int b = 0; b < bursts && status == 0; ++b) {
            QThread::msleep(200);
            const qint64 cpuBefore = cpuTicks(viewer.pid());
            const qint64 start = nowUs();
            int writes = 0;
            qint64 unlockedAt = 0;
            while (nowUs() - start < 1000000) {
                const qint64 due = start + qint64(writes) * 100; // one every 100 µs
                while (nowUs() < due) { }
                unlockedAt = write(memory, samples + writes, &generation);
                ++writes;
            }
            const int linesBefore = lines;
            if (!viewer.waitForGeneration(generation, &lines)) {
                status = 1;
                break;
            }
            const qint64 latency = nowUs() - unlockedAt;
            const qint64 elapsedUs = nowUs() - start;
            const qint64 cpu = cpuTicks(viewer.pid()) - cpuBefore;
            printf("burst-end,%d,%lld\n", interval, latency);
            fprintf(stderr,
                    "burst %d: %d writes in 1 s, the viewer printed %d lines, used %.0f %% of a "
                    "core, and printed the last write %.2f ms after its unlock\n",
                    b + 1, writes, lines - linesBefore,
                    100.0 * double(cpu) / double(ticksPerSecond) / (double(elapsedUs) / 1e6),
                    double(latency) / 1000.0);
        }
        fflush(stdout);
    }
    const int viewerExit = viewer.stop();
    if (viewerExit != 0) {
        fprintf(stderr, "shm-viewer exited with %d\n", viewerExit);
        status = 1;
    }
    if (!TestKey::isGone(key)) {
        fprintf(stderr, "left behind: %s\n", qPrintable(key));
        TestKey::removeLeftovers(key);
        status = 1;
    }
    if (status != 0)
        fprintf(stderr, "a write was never printed by the viewer\n");
    return status;
}
