// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// ViewerHistory: the bounds (entries, bytes), which entries go first, and the unseen count.

#include "viewerhistory.h"

#include <QTest>

class TestViewerHistory : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheNewestTwenty();
    void dropsTheOldestFirstButNeverCurrentOrNewest();
    void countsUnseenLoads();
    void ignoresSnapshotsWithoutContent();
    void labelShowsTheNameLiterally();
};

static TextSnapshot text(const QString &name, qsizetype bytes)
{
    TextSnapshot entry;
    entry.snapshot.state = SegmentSnapshot::State::Valid;
    entry.snapshot.sourceName = name;
    entry.snapshot.payload = QByteArray(bytes, 'x');
    entry.lines = TextLineIndex::build(entry.snapshot.payload);
    return entry;
}

static QStringList names(const ViewerHistory &history)
{
    QStringList result;
    for (int i = 0; i < history.count(); ++i)
        result.append(history.entry(i).snapshot.sourceName);
    return result;
}

void TestViewerHistory::keepsTheNewestTwenty()
{
    ViewerHistory history;
    for (int i = 0; i < 25; ++i)
        QVERIFY(history.append(text(QString::number(i), 10), true));
    QCOMPARE(history.count(), ViewerHistory::MaxEntries);
    QCOMPARE(history.entry(0).snapshot.sourceName, QStringLiteral("5"));
    QCOMPARE(history.current(), 19);
    QVERIFY(history.canGoBack());
    QVERIFY(!history.canGoForward());
}

void TestViewerHistory::dropsTheOldestFirstButNeverCurrentOrNewest()
{
    const qsizetype big = 30 * 1024 * 1024;
    ViewerHistory history;
    QVERIFY(history.append(text(QStringLiteral("a"), big), true));
    QVERIFY(history.append(text(QStringLiteral("b"), big), true));
    QVERIFY(history.setCurrent(0)); // reading a, with follow latest off
    // A third 30 MiB load: b goes, not a (on screen) nor c (not seen yet).
    QVERIFY(history.append(text(QStringLiteral("c"), big), false));
    QCOMPARE(names(history), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(history.current(), 0);
    QCOMPARE(history.unseen(), 1);
    QVERIFY(history.memoryBytes() <= 2 * ViewerHistory::cost(history.entry(0)));
    // Even two entries over the bound together stay: one on screen, one waiting.
    QVERIFY(history.append(text(QStringLiteral("d"), 40 * 1024 * 1024), false));
    QCOMPARE(names(history), QStringList({QStringLiteral("a"), QStringLiteral("d")}));
    QCOMPARE(history.unseen(), 1);
    // Once the newest is on screen, the bound holds again at the next load.
    QVERIFY(history.setCurrent(1));
    QVERIFY(history.append(text(QStringLiteral("e"), 10), true));
    QCOMPARE(names(history), QStringList({QStringLiteral("d"), QStringLiteral("e")}));
    QVERIFY(history.memoryBytes() <= ViewerHistory::MaxBytes);
}

void TestViewerHistory::countsUnseenLoads()
{
    ViewerHistory history;
    QVERIFY(history.append(text(QStringLiteral("a"), 10), true));
    QVERIFY(history.append(text(QStringLiteral("b"), 10), false));
    QVERIFY(history.append(text(QStringLiteral("c"), 10), false));
    QCOMPARE(history.current(), 0);
    QCOMPARE(history.unseen(), 2);
    QVERIFY(history.setCurrent(1));
    QCOMPARE(history.unseen(), 1);
    QVERIFY(history.setCurrent(2));
    QCOMPARE(history.unseen(), 0);
    QVERIFY(!history.setCurrent(3));
}

void TestViewerHistory::ignoresSnapshotsWithoutContent()
{
    ViewerHistory history;
    TextSnapshot empty;
    QVERIFY(!history.append(empty, true));
    TextSnapshot unreadable;
    unreadable.snapshot.state = SegmentSnapshot::State::Unreadable;
    QVERIFY(!history.append(unreadable, true));
    QCOMPARE(history.count(), 0);
    QCOMPARE(history.current(), -1);
}

// The History menu's text: a name with %1 or %2 in it is shown as it is, never with the time
// spliced into it.
void TestViewerHistory::labelShowsTheNameLiterally()
{
    ViewerHistory history;
    TextSnapshot entry = text(QStringLiteral("100%1 %2.txt"), 4);
    entry.snapshot.loadedAt = QDateTime(QDate(2026, 1, 2), QTime(15, 24, 6));
    QVERIFY(history.append(entry, true));
    TextSnapshot raw = text(QStringLiteral("%1%2"), 4);
    QVERIFY(history.append(raw, true));
    QCOMPARE(history.data(history.index(0), ViewerHistory::LabelRole).toString(),
             QStringLiteral("100%1 %2.txt (15:24:06)"));
    QCOMPARE(history.data(history.index(1), ViewerHistory::LabelRole).toString(),
             QStringLiteral("%1%2"));
    QVERIFY(history.roleNames().values().contains("label"));
}

QTEST_GUILESS_MAIN(TestViewerHistory)

#include "tst_viewerhistory.moc"
