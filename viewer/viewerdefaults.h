// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWERDEFAULTS_H
#define VIEWERDEFAULTS_H

#include <QFont>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// ShmConstants and the system's fixed font for QML. Main.qml's key, segmentSize and pollInterval
// start from these; main.cpp overrides them from the command line as initial properties, and a
// QML test sets its own key, before the window starts polling.
class ViewerDefaults : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString key READ key CONSTANT)
    Q_PROPERTY(double segmentSize READ segmentSize CONSTANT)
    Q_PROPERTY(int pollInterval READ pollInterval CONSTANT)
    Q_PROPERTY(QFont fixedFont READ fixedFont CONSTANT)
public:
    using QObject::QObject;

    static QString key();
    static double segmentSize();
    static int pollInterval();
    // Monospace: rows line up, and the view's width follows from a column count.
    static QFont fixedFont();
};

#endif // VIEWERDEFAULTS_H
