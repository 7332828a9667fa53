// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// The viewer's real window, in the language of the test's environment (ctest runs it in English,
// German and Chinese), set up as the program sets itself up: ProgramSetup's translations, the
// Fusion style, the default font. Every menu, the context menu and the Appearance submenu too, is
// opened, and each item's label is measured with QFontMetrics against the room its menu gives it:
// none may be cut short. The tool bar, too, must fit the window at its smallest width.

#include "programsetup.h"
#include "testkey.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ShmViewerPlugin)
Q_IMPORT_QML_PLUGIN(ShmThemePlugin)

namespace {

// "Zoom &In" as the menu shows it: "Zoom In" ("&&" is a literal "&").
QString withoutMnemonic(QString text)
{
    static const QRegularExpression mark(QStringLiteral("&(.)"));
    return text.replace(mark, QStringLiteral("\\1"));
}

QString describe(const QObject *menu)
{
    const QString title = menu->property("title").toString();
    return title.isEmpty() ? QStringLiteral("the context menu") : withoutMnemonic(title);
}

} // namespace

class tst_MenuWidths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void itemsFitTheirMenus();
    void toolBarFitsTheSmallestWindow();

private:
    QList<QObject *> menus() const;
    int measure(QObject *menu);

    QString m_key;
    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
    QStringList m_cutShort; // what measure() found
};

void tst_MenuWidths::initTestCase()
{
    ProgramSetup::apply(QStringLiteral("shm-viewer"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // The environment names the language (CMakeLists.txt): make sure its catalogue is the one
    // in use, or an English run would pass for a German one.
    const QByteArray language = qgetenv("SHM_TEST_LANGUAGE");
    const QString file = QCoreApplication::translate("Main", "&File");
    if (language.isEmpty())
        QCOMPARE(file, QStringLiteral("&File"));
    else
        QVERIFY2(file != QStringLiteral("&File"),
                 "the catalogue of SHM_TEST_LANGUAGE is not loaded");

    m_key = TestKey::unique(QStringLiteral("menuwidths"));
    m_engine = new QQmlApplicationEngine(this);
    m_engine->setInitialProperties({{QStringLiteral("key"), m_key},
                                    {QStringLiteral("segmentSize"), 65536.0},
                                    {QStringLiteral("pollInterval"), 20}});
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/ShmViewer/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MenuWidths::cleanupTestCase()
{
    if (m_window)
        m_window->close();
    delete m_engine;
    m_engine = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(TestKey::isGone(m_key), 10000);
    QVERIFY(TestKey::cleanUp(m_key));
}

// Every Menu of the window: the menu bar's, their submenus and the text's context menu.
QList<QObject *> tst_MenuWidths::menus() const
{
    QList<QObject *> found;
    const QList<QObject *> objects = m_window->findChildren<QObject *>();
    for (QObject *object : objects) {
        if (object->inherits("QQuickMenu"))
            found.append(object);
    }
    return found;
}

// Opens menu, measures its items' labels, then those of its submenus (opened from it: a submenu
// opens only inside its menu), and closes it again. The number of items measured.
int tst_MenuWidths::measure(QObject *menu)
{
    if (!QMetaObject::invokeMethod(menu, "open"))
        return -1;
    if (!QTest::qWaitFor([menu] { return menu->property("opened").toBool(); })) {
        qWarning("%s did not open", qPrintable(describe(menu)));
        return -1;
    }
    const qreal menuWidth = menu->property("width").toReal();
    if (menuWidth > m_window->width()) {
        qWarning("%s is wider than the window", qPrintable(describe(menu)));
        return -1;
    }
    int measured = 0;
    QList<QObject *> submenus;
    const int count = menu->property("count").toInt();
    for (int i = 0; i < count; ++i) {
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(menu, "itemAt", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, i));
        if (!item || !item->inherits("QQuickMenuItem") || !item->isVisible())
            continue; // a separator
        if (auto *submenu = item->property("subMenu").value<QObject *>())
            submenus.append(submenu);
        auto *content = item->property("contentItem").value<QQuickItem *>();
        if (!content)
            return -1;
        // The label's room: its content item's width less the check mark's and the submenu
        // arrow's room (the shortcut's is outside the content item already).
        const qreal room = content->width() - content->property("leftPadding").toReal()
                - content->property("rightPadding").toReal();
        const QString text = withoutMnemonic(item->property("text").toString());
        const qreal needed
                = QFontMetricsF(item->property("font").value<QFont>()).horizontalAdvance(text);
        if (needed > room + 0.5) {
            m_cutShort.append(QStringLiteral("“%1” in %2 needs %3 px, the menu (%4 px wide) leaves "
                                             "it %5 px")
                                      .arg(text, describe(menu))
                                      .arg(needed)
                                      .arg(menuWidth)
                                      .arg(room));
        }
        ++measured;
    }
    for (QObject *submenu : std::as_const(submenus)) {
        const int inSubmenu = measure(submenu);
        if (inSubmenu < 0)
            return -1;
        measured += inSubmenu;
    }
    QMetaObject::invokeMethod(menu, "close");
    if (!QTest::qWaitFor([menu] { return !menu->property("visible").toBool(); }))
        return -1;
    return measured;
}

void tst_MenuWidths::itemsFitTheirMenus()
{
    const QList<QObject *> all = menus();
    // File, Edit, View, Appearance, History and the context menu.
    QCOMPARE(all.size(), 6);
    QSet<QObject *> submenus;
    for (QObject *menu : all) {
        const int count = menu->property("count").toInt();
        for (int i = 0; i < count; ++i) {
            QQuickItem *item = nullptr;
            QMetaObject::invokeMethod(menu, "itemAt", Q_RETURN_ARG(QQuickItem *, item),
                                      Q_ARG(int, i));
            if (item && item->property("subMenu").value<QObject *>())
                submenus.insert(item->property("subMenu").value<QObject *>());
        }
    }
    int measured = 0;
    for (QObject *menu : all) {
        if (submenus.contains(menu))
            continue; // measured from its menu
        const int inMenu = measure(menu);
        QVERIFY2(inMenu >= 0, qPrintable(describe(menu)));
        measured += inMenu;
    }
    QVERIFY2(m_cutShort.isEmpty(), qPrintable(m_cutShort.join(u'\n')));
    // File 2, Edit 6, View 10 (Appearance too), Appearance 3, History 4, context menu 2: the
    // walk saw them all.
    QCOMPARE(measured, 27);
}

// The tool bar's buttons say the same commands (a shorter word where the menu's is long): at the
// window's smallest width, they all still fit.
void tst_MenuWidths::toolBarFitsTheSmallestWindow()
{
    auto *toolBar = m_window->property("header").value<QQuickItem *>();
    QVERIFY(toolBar);
    const int smallest = m_window->minimumWidth();
    QVERIFY(smallest > 0);
    QVERIFY2(toolBar->implicitWidth() <= smallest,
             qPrintable(QStringLiteral("the tool bar needs %1 px, the window may be %2 px")
                                .arg(toolBar->implicitWidth())
                                .arg(smallest)));
}

QTEST_MAIN(tst_MenuWidths)

#include "tst_menuwidths.moc"
