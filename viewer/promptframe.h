// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef PROMPTFRAME_H
#define PROMPTFRAME_H

#include <QObject>

class QQuickWindow;
class ViewerBackend;

// Draws what the backend shows in the next turn of the event loop. Qt Quick asks for a frame
// with QWindow::requestUpdate(), which, where no vsync paces it (the software adaptation, X11
// without a compositor), waits up to 5 ms (QT_QPA_UPDATE_IDLE_TIME) so that animations leave the
// event loop time for input. For a new load that wait was half of the window's latency; the
// UpdateRequest posted here is the event that wait would have ended with. Animations keep Qt's
// pacing: only a change of what is shown posts one. Qt's own request, still pending, draws one
// more frame with nothing new in it (public API cannot withdraw it): with the software adaptation
// that frame costs under a millisecond.
class PromptFrame : public QObject
{
    Q_OBJECT
public:
    PromptFrame(ViewerBackend *backend, QQuickWindow *window);

    // Not on Wayland: there Qt asks for no such wait, and a frame is paced by the compositor's
    // frame callback, which a frame of ours would not wait for (an OpenGL swap would then block).
    static bool helps();
};

#endif // PROMPTFRAME_H
