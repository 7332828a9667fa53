// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestTextFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void readsWholeSmallFile();
    void emptyFileIsEmptyText();
    void boundedRead();
    void refusals_data();
    void refusals();
    void binaryOnlyCountsTheCopiedPart();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestTextFile::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

void TestTextFile::readsWholeSmallFile()
{
    const QString path = write(QStringLiteral("small.txt"), "hello\n");
    TextFile file;
    QVERIFY(file.open(path));
    TextFile::Prefix prefix;
    QVERIFY(file.readPrefix(100, &prefix));
    QCOMPARE(prefix.bytes, QByteArray("hello\n"));
    QCOMPARE(prefix.originalSize, quint64(6));
    QVERIFY(!prefix.truncated);
    QVERIFY(prefix.validUtf8);
}

void TestTextFile::emptyFileIsEmptyText()
{
    TextFile file;
    QVERIFY(file.open(write(QStringLiteral("empty.txt"), QByteArray())));
    TextFile::Prefix prefix;
    QVERIFY(file.readPrefix(100, &prefix));
    QVERIFY(prefix.bytes.isEmpty());
    QVERIFY(!prefix.truncated);
}

void TestTextFile::boundedRead()
{
    const QByteArray text = QStringLiteral("ab漢cd").toUtf8(); // 7 bytes
    TextFile file;
    QVERIFY(file.open(write(QStringLiteral("cut.txt"), text)));
    TextFile::Prefix prefix;
    QVERIFY(file.readPrefix(4, &prefix)); // would split 漢
    QCOMPARE(prefix.bytes, QByteArray("ab"));
    QVERIFY(prefix.truncated);
    QCOMPARE(prefix.originalSize, quint64(7));
}

void TestTextFile::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("error");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope"))
                             << int(TextFile::Error::NotFound);
    QTest::newRow("directory") << m_dir.path() << int(TextFile::Error::IsDirectory);
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << int(TextFile::Error::NotRegular);
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
    QTest::newRow("fifo") << fifo << int(TextFile::Error::NotRegular);
    const QString loop = m_dir.filePath(QStringLiteral("loop"));
    QFile::link(loop, loop);
    QTest::newRow("symlink loop") << loop << int(TextFile::Error::Unreadable);
    QTest::newRow("empty name") << QString() << int(TextFile::Error::NotFound);
}

void TestTextFile::refusals()
{
    QFETCH(QString, path);
    QFETCH(int, error);
    TextFile file;
    QVERIFY(!file.open(path));
    QCOMPARE(int(file.error()), error);
    QVERIFY(file.errorString().startsWith(QStringLiteral("Cannot load")));
}

void TestTextFile::binaryOnlyCountsTheCopiedPart()
{
    QByteArray bytes(20, 'a');
    bytes[15] = '\0';
    TextFile file;
    QVERIFY(file.open(write(QStringLiteral("late-nul.bin"), bytes)));
    TextFile::Prefix prefix;
    QVERIFY(file.readPrefix(10, &prefix)); // the NUL is past the part that fits
    QVERIFY(prefix.truncated);
    TextFile again;
    QVERIFY(again.open(file.path()));
    QVERIFY(!again.readPrefix(16, &prefix));
    QCOMPARE(again.error(), TextFile::Error::Binary);
}

QTEST_APPLESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
