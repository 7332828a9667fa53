// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// Rich text: which mode a source asks for, that an untrusted document loads nothing it refers to
// (local files, qrc resources, the network) while links stay anchors, and RichTextItem building
// off the GUI thread, with find on its document.

#include "blockedimagehandler.h"
#include "richtextdocument.h"
#include "richtextitem.h"
#include "textfinder.h"
#include "textlinesmodel.h"
#include "textrendermode.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>
#include <QTextTable>

class TestRichText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modeForSource_data();
    void modeForSource();
    void plainNote();
    void nothingIsLoaded_data();
    void nothingIsLoaded();
    void styleSheetsAreNotLoaded();
    void linksStayAnchors();
    void positionText();
    void leadingPart();
    void longMarkdownInParts();
    void itemBuildsAndFinds();
    void itemKeepsLargeTextsPlain();
    void onlyWebLinksOpen();

private:
    QTemporaryDir m_dir;
    QString m_localImage; // a 480 × 320 PNG in a directory of the test's own
};

// The height of the block that holds the image: what the layout made of it.
static qreal imageBlockHeight(QTextDocument &document)
{
    document.size();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return document.documentLayout()->blockBoundingRect(block).height();
        }
    }
    return -1;
}

void TestRichText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_localImage = m_dir.filePath(QStringLiteral("local.png"));
    QVERIFY(QFile::copy(QStringLiteral(":/tst_richtext/shared-memory.png"), m_localImage));
}

void TestRichText::modeForSource_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("mode");
    const int plain = TextRenderMode::Plain;
    const int markdown = TextRenderMode::Markdown;
    const int html = TextRenderMode::Html;
    QTest::newRow("md") << "notes.md"
                        << "text/plain; charset=utf-8" << markdown;
    QTest::newRow("markdown") << "README.MARKDOWN"
                              << "" << markdown;
    QTest::newRow("html") << "report.html"
                          << "text/plain; charset=utf-8" << html;
    QTest::newRow("htm") << "index.htm"
                         << "" << html;
    QTest::newRow("txt") << "notes.txt"
                         << "text/plain; charset=utf-8" << plain;
    QTest::newRow("no extension") << "md"
                                  << "" << plain;
    QTest::newRow("type markdown") << "notes.txt"
                                   << "text/markdown; charset=utf-8" << markdown;
    QTest::newRow("type html") << "notes"
                               << "TEXT/HTML; charset=utf-8" << html;
    QTest::newRow("type decides") << "page.html"
                                  << "text/markdown" << markdown;
    QTest::newRow("other type") << "data.md"
                                << "text/csv" << plain;
}

void TestRichText::modeForSource()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(int, mode);
    QCOMPARE(int(TextRenderMode::forSource(name, type)), mode);
}

void TestRichText::plainNote()
{
    QCOMPARE(TextRenderMode::plainNote(TextRenderMode::RichLimitBytes), QString());
    QCOMPARE(
            TextRenderMode::plainNote(3 * 1024 * 1024),
            QStringLiteral("Shown as plain text: 3.0 MiB is over the 2.0 MiB limit for rich text"));
}

void TestRichText::nothingIsLoaded_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("qtWouldLoad"); // a plain QTextDocument shows the image
    const QString local = m_localImage;
    const QString url = QUrl::fromLocalFile(local).toString();
    QTest::newRow("file url") << QStringLiteral("<p><img src=\"%1\"></p>").arg(url) << true;
    QTest::newRow("absolute path") << QStringLiteral("<p><img src=\"%1\"></p>").arg(local) << true;
    QTest::newRow("qrc path") << QStringLiteral(
            "<p><img src=\":/tst_richtext/shared-memory.png\"></p>")
                              << true;
    QTest::newRow("qrc url") << QStringLiteral(
            "<p><img src=\"qrc:/tst_richtext/shared-memory.png\"></p>")
                             << false;
    QTest::newRow("etc") << QStringLiteral("<p><img src=\"file:///etc/hostname\"></p>") << false;
    QTest::newRow("http") << QStringLiteral("<p><img src=\"http://127.0.0.1:9/x.png\"></p>")
                          << false;
    QTest::newRow("markdown") << QStringLiteral("MD![a picture](%1)").arg(local) << true;
}

void TestRichText::nothingIsLoaded()
{
    QFETCH(QString, html);
    QFETCH(bool, qtWouldLoad);
    const bool markdown = html.startsWith(QLatin1String("MD"));
    const QString text = markdown ? html.mid(2) : html;

    // What Qt itself does: proves each image is there to be read.
    if (qtWouldLoad) {
        QTextDocument plain;
        if (markdown)
            plain.setMarkdown(text);
        else
            plain.setHtml(text);
        QVERIFY2(imageBlockHeight(plain) >= 320, "Qt's own document did not load the image");
    }

    const auto document = RichTextDocument::build(
            text.toUtf8(), markdown ? TextRenderMode::Markdown : TextRenderMode::Html, QFont(),
            600);
    // Laid out with the placeholder, never the picture; nothing cached, nothing asked for.
    const qreal height = imageBlockHeight(*document);
    QVERIFY2(height > 0 && height < 320, qPrintable(QString::number(height)));
    QVERIFY(height <= BlockedImageHandler::DefaultSide + 2 * 8);
    QCOMPARE(document->resourceRequests(), 0);
    // Drawing it asks for nothing either.
    QImage canvas(600, 400, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&canvas);
    document->drawContents(&painter);
    painter.end();
    QCOMPARE(document->resourceRequests(), 0);
}

void TestRichText::styleSheetsAreNotLoaded()
{
    // A local style sheet that would make the text huge.
    const QString css = m_dir.filePath(QStringLiteral("big.css"));
    QFile file(css);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("p { font-size: 200px; }");
    file.close();
    const QString html
            = QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"%1\">"
                             "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\">"
                             "<style>@import url(\"%1\");</style></head>"
                             "<body background=\"%2\"><p>text</p></body></html>")
                      .arg(QUrl::fromLocalFile(css).toString(),
                           QUrl::fromLocalFile(m_localImage).toString());
    const auto document
            = RichTextDocument::build(html.toUtf8(), TextRenderMode::Html, QFont(), 600);
    // Asked for, and refused: every request went to loadResource, which returns nothing.
    QVERIFY(document->resourceRequests() >= 2);
    QVERIFY(document->size().height() < 100);
    QVERIFY(document->resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(css))
                    .isNull());
    QVERIFY(document->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_localImage))
                    .isNull());
}

void TestRichText::linksStayAnchors()
{
    for (const auto &[text, mode] :
         {std::pair{QByteArray("<p>see <a href=\"https://example.org/a\">the page</a></p>"),
                    TextRenderMode::Html},
          std::pair{QByteArray("see [the page](https://example.org/a)"),
                    TextRenderMode::Markdown}}) {
        const auto document = RichTextDocument::build(text, mode, QFont(), 600);
        QStringList anchors;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isAnchor())
                    anchors << format.anchorHref() + QLatin1Char('=') + it.fragment().text();
            }
        }
        QCOMPARE(anchors, QStringList{QStringLiteral("https://example.org/a=the page")});
        QCOMPARE(document->resourceRequests(), 0);
    }
}

void TestRichText::positionText()
{
    const auto document
            = RichTextDocument::build("# Title\n\nSome *emphasis*&nbsp;here.\n\n- one\n- two\n",
                                      TextRenderMode::Markdown, QFont(), 600);
    const QString text = document->positionText();
    QCOMPARE(text.size(), document->characterCount() - 1);
    const qsizetype at = text.indexOf(QLatin1String("emphasis here"));
    QVERIFY(at > 0);
    QTextCursor cursor(document.get());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 8), QTextCursor::KeepAnchor);
    QCOMPARE(cursor.selectedText(), QStringLiteral("emphasis"));
    QVERIFY(text.contains(QLatin1String("one\ntwo")));
}

void TestRichText::leadingPart()
{
    const qsizetype lead = RichTextDocument::LeadingBytes;
    QCOMPARE(RichTextDocument::leadingPart(QByteArray(3 * lead, 'x'), TextRenderMode::Html),
             QByteArray());
    QCOMPARE(RichTextDocument::leadingPart("# short\n\ntext\n", TextRenderMode::Markdown),
             QByteArray());

    // Paragraphs up to the lead, then a fenced code block with blank lines in it: the cut comes
    // after the fence, before the list that follows it (never inside the code).
    QByteArray text;
    while (text.size() < lead - 10)
        text += "A paragraph of some words.\n\n";
    const QByteArray fence = "```\ncode\n\nmore code\n\n```\n\n";
    text += fence;
    const qsizetype after = text.size();
    text += "- item\n\n  more of the item\n\n";
    while (text.size() < 4 * lead)
        text += "Another paragraph.\n\n";
    const QByteArray head = RichTextDocument::leadingPart(text, TextRenderMode::Markdown);
    QCOMPARE(head, text.left(after) + '\n');

    // Link reference definitions, wherever they are, come along.
    const QByteArray withDefinition = text + "[ref]: https://example.org/ref\n";
    QCOMPARE(RichTextDocument::leadingPart(withDefinition, TextRenderMode::Markdown),
             text.left(after) + "\n[ref]: https://example.org/ref\n");

    // One long line with no place to cut: the whole text at once.
    QCOMPARE(RichTextDocument::leadingPart(QByteArray(5 * lead, 'x'), TextRenderMode::Markdown),
             QByteArray());
}

// Block by block: heading level, list, code, table cell and the text.
static QStringList blocks(const QTextDocument &document)
{
    QStringList result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        QTextCursor cursor(block);
        result << QStringLiteral("%1 %2 %3 %4 %5 %6|%7")
                          .arg(format.headingLevel())
                          .arg(block.textList() ? block.textList()->format().style() : 0)
                          .arg(format.nonBreakableLines())
                          .arg(cursor.currentTable() != nullptr)
                          .arg(format.topMargin())
                          .arg(block.charFormat().fontWeight())
                          .arg(block.text());
    }
    return result;
}

void TestRichText::longMarkdownInParts()
{
    // Over 128 KiB: parsed in parts cut before headings and joined. It must come out as the
    // whole parsed at once: headings, lists, code, tables, reference links across parts.
    QByteArray markdown;
    for (int i = 1; markdown.size() < 300 * 1024; ++i) {
        markdown += "## Section " + QByteArray::number(i)
                + "\n\nText with **bold**, a [link][ref] and `code`.\n\n"
                  "- one\n- two\n\n1. first\n2. second\n\n";
        if (i % 5 == 0)
            markdown += "```\ncode\n\n## not a heading\n```\n\n";
        if (i % 9 == 0)
            markdown += "| a | b |\n|---|---|\n| 1 | 2 |\n\n";
        markdown += "> quoted\n\n";
    }
    markdown += "[ref]: https://example.org/ref\n";
    const auto parts = RichTextDocument::build(markdown, TextRenderMode::Markdown, QFont(), 600);
    QTextDocument whole;
    whole.setMarkdown(QString::fromUtf8(markdown));
    QCOMPARE(parts->characterCount(), whole.characterCount());
    QCOMPARE(parts->positionText(), whole.toRawText().replace(QChar::ParagraphSeparator, u'\n'));
    QCOMPARE(blocks(*parts), blocks(whole));
    QCOMPARE(parts->resourceRequests(), 0);

    // A newer build stops a long parse between its parts.
    int asked = 0;
    const auto stopped = RichTextDocument::parse(markdown, TextRenderMode::Markdown, QFont(), 600,
                                                 [&] { return ++asked > 2; });
    QCOMPARE(asked, 3);
    QVERIFY(stopped->characterCount() < whole.characterCount() / 2);
}

void TestRichText::itemBuildsAndFinds()
{
    TextLinesModel lines;
    const QByteArray markdown = "# Alpha\n\nalpha **beta** alpha\n";
    lines.setText(markdown, TextLineIndex::build(markdown));
    RichTextItem item;
    TextFinder finder;
    item.setFinder(&finder);
    item.setLines(&lines);
    item.setLayoutWidth(400);
    QVERIFY(!item.isBusy()); // plain: nothing to build
    item.setMode(TextRenderMode::Markdown);
    QVERIFY(item.isBusy());
    QVERIFY(!item.isReady());
    QTRY_VERIFY_WITH_TIMEOUT(item.isLaidOut(), 10000);
    QVERIFY(item.isReady());
    QVERIFY(!item.isBusy());
    QVERIFY(item.documentHeight() > 0);
    QCOMPARE(item.plainText(), QStringLiteral("Alpha\nalpha beta alpha"));

    finder.setTarget(&item);
    finder.setActive(true);
    finder.setQuery(QStringLiteral("alpha"));
    QTRY_VERIFY_WITH_TIMEOUT(!finder.isSearching(), 10000);
    QCOMPARE(finder.count(), 3);
    const auto matches = finder.matchesBetween(0, 1000, 10);
    QCOMPARE(matches.size(), 3);
    QCOMPARE(matches.at(1).position, 6);
    QVERIFY(matches.at(0).current);
    QVERIFY(item.positionRectangle(matches.at(2).position).height() > 0);

    item.selectAll();
    QCOMPARE(item.selectedText(), QStringLiteral("Alpha\nalpha beta alpha"));

    // A relayout (width) keeps the text and selection; a new text replaces both.
    item.setLayoutWidth(300);
    QTRY_VERIFY_WITH_TIMEOUT(!item.isBusy(), 10000);
    QVERIFY(item.hasSelection());
    const QByteArray other = "<p>gamma</p>";
    lines.setText(other, TextLineIndex::build(other));
    QVERIFY(!item.isReady());
    item.setMode(TextRenderMode::Html);
    QTRY_VERIFY_WITH_TIMEOUT(item.isLaidOut(), 10000);
    QCOMPARE(item.plainText(), QStringLiteral("gamma"));
    QVERIFY(!item.hasSelection());
    QTRY_VERIFY_WITH_TIMEOUT(!finder.isSearching(), 10000);
    QCOMPARE(finder.count(), 0);
}

void TestRichText::itemKeepsLargeTextsPlain()
{
    TextLinesModel lines;
    const QByteArray big(TextRenderMode::RichLimitBytes + 1, 'x');
    lines.setText(big, TextLineIndex::build(big));
    RichTextItem item;
    item.setLayoutWidth(400);
    item.setMode(TextRenderMode::Markdown);
    item.setLines(&lines);
    QVERIFY(!item.isBusy());
    QTest::qWait(100);
    QVERIFY(!item.isReady());
    QVERIFY(item.document() == nullptr);
}

void TestRichText::onlyWebLinksOpen()
{
    QQuickWindow window;
    window.resize(500, 200);
    TextLinesModel lines;
    const QByteArray html = "<p><a href=\"https://example.org/\">web</a> and "
                            "<a href=\"file:///etc/passwd\">file</a> and "
                            "<a href=\"javascript:alert(1)\">script</a></p>";
    lines.setText(html, TextLineIndex::build(html));
    RichTextItem item(window.contentItem());
    item.setSize(QSizeF(500, 200));
    item.setLayoutWidth(500);
    item.setLines(&lines);
    item.setMode(TextRenderMode::Html);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(item.isLaidOut(), 10000);
    QSignalSpy activated(&item, &RichTextItem::linkActivated);
    const auto click = [&](const QString &word) {
        const qsizetype at = item.plainText().indexOf(word);
        const QRectF r = item.positionRectangle(double(at + 1));
        const QPoint point = item.mapToScene(r.center()).toPoint();
        QCOMPARE(item.linkAt(r.center().x(), r.center().y()).isEmpty(), false);
        QTest::mouseClick(&window, Qt::LeftButton, {}, point);
    };
    click(QStringLiteral("web"));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("https://example.org/"));
    click(QStringLiteral("file"));
    click(QStringLiteral("script"));
    QCOMPARE(activated.size(), 1); // neither a file nor a script opens
    // A drag that starts on a link selects, and opens nothing.
    const QRectF r = item.positionRectangle(double(item.plainText().indexOf(u"web")));
    const QPoint from = item.mapToScene(r.center()).toPoint();
    QTest::mousePress(&window, Qt::LeftButton, {}, from);
    QTest::mouseMove(&window, from + QPoint(60, 0));
    QTest::mouseRelease(&window, Qt::LeftButton, {}, from + QPoint(60, 0));
    QCOMPARE(activated.size(), 1);
    QVERIFY(item.hasSelection());

    // Dragging past the bottom edge asks the view to scroll down, until the button is released.
    QSignalSpy scroll(&item, &RichTextItem::autoScrollRequested);
    QTest::mousePress(&window, Qt::LeftButton, {}, from);
    QTest::mouseMove(&window, QPoint(from.x(), 199));
    item.setHeight(100); // the point is now below the item
    QTest::mouseMove(&window, QPoint(from.x(), 190));
    QTRY_VERIFY(scroll.size() >= 2);
    QVERIFY(scroll.at(0).at(0).toReal() > 0);
    QTest::mouseRelease(&window, Qt::LeftButton, {}, QPoint(from.x(), 190));
    const qsizetype after = scroll.size();
    QTest::qWait(200);
    QCOMPARE(scroll.size(), after);
}

QTEST_MAIN(TestRichText)

#include "tst_richtext.moc"
