// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "utf8text.h"

#include <QRandomGenerator>
#include <QTest>

class TestUtf8Text : public QObject
{
    Q_OBJECT
private slots:
    void truncationPoint_data();
    void truncationPoint();
    void truncationNeverSplitsAnyCharacter();
    void isValid_data();
    void isValid();
    void agreesWithReference();
};

void TestUtf8Text::truncationPoint_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("expected");

    const QByteArray e = QStringLiteral("é").toUtf8(); // 2 bytes
    const QByteArray cjk = QStringLiteral("漢").toUtf8(); // 3 bytes
    const QByteArray emoji = QStringLiteral("😀").toUtf8(); // 4 bytes
    QTest::newRow("fits") << QByteArray("abc") << 10 << 3;
    QTest::newRow("exact") << QByteArray("abc") << 3 << 3;
    QTest::newRow("ascii cut") << QByteArray("abcdef") << 4 << 4;
    QTest::newRow("zero") << QByteArray("abc") << 0 << 0;
    QTest::newRow("negative") << QByteArray("abc") << -1 << 0;
    QTest::newRow("2-byte split") << QByteArray("a" + e) << 2 << 1;
    QTest::newRow("2-byte whole") << QByteArray("a" + e + "b") << 3 << 3;
    QTest::newRow("3-byte split 1") << QByteArray("a" + cjk) << 2 << 1;
    QTest::newRow("3-byte split 2") << QByteArray("a" + cjk) << 3 << 1;
    QTest::newRow("3-byte whole") << QByteArray("a" + cjk + "b") << 4 << 4;
    QTest::newRow("4-byte split 3") << QByteArray("a" + emoji) << 4 << 1;
    QTest::newRow("4-byte whole") << QByteArray("a" + emoji + "b") << 5 << 5;
    QTest::newRow("continuation run") << QByteArray("a\x80\x80\x80\x80\x80", 6) << 5 << 5;
}

void TestUtf8Text::truncationPoint()
{
    QFETCH(QByteArray, text);
    QFETCH(int, maxBytes);
    QFETCH(int, expected);
    QCOMPARE(Utf8Text::truncationPoint(text, maxBytes), qsizetype(expected));
}

void TestUtf8Text::truncationNeverSplitsAnyCharacter()
{
    const QByteArray text = QStringLiteral("aé漢😀bשלום🙂ñ").toUtf8();
    for (qsizetype max = 0; max <= text.size(); ++max) {
        const qsizetype cut = Utf8Text::truncationPoint(text, max);
        QVERIFY(cut <= max);
        QVERIFY2(Utf8Text::isValid(text.left(cut)), qPrintable(QString::number(max)));
        // Never more than one character (at most 3 bytes) short of the limit.
        QVERIFY(max - cut <= 3);
    }
}

void TestUtf8Text::isValid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii long") << QByteArray(1000, 'x') << true;
    QTest::newRow("multilingual") << QStringLiteral("é漢😀שלום").toUtf8() << true;
    QTest::newRow("latin1") << QByteArray("caf\xe9") << false;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("too big") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("truncated seq") << QByteArray("ab\xe6\xbc") << false;
    QTest::newRow("stray continuation") << QByteArray("ab\x80") << false;
}

void TestUtf8Text::isValid()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(Utf8Text::isValid(text), valid);
}

// The vectorised isValid() must agree with the plain loop on every input. Random bytes from an
// alphabet rich in edge cases (leads, continuations, overlong and surrogate starts), placed at
// every offset around the 32- and 64-byte block boundaries, plus mutations of real text.
void TestUtf8Text::agreesWithReference()
{
    static const uchar alphabet[]
            = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
               0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
    QRandomGenerator random(20260101);
    // Real text with characters of every length, as the benchmarks use.
    QByteArray text;
    while (text.size() < 4096)
        text += QStringLiteral("Shared memory, Gemeinsamer Speicher — 共有メモリ 😀 שלום ").toUtf8();
    int valid = 0;
    for (int round = 0; round < 200000; ++round) {
        QByteArray bytes;
        if (round % 2) {
            bytes = text.left(random.bounded(200));
            const int mutations = random.bounded(3);
            for (int i = 0; i < mutations && !bytes.isEmpty(); ++i)
                bytes[random.bounded(int(bytes.size()))]
                        = char(alphabet[random.bounded(int(sizeof alphabet))]);
        } else {
            bytes = QByteArray(random.bounded(140), 'a');
            const int count = 1 + random.bounded(4);
            for (int i = 0; i < count && !bytes.isEmpty(); ++i)
                bytes[random.bounded(int(bytes.size()))]
                        = char(alphabet[random.bounded(int(sizeof alphabet))]);
        }
        const bool expected = Utf8Text::isValidReference(bytes);
        valid += expected;
        QVERIFY2(Utf8Text::isValid(bytes) == expected, bytes.toHex(' ').constData());
    }
    // Every valid sequence, and every sequence cut short, at every offset of a 130-byte text.
    const QByteArray sequences[]
            = {"\xc2\x80",     "\xdf\xbf",     "\xe0\xa0\x80",     "\xed\x9f\xbf",
               "\xee\x80\x80", "\xef\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
               "\xe0\x9f\xbf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x8f\xbf\xbf",
               "\xc1\xbf"};
    for (const QByteArray &sequence : sequences) {
        for (qsizetype cut = 1; cut <= sequence.size(); ++cut) {
            for (int offset = 0; offset < 130; ++offset) {
                QByteArray bytes(130, 'a');
                bytes.replace(offset, cut, sequence.left(cut));
                bytes.truncate(130);
                QVERIFY2(Utf8Text::isValid(bytes) == Utf8Text::isValidReference(bytes),
                         bytes.toHex(' ').constData());
            }
        }
    }
    QVERIFY(valid > 1000); // the generator must produce both kinds
}

QTEST_APPLESS_MAIN(TestUtf8Text)
#include "tst_utf8text.moc"
