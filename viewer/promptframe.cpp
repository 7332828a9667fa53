// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "promptframe.h"

#include "viewerbackend.h"

#include <QEvent>
#include <QGuiApplication>
#include <QQuickWindow>

PromptFrame::PromptFrame(ViewerBackend *backend, QQuickWindow *window)
    : QObject(window)
{
    connect(backend, &ViewerBackend::contentChanged, this, [window] {
        // One pending at most: loads that arrive together make one frame.
        QCoreApplication::removePostedEvents(window, QEvent::UpdateRequest);
        QCoreApplication::postEvent(window, new QEvent(QEvent::UpdateRequest));
    });
}

bool PromptFrame::helps()
{
    return !QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
}
