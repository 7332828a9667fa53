// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// libFuzzer target: the viewer's rich-text path. The first input byte picks the mode ('m'
// Markdown, anything else HTML), the rest is the text. RichTextBudget::check() decides, as in
// RichTextItem; a text within its bounds is parsed and laid out whole by RichTextDocument (Qt's
// QTextDocument underneath). A crash, a refusal without a note, a text within the bounds that Qt
// takes longer than BudgetMs over, or a document with tables nested deeper or more table cells
// than the bounds allow is a finding: the count would have been less than what Qt built.
// Seeds in richtext-corpus/, made by make_richtext_corpus.py; findings are kept there.

#include "richtextbudget.h"
#include "richtextdocument.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QTextFrame>
#include <QTextTable>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// What a text within the bounds may take Qt to parse and lay out here: a runaway takes minutes
// to hours. Within the bounds Qt takes up to about 3 s in the viewer; under the fuzzer (whose
// ASan allocator serves Qt's allocations too) on a loaded machine up to 16 s was seen, and a
// 600-cell row took 10 s (finding-wide-row-slow.html, 1.2 s without the fuzzer). The tables'
// check below is the finer one.
constexpr qint64 BudgetMs = 60000;

// What Qt built: the deepest nesting of tables, and their cells (rows × columns) summed.
struct Tables
{
    int depth = 0;
    qint64 cells = 0;
};

Tables tablesIn(const QTextFrame *frame)
{
    Tables result;
    const QList<QTextFrame *> children = frame->childFrames();
    for (const QTextFrame *child : children) {
        const Tables inner = tablesIn(child);
        const auto *table = qobject_cast<const QTextTable *>(child);
        result.depth = qMax(result.depth, inner.depth + (table ? 1 : 0));
        result.cells += inner.cells + (table ? qint64(table->rows()) * table->columns() : 0);
    }
    return result;
}

} // namespace

// Fontconfig keeps a few allocations of its own for good when a font is first matched; they are
// none of ours (nor Qt's).
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Layout needs fonts, and fonts a QGuiApplication; no display. Never destroyed: what Qt
    // caches (font engines) stays reachable, and is no leak at exit.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    new QGuiApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size - 1 > size_t(TextRenderMode::RichLimitBytes))
        return 0;
    const TextRenderMode::Mode mode
            = data[0] == 'm' ? TextRenderMode::Markdown : TextRenderMode::Html;
    const QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const RichTextBudget::Verdict verdict = RichTextBudget::check(text, mode);
    if (!verdict.isWithin()) {
        if (RichTextBudget::note(verdict).isEmpty()) {
            fprintf(stderr, "fuzz_richtext: a refusal without a note\n");
            abort();
        }
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    const auto document = RichTextDocument::build(text, mode, QFont(), 600);
    const qint64 ms = timer.elapsed();
    if (ms > BudgetMs) {
        fprintf(stderr, "fuzz_richtext: within the bounds, yet Qt took %lld ms\n",
                static_cast<long long>(ms));
        abort();
    }
    const Tables tables = tablesIn(document->rootFrame());
    if (tables.depth > RichTextBudget::MaxTableDepth || tables.cells > RichTextBudget::MaxCells) {
        fprintf(stderr,
                "fuzz_richtext: within the bounds, yet Qt built tables %d deep, %lld cells\n",
                tables.depth, static_cast<long long>(tables.cells));
        abort();
    }
    return 0;
}
