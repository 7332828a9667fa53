// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "utf8text.h"

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
    QTest::newRow("largest code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("last before surrogates") << QByteArray("\xed\x9f\xbf") << true;
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x9f\xbf") << false;
    QTest::newRow("overlong 4-byte") << QByteArray("\xf0\x8f\xbf\xbf") << false;
    QTest::newRow("lead C1") << QByteArray("\xc1\xbf") << false;
    QTest::newRow("lead F5") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("lead FF") << QByteArray("x\xff") << false;
    QTest::newRow("NUL is valid") << QByteArray("a\0b", 3) << true;
    QTest::newRow("error after 64 bytes") << QByteArray(64, 'a') + "\xc3" << false;
}

void TestUtf8Text::isValid()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(Utf8Text::isValid(text), valid);
}

QTEST_APPLESS_MAIN(TestUtf8Text)
#include "tst_utf8text.moc"
