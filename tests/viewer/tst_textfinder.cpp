// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// Find: TextSearch's counts, case, UTF-8 offsets, matches across pieces and rows, cancellation
// and the cap; TextFinder's threading (superseded searches), navigation and its words.

#include "newestjob.h"
#include "textfinder.h"
#include "textlineindex.h"
#include "textlinesmodel.h"
#include "textsearch.h"
#include "viewertext.h"

#include <QSignalSpy>
#include <QTest>

class TestTextFinder : public QObject
{
    Q_OBJECT
private slots:
    void counts_data();
    void counts();
    void caseSensitivity();
    void utf8Offsets();
    void matchAcrossPieces();
    void utf16Positions();
    void cancelled();
    void cap();
    void finderFindsOffTheGuiThread();
    void navigationWraps();
    void newQuerySupersedes();
    void newTextSupersedes();
    void rowMatchesAcrossChunks();
    void inactiveFindsNothing();
    void cappedSummary();

private:
    // Every match by the slow, obvious way: byte offsets of non-overlapping matches.
    static QList<quint32> reference(const QString &text, const QString &needle,
                                    Qt::CaseSensitivity cs);
    static void waitForResults(TextFinder &finder);
};

QList<quint32> TestTextFinder::reference(const QString &text, const QString &needle,
                                         Qt::CaseSensitivity cs)
{
    QList<quint32> offsets;
    qsizetype from = 0;
    qsizetype counted = 0; // UTF-16 units whose UTF-8 size is in bytes
    qsizetype bytes = 0;
    qsizetype found;
    while ((found = text.indexOf(needle, from, cs)) >= 0) {
        bytes += QStringView(text).sliced(counted, found - counted).toUtf8().size();
        counted = found;
        offsets.append(quint32(bytes));
        from = found + needle.size();
    }
    return offsets;
}

void TestTextFinder::waitForResults(TextFinder &finder)
{
    QTRY_VERIFY_WITH_TIMEOUT(!finder.isSearching(), 10000);
}

void TestTextFinder::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << "alpha beta"
                          << "gamma" << 0;
    QTest::newRow("one") << "alpha beta"
                         << "beta" << 1;
    QTest::newRow("start and end") << "ab xx ab"
                                   << "ab" << 2;
    QTest::newRow("not overlapping") << "aaaa"
                                     << "aa" << 2;
    QTest::newRow("across lines") << "a\nb\na\nb"
                                  << "a" << 2;
    QTest::newRow("empty needle") << "abc"
                                  << "" << 0;
    QTest::newRow("empty text") << ""
                                << "a" << 0;
    QTest::newRow("longer than text") << "ab"
                                      << "abc" << 0;
}

void TestTextFinder::counts()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(int, count);
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(TextSearch::findUtf8(utf8, needle, Qt::CaseSensitive).offsets.size(), count);
    QCOMPARE(TextSearch::findUtf16(text, needle, Qt::CaseSensitive).offsets.size(), count);
}

void TestTextFinder::caseSensitivity()
{
    const QString text = QStringLiteral("Café CAFÉ café cafe");
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(TextSearch::findUtf8(utf8, u"café", Qt::CaseSensitive).offsets,
             reference(text, QStringLiteral("café"), Qt::CaseSensitive));
    QCOMPARE(TextSearch::findUtf8(utf8, u"café", Qt::CaseSensitive).offsets.size(), 1);
    const auto insensitive = TextSearch::findUtf8(utf8, u"café", Qt::CaseInsensitive).offsets;
    QCOMPARE(insensitive.size(), 3);
    QCOMPARE(insensitive, reference(text, QStringLiteral("café"), Qt::CaseInsensitive));
    QCOMPARE(TextSearch::findUtf16(text, u"CAFÉ", Qt::CaseInsensitive).offsets,
             QList<quint32>({0, 5, 10}));
}

void TestTextFinder::utf8Offsets()
{
    // Two-, three- and four-byte characters (a surrogate pair in UTF-16) before and in matches.
    const QString text = QStringLiteral("é 漢字 😀 x 😀x 漢字x");
    const QByteArray utf8 = text.toUtf8();
    for (const QString &needle :
         {QStringLiteral("x"), QStringLiteral("😀"), QStringLiteral("漢字"), QStringLiteral("😀x")}) {
        const auto result = TextSearch::findUtf8(utf8, needle, Qt::CaseSensitive);
        QCOMPARE(result.offsets, reference(text, needle, Qt::CaseSensitive));
        for (quint32 offset : result.offsets) {
            const qsizetype end = TextSearch::advanceUtf8(utf8, offset, needle.size());
            QCOMPARE(QString::fromUtf8(utf8.mid(offset, end - offset)), needle);
        }
    }
    QCOMPARE(TextSearch::findUtf8(utf8, u"😀", Qt::CaseSensitive).offsets.size(), 2);
}

void TestTextFinder::matchAcrossPieces()
{
    // The text is searched a mebibyte at a time: put matches on every side of the boundaries,
    // after multi-byte characters, so offsets must be mapped right.
    QByteArray spliced;
    for (int i = 0; spliced.size() < 3 * 1024 * 1024; ++i)
        spliced += (i % 7 == 0) ? "naïve needle " : "é漢 ";
    // Also one needle exactly across each piece boundary, in spaces cut at character boundaries.
    for (qsizetype boundary : {qsizetype(1) << 20, qsizetype(2) << 20}) {
        qsizetype start = boundary - 16;
        while ((uchar(spliced.at(start)) & 0xC0) == 0x80)
            --start;
        qsizetype end = boundary + 16;
        while ((uchar(spliced.at(end)) & 0xC0) == 0x80)
            ++end;
        spliced.replace(start, end - start, QByteArray(end - start, ' '));
        spliced.replace(boundary - 3, 6, "needle");
    }
    const QString splicedText = QString::fromUtf8(spliced);
    for (auto cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        const auto result = TextSearch::findUtf8(spliced, u"NEEDLE", cs);
        QCOMPARE(result.offsets, reference(splicedText, QStringLiteral("NEEDLE"), cs));
        if (cs == Qt::CaseInsensitive) {
            QVERIFY(result.offsets.contains(quint32((1 << 20) - 3)));
            QVERIFY(result.offsets.contains(quint32((2 << 20) - 3)));
        }
    }
}

void TestTextFinder::utf16Positions()
{
    QString text;
    for (int i = 0; i < 300000; ++i)
        text += QStringLiteral("ab😀c ");
    const auto result = TextSearch::findUtf16(text, u"😀c", Qt::CaseSensitive);
    QCOMPARE(result.offsets.size(), 300000);
    QCOMPARE(result.offsets.at(0), 2u);
    QCOMPARE(result.offsets.at(299999), quint32(299999 * 6 + 2));
}

void TestTextFinder::cancelled()
{
    const QByteArray text(4 * 1024 * 1024, 'a');
    NewestJob jobs;
    const NewestJob::Ticket ticket = jobs.start();
    QVERIFY(!ticket.isStale());
    jobs.start(); // a newer search: the first one stops
    const auto result = TextSearch::findUtf8(text, u"a", Qt::CaseSensitive, ticket.staleCheck());
    QVERIFY(result.stopped);
    QVERIFY(result.offsets.isEmpty());
    const auto result16 = TextSearch::findUtf16(QString::fromLatin1(text), u"a", Qt::CaseSensitive,
                                                ticket.staleCheck());
    QVERIFY(result16.stopped);
}

void TestTextFinder::cap()
{
    const QByteArray text(100, 'a');
    const auto result = TextSearch::findUtf8(text, u"a", Qt::CaseSensitive, {}, 10);
    QCOMPARE(result.offsets.size(), 10);
    QVERIFY(result.capped);
    QVERIFY(!TextSearch::findUtf8(text, u"a", Qt::CaseSensitive, {}, 100).capped);
    QVERIFY(TextSearch::findUtf16(QString(100, u'a'), u"a", Qt::CaseSensitive, {}, 99).capped);
}

static void setText(TextLinesModel &model, const QByteArray &text,
                    qsizetype chunkBytes = TextLineIndex::DefaultChunkBytes)
{
    model.setText(text, TextLineIndex::build(text, chunkBytes));
}

void TestTextFinder::finderFindsOffTheGuiThread()
{
    TextLinesModel model;
    QByteArray text;
    for (int i = 0; i < 41; ++i)
        text += "line with a match\n";
    setText(model, text);
    TextFinder finder;
    QSignalSpy results(&finder, &TextFinder::resultsChanged);
    finder.setLines(&model);
    finder.setActive(true);
    finder.setQuery(QStringLiteral("MATCH"));
    // Started, not finished: the result comes through the event loop.
    QVERIFY(finder.isSearching());
    QCOMPARE(finder.summary(), QStringLiteral("Searching…"));
    waitForResults(finder);
    QCOMPARE(finder.count(), 41);
    QCOMPARE(finder.current(), 0);
    QCOMPARE(finder.summary(), QStringLiteral("1 of 41"));
    QCOMPARE(finder.currentRow(), 0);
    QCOMPARE(finder.currentColumn(), 12);
    QCOMPARE(finder.currentLength(), 5);

    finder.setCaseSensitive(true);
    waitForResults(finder);
    QCOMPARE(finder.count(), 0);
    QCOMPARE(finder.summary(), QStringLiteral("No matches"));
    QCOMPARE(finder.current(), -1);
}

void TestTextFinder::navigationWraps()
{
    TextLinesModel model;
    QByteArray text;
    for (int i = 0; i < 41; ++i)
        text += "x\n";
    setText(model, text);
    TextFinder finder;
    finder.setLines(&model);
    finder.setActive(true);
    finder.setQuery(QStringLiteral("x"));
    waitForResults(finder);
    finder.next();
    finder.next();
    QCOMPARE(finder.summary(), QStringLiteral("3 of 41"));
    QCOMPARE(finder.currentRow(), 2);
    finder.previous();
    finder.previous();
    finder.previous();
    QCOMPARE(finder.summary(), QStringLiteral("41 of 41"));
    finder.next();
    QCOMPARE(finder.summary(), QStringLiteral("1 of 41"));
    QCOMPARE(finder.currentOffset(), 0.0);
    finder.setCurrent(40);
    QCOMPARE(finder.currentRow(), 40);
}

void TestTextFinder::newQuerySupersedes()
{
    TextLinesModel model;
    // Long enough that the first search is still running when the second starts.
    QByteArray text;
    for (int i = 0; i < 200000; ++i)
        text += "alpha beta gamma\n";
    setText(model, text);
    TextFinder finder;
    finder.setLines(&model);
    finder.setActive(true);
    QList<int> counts;
    connect(&finder, &TextFinder::resultsChanged, &finder, [&] {
        if (!finder.isSearching())
            counts.append(finder.count());
    });
    finder.setQuery(QStringLiteral("a")); // 1,000,000 matches
    finder.setQuery(QStringLiteral("gamma"));
    waitForResults(finder);
    QCOMPARE(finder.count(), 200000);
    QCOMPARE(finder.query(), QStringLiteral("gamma"));
    // Whatever "a" found was never shown.
    QTest::qWait(50);
    QCOMPARE(counts, QList<int>({200000}));
}

void TestTextFinder::newTextSupersedes()
{
    TextLinesModel model;
    QByteArray text;
    for (int i = 0; i < 200000; ++i)
        text += "alpha beta gamma\n";
    setText(model, text);
    TextFinder finder;
    finder.setLines(&model);
    finder.setActive(true);
    finder.setQuery(QStringLiteral("gamma"));
    // History or a new load swaps the text while the search runs.
    setText(model, "gamma and gamma\n");
    waitForResults(finder);
    QCOMPARE(finder.count(), 2);
    QCOMPARE(finder.summary(), QStringLiteral("1 of 2"));
    model.clear();
    QCOMPARE(finder.count(), 0);
    QVERIFY(!finder.isSearching());
}

void TestTextFinder::rowMatchesAcrossChunks()
{
    // A 40-byte line in 16-byte rows: "needle" runs from row 0 into row 1; a multi-byte character
    // before a match shifts byte offsets but not columns.
    TextLinesModel model;
    const QByteArray text = "0123456789neeDLE_0123456789_é_needle___\nneedle\n";
    setText(model, text, 16);
    QCOMPARE(model.lineText(0), QStringLiteral("0123456789neeDLE"));
    TextFinder finder;
    finder.setLines(&model);
    finder.setActive(true);
    finder.setQuery(QStringLiteral("needle"));
    waitForResults(finder);
    QCOMPARE(finder.count(), 3);

    const auto part = [](const QVariant &v, const char *key) {
        return v.toMap().value(QString::fromLatin1(key));
    };
    const QVariantList row0 = finder.rowMatches(0);
    QCOMPARE(row0.size(), 1);
    QCOMPARE(part(row0.at(0), "column").toInt(), 10);
    QCOMPARE(part(row0.at(0), "length").toInt(), 6);
    QCOMPARE(part(row0.at(0), "current").toBool(), true);
    // Row 1 is "_0123456789_é_n" (16 bytes): the second match starts at its column 14 and runs
    // on into row 2.
    QCOMPARE(model.lineText(1), QStringLiteral("_0123456789_é_n"));
    const QVariantList row1 = finder.rowMatches(1);
    QCOMPARE(row1.size(), 1);
    QCOMPARE(part(row1.at(0), "column").toInt(), 14);
    QCOMPARE(part(row1.at(0), "length").toInt(), 1);
    const QVariantList row2 = finder.rowMatches(2);
    QCOMPARE(row2.size(), 1);
    QCOMPARE(part(row2.at(0), "column").toInt(), 0);
    QCOMPARE(part(row2.at(0), "length").toInt(), 5);
    QCOMPARE(finder.rowMatches(3).size(), 1);
    QCOMPARE(finder.rowMatches(99).size(), 0);

    finder.next();
    QCOMPARE(finder.currentRow(), 1);
    QCOMPARE(finder.currentColumn(), 14);
    QCOMPARE(part(finder.rowMatches(1).at(0), "current").toBool(), true);

    // Touching matches are one mark, but the current one stays apart; a row has a bounded number.
    setText(model,
            "xxxx-x-x\n" + QByteArray(1000, 'x') + "\n"
                    + QByteArray(1000, 'y').replace("yy", "xy"));
    finder.setQuery(QStringLiteral("x"));
    waitForResults(finder);
    QVariantList marks = finder.rowMatches(0);
    QCOMPARE(marks.size(), 4); // current "x", then "xxx", "x", "x"
    QCOMPARE(part(marks.at(0), "length").toInt(), 1);
    QCOMPARE(part(marks.at(1), "column").toInt(), 1);
    QCOMPARE(part(marks.at(1), "length").toInt(), 3);
    QCOMPARE(finder.rowMatches(1).size(), 1);
    QCOMPARE(part(finder.rowMatches(1).at(0), "length").toInt(), 1000);
    QCOMPARE(finder.rowMatches(2).size(), TextFinder::MaxRowParts);
    finder.setCurrent(finder.count() - 1); // the last "x" of row 2, past the bound
    marks = finder.rowMatches(2);
    QCOMPARE(marks.size(), TextFinder::MaxRowParts + 1);
    QVERIFY(part(marks.last(), "current").toBool());
    QCOMPARE(part(marks.last(), "column").toInt(), 998);
}

void TestTextFinder::inactiveFindsNothing()
{
    TextLinesModel model;
    setText(model, "abc abc");
    TextFinder finder;
    finder.setLines(&model);
    finder.setQuery(QStringLiteral("abc"));
    QVERIFY(!finder.isSearching());
    QCOMPARE(finder.count(), 0);
    QCOMPARE(finder.summary(), QString());
    finder.setActive(true);
    waitForResults(finder);
    QCOMPARE(finder.count(), 2);
    finder.setActive(false);
    QCOMPARE(finder.count(), 0);
    QCOMPARE(finder.query(), QStringLiteral("abc")); // kept for the next time
}

void TestTextFinder::cappedSummary()
{
    QCOMPARE(ViewerText::findSummary(2, 41, false, false), QStringLiteral("3 of 41"));
    QCOMPARE(ViewerText::findSummary(-1, 0, false, true), QStringLiteral("Searching…"));
    QCOMPARE(ViewerText::findSummary(-1, 0, false, false), QStringLiteral("No matches"));

    // More matches than are kept: the count says so.
    TextLinesModel model;
    setText(model, QByteArray(TextSearch::DefaultMaxMatches + 5000, 'a'));
    TextFinder finder;
    finder.setLines(&model);
    finder.setActive(true);
    finder.setQuery(QStringLiteral("a"));
    waitForResults(finder);
    QVERIFY(finder.isCapped());
    QCOMPARE(finder.count(), TextSearch::DefaultMaxMatches);
    QCOMPARE(finder.summary(), QStringLiteral("1 of 1,000,000+"));
    finder.previous();
    QCOMPARE(finder.summary(), QStringLiteral("1,000,000 of 1,000,000+"));
}

QTEST_GUILESS_MAIN(TestTextFinder)

#include "tst_textfinder.moc"
