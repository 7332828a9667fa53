// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The viewer's line index and line model: rows, chunks of long lines, selection and copying, and
// the texts and JSON the viewer shows or prints.

#include "segmentlayout.h"
#include "skipcounter.h"
#include "snapshotjson.h"
#include "textlineindex.h"
#include "textlinesmodel.h"
#include "vieweroptions.h"
#include "viewertext.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestTextLinesModel : public QObject
{
    Q_OBJECT
private slots:
    void emptyText();
    void rows_data();
    void rows();
    void longLinesAreChunked();
    void chunksNeverSplitCharacters();
    void maxColumns();
    void lineNumbersCountLinesNotRows();
    void rowAtOffset();
    void modelRows();
    void replacingKeepsRows();
    void selectionWithinRow();
    void selectionAcrossRows();
    void selectionAcrossChunks();
    void selectionIsClampedAndReversible();
    void selectionRoles();
    void selectAllCopiesEverything();
    void copyPutsSelectionOnClipboard();
    void invalidUtf8ShowsReplacementCharacters();
    void sixteenMebibytes();
    void sixteenMebibyteSingleLine();
    void statusTexts();
    void jsonLine();
    void skipCounts();
    void options();

private:
    static QStringList rowTexts(const QByteArray &text, qsizetype chunkBytes = 4096);
};

QStringList TestTextLinesModel::rowTexts(const QByteArray &text, qsizetype chunkBytes)
{
    TextLinesModel model;
    model.setText(text, TextLineIndex::build(text, chunkBytes));
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.lineText(row));
    return rows;
}

void TestTextLinesModel::emptyText()
{
    const TextLineIndex index = TextLineIndex::build(QByteArrayView());
    QCOMPARE(index.count(), 0);
    QCOMPARE(index.maxColumns(), 0);

    TextLinesModel model;
    QAbstractItemModelTester tester(&model);
    model.setText(QByteArray(), index);
    QCOMPARE(model.rowCount(), 0);
    model.selectAll();
    QVERIFY(!model.hasSelection());
    QCOMPARE(model.selectedText(), QString());
    QVERIFY(!model.copySelection());
    model.select(3, 4, 5, 6); // clamped to nothing
    QVERIFY(!model.hasSelection());
}

void TestTextLinesModel::rows_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("one line") << QByteArray("abc") << QStringList{QStringLiteral("abc")};
    QTest::newRow("trailing newline adds no row")
            << QByteArray("abc\n") << QStringList{QStringLiteral("abc")};
    QTest::newRow("empty lines") << QByteArray("a\n\nbb\n\n")
                                 << QStringList{QStringLiteral("a"), QString(),
                                                QStringLiteral("bb"), QString()};
    QTest::newRow("only a newline") << QByteArray("\n") << QStringList{QString()};
    QTest::newRow("CRLF") << QByteArray("x\r\ny\r\n")
                          << QStringList{QStringLiteral("x"), QStringLiteral("y")};
    QTest::newRow("tabs kept") << QByteArray("a\tb") << QStringList{QStringLiteral("a\tb")};
    QTest::newRow("UTF-8") << QByteArray("grüße\n日本語")
                           << QStringList{QStringLiteral("grüße"), QStringLiteral("日本語")};
}

void TestTextLinesModel::rows()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, rows);
    QCOMPARE(rowTexts(text), rows);
    QCOMPARE(TextLineIndex::build(text).textSize(), text.size());
}

void TestTextLinesModel::longLinesAreChunked()
{
    const QByteArray text = QByteArray(10000, 'x') + "\nshort\n" + QByteArray(8192, 'y');
    const QStringList rows = rowTexts(text, 4096);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).size(), 4096);
    QCOMPARE(rows.at(1).size(), 4096);
    QCOMPARE(rows.at(2).size(), 10000 - 2 * 4096);
    QCOMPARE(rows.at(3), QStringLiteral("short"));
    QCOMPARE(rows.at(4), QString(4096, u'y'));
    QCOMPARE(rows.at(5), QString(4096, u'y'));

    const TextLineIndex index = TextLineIndex::build(text, 4096);
    // Only the last chunk of a line carries its line break.
    QCOMPARE(index.row(text, 0).next, index.row(text, 0).end);
    QCOMPARE(index.row(text, 2).next, index.row(text, 2).end + 1);
}

void TestTextLinesModel::chunksNeverSplitCharacters()
{
    // 3-byte characters against a chunk size that is not a multiple of 3.
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "語";
    const QStringList rows = rowTexts(text, 1000);
    QVERIFY(rows.size() > 1);
    QString joined;
    for (const QString &row : rows) {
        QVERIFY2(!row.contains(QChar::ReplacementCharacter), "a chunk split a character");
        joined += row;
    }
    QCOMPARE(joined, QString::fromUtf8(text));
}

void TestTextLinesModel::maxColumns()
{
    QCOMPARE(TextLineIndex::build("abc\nabcdef\n").maxColumns(), 6);
    QCOMPARE(TextLineIndex::build("\tx").maxColumns(), 9); // a tab runs to column 8
    QCOMPARE(TextLineIndex::build("ab\tx").maxColumns(), 9);
    QCOMPARE(TextLineIndex::build("é").maxColumns(), 1);
    QCOMPARE(TextLineIndex::build("日本").maxColumns(), 4); // wide characters count twice
}

void TestTextLinesModel::modelRows()
{
    TextLinesModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy replaced(&model, &TextLinesModel::textReplaced);
    const QByteArray text("first\nsecond\nthird");
    model.setText(text, TextLineIndex::build(text));
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(1), TextLinesModel::LineTextRole).toString(),
             QStringLiteral("second"));
    QCOMPARE(model.data(model.index(2), Qt::DisplayRole).toString(), QStringLiteral("third"));
    QCOMPARE(model.data(model.index(0), TextLinesModel::SelectedFromRole).toInt(), -1);
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(TextLinesModel::LineTextRole), QByteArray("lineText"));
    QCOMPARE(roles.value(TextLinesModel::SelectedFromRole), QByteArray("selectedFrom"));
    QCOMPARE(roles.value(TextLinesModel::SelectedToRole), QByteArray("selectedTo"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// A new text rebinds the rows both texts have and inserts or removes only the difference: a
// view keeps the delegates it has (a reset would make every one anew, the window's largest cost
// per load). The tester checks that each step is a consistent model change.
void TestTextLinesModel::replacingKeepsRows()
{
    TextLinesModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const auto load
            = [&model](const QByteArray &text) { model.setText(text, TextLineIndex::build(text)); };
    const auto range = [](const QList<QVariant> &signal) {
        return qMakePair(signal.at(1).toInt(), signal.at(2).toInt());
    };

    load("a\nb\nc");
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(range(inserted.takeFirst()), qMakePair(0, 2));
    QCOMPARE(changed.size(), 0);

    model.select(0, 0, 2, 1);
    changed.clear();
    load("one\ntwo\nthree"); // as many rows: only their data changes, the selection is gone
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    const QList<QVariant> rebound = changed.takeFirst();
    QCOMPARE(rebound.at(0).toModelIndex().row(), 0);
    QCOMPARE(rebound.at(1).toModelIndex().row(), 2);
    QCOMPARE(model.data(model.index(1), TextLinesModel::LineTextRole).toString(),
             QStringLiteral("two"));
    QCOMPARE(model.data(model.index(2), TextLinesModel::SelectedFromRole).toInt(), -1);
    QVERIFY(!model.hasSelection());

    load("x"); // fewer: the rows past the new end go
    QCOMPARE(removed.size(), 1);
    QCOMPARE(range(removed.takeFirst()), qMakePair(1, 2));
    QCOMPARE(changed.takeFirst().at(1).toModelIndex().row(), 0);
    QCOMPARE(model.lineText(0), QStringLiteral("x"));

    load("p\nq\nr\ns"); // more: the new rows come after the kept one
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(range(inserted.takeFirst()), qMakePair(1, 3));
    QCOMPARE(changed.takeFirst().at(1).toModelIndex().row(), 0);
    QCOMPARE(model.lineText(3), QStringLiteral("s"));

    model.clear();
    QCOMPARE(range(removed.takeFirst()), qMakePair(0, 3));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestTextLinesModel::selectionWithinRow()
{
    TextLinesModel model;
    const QByteArray text("hello world\nsecond");
    model.setText(text, TextLineIndex::build(text));
    model.select(0, 6, 0, 11);
    QVERIFY(model.hasSelection());
    QCOMPARE(model.selectedText(), QStringLiteral("world"));
    model.select(0, 3, 0, 3);
    QVERIFY(!model.hasSelection());
    QCOMPARE(model.selectedText(), QString());
}

void TestTextLinesModel::selectionAcrossRows()
{
    TextLinesModel model;
    const QByteArray text("alpha\r\nbeta\n\ngamma delta\nomega");
    model.setText(text, TextLineIndex::build(text));
    model.select(0, 2, 3, 5);
    // The bytes between, line breaks as they are in the text (CRLF included).
    QCOMPARE(model.selectedText(), QStringLiteral("pha\r\nbeta\n\ngamma"));
    // Shift+click: the anchor stays, the other end moves.
    model.extendSelection(4, 2);
    QCOMPARE(model.selectedText(), QStringLiteral("pha\r\nbeta\n\ngamma delta\nom"));
    // To the end of a row, newline included when the next row starts.
    model.select(1, 0, 2, 0);
    QCOMPARE(model.selectedText(), QStringLiteral("beta\n"));
}

void TestTextLinesModel::selectionAcrossChunks()
{
    const QByteArray text = QByteArray(10, 'a') + QByteArray(10, 'b') + "\nc";
    TextLinesModel model;
    model.setText(text, TextLineIndex::build(text, 10));
    QCOMPARE(model.rowCount(), 3);
    // A chunk boundary is not a line break: nothing is inserted there.
    model.select(0, 8, 1, 2);
    QCOMPARE(model.selectedText(), QStringLiteral("aabb"));
    model.select(0, 0, 2, 1);
    QCOMPARE(model.selectedText(), QString::fromLatin1(text));
}

void TestTextLinesModel::selectionIsClampedAndReversible()
{
    TextLinesModel model;
    const QByteArray text("one\ntwo\nthree");
    model.setText(text, TextLineIndex::build(text));
    // Dragging upwards: the cursor before the anchor.
    model.select(2, 2, 0, 1);
    QCOMPARE(model.selectedText(), QStringLiteral("ne\ntwo\nth"));
    // Past the ends of rows and of the text.
    model.select(0, 100, 99, 100);
    QCOMPARE(model.selectedText(), QStringLiteral("\ntwo\nthree"));
    model.select(-5, -5, 0, 2);
    QCOMPARE(model.selectedText(), QStringLiteral("on"));
    model.clearSelection();
    QVERIFY(!model.hasSelection());
}

void TestTextLinesModel::selectionRoles()
{
    TextLinesModel model;
    const QByteArray text("r0\nr1\nr2\nr3\nr4");
    model.setText(text, TextLineIndex::build(text));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy selection(&model, &TextLinesModel::selectionChanged);
    model.select(1, 1, 3, 1);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 3);

    auto from = [&](int row) {
        return model.data(model.index(row), TextLinesModel::SelectedFromRole).toInt();
    };
    auto to = [&](int row) {
        return model.data(model.index(row), TextLinesModel::SelectedToRole).toInt();
    };
    QCOMPARE(from(0), -1);
    QCOMPARE(from(1), 1);
    QVERIFY(to(1) >= 2); // to the end of the row
    QCOMPARE(from(2), 0);
    QVERIFY(to(2) >= 2);
    QCOMPARE(from(3), 0);
    QCOMPARE(to(3), 1);
    QCOMPARE(from(4), -1);

    // Shrinking updates the rows that lost their selection too.
    model.extendSelection(1, 2);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 3);
    QCOMPARE(from(3), -1);

    // A new text clears the selection.
    model.setText(text, TextLineIndex::build(text));
    QVERIFY(!model.hasSelection());
}

void TestTextLinesModel::selectAllCopiesEverything()
{
    TextLinesModel model;
    const QByteArray text("first\r\nsecond\n\nlast line\n");
    model.setText(text, TextLineIndex::build(text));
    model.selectAll();
    QVERIFY(model.hasSelection());
    // Everything but the final line break, which belongs to no row.
    QCOMPARE(model.selectedText(), QStringLiteral("first\r\nsecond\n\nlast line"));
}

void TestTextLinesModel::copyPutsSelectionOnClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    QVERIFY(clipboard);
    clipboard->setText(QStringLiteral("before"));
    TextLinesModel model;
    const QByteArray text("copy me\nplease");
    model.setText(text, TextLineIndex::build(text));
    QVERIFY(!model.copySelection());
    QCOMPARE(clipboard->text(), QStringLiteral("before"));
    model.select(0, 5, 1, 6);
    QVERIFY(model.copySelection());
    QCOMPARE(clipboard->text(), QStringLiteral("me\nplease"));
}

void TestTextLinesModel::invalidUtf8ShowsReplacementCharacters()
{
    const QByteArray text("ok\nbad \xff\xfe end");
    const QStringList rows = rowTexts(text);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), QStringLiteral("ok"));
    QVERIFY(rows.at(1).contains(QChar::ReplacementCharacter));
    QVERIFY(rows.at(1).endsWith(QStringLiteral(" end")));
}

void TestTextLinesModel::sixteenMebibytes()
{
    // Lines of varying length, 16 MiB in all, as the performance issue will load.
    const qsizetype size = 16 * 1024 * 1024;
    QByteArray text;
    text.reserve(size);
    int lines = 0;
    while (text.size() < size - 200) {
        text += QByteArray::number(lines) + ' ' + QByteArray(lines % 120, 'a' + char(lines % 26))
                + '\n';
        ++lines;
    }
    const TextLineIndex index = TextLineIndex::build(text);
    QCOMPARE(index.count(), qsizetype(lines));
    QCOMPARE(index.textSize(), text.size());

    TextLinesModel model;
    model.setText(text, index);
    QCOMPARE(model.rowCount(), lines);
    for (const int row : {0, 1, 4711, lines / 2, lines - 1}) {
        const QString expected
                = QString::number(row) + u' ' + QString(row % 120, QChar(u'a' + row % 26));
        QCOMPARE(model.lineText(row), expected);
    }
    model.selectAll();
    QCOMPARE(model.selectedText().size(), text.size() - 1); // all but the final line break
}

void TestTextLinesModel::lineNumbersCountLinesNotRows()
{
    // Line 2 is 10 bytes over 4-byte chunks: rows 1 to 3; line 3 is empty, line 4 has no break.
    const QByteArray text = "one\n0123456789\n\nlast";
    const TextLineIndex index = TextLineIndex::build(text, 4);
    QCOMPARE(index.count(), 6);
    QCOMPARE(index.lineCount(), 4);
    const QList<qsizetype> expected = {1, 2, 0, 0, 3, 4};
    for (int row = 0; row < index.count(); ++row)
        QCOMPARE(index.lineNumber(row), expected.at(row));
    QCOMPARE(index.rowOfLine(1), 0);
    QCOMPARE(index.rowOfLine(2), 1);
    QCOMPARE(index.rowOfLine(3), 4);
    QCOMPARE(index.rowOfLine(4), 5);
    QCOMPARE(index.rowOfLine(0), 0); // clamped
    QCOMPARE(index.rowOfLine(99), 5);
    QCOMPARE(TextLineIndex::build(QByteArrayView()).rowOfLine(1), -1);

    TextLinesModel model;
    model.setText(text, index);
    QCOMPARE(model.lineCount(), 4);
    QCOMPARE(model.byteCount(), double(text.size()));
    QCOMPARE(model.data(model.index(1), TextLinesModel::LineNumberRole).toInt(), 2);
    QCOMPARE(model.data(model.index(2), TextLinesModel::LineNumberRole).toInt(), 0);
    QCOMPARE(model.rowOfLine(3), 4);
    QVERIFY(model.roleNames().values().contains("lineNumber"));

    // A minified file: 16 MiB on one line is one line of 16,384 rows.
    const QByteArray big(16 * 1024 * 1024, 'm');
    const TextLineIndex bigIndex = TextLineIndex::build(big);
    QCOMPARE(bigIndex.lineCount(), 1);
    QCOMPARE(bigIndex.lineNumber(0), 1);
    QCOMPARE(bigIndex.lineNumber(bigIndex.count() - 1), 0);
    QCOMPARE(bigIndex.rowOfLine(1), 0);
}

void TestTextLinesModel::rowAtOffset()
{
    const QByteArray text = "one\n0123456789\n\nlast";
    const TextLineIndex index = TextLineIndex::build(text, 4);
    QCOMPARE(index.rowAt(0), 0);
    QCOMPARE(index.rowAt(3), 0); // the line break belongs to its row
    QCOMPARE(index.rowAt(4), 1);
    QCOMPARE(index.rowAt(8), 2);
    QCOMPARE(index.rowAt(15), 4);
    QCOMPARE(index.rowAt(16), 5);
    QCOMPARE(index.rowAt(1000), 5);
    QCOMPARE(TextLineIndex::build(QByteArrayView()).rowAt(5), 0);
}

void TestTextLinesModel::sixteenMebibyteSingleLine()
{
    // A minified file: one line, no breaks at all.
    const QByteArray text(16 * 1024 * 1024, 'm');
    const TextLineIndex index = TextLineIndex::build(text);
    QCOMPARE(index.count(), text.size() / TextLineIndex::DefaultChunkBytes);
    QCOMPARE(index.maxColumns(), int(TextLineIndex::DefaultChunkBytes));
    TextLinesModel model;
    model.setText(text, index);
    QCOMPARE(model.lineText(model.rowCount() - 1).size(), TextLineIndex::DefaultChunkBytes);
    model.selectAll();
    QCOMPARE(model.selectedText().size(), text.size());
}

void TestTextLinesModel::statusTexts()
{
    QCOMPARE(ViewerText::placeholder(),
             QStringLiteral("No file loaded yet — start shm-loader and pick a file"));
    QCOMPARE(ViewerText::bytes(1), QStringLiteral("1 byte"));
    QCOMPARE(ViewerText::bytes(9999), QStringLiteral("9,999 bytes"));
    QCOMPARE(ViewerText::bytes(16 * 1024 * 1024), QStringLiteral("16,777,216 bytes (16.0 MiB)"));
    QCOMPARE(ViewerText::sizeNote(4096, 65536),
             QStringLiteral("Using the existing segment of 4,096 bytes (asked for 65,536)"));
    QCOMPARE(ViewerText::lockWait(3400),
             QStringLiteral("Waiting for the segment lock — another process has held it for 3 s"));
    QVERIFY(ViewerText::lockWait(400).startsWith(QStringLiteral("Waiting for the segment lock")));

    SegmentSnapshot snapshot;
    snapshot.state = SegmentSnapshot::State::Valid;
    snapshot.payload = "0123456789";
    snapshot.sourceName = QStringLiteral("notes.txt");
    snapshot.originalSize = 10;
    snapshot.loadedAt = QDateTime::currentDateTimeUtc();
    const QString valid = ViewerText::status(snapshot);
    QVERIFY2(valid.startsWith(QStringLiteral("notes.txt — 10 bytes — loaded ")), qPrintable(valid));
    QVERIFY(valid.contains(snapshot.loadedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));

    snapshot.truncated = true;
    snapshot.originalSize = 123456;
    QVERIFY(ViewerText::status(snapshot).contains(
            QStringLiteral("truncated to 10 of 123,456 bytes")));

    snapshot.validUtf8 = false;
    QVERIFY(ViewerText::status(snapshot).contains(QStringLiteral("not valid UTF-8")));

    SegmentSnapshot raw;
    raw.state = SegmentSnapshot::State::Raw;
    raw.payload = QByteArray(42, 'r');
    QCOMPARE(ViewerText::status(raw), QStringLiteral("Raw text (no header) — 42 bytes"));

    SegmentSnapshot unreadable;
    unreadable.state = SegmentSnapshot::State::Unreadable;
    unreadable.problem = QStringLiteral("unknown layout version 9");
    QCOMPARE(ViewerText::status(unreadable),
             QStringLiteral("Unreadable segment: unknown layout version 9"));
}

void TestTextLinesModel::jsonLine()
{
    SegmentSnapshot snapshot;
    QVERIFY(!SnapshotJson::isPrintable(snapshot)); // Empty prints nothing

    snapshot.state = SegmentSnapshot::State::Valid;
    snapshot.generation = 7;
    snapshot.payload = "h\xc3\xa9llo\n\"quoted\"";
    snapshot.sourceName = QStringLiteral("a.txt");
    snapshot.originalSize = 100;
    snapshot.truncated = true;
    snapshot.loadedAt = QDateTime::fromMSecsSinceEpoch(1767225600123, QTimeZone::utc());
    snapshot.writerPid = 4242;
    snapshot.segmentSize = 65536;
    const QByteArray line = SnapshotJson::toLine(snapshot);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // one line, the text's own newline escaped
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QCOMPARE(object.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    QCOMPARE(object.value(QStringLiteral("seq")).toInteger(), 7);
    QCOMPARE(object.value(QStringLiteral("source")).toString(), QStringLiteral("a.txt"));
    QCOMPARE(object.value(QStringLiteral("bytes")).toInteger(), snapshot.payload.size());
    QCOMPARE(object.value(QStringLiteral("truncated")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("originalBytes")).toInteger(), 100);
    QCOMPARE(object.value(QStringLiteral("loadedAt")).toString(),
             QStringLiteral("2026-01-01T00:00:00.123Z"));
    QCOMPARE(object.value(QStringLiteral("writerPid")).toInteger(), 4242);
    QCOMPARE(object.value(QStringLiteral("validUtf8")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("segmentSize")).toInteger(), 65536);
    QCOMPARE(object.value(QStringLiteral("text")).toString(), QString::fromUtf8(snapshot.payload));
    QVERIFY(!object.contains(QStringLiteral("problem")));

    SegmentSnapshot unreadable;
    unreadable.state = SegmentSnapshot::State::Unreadable;
    unreadable.problem = QStringLiteral("the text is not NUL-terminated");
    unreadable.segmentSize = 4096;
    const QJsonObject bad = SnapshotJson::toJson(unreadable);
    QCOMPARE(bad.value(QStringLiteral("state")).toString(), QStringLiteral("unreadable"));
    QCOMPARE(bad.value(QStringLiteral("seq")).toInteger(), 0);
    QCOMPARE(bad.value(QStringLiteral("text")).toString(), QString());
    QCOMPARE(bad.value(QStringLiteral("problem")).toString(), unreadable.problem);
    QCOMPARE(bad.value(QStringLiteral("loadedAt")).toString(), QString());

    SegmentSnapshot raw;
    raw.state = SegmentSnapshot::State::Raw;
    raw.payload = "classic";
    const QJsonObject rawObject = SnapshotJson::toJson(raw);
    QCOMPARE(rawObject.value(QStringLiteral("state")).toString(), QStringLiteral("raw"));
    QCOMPARE(rawObject.value(QStringLiteral("seq")).toInteger(), 0);
    QCOMPARE(rawObject.value(QStringLiteral("loadedAt")).toString(), QString());
    QCOMPARE(rawObject.value(QStringLiteral("text")).toString(), QStringLiteral("classic"));
}

// The writes a reader never showed, from the gaps between the generations it showed; nothing
// where another layout or a restarted counter makes the gap meaningless.
void TestTextLinesModel::skipCounts()
{
    const auto at = [](quint64 generation) {
        SegmentSnapshot snapshot;
        snapshot.state = SegmentSnapshot::State::Valid;
        snapshot.generation = generation;
        return snapshot;
    };
    SkipCounter counter;
    // The first snapshot of a viewer that attached to a segment in use: nothing before it.
    QCOMPARE(counter.shown(at(50)).skipped, 0u);
    QCOMPARE(counter.shown(at(51)).skipped, 0u);
    QVERIFY(counter.shown(at(52)).continued);
    QCOMPARE(counter.shown(at(60)).skipped, 7u);
    // The counter went back (another layout wrote, then ours started again at 1): no count.
    const SkipCounter::Count restarted = counter.shown(at(3));
    QCOMPARE(restarted.skipped, 0u);
    QVERIFY(!restarted.continued);
    QCOMPARE(counter.shown(at(5)).skipped, 1u);
    QCOMPARE(counter.shown(at(5)).skipped, 0u); // the same write again
    // Another layout's text carries no generation: the next write of ours is not counted from it.
    SegmentSnapshot raw;
    raw.state = SegmentSnapshot::State::Raw;
    raw.payload = "classic";
    QCOMPARE(counter.shown(raw).skipped, 0u);
    QCOMPARE(counter.shown(at(9)).skipped, 0u);
    // A write cut short (no generation in its snapshot) stops the count the same way.
    SegmentSnapshot interrupted;
    interrupted.state = SegmentSnapshot::State::Interrupted;
    QCOMPARE(counter.shown(interrupted).skipped, 0u);
    QCOMPARE(counter.shown(at(12)).skipped, 0u);
    // An empty segment: a writer of ours numbers its writes from 1 there.
    QCOMPARE(counter.shown(SegmentSnapshot()).skipped, 0u);
    const SkipCounter::Count first = counter.shown(at(4));
    QCOMPARE(first.skipped, 3u);
    QVERIFY(!first.continued);
    // An image the worker could not decode keeps the generation of its write.
    SegmentSnapshot undecodable = at(6);
    undecodable.state = SegmentSnapshot::State::Unreadable;
    QCOMPARE(counter.shown(undecodable).skipped, 1u);

    QCOMPARE(QJsonDocument::fromJson(SnapshotJson::toLine(at(60), 7))
                     .object()
                     .value(QStringLiteral("skipped"))
                     .toInteger(-1),
             7);
    QCOMPARE(SnapshotJson::toJson(at(1)).value(QStringLiteral("skipped")).toInteger(-1), 0);
}

void TestTextLinesModel::options()
{
    using Kind = CommandLine::Outcome::Kind;
    const QString program = QStringLiteral("shm-viewer");
    ViewerOptions options = ViewerOptions::parse({program});
    QCOMPARE(options.outcome.kind, Kind::Proceed);
    QCOMPARE(options.mode, ViewerOptions::Mode::Window);
    QCOMPARE(options.key, QStringLiteral("ShmLoaderText"));
    QCOMPARE(options.segmentSize, qint64(65536));
    QCOMPARE(options.pollIntervalMs, 100);

    options = ViewerOptions::parse({program, QStringLiteral("--key"), QStringLiteral("K"),
                                    QStringLiteral("--size"), QStringLiteral("4096"),
                                    QStringLiteral("--interval"), QStringLiteral("250"),
                                    QStringLiteral("--print")});
    QCOMPARE(options.outcome.kind, Kind::Proceed);
    QCOMPARE(options.key, QStringLiteral("K"));
    QCOMPARE(options.segmentSize, qint64(4096));
    QCOMPARE(options.pollIntervalMs, 250);
    QCOMPARE(options.mode, ViewerOptions::Mode::Print);

    options = ViewerOptions::parse({program, QStringLiteral("--status"), QStringLiteral("--json")});
    QCOMPARE(options.mode, ViewerOptions::Mode::Status);
    QVERIFY(options.json);
    QCOMPARE(ViewerOptions::parse({program, QStringLiteral("--cleanup")}).mode,
             ViewerOptions::Mode::Cleanup);
    // Qt's own options, as QGuiApplication takes them.
    options = ViewerOptions::parse({program, QStringLiteral("-platform"),
                                    QStringLiteral("offscreen"), QStringLiteral("-reverse")});
    QCOMPARE(options.outcome.kind, Kind::Proceed);

    const QList<QStringList> bad = {
            {QStringLiteral("--size"), QStringLiteral("abc")},
            {QStringLiteral("--size"), QString::number(SegmentLayout::MinimumSegmentSize - 1)},
            {QStringLiteral("--size"), QStringLiteral("-1")},
            {QStringLiteral("--interval"), QStringLiteral("0")},
            {QStringLiteral("--interval"), QStringLiteral("60001")},
            {QStringLiteral("--interval"), QStringLiteral("fast")},
            {QStringLiteral("--key"), QString()},
            {QStringLiteral("--bogus")},
            {QStringLiteral("stray")},
            {QStringLiteral("--json")},
            {QStringLiteral("--status"), QStringLiteral("--cleanup")},
            {QStringLiteral("--print"), QStringLiteral("--status")},
    };
    for (const QStringList &arguments : bad) {
        options = ViewerOptions::parse(QStringList{program} + arguments);
        QVERIFY2(options.outcome.kind == Kind::Fail, qPrintable(arguments.join(u' ')));
        QVERIFY(!options.outcome.text.isEmpty());
    }
    QCOMPARE(ViewerOptions::parse({program, QStringLiteral("--size"),
                                   QString::number(SegmentLayout::MinimumSegmentSize)})
                     .outcome.kind,
             Kind::Proceed);
    QCOMPARE(ViewerOptions::parse({program, QStringLiteral("--help")}).outcome.kind, Kind::Help);
    const QString help = ViewerOptions::parse({program, QStringLiteral("-h")}).outcome.text;
    QVERIFY(help.contains(QStringLiteral("--interval")));
    QVERIFY(help.startsWith(QStringLiteral("Usage: shm-viewer [options]")));
    QVERIFY(!help.contains(QStringLiteral("--help-all")));
    QVERIFY(!help.contains(QStringLiteral("platform")));
    QCOMPARE(ViewerOptions::parse({program, QStringLiteral("--version")}).outcome.kind,
             Kind::Version);
}

QTEST_MAIN(TestTextLinesModel)
#include "tst_textlinesmodel.moc"
