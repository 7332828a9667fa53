// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The list of texts the loader offers: the bundled assets (compared with assets/ in the source
// tree, byte for byte) and the files of a --assets folder.

#include "assetcatalog.h"
#include "assetlist.h"
#include "contentsniffer.h"
#include "utf8text.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAssetCatalog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bundledNamesAreTheAssetsFolder();
    void bundledBytesEqualTheFiles();
    void bundledAssetsNeedNoWorkingDirectory();
    void folderListsRegularFilesSorted();
    void missingFolder();
    void emptyFolder();
    void resolveNameOrPath();
    void listFollowsAssetsDir();

private:
    QDir m_assets;
};

void TestAssetCatalog::initTestCase()
{
    const QString dir = qEnvironmentVariable("SHM_ASSETS_DIR");
    QVERIFY2(!dir.isEmpty(), "SHM_ASSETS_DIR is not set (run through ctest)");
    m_assets = QDir(dir);
    QVERIFY(m_assets.exists());
}

void TestAssetCatalog::bundledNamesAreTheAssetsFolder()
{
    const AssetCatalog catalog;
    QVERIFY(catalog.isBundled());
    QVERIFY(catalog.problem().isEmpty());
    QStringList expected = m_assets.entryList(QDir::Files);
    expected.sort();
    QCOMPARE(catalog.names(), expected);
    QCOMPARE(catalog.names().size(), 10);
    QCOMPARE(catalog.description(), QStringLiteral("10 bundled files"));
}

void TestAssetCatalog::bundledBytesEqualTheFiles()
{
    const AssetCatalog catalog;
    for (const QString &name : catalog.names()) {
        const AssetCatalog::Source source = catalog.resolve(name);
        QVERIFY(source.inResources);
        QCOMPARE(source.sourceName, name);
        QFile bundled(source.path);
        QVERIFY2(bundled.open(QIODevice::ReadOnly), qPrintable(source.path));
        QFile original(m_assets.filePath(name));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = bundled.readAll();
        QCOMPARE(bytes, original.readAll());
        // The texts are text; the images what their names say (the loader goes by content).
        const ContentSniffer::Result content = ContentSniffer::sniff(bytes);
        if (content.kind == ContentSniffer::Kind::Image) {
            QCOMPARE(content.mimeType, ContentSniffer::typeOfName(name));
            continue;
        }
        QCOMPARE(content.kind, ContentSniffer::Kind::Text);
        QVERIFY2(Utf8Text::isValid(bytes), qPrintable(name));
    }
    // One asset is larger than the default segment, so truncation can be seen.
    QVERIFY(QFileInfo(m_assets.filePath(QStringLiteral("big-changelog.txt"))).size() > 64 * 1024);
}

void TestAssetCatalog::bundledAssetsNeedNoWorkingDirectory()
{
    const QString previous = QDir::currentPath();
    QTemporaryDir elsewhere;
    QVERIFY(QDir::setCurrent(elsewhere.path()));
    const AssetCatalog catalog;
    QDir::setCurrent(previous);
    QCOMPARE(catalog.names().size(), 10);
}

void TestAssetCatalog::folderListsRegularFilesSorted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"b.txt", "a.md", "C.log", ".hidden"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text\n");
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("subfolder")));

    const AssetCatalog catalog(dir.path());
    QVERIFY(!catalog.isBundled());
    QVERIFY(catalog.problem().isEmpty());
    QCOMPARE(catalog.names(),
             QStringList(
                     {QStringLiteral("C.log"), QStringLiteral("a.md"), QStringLiteral("b.txt")}));
    QCOMPARE(catalog.description(), QStringLiteral("3 files in %1").arg(dir.path()));

    const AssetCatalog::Source source = catalog.resolve(QStringLiteral("a.md"));
    QVERIFY(!source.inResources);
    QCOMPARE(source.path, dir.filePath(QStringLiteral("a.md")));
    QCOMPARE(source.sourceName, QStringLiteral("a.md"));
}

void TestAssetCatalog::missingFolder()
{
    const AssetCatalog catalog(QStringLiteral("/nonexistent/shm-loader-texts"));
    QVERIFY(catalog.names().isEmpty());
    QVERIFY(catalog.folderMissing());
    QCOMPARE(catalog.problem(), QStringLiteral("No folder /nonexistent/shm-loader-texts"));
}

void TestAssetCatalog::emptyFolder()
{
    QTemporaryDir dir;
    const AssetCatalog catalog(dir.path());
    QVERIFY(catalog.names().isEmpty());
    QVERIFY(!catalog.folderMissing());
    QCOMPARE(catalog.problem(), QStringLiteral("%1 holds no files to load").arg(dir.path()));
}

void TestAssetCatalog::resolveNameOrPath()
{
    const AssetCatalog catalog;
    const AssetCatalog::Source asset = catalog.resolve(QStringLiteral("notes.md"));
    QVERIFY(asset.inResources);
    QCOMPARE(asset.path, QStringLiteral(":/assets/notes.md"));

    const AssetCatalog::Source path = catalog.resolve(QStringLiteral("/tmp/some/notes.txt"));
    QVERIFY(!path.inResources);
    QCOMPARE(path.path, QStringLiteral("/tmp/some/notes.txt"));
    QCOMPARE(path.sourceName, QStringLiteral("notes.txt"));

    // Not a listed name: a path relative to the working directory, never a resource.
    const AssetCatalog::Source relative = catalog.resolve(QStringLiteral("missing.txt"));
    QVERIFY(!relative.inResources);
    QCOMPARE(relative.path, QStringLiteral("missing.txt"));
}

void TestAssetCatalog::listFollowsAssetsDir()
{
    AssetList list;
    QCOMPARE(list.count(), 10);
    QVERIFY(list.bundled());
    QCOMPARE(list.names().constFirst(), QStringLiteral("big-changelog.txt"));
    QCOMPARE(list.names().constLast(), QStringLiteral("welcome.txt"));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("only.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QSignalSpy listing(&list, &AssetList::listingChanged);
    list.setAssetsDir(dir.path());
    QCOMPARE(listing.count(), 1);
    QCOMPARE(list.names(), QStringList{QStringLiteral("only.txt")});
    QVERIFY(!list.bundled());
    QVERIFY(list.problem().isEmpty());

    list.setAssetsDir(dir.filePath(QStringLiteral("gone")));
    QCOMPARE(list.count(), 0);
    QVERIFY(list.problem().startsWith(QStringLiteral("No folder")));
}

QTEST_GUILESS_MAIN(TestAssetCatalog)
#include "tst_assetcatalog.moc"
