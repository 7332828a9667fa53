// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// PromptFrame on a real window: a change of what the backend shows is drawn in the next turn of
// the event loop, not when Qt's own update request comes (QT_QPA_UPDATE_IDLE_TIME later).

#include "promptframe.h"
#include "viewerbackend.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

// Qt's own request waits this long here (read once, at the first request): long enough that a
// frame drawn before it can only be PromptFrame's.
static constexpr int IdleTimeMs = 500;

class TestPromptFrame : public QObject
{
    Q_OBJECT
private slots:
    void drawsAChangeAtOnce();
};

void TestPromptFrame::drawsAChangeAtOnce()
{
    QQuickWindow window;
    window.resize(200, 200);
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nRectangle { width: 100; height: 100; color: \"red\" }",
                      QUrl());
    std::unique_ptr<QQuickItem> rectangle(qobject_cast<QQuickItem *>(component.create()));
    QVERIFY2(rectangle, qPrintable(component.errorString()));
    rectangle->setParentItem(window.contentItem());
    ViewerBackend backend; // never started: the test says when what it shows changes
    new PromptFrame(&backend, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(2 * IdleTimeMs);

    int frames = 0;
    QElapsedTimer clock;
    qint64 firstFrameMs = -1;
    connect(&window, &QQuickWindow::afterAnimating, this, [&] {
        if (frames++ == 0)
            firstFrameMs = clock.elapsed();
    });
    for (int change = 0; change < 3; ++change) {
        frames = 0;
        firstFrameMs = -1;
        clock.start();
        rectangle->setProperty("color", change % 2 ? QColor(Qt::red) : QColor(Qt::blue));
        emit backend.contentChanged();
        QTRY_VERIFY_WITH_TIMEOUT(frames > 0, 5000);
        QVERIFY2(firstFrameMs < IdleTimeMs / 2,
                 qPrintable(QStringLiteral("drawn after %1 ms").arg(firstFrameMs)));
        QTest::qWait(2 * IdleTimeMs); // past Qt's own request
        // Qt's own request, still pending, may draw one more frame with nothing new in it (it
        // does on Qt 6.4): public API cannot withdraw it. Never more than that one.
        QVERIFY2(frames <= 2, qPrintable(QStringLiteral("%1 frames for one change").arg(frames)));
    }
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_UPDATE_IDLE_TIME", QByteArray::number(IdleTimeMs));
    QGuiApplication app(argc, argv);
    TestPromptFrame test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_promptframe.moc"
