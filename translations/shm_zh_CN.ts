<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Main</name>
    <message>
        <source>Shared Memory Loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a text or an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.html *.htm *.log *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or image to load into shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a text or an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing an entry loads it at once: the bundled files, then the files opened recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses any file to load into shared memory (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the chosen file into shared memory once more (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload when the file changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the chosen file again whenever it is saved, replaced, or comes back after being removed; bundled files never change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last load did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1  ·  Source: %2  ·  Drop a file here to load it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared memory key and where the offered files come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Shared Memory Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared Memory Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous load (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next load (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each new load as it arrives; when off, keep what you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write exactly the bytes shown to a file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new load — not shown while follow latest is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new loads — not shown while follow latest is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerBackend</name>
    <message>
        <source>Nothing to save: no text or image is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1: not a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerHistory</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>shm-loader: no display to open the window on (DISPLAY is not set).
Use --load NAME|PATH or --list without a window, or set QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
