// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SYSTEMFONTS_H
#define SYSTEMFONTS_H

#include <QFont>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// The system's fixed-pitch font for QML, which has no way to ask for it.
class SystemFonts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QFont fixedFont READ fixedFont CONSTANT)
public:
    using QObject::QObject;

    // Monospace: rows line up, and the view's width follows from a column count.
    static QFont fixedFont();
};

#endif // SYSTEMFONTS_H
