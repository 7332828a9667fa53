// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The viewer's text features timed in the real window (Main.qml and its backends, software
// rendering, one thread for the GUI and the scene graph so frames are seen where they happen).
// scripts/measure-performance.sh runs it for the parts "find" and "render" and keeps the CSV:
//
//   shm-textbench --key KEY --find FILE [--runs N]    find,query,case,run,matches,result_ms,
//                                                     shown_ms,max_gap_ms
//   shm-textbench --key KEY --render FILE [--runs N]  render,run,shown_ms,laid_out_ms
//
// find: from setting the query to the count on the GUI thread (result_ms) and to the frame that
// shows it (shown_ms); max_gap_ms is the longest the GUI thread went without serving a 5 ms timer
// meanwhile. render: from choosing Markdown for a text shown plain to the first frame with the
// rendered text (shown_ms) and to the first frame with the whole document laid out (laid_out_ms).

#include "segmentwriter.h"
#include "testkey.h"
#include "textfinder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(ShmViewerPlugin)
Q_IMPORT_QML_PLUGIN(ShmThemePlugin)

namespace {

QElapsedTimer g_clock;

double nowMs()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

QObject *child(QObject *root, const char *name)
{
    QObject *found = root->findChild<QObject *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no object %s in Main.qml", name);
    return found;
}

struct Window
{
    QQuickWindow *window = nullptr;
    QObject *backend = nullptr;
    QObject *textView = nullptr;
};

bool load(const Window &w, const QString &key, const QByteArray &bytes, const QString &name)
{
    const double generation = w.backend->property("generation").toDouble();
    if (SegmentWriter(key).writeText(bytes, name, quint64(bytes.size())).status
        != SegmentWriter::Status::Loaded)
        return false;
    return QTest::qWaitFor(
            [&] {
                return w.backend->property("generation").toDouble() != generation
                        && w.backend->property("hasText").toBool();
            },
            30000);
}

void measureFind(const Window &w, int runs)
{
    auto *finder = w.textView->property("finder").value<TextFinder *>();
    if (!finder)
        qFatal("no finder");
    QMetaObject::invokeMethod(child(w.window, "findBar"), "openFind");
    struct Query
    {
        const char *text;
        bool caseSensitive;
    };
    // Many matches, the cap, none at all (the whole text scanned), and case-sensitive.
    const Query queries[] = {{"lazy dog", false}, {"e", false}, {"zzqq", false}, {"The", true}};
    for (const Query &query : queries) {
        for (int run = 1; run <= runs; ++run) {
            finder->setCaseSensitive(query.caseSensitive);
            finder->setQuery(QString());
            QTest::qWait(200);
            double resultAt = -1;
            double shownAt = -1;
            double lastTick = 0;
            double maxGap = 0;
            QTimer ticker;
            ticker.setTimerType(Qt::PreciseTimer);
            ticker.setInterval(5);
            QObject::connect(&ticker, &QTimer::timeout, [&] {
                const double now = nowMs();
                maxGap = std::max(maxGap, now - lastTick);
                lastTick = now;
            });
            const auto results = QObject::connect(finder, &TextFinder::resultsChanged, [&] {
                if (resultAt < 0 && !finder->isSearching()) {
                    resultAt = nowMs();
                    ticker.stop();
                }
            });
            const auto frames = QObject::connect(w.window, &QQuickWindow::frameSwapped, [&] {
                if (resultAt >= 0 && shownAt < 0)
                    shownAt = nowMs();
            });
            const double start = nowMs();
            lastTick = start;
            ticker.start();
            finder->setQuery(QString::fromLatin1(query.text));
            if (!QTest::qWaitFor([&] { return shownAt >= 0; }, 30000))
                qFatal("no result for %s", query.text);
            QObject::disconnect(results);
            QObject::disconnect(frames);
            printf("find,%s,%s,%d,%d,%.1f,%.1f,%.1f\n", query.text,
                   query.caseSensitive ? "sensitive" : "insensitive", run, finder->count(),
                   resultAt - start, shownAt - start, maxGap);
            fflush(stdout);
        }
    }
}

void measureRender(const Window &w, int runs)
{
    QObject *richItem = child(w.window, "richTextItem");
    for (int run = 1; run <= runs; ++run) {
        w.textView->setProperty("renderMode", 0); // Plain
        QTest::qWait(500);
        double shownAt = -1;
        double laidOutAt = -1;
        const auto frames = QObject::connect(w.window, &QQuickWindow::frameSwapped, [&] {
            if (shownAt < 0 && w.textView->property("richShown").toBool())
                shownAt = nowMs();
            if (laidOutAt < 0 && richItem->property("laidOut").toBool())
                laidOutAt = nowMs();
        });
        const double start = nowMs();
        w.textView->setProperty("renderMode", 1); // Markdown
        if (!QTest::qWaitFor([&] { return shownAt >= 0 && laidOutAt >= 0; }, 60000))
            qFatal("the Markdown was not shown");
        QObject::disconnect(frames);
        printf("render,%d,%.1f,%.1f\n", run, shownAt - start, laidOutAt - start);
        fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QUICK_BACKEND", "software");
    qputenv("QSG_RENDER_LOOP", "basic");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("key"), QStringLiteral("Shared memory key."), QStringLiteral("KEY")},
             {QStringLiteral("find"), QStringLiteral("Time find in FILE."), QStringLiteral("FILE")},
             {QStringLiteral("render"), QStringLiteral("Time Markdown for FILE."),
              QStringLiteral("FILE")},
             {QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("N"),
              QStringLiteral("5")}});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.isSet(QStringLiteral("find"))
            ? parser.value(QStringLiteral("find"))
            : parser.value(QStringLiteral("render"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "shm-textbench: give --find FILE or --render FILE\n");
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const QString key = parser.isSet(QStringLiteral("key"))
            ? parser.value(QStringLiteral("key"))
            : TestKey::unique(QStringLiteral("textbench"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QQmlApplicationEngine engine;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
#endif
    engine.setInitialProperties({{QStringLiteral("key"), key},
                                 {QStringLiteral("segmentSize"), double(bytes.size() + 4096)},
                                 {QStringLiteral("pollInterval"), 20}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ShmViewer/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    Window w;
    w.window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    w.backend = w.window->property("backend").value<QObject *>();
    w.textView = child(w.window, "textView");
    g_clock.start();
    // Ready once the segment exists (state Empty).
    if (!QTest::qWaitFor([&] { return w.backend->property("state").toInt() == 3; }, 20000)) {
        fprintf(stderr, "shm-textbench: the viewer did not open its segment\n");
        return 1;
    }
    // Shown plain first: the render mode is then chosen by hand.
    const QString name = QFileInfo(path).completeBaseName() + QStringLiteral(".txt");
    if (!load(w, key, bytes, name)) {
        fprintf(stderr, "shm-textbench: the text was not shown\n");
        return 1;
    }
    QTest::qWait(500);
    if (parser.isSet(QStringLiteral("find")))
        measureFind(w, runs);
    else
        measureRender(w, runs);

    w.window->close();
    QMetaObject::invokeMethod(w.backend, "stop");
    engine.clearComponentCache();
    const bool gone = QTest::qWaitFor([&] { return TestKey::isGone(key); }, 100);
    Q_UNUSED(gone); // the engine's end detaches; the script checks for leftovers
    return 0;
}
