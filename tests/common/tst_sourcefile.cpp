// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "sourcefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestSourceFile : public QObject
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

QString TestSourceFile::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

void TestSourceFile::readsWholeSmallFile()
{
    const QString path = write(QStringLiteral("small.txt"), "hello\n");
    SourceFile file;
    QVERIFY(file.open(path));
    SourceFile::Prefix prefix;
    QVERIFY(file.readPrefix(100, &prefix));
    QCOMPARE(prefix.bytes, QByteArray("hello\n"));
    QCOMPARE(prefix.originalSize, quint64(6));
    QVERIFY(!prefix.truncated);
    QVERIFY(prefix.validUtf8);
}

void TestSourceFile::emptyFileIsEmptyText()
{
    SourceFile file;
    QVERIFY(file.open(write(QStringLiteral("empty.txt"), QByteArray())));
    SourceFile::Prefix prefix;
    QVERIFY(file.readPrefix(100, &prefix));
    QVERIFY(prefix.bytes.isEmpty());
    QVERIFY(!prefix.truncated);
}

void TestSourceFile::boundedRead()
{
    const QByteArray text = QStringLiteral("ab漢cd").toUtf8(); // 7 bytes
    SourceFile file;
    QVERIFY(file.open(write(QStringLiteral("cut.txt"), text)));
    SourceFile::Prefix prefix;
    QVERIFY(file.readPrefix(4, &prefix)); // would split 漢
    QCOMPARE(prefix.bytes, QByteArray("ab"));
    QVERIFY(prefix.truncated);
    QCOMPARE(prefix.originalSize, quint64(7));
}

void TestSourceFile::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("error");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope"))
                             << int(SourceFile::Error::NotFound);
    QTest::newRow("directory") << m_dir.path() << int(SourceFile::Error::IsDirectory);
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << int(SourceFile::Error::NotRegular);
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
    QTest::newRow("fifo") << fifo << int(SourceFile::Error::NotRegular);
    const QString loop = m_dir.filePath(QStringLiteral("loop"));
    QFile::link(loop, loop);
    QTest::newRow("symlink loop") << loop << int(SourceFile::Error::Unreadable);
    QTest::newRow("empty name") << QString() << int(SourceFile::Error::NotFound);
}

void TestSourceFile::refusals()
{
    QFETCH(QString, path);
    QFETCH(int, error);
    SourceFile file;
    QVERIFY(!file.open(path));
    QCOMPARE(int(file.error()), error);
    QVERIFY(file.errorString().startsWith(QStringLiteral("Cannot load")));
}

void TestSourceFile::binaryOnlyCountsTheCopiedPart()
{
    QByteArray bytes(20, 'a');
    bytes[15] = '\0';
    SourceFile file;
    QVERIFY(file.open(write(QStringLiteral("late-nul.bin"), bytes)));
    SourceFile::Prefix prefix;
    QVERIFY(file.readPrefix(10, &prefix)); // the NUL is past the part that fits
    QVERIFY(prefix.truncated);
    SourceFile again;
    QVERIFY(again.open(file.path()));
    QVERIFY(!again.readPrefix(16, &prefix));
    QCOMPARE(again.error(), SourceFile::Error::Binary);
}

QTEST_APPLESS_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
