// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "richtextitem.h"

#include "richtextbudget.h"
#include "textfinder.h"
#include "textlinesmodel.h"
#include "viewerlog.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QCursor>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QQuickWindow>
#include <QSemaphore>
#include <QTextBlock>
#include <QTextLayout>
#include <QUrl>

namespace {

std::atomic_int s_unfinishedBuilds{0};

// Where Qt parses and lays out, for every item. A layout refers to the font engines of the thread
// that made it, and they go with that thread's FreeType library when it ends: these threads never
// end (nor are they ever waited for: the pool is never destroyed). Builds at once at most: a
// newer build waits only while so many older ones, each bounded by RichTextBudget, still run.
constexpr int BuildThreads = 3;
QThreadPool *buildPool()
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(BuildThreads);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return pool;
}

// Matches drawn at most per frame: a screen holds far fewer, even of a one-letter query.
constexpr int MaxVisibleMatches = 20000;

// Draws the part of a laid-out document in visible (document coordinates) at the painter's origin.
void drawDocument(QPainter *painter, QTextDocument *document, const QRectF &visible,
                  const QColor &text, const QColor &link,
                  const QList<QAbstractTextDocumentLayout::Selection> &selections)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = visible;
    context.cursorPosition = -1;
    context.palette.setColor(QPalette::Text, text);
    context.palette.setColor(QPalette::Link, link);
    context.selections = selections;
    painter->save();
    painter->translate(-visible.topLeft());
    document->documentLayout()->draw(painter, context);
    painter->restore();
}

bool openable(const QString &link)
{
    const QString scheme = QUrl(link).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto");
}

} // namespace

RichTextItem::RichTextItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(120);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &RichTextItem::startBuild);
    m_autoScrollTimer.setInterval(50);
    connect(&m_autoScrollTimer, &QTimer::timeout, this, [this] {
        const qreal step = QFontMetricsF(m_font).height();
        emit autoScrollRequested(m_dragPosition.y() < 0 ? -step : step);
        // The view has scrolled: the selection follows to the point now under the mouse.
        if (m_document) {
            m_cursor.setPosition(positionAt(m_dragPosition), QTextCursor::KeepAnchor);
            update();
            emit selectionChanged();
        }
    });
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
    setAcceptHoverEvents(true);
    setCursor(QCursor(Qt::IBeamCursor));
}

RichTextItem::~RichTextItem()
{
    // Builds still running stop at their next check; their BlockingCalls, children of this item,
    // abandon them: nothing here waits for Qt's parsing or layout.
    m_builds.supersedeAll();
    m_cursor = QTextCursor();
    m_document.reset();
}

int RichTextItem::unfinishedBuilds()
{
    return s_unfinishedBuilds.load();
}

void RichTextItem::setLines(TextLinesModel *lines)
{
    if (lines == m_lines)
        return;
    if (m_lines)
        disconnect(m_lines, nullptr, this, nullptr);
    m_lines = lines;
    if (m_lines)
        connect(m_lines, &TextLinesModel::textReplaced, this, &RichTextItem::onSourceChanged);
    onSourceChanged();
    emit linesChanged();
}

void RichTextItem::setMode(TextRenderMode::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    onSourceChanged();
    emit modeChanged();
}

void RichTextItem::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    if (m_document)
        m_relayoutTimer.start();
    else
        startBuild();
    emit fontChanged();
}

void RichTextItem::setLayoutWidth(qreal width)
{
    if (qFuzzyCompare(width, m_layoutWidth))
        return;
    m_layoutWidth = width;
    if (m_document)
        m_relayoutTimer.start();
    else
        startBuild();
    emit layoutWidthChanged();
}

void RichTextItem::setContentX(qreal x)
{
    if (qFuzzyCompare(x, m_contentX))
        return;
    m_contentX = x;
    update();
    emit contentXChanged();
}

void RichTextItem::setContentY(qreal y)
{
    if (qFuzzyCompare(y, m_contentY))
        return;
    m_contentY = y;
    update();
    emit contentYChanged();
}

void RichTextItem::setFinder(TextFinder *finder)
{
    if (finder == m_finder)
        return;
    if (m_finder)
        disconnect(m_finder, nullptr, this, nullptr);
    m_finder = finder;
    if (m_finder)
        connect(m_finder, &TextFinder::currentChanged, this, [this] { update(); });
    update();
    emit finderChanged();
}

qreal RichTextItem::documentWidth() const
{
    if (!m_document)
        return m_preview.deviceIndependentSize().width();
    return m_document->size().width();
}

qreal RichTextItem::documentHeight() const
{
    if (!m_document)
        return m_preview.deviceIndependentSize().height();
    return m_document->size().height();
}

void RichTextItem::onSourceChanged()
{
    // A new text or mode: what is shown is no longer it. The view shows plain rows meanwhile.
    ++m_sourceGeneration;
    m_relayoutTimer.stop();
    const bool had = m_document != nullptr;
    if (!m_plainNote.isEmpty()) {
        m_plainNote.clear();
        emit plainNoteChanged();
    }
    m_cursor = QTextCursor();
    m_document.reset();
    m_preview = QImage();
    m_plainText.clear();
    m_pressedLink.clear();
    if (had) {
        emit documentChanged();
        emit selectionChanged();
    }
    emit textReplaced();
    update();
    startBuild();
}

void RichTextItem::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void RichTextItem::startBuild()
{
    m_relayoutTimer.stop();
    const QByteArray text = m_lines ? m_lines->text() : QByteArray();
    const bool wanted = m_mode != TextRenderMode::Plain && m_lines && m_layoutWidth > 0
            && text.size() <= TextRenderMode::RichLimitBytes
            && m_refusedSource != m_sourceGeneration;
    const NewestJob::Ticket ticket = m_builds.start();
    if (!wanted) {
        setBusy(false);
        return;
    }
    setBusy(true);
    auto built = std::make_shared<Built>();
    built->ticket = ticket;
    built->sourceGeneration = m_sourceGeneration;
    built->text = text;
    built->mode = m_mode;
    built->font = m_font;
    built->layoutWidth = m_layoutWidth;
    built->previewSize = QSizeF(width(), height());
    // The first build of a text also draws its first screen ahead, so the text shows before the
    // rest is parsed and laid out.
    built->drawFirst = m_sourceGeneration != m_shownSource && m_sourceGeneration != m_previewSource
            && !built->previewSize.isEmpty();
    built->ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    built->textColor = m_textColor;
    built->linkColor = m_linkColor;
    runBuildStep(built, &Built::check, &RichTextItem::onChecked);
}

void RichTextItem::Built::drawPreview(RichTextDocument *on)
{
    QImage image((previewSize * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    drawDocument(&painter, on, QRectF(QPointF(0, 0), previewSize), textColor, linkColor, {});
    painter.end();
    preview = image;
}

void RichTextItem::Built::check()
{
    if (isStale())
        return; // superseded before it began
    verdict = RichTextBudget::check(text, mode);
    if (!verdict.isWithin()) {
        refusal = RichTextBudget::note(verdict);
        return;
    }
    // A long Markdown text: its beginning alone is parsed first and drawn, as the whole takes
    // long to parse (docs/performance.md).
    const QByteArray head = drawFirst ? RichTextDocument::leadingPart(text, mode) : QByteArray();
    if (!head.isEmpty()) {
        drawPreview(RichTextDocument::parse(head, mode, font, layoutWidth).get());
        headDrawn = true;
    }
}

void RichTextItem::Built::parse()
{
    if (isStale())
        return;
    // A newer build, or the item going, stops a long parse between its parts.
    document = RichTextDocument::parse(text, mode, font, layoutWidth, ticket.staleCheck());
    if (drawFirst && !headDrawn && !isStale())
        drawPreview(document.get());
    document->moveToThread(nullptr); // for the thread of the next step to take
}

void RichTextItem::Built::layOut()
{
    if (!document)
        return;
    document->moveToThread(QThread::currentThread());
    if (!isStale()) {
        document->size(); // the rest of the layout
        plainText = document->positionText();
    }
    document->moveToThread(nullptr); // for the GUI thread to take
}

void RichTextItem::runBuildStep(const std::shared_ptr<Built> &built, Step step, Next next)
{
    ++s_unfinishedBuilds;
    // The BlockingCall waits for the step on a build thread: this item may go at any time
    // without waiting, and hears of the step only while it is there.
    auto *call = new BlockingCall(
            [held = built, step]() mutable {
                QSemaphore done;
                buildPool()->start([&] {
                    ((*held).*step)();
                    done.release();
                });
                done.acquire();
                held.reset(); // a stale build's document may go now
                --s_unfinishedBuilds;
            },
            this);
    connect(call, &BlockingCall::finished, this, [this, call, built, next] {
        call->deleteLater();
        if (m_builds.isCurrent(built->ticket) && built->sourceGeneration == m_sourceGeneration)
            (this->*next)(built);
    });
}

void RichTextItem::onChecked(const std::shared_ptr<Built> &built)
{
    if (!built->refusal.isEmpty()) {
        qCInfo(lcViewer) << "rich text shown plain, over the bound for"
                         << RichTextBudget::limitName(built->verdict.limit);
        m_refusedSource = built->sourceGeneration;
        m_plainNote = built->refusal;
        setBusy(false);
        emit plainNoteChanged();
        return;
    }
    if (built->headDrawn)
        onPreview(*built);
    runBuildStep(built, &Built::parse, &RichTextItem::onParsed);
}

void RichTextItem::onParsed(const std::shared_ptr<Built> &built)
{
    if (built->drawFirst && !built->headDrawn && !built->preview.isNull())
        onPreview(*built);
    runBuildStep(built, &Built::layOut, &RichTextItem::onLaidOut);
}

void RichTextItem::onPreview(const Built &built)
{
    if (!m_builds.isCurrent(built.ticket) || built.sourceGeneration != m_sourceGeneration
        || m_document)
        return;
    m_preview = built.preview;
    m_previewSource = built.sourceGeneration;
    emit documentChanged();
    update();
}

void RichTextItem::onLaidOut(const std::shared_ptr<Built> &built)
{
    const int sourceGeneration = built->sourceGeneration;
    built->document->moveToThread(thread());
    const bool newText = sourceGeneration != m_shownSource;
    // The same text laid out again: the selection stays where it was.
    const int anchor = newText ? 0 : m_cursor.anchor();
    const int position = newText ? 0 : m_cursor.position();
    std::unique_ptr<RichTextDocument> old = std::move(m_document);
    m_document = std::move(built->document);
    if (newText)
        m_plainText = built->plainText;
    m_cursor = QTextCursor(m_document.get());
    const int last = m_document->characterCount() - 1;
    m_cursor.setPosition(qBound(0, anchor, last));
    m_cursor.setPosition(qBound(0, position, last), QTextCursor::KeepAnchor);
    old.reset();
    m_preview = QImage();
    m_shownSource = sourceGeneration;
    setBusy(false);
    emit documentChanged();
    if (newText) {
        emit textReplaced();
        emit selectionChanged();
    }
    update();
}

void RichTextItem::paint(QPainter *painter)
{
    if (!m_document) {
        if (!m_preview.isNull())
            painter->drawImage(QPointF(-m_contentX, -m_contentY), m_preview);
        return;
    }
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const QRectF visible(m_contentX, m_contentY, width(), height());
    QList<QAbstractTextDocumentLayout::Selection> selections;
    if (m_finder && m_finder->usesRichText() && m_finder->count() > 0) {
        const int from = layout->hitTest(visible.topLeft(), Qt::FuzzyHit);
        const int to = layout->hitTest(visible.bottomRight(), Qt::FuzzyHit);
        QTextCharFormat match;
        match.setBackground(m_matchColor);
        QTextCharFormat current;
        current.setBackground(m_currentMatchColor);
        // A little either side: table cells and right-aligned text do not run strictly by y.
        const auto matches
                = m_finder->matchesBetween(qMax(0, from - 256), to + 256, MaxVisibleMatches);
        for (const TextFinder::Match &m : matches) {
            QTextCursor cursor(m_document.get());
            cursor.setPosition(int(m.position));
            cursor.setPosition(int(m.position + m.length), QTextCursor::KeepAnchor);
            selections.append({cursor, m.current ? current : match});
        }
    }
    if (m_cursor.hasSelection()) {
        QTextCharFormat selection;
        selection.setBackground(m_selectionColor);
        selection.setForeground(m_selectedTextColor);
        selections.append({m_cursor, selection});
    }
    drawDocument(painter, m_document.get(), visible, m_textColor, m_linkColor, selections);
}

int RichTextItem::positionAt(QPointF itemPoint) const
{
    if (!m_document)
        return 0;
    return qMax(0, m_document->documentLayout()->hitTest(toDocument(itemPoint), Qt::FuzzyHit));
}

QString RichTextItem::linkAt(qreal x, qreal y) const
{
    if (!m_document)
        return QString();
    return m_document->documentLayout()->anchorAt(toDocument(QPointF(x, y)));
}

QRectF RichTextItem::positionRectangle(double position) const
{
    if (!m_document)
        return QRectF();
    const QTextBlock block = m_document->findBlock(int(position));
    if (!block.isValid())
        return QRectF();
    const QRectF blockRect = m_document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    const int inBlock = int(position) - block.position();
    const QTextLine line = layout->lineForTextPosition(inBlock);
    if (!line.isValid())
        return QRectF(blockRect.topLeft(), QSizeF(1, blockRect.height()));
    const qreal x = line.cursorToX(inBlock);
    return QRectF(blockRect.left() + x, blockRect.top() + line.y(), 1, line.height());
}

void RichTextItem::selectAll()
{
    if (!m_document)
        return;
    m_cursor.select(QTextCursor::Document);
    update();
    emit selectionChanged();
}

void RichTextItem::clearSelection()
{
    if (!m_cursor.hasSelection())
        return;
    m_cursor.clearSelection();
    update();
    emit selectionChanged();
}

QString RichTextItem::selectedText() const
{
    QString text = m_cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text;
}

bool RichTextItem::copySelection() const
{
    if (!m_cursor.hasSelection())
        return false;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(selectedText());
    return true;
}

void RichTextItem::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::RightButton) {
        emit contextMenuRequested(event->position().x(), event->position().y());
        return;
    }
    if (!m_document)
        return;
    // The Flickable would take a drag for scrolling; here it selects.
    setKeepMouseGrab(true);
    m_dragged = false;
    m_pressedLink = linkAt(event->position().x(), event->position().y());
    const int position = positionAt(event->position());
    const bool had = m_cursor.hasSelection();
    m_cursor.setPosition(position,
                         event->modifiers() & Qt::ShiftModifier ? QTextCursor::KeepAnchor
                                                                : QTextCursor::MoveAnchor);
    if (had || m_cursor.hasSelection()) {
        update();
        emit selectionChanged();
    }
}

void RichTextItem::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_document || !(event->buttons() & Qt::LeftButton))
        return;
    m_dragPosition = event->position();
    if (m_dragPosition.y() < 0 || m_dragPosition.y() > height())
        m_autoScrollTimer.start();
    else
        m_autoScrollTimer.stop();
    const int position = positionAt(event->position());
    if (position == m_cursor.position())
        return;
    m_dragged = true;
    m_cursor.setPosition(position, QTextCursor::KeepAnchor);
    update();
    emit selectionChanged();
}

void RichTextItem::mouseReleaseEvent(QMouseEvent *event)
{
    setKeepMouseGrab(false);
    m_autoScrollTimer.stop();
    if (event->button() != Qt::LeftButton || m_dragged || m_pressedLink.isEmpty())
        return;
    const QString link = linkAt(event->position().x(), event->position().y());
    // Opened only when pressed and released on it; links of other schemes (file:, qrc:, data:,
    // javascript:) stay text.
    if (link == m_pressedLink && openable(link))
        emit linkActivated(link);
    m_pressedLink.clear();
}

void RichTextItem::mouseUngrabEvent()
{
    m_autoScrollTimer.stop();
}

void RichTextItem::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_document || event->button() != Qt::LeftButton)
        return;
    m_cursor.setPosition(positionAt(event->position()));
    m_cursor.select(QTextCursor::WordUnderCursor);
    update();
    emit selectionChanged();
}

void RichTextItem::hoverMoveEvent(QHoverEvent *event)
{
    const QString link = linkAt(event->position().x(), event->position().y());
    setCursor(QCursor(link.isEmpty() ? Qt::IBeamCursor : Qt::PointingHandCursor));
}
