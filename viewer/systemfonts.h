// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SYSTEMFONTS_H
#define SYSTEMFONTS_H

#include <QFont>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// The system's fixed-pitch and general fonts for QML, which has no way to ask for them.
class SystemFonts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QFont fixedFont READ fixedFont CONSTANT)
    // The system's font for running text: rich text (Markdown, HTML) is set in it.
    Q_PROPERTY(QFont generalFont READ generalFont CONSTANT)
public:
    using QObject::QObject;

    // Monospace: rows line up, and the view's width follows from a column count.
    static QFont fixedFont();
    static QFont generalFont();
};

#endif // SYSTEMFONTS_H
