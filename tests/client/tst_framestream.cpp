// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// A stream of raw frames between real processes: shm-frame-producer (ShmLoader::Publisher)
// publishes frames as fast as it can while a real shm-viewer --print reads them, free or stopped
// (SIGSTOP) for a moment. The viewer prints the newest frame, never a torn one, and each line's
// "skipped" counts the writes it never printed, so that printed + skipped = frames written.

#include "patternframe.h"
#include "shmprograms.h"
#include "testkey.h"
#include "viewerprocess.h"

#include <QProcess>
#include <QTest>

#include <csignal>
#include <memory>

class TestFrameStream : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_key = TestKey::unique(QStringLiteral("framestream")); }
    void cleanup();
    void everyWriteIsPrintedOrCounted_data();
    void everyWriteIsPrintedOrCounted();

private:
    QString m_key;
    std::unique_ptr<ViewerProcess> m_viewer;
    std::unique_ptr<QProcess> m_producer;
};

void TestFrameStream::cleanup()
{
    if (m_producer && m_producer->state() != QProcess::NotRunning) {
        m_producer->kill();
        m_producer->waitForFinished(5000);
    }
    m_producer.reset();
    if (m_viewer) {
        m_viewer->signal(SIGCONT);
        m_viewer->terminate(5000);
    }
    m_viewer.reset();
    QVERIFY2(TestKey::cleanUp(m_key), "the test left its segment, semaphore or key file behind");
}

void TestFrameStream::everyWriteIsPrintedOrCounted_data()
{
    QTest::addColumn<bool>("stopViewer");
    QTest::newRow("free-running") << false;
    QTest::newRow("stopped for a moment") << true;
}

void TestFrameStream::everyWriteIsPrintedOrCounted()
{
    QFETCH(bool, stopViewer);
    const int width = 160, height = 120, frames = 2000;
    m_viewer = std::make_unique<ViewerProcess>(m_key);
    QVERIFY(m_viewer->start(
            ViewerProcess::Mode::Print,
            {QStringLiteral("--size"), QString::number(width * height * 4 + 4096)}));
    QVERIFY2(m_viewer->waitForAttached(), qPrintable(m_viewer->describe()));

    // Frame 0, then the producer waits for the go: the viewer is stopped before the rest come.
    m_producer = std::make_unique<QProcess>();
    m_producer->start(ShmPrograms::program(QStringLiteral("shm-frame-producer")),
                      {m_key, QString::number(width), QString::number(height),
                       QString::number(frames), QStringLiteral("--hold")});
    QVERIFY2(m_producer->waitForStarted(), qPrintable(m_producer->errorString()));
    const auto sourceIs = [](const QString &name) {
        return [name](const QJsonObject &o) { return o.value(QStringLiteral("source")) == name; };
    };
    QVERIFY2(m_viewer->waitForSnapshot(sourceIs(QStringLiteral("frame-0"))) >= 0,
             qPrintable(m_viewer->describe()
                        + QString::fromUtf8(m_producer->readAllStandardError())));
    if (stopViewer)
        m_viewer->signal(SIGSTOP);
    m_producer->write("go\n");
    if (stopViewer) {
        QTest::qWait(100); // the producer goes on writing meanwhile
        m_viewer->signal(SIGCONT);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_producer->state() == QProcess::NotRunning, 60000);
    const QByteArray said
            = m_producer->readAllStandardOutput() + m_producer->readAllStandardError();
    QVERIFY2(m_producer->exitStatus() == QProcess::NormalExit && m_producer->exitCode() == 0,
             said.constData());
    const QString lastName = QStringLiteral("frame-%1").arg(frames - 1);
    QVERIFY2(m_viewer->waitForSnapshot(sourceIs(lastName), 0, 30000) >= 0,
             qPrintable(m_viewer->describe()));

    // The viewer began on an empty segment, where the producer's frame k is generation k + 1.
    PatternFrames pattern(width, height);
    qint64 previousSeq = 0, skippedSum = 0, mostSkipped = 0;
    const QList<QJsonObject> lines = m_viewer->snapshots();
    for (const QJsonObject &line : lines) {
        const QString source = line.value(QStringLiteral("source")).toString();
        QCOMPARE(line.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
        QVERIFY2(line.contains(QStringLiteral("skipped")), "--print gives no skipped count");
        const qint64 seq = line.value(QStringLiteral("seq")).toInteger();
        const qint64 skipped = line.value(QStringLiteral("skipped")).toInteger(-1);
        const qint64 k = source.mid(int(qstrlen("frame-"))).toLongLong();
        QCOMPARE(seq, k + 1);
        QCOMPARE(skipped, seq - previousSeq - 1);
        // Whole: the hash of the frame written as generation seq, not of a mix.
        QCOMPARE(line.value(QStringLiteral("sha256")).toString(),
                 PatternFrames::sha256(pattern.frame(quint64(k))));
        previousSeq = seq;
        skippedSum += skipped;
        mostSkipped = qMax(mostSkipped, skipped);
    }
    QCOMPARE(qint64(lines.size()) + skippedSum, qint64(frames));
    qInfo("%lld of %d frames printed, %lld skipped (at most %lld in a row)", qint64(lines.size()),
          frames, skippedSum, mostSkipped);
    if (stopViewer) // stopped while the producer wrote: it cannot have printed them all
        QVERIFY2(mostSkipped > 0, "no frame was skipped while the viewer was stopped");
}

QTEST_GUILESS_MAIN(TestFrameStream)
#include "tst_framestream.moc"
