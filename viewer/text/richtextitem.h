// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef RICHTEXTITEM_H
#define RICHTEXTITEM_H

#include "blockingcall.h"
#include "newestjob.h"
#include "richtextbudget.h"
#include "richtextdocument.h"
#include "textfinder.h"
#include "textlinesmodel.h"
#include "textrendermode.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QTextCursor>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

// The text of a TextLinesModel rendered as Markdown or HTML (a RichTextDocument), for a Flickable:
// the item is the size of the viewport and draws only the part at (contentX, contentY) of a
// document of documentWidth × documentHeight. Parsing and layout run on build threads, each step
// waited for by a BlockingCall: a new text, mode, font or width starts another build at once, and
// the document shown stays until it is ready. A build that is no longer wanted is abandoned,
// never waited for (Qt's parsing and layout cannot be interrupted). A text past a RichTextBudget
// bound is not built: plainNote says why, and the view keeps its rows.
// Selection (drag, shift+click) and copy through a QTextCursor; a click on a link emits
// linkActivated for http, https and mailto links only.
class RichTextItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TextLinesModel *lines READ lines WRITE setLines NOTIFY linesChanged)
    // Markdown or Html renders; Plain builds nothing (the view shows rows instead).
    Q_PROPERTY(TextRenderMode::Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QFont font READ font WRITE setFont NOTIFY fontChanged)
    Q_PROPERTY(qreal layoutWidth READ layoutWidth WRITE setLayoutWidth NOTIFY layoutWidthChanged)
    Q_PROPERTY(qreal contentX READ contentX WRITE setContentX NOTIFY contentXChanged)
    Q_PROPERTY(qreal contentY READ contentY WRITE setContentY NOTIFY contentYChanged)
    Q_PROPERTY(qreal documentWidth READ documentWidth NOTIFY documentChanged)
    Q_PROPERTY(qreal documentHeight READ documentHeight NOTIFY documentChanged)
    // A build is under way.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // Why the current text is not rendered (a RichTextBudget bound passed); empty otherwise.
    Q_PROPERTY(QString plainNote READ plainNote NOTIFY plainNoteChanged)
    // The current text and mode are on screen: its first screen drawn ahead, or the document
    // (perhaps at an older width or font).
    Q_PROPERTY(bool ready READ isReady NOTIFY documentChanged)
    // The document itself is there: selection, links and find work on it.
    Q_PROPERTY(bool laidOut READ isLaidOut NOTIFY documentChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    // What find searches: the document's text by position (empty until it is laid out).
    Q_PROPERTY(QString plainText READ plainText NOTIFY textReplaced)
    Q_PROPERTY(TextFinder *finder READ finder WRITE setFinder NOTIFY finderChanged)
    Q_PROPERTY(QColor textColor MEMBER m_textColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor linkColor MEMBER m_linkColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor selectionColor MEMBER m_selectionColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor selectedTextColor MEMBER m_selectedTextColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor matchColor MEMBER m_matchColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor currentMatchColor MEMBER m_currentMatchColor NOTIFY colorsChanged)
public:
    explicit RichTextItem(QQuickItem *parent = nullptr);
    ~RichTextItem() override;

    TextLinesModel *lines() const { return m_lines; }
    void setLines(TextLinesModel *lines);
    TextRenderMode::Mode mode() const { return m_mode; }
    void setMode(TextRenderMode::Mode mode);
    QFont font() const { return m_font; }
    void setFont(const QFont &font);
    qreal layoutWidth() const { return m_layoutWidth; }
    void setLayoutWidth(qreal width);
    qreal contentX() const { return m_contentX; }
    void setContentX(qreal x);
    qreal contentY() const { return m_contentY; }
    void setContentY(qreal y);
    qreal documentWidth() const;
    qreal documentHeight() const;
    bool isBusy() const { return m_busy; }
    QString plainNote() const { return m_plainNote; }
    // Builds of any item whose thread still runs, abandoned ones included. They lay out with the
    // application's fonts: the program must leave (BlockingCall::exitProcess) before its
    // QGuiApplication goes while there are any.
    static int unfinishedBuilds();
    bool isReady() const
    {
        return isLaidOut() || (!m_preview.isNull() && m_previewSource == m_sourceGeneration);
    }
    bool isLaidOut() const { return m_document && m_shownSource == m_sourceGeneration; }
    bool hasSelection() const { return m_cursor.hasSelection(); }
    TextFinder *finder() const { return m_finder; }
    void setFinder(TextFinder *finder);

    QString plainText() const { return m_plainText; }

    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE QString selectedText() const;
    Q_INVOKABLE bool copySelection() const;
    // The rectangle of a document position in document coordinates (empty when not laid out).
    Q_INVOKABLE QRectF positionRectangle(double position) const;
    // The link at a point of the item, empty when none.
    Q_INVOKABLE QString linkAt(qreal x, qreal y) const;

    void paint(QPainter *painter) override;

signals:
    void linesChanged();
    void modeChanged();
    void fontChanged();
    void layoutWidthChanged();
    void contentXChanged();
    void contentYChanged();
    void documentChanged();
    void busyChanged();
    void plainNoteChanged();
    void selectionChanged();
    void finderChanged();
    void colorsChanged();
    // A new text (or mode) is shown: positions and plainText changed.
    void textReplaced();
    void linkActivated(const QString &url);
    // Selecting by dragging past the top or bottom edge: the view should scroll by dy.
    void autoScrollRequested(qreal dy);
    void contextMenuRequested(qreal x, qreal y);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void mouseUngrabEvent() override;

private:
    // A build: what it works from, and what its three steps hand over (check and draw the first
    // screen, parse, lay out). The document has no thread between the steps: each thread that
    // works on it takes it, and gives it up when done.
    struct Built
    {
        NewestJob::Ticket ticket; // stale once a newer build starts or the item goes
        int sourceGeneration = 0;
        QByteArray text;
        TextRenderMode::Mode mode = TextRenderMode::Plain;
        QFont font;
        qreal layoutWidth = 0;
        bool drawFirst = false; // draw the first screen ahead (a new text)
        QSizeF previewSize;
        qreal ratio = 1;
        QColor textColor;
        QColor linkColor;

        RichTextBudget::Verdict verdict;
        QString refusal; // RichTextBudget's note: nothing is built
        QImage preview;
        bool headDrawn = false; // the preview is of the text's beginning, parsed alone
        std::unique_ptr<RichTextDocument> document;
        QString plainText;

        bool isStale() const { return ticket.isStale(); }
        void drawPreview(RichTextDocument *document);
        // The steps, on a build thread.
        void check();
        void parse();
        void layOut();
    };
    void onSourceChanged();
    void startBuild();
    void setBusy(bool busy);
    // Runs a step on a build thread, waited for by a BlockingCall of this item; then the next
    // follows on the GUI thread, unless the item has gone or a newer build was started.
    using Step = void (Built::*)();
    using Next = void (RichTextItem::*)(const std::shared_ptr<Built> &);
    void runBuildStep(const std::shared_ptr<Built> &built, Step step, Next next);
    void onChecked(const std::shared_ptr<Built> &built);
    void onParsed(const std::shared_ptr<Built> &built);
    void onLaidOut(const std::shared_ptr<Built> &built);
    void onPreview(const Built &built);
    int positionAt(QPointF itemPoint) const;
    QPointF toDocument(QPointF itemPoint) const
    {
        return itemPoint + QPointF(m_contentX, m_contentY);
    }

    QPointer<TextLinesModel> m_lines;
    TextRenderMode::Mode m_mode = TextRenderMode::Plain;
    QFont m_font;
    qreal m_layoutWidth = 0;
    qreal m_contentX = 0;
    qreal m_contentY = 0;
    QPointer<TextFinder> m_finder;
    // Set from QML (the palette and Theme); these only stand in until then.
    QColor m_textColor = Qt::black;
    QColor m_linkColor = Qt::blue;
    QColor m_selectionColor = Qt::darkBlue;
    QColor m_selectedTextColor = Qt::white;
    QColor m_matchColor = Qt::yellow;
    QColor m_currentMatchColor = Qt::darkYellow;

    std::unique_ptr<RichTextDocument> m_document;
    QImage m_preview; // the first screen, until the document is laid out
    int m_previewSource = -1;
    QString m_plainText;
    QTextCursor m_cursor;
    QString m_pressedLink;
    bool m_dragged = false;

    int m_sourceGeneration = 0; // counts texts and modes
    int m_shownSource = -1; // the source generation of m_document
    int m_refusedSource = -1; // the source generation RichTextBudget refused
    QString m_plainNote;
    bool m_busy = false;
    QTimer m_relayoutTimer; // width and font changes come in bursts (resizing, zooming)
    QTimer m_autoScrollTimer; // runs while a drag selection is past the top or bottom edge
    QPointF m_dragPosition;
    NewestJob m_builds; // the newest build wins: older ones skip their work
};

#endif // RICHTEXTITEM_H
