// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

.pragma library

// Scrolls a Flickable (or a ListView) by dx, dy, within its content: never past either end.
function scrollBy(flickable, dx, dy) {
    const maxX = flickable.originX + Math.max(0, flickable.contentWidth - flickable.width)
    const maxY = flickable.originY + Math.max(0, flickable.contentHeight - flickable.height)
    flickable.contentX = Math.max(flickable.originX, Math.min(maxX, flickable.contentX + dx))
    flickable.contentY = Math.max(flickable.originY, Math.min(maxY, flickable.contentY + dy))
}
