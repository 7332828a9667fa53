// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// SaveName: the name Save As suggests keeps no invisible character and takes its extension from
// the content type, never from the name the segment gives.

#include "savename.h"

#include <QTest>

class TestSaveName : public QObject
{
    Q_OBJECT
private slots:
    void suggested_data();
    void suggested();
    void extensionOfEveryType();
};

void TestSaveName::suggested_data()
{
    QTest::addColumn<QString>("sourceName");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("expected");

    const QString plain = QStringLiteral("text/plain; charset=utf-8");
    const QString markdown = QStringLiteral("text/markdown; charset=utf-8");
    const QString html = QStringLiteral("text/html; charset=utf-8");
    const QString png = QStringLiteral("image/png");
    QTest::newRow("text") << QStringLiteral("notes.txt") << plain << QStringLiteral("notes.txt");
    QTest::newRow("markdown") << QStringLiteral("notes.md") << markdown
                              << QStringLiteral("notes.md");
    QTest::newRow("markdown, long extension")
            << QStringLiteral("notes.markdown") << markdown << QStringLiteral("notes.markdown");
    QTest::newRow("html as htm") << QStringLiteral("page.HTM") << html
                                 << QStringLiteral("page.HTM");
    QTest::newRow("png") << QStringLiteral("shared-memory.png") << png
                         << QStringLiteral("shared-memory.png");
    QTest::newRow("jpeg as jpeg") << QStringLiteral("photo.jpeg") << QStringLiteral("image/jpeg")
                                  << QStringLiteral("photo.jpeg");
    // The right-to-left override shows "a\u202Etxt.sh" as "ahs.txt": a shell script that
    // looks like a text. Without it the real extension shows, and the type's replaces it.
    QTest::newRow("override hides the extension")
            << QStringLiteral("a\u202Etxt.sh") << plain << QStringLiteral("atxt.txt");
    QTest::newRow("isolates and zero width") << QStringLiteral("\u2066re\u200Bport\u2069.pdf\u200B")
                                             << plain << QStringLiteral("report.txt");
    QTest::newRow("controls") << QStringLiteral("a\x1b[2Jb\x07.md") << markdown
                              << QStringLiteral("a[2Jb.md");
    QTest::newRow("name says html, text is plain")
            << QStringLiteral("invoice.html") << plain << QStringLiteral("invoice.txt");
    QTest::newRow("name says text, content is an image")
            << QStringLiteral("readme.txt") << png << QStringLiteral("readme.png");
    QTest::newRow("image scaled to another type")
            << QStringLiteral("mountains.jpg") << png << QStringLiteral("mountains.png");
    QTest::newRow("no extension") << QStringLiteral("README") << plain
                                  << QStringLiteral("README.txt");
    QTest::newRow("a dot that is no extension")
            << QStringLiteral("v1.2 notes") << plain << QStringLiteral("v1.2 notes.txt");
    QTest::newRow("spaces before the extension")
            << QStringLiteral("report.txt      .sh") << plain << QStringLiteral("report.txt.txt");
    QTest::newRow("trailing dots")
            << QStringLiteral("name...") << plain << QStringLiteral("name.txt");
    QTest::newRow("hidden file") << QStringLiteral(".bashrc") << plain
                                 << QStringLiteral("bashrc.txt");
    QTest::newRow("folder") << QStringLiteral("../../.ssh/authorized_keys") << plain
                            << QStringLiteral("authorized_keys.txt");
    QTest::newRow("nothing left, text")
            << QStringLiteral("\u202E\u200B") << plain << QStringLiteral("text.txt");
    QTest::newRow("nothing left, image")
            << QStringLiteral("...") << QStringLiteral("image/gif") << QStringLiteral("image.gif");
    QTest::newRow("empty") << QString() << markdown << QStringLiteral("text.md");
    QTest::newRow("any script") << QStringLiteral("笔记.md") << markdown
                                << QStringLiteral("笔记.md");
}

void TestSaveName::suggested()
{
    QFETCH(QString, sourceName);
    QFETCH(QString, contentType);
    QFETCH(QString, expected);
    QCOMPARE(SaveName::suggested(sourceName, contentType), expected);
}

void TestSaveName::extensionOfEveryType()
{
    const QList<std::pair<const char *, const char *>> types{{"text/plain; charset=utf-8", "txt"},
                                                             {"text/markdown; charset=utf-8", "md"},
                                                             {"TEXT/HTML", "html"},
                                                             {"text/x-unknown", "txt"},
                                                             {"image/png", "png"},
                                                             {"image/jpeg", "jpg"},
                                                             {"image/gif", "gif"},
                                                             {"image/bmp", "bmp"},
                                                             {"image/webp", "webp"},
                                                             {"image/svg+xml", "svg"},
                                                             {"application/octet-stream", "bin"},
                                                             {"", "bin"}};
    for (const auto &[type, extension] : types) {
        QCOMPARE(SaveName::extensionsFor(QString::fromLatin1(type)).constFirst(),
                 QString::fromLatin1(extension));
    }
}

QTEST_APPLESS_MAIN(TestSaveName)
#include "tst_savename.moc"
