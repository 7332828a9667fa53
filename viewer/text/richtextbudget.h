// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef RICHTEXTBUDGET_H
#define RICHTEXTBUDGET_H

#include "textrendermode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What an untrusted HTML or Markdown text may ask of Qt's rich-text engine before it is handed
// to it. Qt's HTML parser resolves every element against all of its ancestors (deep nesting is
// quadratic), a table is allocated as rows × its widest row and each table within a table
// doubles the layout work, and Qt 6.4's Markdown import slows down with every table cell already
// imported; none of it can be interrupted. One linear pass over the bytes, before parsing,
// counts what Qt would make of them (over-estimating where unsure); past a bound the text shows
// as plain rows, with note() saying why. docs/reliability.md ("Untrusted content: rich text")
// has the bounds and the times they keep to.
class RichTextBudget
{
    Q_DECLARE_TR_FUNCTIONS(RichTextBudget)
public:
    // Elements open at once (HTML tags; Markdown quotes and list levels).
    static constexpr int MaxDepth = 128;
    // Tables within tables.
    static constexpr int MaxTableDepth = 8;
    // Table cells, each table counted as rows × its widest row (spans included), summed over
    // the text; a cell of a table within n tables counts 2^n times (each level lays out twice).
    static constexpr qint64 MaxCells = 20000;
    // Elements (HTML start tags): each costs Qt some hundreds of bytes and a style resolution.
    static constexpr qint64 MaxElements = 50000;
    // Layout work: each byte of the text counts 1 and each element ElementWork more, times
    // 2^n within n tables. Without tables a text within RichLimitBytes and MaxElements stays far
    // below it; content deep in nested tables is laid out 2^n times.
    static constexpr qint64 MaxLayoutWork = 12 * 1000 * 1000;
    static constexpr qint64 ElementWork = 50;
    // Markdown table cells in one part that Qt's Markdown import takes at once (the text whole,
    // or each part RichTextDocument cuts a long text into).
    static constexpr qint64 MaxMarkdownCells = 2500;

    enum class Limit { None, Depth, TableDepth, Cells, Elements, LayoutWork, MarkdownCells };
    struct Verdict
    {
        Limit limit = Limit::None;
        qint64 found = 0; // what was counted when the bound was passed
        bool isWithin() const { return limit == Limit::None; }
    };

    // Plain is always within; stops at the first bound passed.
    static Verdict check(const QByteArray &utf8, TextRenderMode::Mode mode);
    // "Shown as plain text: tables nested more than 8 deep"; empty when within.
    static QString note(const Verdict &verdict);
    // The bound a limit stands for.
    static qint64 bound(Limit limit);
    // For logs: "nesting depth", "table depth", "table cells", "elements", "layout work",
    // "Markdown table cells".
    static const char *limitName(Limit limit);
};

#endif // RICHTEXTBUDGET_H
