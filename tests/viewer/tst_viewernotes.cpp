// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// ViewerText::programNote(): the viewer's notes on stderr never carry a raw control or bidi
// character, whatever the message holds.

#include "viewertext.h"

#include <QTest>

class TestViewerNotes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("shm-viewer")); }
    void noteIsEscaped();
};

void TestViewerNotes::noteIsEscaped()
{
    QCOMPARE(ViewerText::programNote(QStringLiteral("Using the existing segment")),
             QStringLiteral("shm-viewer: using the existing segment"));
    QCOMPARE(ViewerText::programNote(QStringLiteral("\x1b[2JCannot read “a\u202Etxt.sh”\n")),
             QStringLiteral("shm-viewer: \\x1b[2JCannot read “a\\u202etxt.sh”\\x0a"));
}

QTEST_GUILESS_MAIN(TestViewerNotes)
#include "tst_viewernotes.moc"
