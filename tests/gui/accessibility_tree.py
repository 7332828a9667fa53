#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Reads one program's window as a screen reader does, through AT-SPI (pyatspi), and checks it.

Usage: accessibility_tree.py PROGRAM TITLE X11_WINDOW_ID TABS

- the application PROGRAM is on the accessibility bus with a frame named TITLE;
- the controls listed in EXPECTED are there with their roles;
- every push button, toggle button, check box, radio button, combo box, editable text field,
  menu and menu item in the tree (each menu opened with a click, a submenu by pointing at it)
  has a non-empty name without a mnemonic '&' (menu bar entries too: a menu, a menu item, or
  on Qt Quick 6.4 a "menu bar", its MenuBarItem's own role);
- Tab, sent with xdotool to X11_WINDOW_ID TABS times, gives the focus to a named control each
  time, comes back to where it started, and goes through the window in reading order (top to
  bottom; left to right on one row) apart from the one wrap-around.
Prints the counts and the Tab order; exits 1 with a message on the first broken rule.
"""

import subprocess
import sys
import time

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
}
MENU_BAR_ROLES = {pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU_BAR}
TEXT_ROLES = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT}
# Controls each window has, by role and name (English: the tests run without a catalogue): each
# must be there with that role.
EXPECTED = {
    "shm-viewer": [
        (pyatspi.ROLE_CHECK_BOX, "Follow latest"), (pyatspi.ROLE_PUSH_BUTTON, "Save As…"),
        (pyatspi.ROLE_PUSH_BUTTON, "Find…"), (pyatspi.ROLE_CHECK_BOX, "Wrap"),
        (pyatspi.ROLE_CHECK_BOX, "Line numbers"), (pyatspi.ROLE_TEXT, "Find"),
        (pyatspi.ROLE_TEXT, "Go to line"), (pyatspi.ROLE_MENU_ITEM, "Copy"),
        (pyatspi.ROLE_MENU_ITEM, "Quit"), (pyatspi.ROLE_MENU_ITEM, "Appearance"),
        (pyatspi.ROLE_MENU_ITEM, "Dark"),
    ],
    "shm-loader": [
        (pyatspi.ROLE_COMBO_BOX, "Text or image to load into shared memory"),
        (pyatspi.ROLE_PUSH_BUTTON, "Open a file"), (pyatspi.ROLE_PUSH_BUTTON, "Load again"),
        (pyatspi.ROLE_CHECK_BOX, "Reload when the file changes"),
    ],
}
SEEN = set()  # (role, name) of every control checked


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def walk(node, parent=None, found=None):
    """Every object under node as (object, its parent), depth first."""
    found = [] if found is None else found
    found.append((node, parent))
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, node, found)
    return found


def describe(node):
    return f"{node.getRoleName()} {node.name!r}"


def find_application(program, seconds=20):
    """The application with a frame: an application with no children is what was broken."""
    deadline = time.monotonic() + seconds
    seen = None
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == program:
                seen = app
                if app.childCount > 0:
                    return app
        time.sleep(0.2)
    if seen is None:
        fail(f"{program} is not on the accessibility bus")
    fail(f"{program} is on the accessibility bus with {seen.childCount} children: no window")


def check_names(nodes, where, roles=CONTROLS):
    """Counts the controls checked; fails on one without a name or with a mnemonic '&'."""
    checked = 0
    for node, parent in nodes:
        role = node.getRole()
        if role not in roles:
            continue
        # A combo box's own field is named by the combo box, as in every toolkit.
        if role in TEXT_ROLES and parent is not None and parent.getRole() == pyatspi.ROLE_COMBO_BOX:
            continue
        if role in TEXT_ROLES and not node.getState().contains(pyatspi.STATE_EDITABLE):
            continue
        checked += 1
        SEEN.add((role, node.name))
        if not node.name.strip():
            fail(f"{where}: a {node.getRoleName()} without a name (in {describe(parent)})")
        if "&" in node.name.replace("&&", ""):
            fail(f"{where}: {describe(node)} is read with its mnemonic '&'")
    return checked


def popups(frame):
    return [n for n, _ in walk(frame) if n.getRole() == pyatspi.ROLE_POPUP_MENU
            and n.getState().contains(pyatspi.STATE_SHOWING)]


def click(node):
    x, y, w, h = extents(node)
    subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1"],
                   check=True)


def check_menus(frame, window):
    """Opens each menu of the menu bar with a click, checks the items in it (and in a submenu,
    opened by pointing at its item), then closes it with Esc."""
    bars = [n for n, _ in walk(frame) if n.getRole() == pyatspi.ROLE_MENU_BAR]
    checked = 0
    for bar in bars:
        for i in range(bar.childCount):
            entry = bar.getChildAtIndex(i)
            # Qt Quick 6.4 reports each entry as a menu bar itself (QQuickMenuBarItem's own
            # role, which QML cannot override); a menu or a menu item elsewhere.
            if entry.getRole() not in (pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM,
                                       pyatspi.ROLE_MENU_BAR):
                fail(f"menu bar entry {describe(entry)}: a menu or a menu item, not "
                     f"{entry.getRoleName()!r}")
            checked += check_names([(entry, bar)], "the menu bar", MENU_BAR_ROLES)
            click(entry)
            checked += check_open_menus(frame, entry.name)
            subprocess.run(["xdotool", "key", "--window", window, "Escape", "Escape"], check=True)
            time.sleep(0.3)
    return checked


def check_open_menus(frame, title):
    menus = []
    for _ in range(30):  # the popup joins the tree once it is open
        time.sleep(0.1)
        menus = popups(frame)
        if menus:
            break
    if not menus:
        fail(f"menu {title!r} did not open")
    items = [(n, p) for n, p in walk(menus[0])[1:]]
    checked = check_names(items, f"menu {title!r}")
    if checked == 0:
        fail(f"menu {title!r} has no items")
    # A submenu opens when its item is pointed at: a second popup appears.
    for node, _ in items:
        if node.getRole() not in (pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM):
            continue
        x, y, w, h = extents(node)
        subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2)], check=True)
        time.sleep(0.4)  # Qt Quick opens a submenu after a short delay
        opened = popups(frame)
        if len(opened) > 1:
            sub = [(n, p) for n, p in walk(opened[-1])[1:]]
            checked += check_names(sub, f"submenu {node.name!r}")
    print(f"  menu {title!r}: {checked} items named")
    return checked


def focused(app):
    """The object with the focus: a focus scope around it (a tool bar) is focused too, so the
    deepest focused one, the last of them in depth-first order."""
    chain = [node for node, _ in walk(app) if node.getState().contains(pyatspi.STATE_FOCUSED)
             and node.getRole() != pyatspi.ROLE_FRAME]
    return chain[-1] if chain else None


def extents(node):
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x, box.y, box.width, box.height


def check_tab_order(app, window, tabs):
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
    order = []
    for _ in range(tabs):
        subprocess.run(["xdotool", "key", "--window", window, "Tab"], check=True)
        time.sleep(0.3)
        node = focused(app)
        if node is None:
            fail(f"nothing has the focus after Tab {len(order) + 1} (before it: "
                 f"{' → '.join(name for name, _ in order)})")
        if not node.name.strip():
            fail(f"Tab {len(order) + 1} gave the focus to a {node.getRoleName()} without a name")
        order.append((describe(node), extents(node)))
    names = [name for name, _ in order]
    print("  Tab order: " + " → ".join(names))
    cycle = names.index(names[0], 1) if names[0] in names[1:] else None
    if cycle is None:
        fail(f"Tab did not come back to {names[0]} in {tabs} presses")
    # One trip round: reading order, apart from the wrap-around after the last control.
    trip = order[:cycle]
    start = min(range(cycle), key=lambda i: (trip[i][1][1], trip[i][1][0]))
    trip = trip[start:] + trip[:start]
    for (name_a, (xa, ya, _, ha)), (name_b, (xb, yb, _, _)) in zip(trip, trip[1:]):
        same_row = abs(yb - ya) < ha / 2
        if not (yb > ya + ha / 2 or (same_row and xb > xa)):
            fail(f"Tab goes from {name_a} at {xa},{ya} back to {name_b} at {xb},{yb}")
    return cycle


def main():
    if len(sys.argv) != 5:
        fail(__doc__)
    program, title, window, tabs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = find_application(program)
    frames = [app.getChildAtIndex(i) for i in range(app.childCount)]
    frame = next((f for f in frames if f.getRole() == pyatspi.ROLE_FRAME and f.name == title), None)
    if frame is None:
        fail(f"{program}: no frame named {title!r} among {[describe(f) for f in frames]}")
    nodes = walk(app)
    print(f"{program}: {app.childCount} window(s), {len(nodes)} objects in the tree")
    controls = check_names(walk(frame), program)
    print(f"  {controls} controls named")
    menu_items = check_menus(frame, window)
    for role, name in EXPECTED.get(program, []):
        if (role, name) not in SEEN:
            found = [str(pyatspi.role.ROLE_NAMES.get(r, r)) for r, n in SEEN if n == name]
            fail(f"{program}: no {pyatspi.role.ROLE_NAMES.get(role, role)} named {name!r}"
                 + (f" (that name has role(s) {found})" if found else ""))
    stops = check_tab_order(app, window, tabs)
    print(f"PASS: {program}: window {title!r}, {controls} controls and {menu_items} menu items "
          f"named, {stops} Tab stops in reading order")


if __name__ == "__main__":
    main()
