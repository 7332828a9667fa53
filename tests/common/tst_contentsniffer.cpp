// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// What a payload is, from its bytes: the bundled images, the other image types from their
// magic bytes, text, and binary data; never from a file name.

#include "contentsniffer.h"
#include "segmentlayout.h"

#include <QDir>
#include <QFile>
#include <QTest>

using ContentSniffer::Kind;

class TestContentSniffer : public QObject
{
    Q_OBJECT
private slots:
    void magicBytes_data();
    void magicBytes();
    void bundledImagesAreWhatTheirNamesSay();
    void nameOfTheTypeForMessages();
    void textTypeFromTheName();
};

void TestContentSniffer::magicBytes_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("type");
    const QString text = QStringLiteral("text/plain; charset=utf-8");
    QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                         << int(Kind::Image) << QStringLiteral("image/png");
    QTest::newRow("jpeg") << QByteArray::fromHex("ffd8ffe000104a464946000101") << int(Kind::Image)
                          << QStringLiteral("image/jpeg");
    QTest::newRow("gif") << QByteArray("GIF89a\x10\x00\x10\x00", 10) << int(Kind::Image)
                         << QStringLiteral("image/gif");
    QTest::newRow("bmp") << QByteArray("BM\x36\x24\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00", 14)
                         << int(Kind::Image) << QStringLiteral("image/bmp");
    QTest::newRow("webp") << QByteArray("RIFF\x98\x00\x00\x00WEBPVP8 ", 16) << int(Kind::Image)
                          << QStringLiteral("image/webp");
    QTest::newRow("svg") << QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/"
                                       "2000/svg\" width=\"10\" height=\"10\"></svg>\n")
                         << int(Kind::Image) << QStringLiteral("image/svg+xml");
    QTest::newRow("svg after a long comment")
            << QByteArray(
                       "<?xml version=\"1.0\"?>\n<!-- " + QByteArray(600, 'c')
                       + " -->\n"
                         "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n")
            << int(Kind::Image) << QStringLiteral("image/svg+xml");
    QTest::newRow("other xml is text")
            << QByteArray("<?xml version=\"1.0\"?>\n<list><item/></list>\n") << int(Kind::Text)
            << text;
    QTest::newRow("text") << QByteArray("# Notes\nplain words\n") << int(Kind::Text) << text;
    QTest::newRow("html is text") << QByteArray("<html><body>hi</body></html>\n") << int(Kind::Text)
                                  << text;
    QTest::newRow("empty is text") << QByteArray() << int(Kind::Text) << text;
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n\0", 24)
                         << int(Kind::Binary) << QStringLiteral("application/pdf");
    QTest::newRow("nul bytes") << QByteArray("ab\0cd", 5) << int(Kind::Binary)
                               << QStringLiteral("application/octet-stream");
}

void TestContentSniffer::magicBytes()
{
    QFETCH(QByteArray, head);
    QFETCH(int, kind);
    QFETCH(QString, type);
    const ContentSniffer::Result result = ContentSniffer::sniff(head);
    QCOMPARE(int(result.kind), kind);
    QCOMPARE(result.mimeType, type);
}

void TestContentSniffer::bundledImagesAreWhatTheirNamesSay()
{
    const QDir assets(QStringLiteral(SHM_ASSETS_DIR));
    int images = 0;
    for (const QString &name : assets.entryList(QDir::Files)) {
        QFile file(assets.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ContentSniffer::Result result = ContentSniffer::sniff(file.read(4096));
        if (result.kind != Kind::Image)
            continue;
        ++images;
        QCOMPARE(result.mimeType, ContentSniffer::typeOfName(name));
    }
    QCOMPARE(images, 3);
}

void TestContentSniffer::nameOfTheTypeForMessages()
{
    QCOMPARE(ContentSniffer::typeOfName(QStringLiteral("photo.jpg")), QStringLiteral("image/jpeg"));
    QVERIFY(ContentSniffer::isImageType(ContentSniffer::typeOfName(QStringLiteral("x.png"))));
    QVERIFY(!ContentSniffer::isImageType(ContentSniffer::typeOfName(QStringLiteral("x.txt"))));
}

void TestContentSniffer::textTypeFromTheName()
{
    const QString plain = QStringLiteral("text/plain; charset=utf-8");
    const QString markdown = QStringLiteral("text/markdown; charset=utf-8");
    const QString html = QStringLiteral("text/html; charset=utf-8");
    QCOMPARE(ContentSniffer::textTypeOfName(QStringLiteral("notes.md")), markdown);
    QCOMPARE(ContentSniffer::textTypeOfName(QStringLiteral("README.Markdown")), markdown);
    QCOMPARE(ContentSniffer::textTypeOfName(QStringLiteral("report.html")), html);
    QCOMPARE(ContentSniffer::textTypeOfName(QStringLiteral("INDEX.HTM")), html);
    QCOMPARE(ContentSniffer::textTypeOfName(QStringLiteral("server.log")), plain);
    QCOMPARE(ContentSniffer::textTypeOfName(QStringLiteral("stdin")), plain);
    QCOMPARE(ContentSniffer::textTypeOfName(QStringLiteral("md")), plain);
    QCOMPARE(ContentSniffer::textTypeOfName(QStringLiteral("notes.md.txt")), plain);
    for (const QString &type : ContentSniffer::textTypes()) {
        QVERIFY(ContentSniffer::isTextType(type));
        QVERIFY(!ContentSniffer::isImageType(type));
        QVERIFY(type.size() <= SegmentLayout::MaxContentTypeBytes);
    }
    // A reader takes any text: type, however it is spelled; nothing else.
    for (const char *type : {"text/markdown", "TEXT/HTML", "text/markdown;charset=utf-8",
                             " text/x-markdown ; charset=UTF-8", "text/csv"})
        QVERIFY2(ContentSniffer::isTextType(QLatin1StringView(type)), type);
    for (const char *type : {"", "text/", "text", "image/png", "application/xhtml+xml",
                             "textual/plain", "application/json; text/plain"})
        QVERIFY2(!ContentSniffer::isTextType(QLatin1StringView(type)), type);
}

QTEST_GUILESS_MAIN(TestContentSniffer)
#include "tst_contentsniffer.moc"
