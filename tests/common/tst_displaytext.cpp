// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "displaytext.h"

#include <QTest>

class TestDisplayText : public QObject
{
    Q_OBJECT
private slots:
    void escaped_data();
    void escaped();
    void escapedLeavesNoHiddenCharacter();
    void withoutHidden_data();
    void withoutHidden();
};

void TestDisplayText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii") << QStringLiteral("notes.md") << QStringLiteral("notes.md");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("backslash stays")
            << QStringLiteral("a\\x1b.txt") << QStringLiteral("a\\x1b.txt");
    QTest::newRow("letters of any script")
            << QStringLiteral("Grüße 漢字 😀 שלום") << QStringLiteral("Grüße 漢字 😀 שלום");
    QTest::newRow("OSC 52 and clear screen") << QStringLiteral("\x1b]52;c;aGk=\x07\x1b[2J")
                                             << QStringLiteral("\\x1b]52;c;aGk=\\x07\\x1b[2J");
    QTest::newRow("tab, newline, return")
            << QStringLiteral("a\tb\nc\r") << QStringLiteral("a\\x09b\\x0ac\\x0d");
    QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
    QTest::newRow("DEL") << QStringLiteral("\x7f") << QStringLiteral("\\x7f");
    QTest::newRow("C1 CSI and NEL")
            << QStringLiteral("\u009b2J\u0085") << QStringLiteral("\\x9b2J\\x85");
    QTest::newRow("right-to-left override")
            << QStringLiteral("a\u202Etxt.sh") << QStringLiteral("a\\u202etxt.sh");
    QTest::newRow("isolates") << QStringLiteral("\u2066\u2067\u2068\u2069")
                              << QStringLiteral("\\u2066\\u2067\\u2068\\u2069");
    QTest::newRow("zero width") << QStringLiteral("a\u200Bb\u200Dc\uFEFF")
                                << QStringLiteral("a\\u200bb\\u200dc\\ufeff");
    QTest::newRow("marks") << QStringLiteral("\u200E\u200F\u061C")
                           << QStringLiteral("\\u200e\\u200f\\u061c");
    QTest::newRow("soft hyphen") << QStringLiteral("\u00AD") << QStringLiteral("\\xad");
    QTest::newRow("line and paragraph separators")
            << QStringLiteral("\u2028\u2029") << QStringLiteral("\\u2028\\u2029");
    QTest::newRow("tag characters") << QString::fromUcs4(U"x\U000E0041\U000E007F")
                                    << QStringLiteral("x\\U000e0041\\U000e007f");
    QTest::newRow("unpaired surrogates")
            << QString(QChar(0xD800)) + u'a' + QChar(0xDC00) << QStringLiteral("\\ud800a\\udc00");
}

void TestDisplayText::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(DisplayText::escaped(text), expected);
}

// Every code point, one at a time: what comes out is printable and nothing hidden survives.
void TestDisplayText::escapedLeavesNoHiddenCharacter()
{
    int hidden = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        const QString text = c < 0x10000 ? QString(QChar(char16_t(c))) : QString::fromUcs4(&c, 1);
        const QString out = DisplayText::escaped(text);
        if (!DisplayText::isHidden(c)) {
            QCOMPARE(out, text);
            continue;
        }
        ++hidden;
        for (const QChar ch : out)
            QVERIFY2(ch.unicode() > 0x20 && ch.unicode() < 0x7f, qPrintable(out));
        QVERIFY(out.startsWith(u'\\'));
    }
    // C0 (32), DEL, C1 (32), the 2,048 surrogates and Qt's Cf, Zl, Zp: at least these.
    QVERIFY2(hidden > 65 + 2048 + 150, qPrintable(QString::number(hidden)));
}

void TestDisplayText::withoutHidden_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("notes.md") << QStringLiteral("notes.md");
    QTest::newRow("override") << QStringLiteral("a\u202Etxt.sh") << QStringLiteral("atxt.sh");
    QTest::newRow("controls and zero width")
            << QStringLiteral("a\x1b[2J\u200Bb") << QStringLiteral("a[2Jb");
    QTest::newRow("emoji stays") << QStringLiteral("😀.txt") << QStringLiteral("😀.txt");
}

void TestDisplayText::withoutHidden()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(DisplayText::withoutHidden(text), expected);
}

QTEST_APPLESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
