<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AssetCatalog</name>
    <message>
        <source>No folder %1</source>
        <extracomment>%1 is the folder given with --assets</extracomment>
        <translation>Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>%1 is the path given with --assets</extracomment>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied</source>
        <extracomment>%1 is the folder given with --assets</extracomment>
        <translation>Ordner %1 kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>No bundled texts: the program was built without them</source>
        <translation>Keine mitgelieferten Texte: Das Programm wurde ohne sie erstellt</translation>
    </message>
    <message>
        <source>%1 holds no files to load</source>
        <extracomment>%1 is the folder given with --assets</extracomment>
        <translation>%1 enthält keine ladbaren Dateien</translation>
    </message>
    <message>
        <source>1 bundled file</source>
        <translation>1 mitgelieferte Datei</translation>
    </message>
    <message>
        <source>%1 bundled files</source>
        <extracomment>%1 is a number of files, two or more</extracomment>
        <translation>%1 mitgelieferte Dateien</translation>
    </message>
    <message>
        <source>1 file in %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>1 Datei in %1</translation>
    </message>
    <message>
        <source>%1 files in %2</source>
        <extracomment>%1 is a number of files (two or more), %2 the folder</extracomment>
        <translation>%1 Dateien in %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;</source>
        <extracomment>%1 is an argument given without an option</extracomment>
        <translation>Unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1: %2
Try &apos;%1 --help&apos; for more information.</source>
        <extracomment>%1 is the program&apos;s name (shm-loader), %2 what is wrong with its command line</extracomment>
        <translation>%1: %2
Weitere Informationen mit „%1 --help“.</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <source>Choose a text or an image to load it into shared memory</source>
        <translation>Text oder Bild auswählen, um es in den gemeinsamen Speicher zu laden</translation>
    </message>
    <message>
        <source>Cannot load %1: only local files can be loaded</source>
        <extracomment>%1 is the address of what was dropped, such as https://example.org/notes.md</extracomment>
        <translation>%1 kann nicht geladen werden: Nur lokale Dateien lassen sich laden</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process holds it…</source>
        <translation>Warten auf die Segmentsperre — ein anderer Prozess belegt sie …</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process holds it… (%1 is next)</source>
        <extracomment>%1 is the name or path of the file to load once this load is done</extracomment>
        <translation>Warten auf die Segmentsperre — ein anderer Prozess belegt sie … (danach wird %1 geladen)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <source>Timed out after %1 ms waiting for the shared memory lock (another process holds it); nothing was loaded</source>
        <extracomment>%1 is a number of milliseconds (--timeout)</extracomment>
        <translation>Zeitüberschreitung nach %1 ms beim Warten auf die Sperre des gemeinsamen Speichers (ein anderer Prozess belegt sie); es wurde nichts geladen</translation>
    </message>
    <message>
        <source>Cannot load %1: reading standard input failed: %2</source>
        <extracomment>%1 is the source name of standard input (stdin, or --name), %2 the system&apos;s error</extracomment>
        <translation>%1 kann nicht geladen werden: Lesen der Standardeingabe fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The window cannot be shown in headless mode</source>
        <translation>Im Headless-Modus kann kein Fenster angezeigt werden</translation>
    </message>
    <message>
        <source>Interrupted by %1; nothing was loaded</source>
        <extracomment>%1 is the signal&apos;s name, SIGINT or SIGTERM</extracomment>
        <translation>Durch %1 unterbrochen; nichts wurde geladen</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>not a %1 image, or no reader for it is installed</source>
        <extracomment>%1 is a media type, such as image/webp</extracomment>
        <translation>kein %1-Bild, oder kein Bildformat-Plugin dafür installiert</translation>
    </message>
    <message>
        <source>the image claims %1 × %2 pixels, more than the %3 MiB an image may take decoded</source>
        <extracomment>%1 × %2 is the width and height the image&apos;s header claims, %3 a number</extracomment>
        <translation>Das Bild gibt %1 × %2 Pixel an, mehr als die %3 MiB, die ein dekodiertes Bild belegen darf</translation>
    </message>
    <message>
        <source>the JPEG data has no end-of-image marker (cut short or not JPEG data)</source>
        <translation>Den JPEG-Daten fehlt die Bildende-Markierung (abgeschnitten oder keine JPEG-Daten)</translation>
    </message>
    <message>
        <source>too complex: an earlier SVG that took too long is still being drawn</source>
        <translation>zu komplex: Ein früheres SVG, dessen Zeichnen zu lange dauerte, wird noch gezeichnet</translation>
    </message>
    <message>
        <source>the SVG has text, which needs a QGuiApplication, and this program runs without one</source>
        <translation>Das SVG enthält Text, der eine QGuiApplication braucht, und dieses Programm läuft ohne eine</translation>
    </message>
    <message>
        <source>too complex: drawing it takes longer than %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>zu komplex: Das Zeichnen dauert länger als %1 s</translation>
    </message>
</context>
<context>
    <name>LoadReport</name>
    <message>
        <source>The viewer is not running — start shm-viewer first (removed a segment left by a viewer that did not quit cleanly)</source>
        <translation>Der Betrachter läuft nicht — zuerst shm-viewer starten (ein Segment eines nicht sauber beendeten Betrachters wurde entfernt)</translation>
    </message>
    <message>
        <source>The viewer is not running — start shm-viewer first</source>
        <translation>Der Betrachter läuft nicht — zuerst shm-viewer starten</translation>
    </message>
    <message>
        <source>Cannot load %1: the image of %2 bytes is larger than the %3 bytes the segment has room for</source>
        <extracomment>%1 is the image&apos;s name, %2 and %3 numbers of bytes, such as 369,140 and 65,279</extracomment>
        <translation>%1 kann nicht geladen werden: Das Bild ist mit %2 Bytes größer als die %3 Bytes, die im Segment Platz haben</translation>
    </message>
    <message>
        <source>Loaded %1 into shared memory, scaled to fit: %2×%3 → %4×%5</source>
        <extracomment>%1 is the image&apos;s name; %2×%3 its width and height in pixels, %4×%5 the scaled ones</extracomment>
        <translation>%1 in den gemeinsamen Speicher geladen, passend skaliert: %2×%3 → %4×%5</translation>
    </message>
    <message>
        <source>Loaded %1 into shared memory, truncated to %2 of %3 bytes — not valid UTF-8: the viewer shows replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes, such as 65,279 and 118,305</extracomment>
        <translation>%1 in den gemeinsamen Speicher geladen, gekürzt auf %2 von %3 Bytes — kein gültiges UTF-8: Der Betrachter zeigt Ersatzzeichen</translation>
    </message>
    <message>
        <source>Loaded %1 into shared memory, truncated to %2 of %3 bytes</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes, such as 65,279 and 118,305</extracomment>
        <translation>%1 in den gemeinsamen Speicher geladen, gekürzt auf %2 von %3 Bytes</translation>
    </message>
    <message>
        <source>Loaded %1 (%2) into shared memory — not valid UTF-8: the viewer shows replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 its size, such as 2.3 KiB</extracomment>
        <translation>%1 (%2) in den gemeinsamen Speicher geladen — kein gültiges UTF-8: Der Betrachter zeigt Ersatzzeichen</translation>
    </message>
    <message>
        <source>Loaded %1 (%2) into shared memory</source>
        <extracomment>%1 is the file&apos;s name, %2 its size, such as 2.3 KiB</extracomment>
        <translation>%1 (%2) in den gemeinsamen Speicher geladen</translation>
    </message>
</context>
<context>
    <name>LoadTask</name>
    <message>
        <source>Cannot load %1: %2</source>
        <extracomment>%1 is the name of a bundled file, such as notes.md; %2 why it cannot be read</extracomment>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot load %1: binary content (%2), neither text nor a supported image</source>
        <extracomment>%1 is the file&apos;s name, %2 the media type its content has, such as application/pdf</extracomment>
        <translation>%1 kann nicht geladen werden: binärer Inhalt (%2), weder Text noch ein unterstütztes Bild</translation>
    </message>
    <message>
        <source>Cannot load %1: the name says %2, but it holds text</source>
        <extracomment>%1 is the file&apos;s name, %2 the media type its name suggests, such as image/png</extracomment>
        <translation>%1 kann nicht geladen werden: Der Name deutet auf %2 hin, die Datei enthält aber Text</translation>
    </message>
    <message>
        <source>Cannot load %1: image files over %2 MiB are refused</source>
        <extracomment>%1 is the file&apos;s name, %2 a number</extracomment>
        <translation>%1 kann nicht geladen werden: Bilddateien über %2 MiB werden abgelehnt</translation>
    </message>
    <message>
        <source>Cannot load %1: a broken %2 image: %3</source>
        <extracomment>%1 is the file&apos;s name, %2 its media type, such as image/png, %3 what is wrong with it</extracomment>
        <translation>%1 kann nicht geladen werden: fehlerhaftes Bild (%2): %3</translation>
    </message>
    <message>
        <source>Cannot load %1: --layout qt-example writes an image (as Qt&apos;s Shared Memory Example does), and this is text</source>
        <extracomment>%1 is the file&apos;s name; keep --layout qt-example as it is</extracomment>
        <translation>%1 kann nicht geladen werden: --layout qt-example schreibt ein Bild (wie Qts Shared Memory Example), und dies ist Text</translation>
    </message>
    <message>
        <source>Cannot load %1: --layout classic writes plain text, and this is an image (%2)</source>
        <extracomment>%1 is the file&apos;s name, %2 its media type, such as image/png; keep --layout classic</extracomment>
        <translation>%1 kann nicht geladen werden: --layout classic schreibt reinen Text, und dies ist ein Bild (%2)</translation>
    </message>
    <message>
        <source>Cannot load %1: as QDataStream &lt;&lt; QImage it takes %2 bytes, more than the segment&apos;s %3</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes; keep QDataStream and QImage</extracomment>
        <translation>%1 kann nicht geladen werden: Als QDataStream &lt;&lt; QImage braucht es %2 Bytes, mehr als die %3 des Segments</translation>
    </message>
</context>
<context>
    <name>LoaderOptions</name>
    <message>
        <source>Load NAME or PATH without a window, then again whenever the file changes, one line per load, until SIGINT or SIGTERM (exit 0). - follows standard input: the newest lines that fit, written at most every 100 ms, until the input ends.</source>
        <extracomment>NAME, PATH and - are the option&apos;s values, as the help names them: keep them</extracomment>
        <translation>Lädt NAME oder PATH ohne Fenster und danach bei jeder Änderung der Datei erneut, eine Zeile pro Ladevorgang, bis SIGINT oder SIGTERM (Exit-Status 0). - verfolgt die Standardeingabe: die neuesten Zeilen, die hineinpassen, höchstens alle 100 ms geschrieben, bis die Eingabe endet.</translation>
    </message>
    <message>
        <source>With --load - or --follow -: the source name the viewer shows (default: stdin). Its extension chooses the content type (.md, .html).</source>
        <extracomment>NAME is the option&apos;s value, stdin its default: keep both as they are</extracomment>
        <translation>Mit --load - oder --follow -: der Quellname, den der Betrachter anzeigt (Standard: stdin). Seine Endung bestimmt den Inhaltstyp (.md, .html).</translation>
    </message>
    <message>
        <source>Print the names of the bundled texts (or of the files of --assets DIR), one per line, and exit.</source>
        <extracomment>DIR is the value of --assets: keep it as it is</extracomment>
        <translation>Gibt die Namen der mitgelieferten Texte (oder der Dateien aus --assets DIR) aus, einen pro Zeile, und beendet sich.</translation>
    </message>
    <message>
        <source>Shared memory key (default: %1).</source>
        <extracomment>%1 is the default key, ShmLoaderText</extracomment>
        <translation>Schlüssel des gemeinsamen Speichers (Standard: %1).</translation>
    </message>
    <message>
        <source>Offer the files of DIR instead of the bundled texts.</source>
        <extracomment>DIR is the option&apos;s value: keep it as it is</extracomment>
        <translation>Bietet die Dateien aus DIR anstelle der mitgelieferten Texte an.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; (to load a file, use --load PATH)</source>
        <extracomment>%1 is the argument given without an option, often a file&apos;s path</extracomment>
        <translation>Unerwartetes Argument „%1“ (zum Laden einer Datei --load PATH verwenden)</translation>
    </message>
    <message>
        <source>--key must not be empty</source>
        <translation>--key darf nicht leer sein</translation>
    </message>
    <message>
        <source>--assets needs a folder</source>
        <translation>--assets erwartet einen Ordner</translation>
    </message>
    <message>
        <source>Use only one of --load, --follow and --list</source>
        <translation>Nur eine der Optionen --load, --follow oder --list angeben</translation>
    </message>
    <message>
        <source>--timeout only applies to --load</source>
        <translation>--timeout gilt nur für --load</translation>
    </message>
    <message>
        <source>--timeout expects a number of milliseconds, not &apos;%1&apos;</source>
        <extracomment>%1 is what was given instead</extracomment>
        <translation>--timeout erwartet eine Anzahl Millisekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>--load needs the name of a bundled text, a path, or -</source>
        <translation>--load erwartet den Namen eines mitgelieferten Textes, einen Pfad oder -</translation>
    </message>
    <message>
        <source>--follow needs the name of a bundled text, a path, or -</source>
        <translation>--follow erwartet den Namen eines mitgelieferten Textes, einen Pfad oder -</translation>
    </message>
    <message>
        <source>--name only applies to --load - and --follow -</source>
        <translation>--name gilt nur für --load - und --follow -</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name darf nicht leer sein</translation>
    </message>
    <message>
        <source>Loads a text or an image into the shared memory segment that shm-viewer shows.
Without --load, --follow or --list it opens a window with the bundled files.</source>
        <translation>Lädt einen Text oder ein Bild in das Segment des gemeinsamen Speichers, das shm-viewer anzeigt.
Ohne --load, --follow oder --list wird ein Fenster mit den mitgelieferten Dateien geöffnet.</translation>
    </message>
    <message>
        <source>With --load: give up after MS milliseconds of waiting for the shared memory lock (exit 1); reading, decoding and scaling are not counted. Default, or 0: wait as long as it takes.</source>
        <extracomment>MS is the option&apos;s value: keep it as it is</extracomment>
        <translation>Mit --load: bricht nach MS Millisekunden Warten auf die Sperre des gemeinsamen Speichers ab (Exit-Status 1); Lesen, Dekodieren und Skalieren zählen nicht mit. Standard oder 0: wartet unbegrenzt.</translation>
    </message>
    <message>
        <source>With --load: where the content goes. shm (default): behind shm-viewer&apos;s header. qt-example: an image as Qt&apos;s Shared Memory Example writes it (QDataStream &lt;&lt; QImage at offset 0). classic: plain NUL-terminated text at offset 0.</source>
        <extracomment>LAYOUT and its values shm, qt-example and classic are kept as they are</extracomment>
        <translation>Mit --load: wohin der Inhalt geschrieben wird. shm (Standard): hinter den Header von shm-viewer. qt-example: ein Bild, wie Qts Shared Memory Example es schreibt (QDataStream &lt;&lt; QImage an Offset 0). classic: reiner, NUL-terminierter Text an Offset 0.</translation>
    </message>
    <message>
        <source>--layout only applies to --load</source>
        <translation>--layout gilt nur für --load</translation>
    </message>
    <message>
        <source>--layout expects shm, qt-example or classic, not &apos;%1&apos;</source>
        <extracomment>%1 is what was given instead; keep shm, qt-example and classic as they are</extracomment>
        <translation>--layout erwartet shm, qt-example oder classic, nicht „%1“</translation>
    </message>
    <message>
        <source>Load NAME (a bundled text, or a file of --assets DIR) or the file at PATH once, without a window, and exit: 0 loaded, 2 no viewer running, 3 file refused or unreadable, 1 other errors. - reads standard input as a file of the same content: a text to its end, loading what fits; an image whole.</source>
        <extracomment>NAME, PATH, DIR and - are the option&apos;s values, as the help names them: keep them as they are, like the option names (--assets)</extracomment>
        <translation>Lädt NAME (einen mitgelieferten Text oder eine Datei aus --assets DIR) oder die Datei unter PATH einmal ohne Fenster und beendet sich. Exit-Status: 0 geladen, 2 kein Betrachter aktiv, 3 Datei abgelehnt oder nicht lesbar, 1 andere Fehler. - liest die Standardeingabe wie eine Datei desselben Inhalts: einen Text bis zum Ende, geladen wird, was hineinpasst; ein Bild ganz.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Shared Memory Loader</source>
        <translation>Shared Memory Loader</translation>
    </message>
    <message>
        <source>Bundled files</source>
        <translation>Mitgelieferte Dateien</translation>
    </message>
    <message>
        <source>Files in %1</source>
        <translation>Dateien in %1</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>Open a text or an image</source>
        <translation>Text oder Bild öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.html *.htm *.log *.csv)</source>
        <translation>Texte (*.txt *.md *.markdown *.html *.htm *.log *.csv)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>Text or image to load into shared memory</source>
        <translation>Text oder Bild zum Laden in den gemeinsamen Speicher</translation>
    </message>
    <message>
        <source>Choose a text or an image…</source>
        <translation>Text oder Bild auswählen …</translation>
    </message>
    <message>
        <source>Nothing to offer</source>
        <translation>Nichts zur Auswahl</translation>
    </message>
    <message>
        <source>Choosing an entry loads it at once: the bundled files, then the files opened recently</source>
        <translation>Ein gewählter Eintrag wird sofort geladen; oben die mitgelieferten Dateien, darunter die zuletzt geöffneten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Chooses any file to load into shared memory (Ctrl+O)</source>
        <translation>Wählt eine beliebige Datei zum Laden in den gemeinsamen Speicher (Strg+O)</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>Erneut laden</translation>
    </message>
    <message>
        <source>Loads the chosen file into shared memory once more (F5)</source>
        <translation>Lädt die gewählte Datei noch einmal in den gemeinsamen Speicher (F5)</translation>
    </message>
    <message>
        <source>Reload when the file changes</source>
        <translation>Bei Dateiänderung neu laden</translation>
    </message>
    <message>
        <source>Loads the chosen file again whenever it is saved, replaced, or comes back after being removed; bundled files never change</source>
        <translation>Lädt die gewählte Datei erneut, sobald sie gespeichert, ersetzt oder nach dem Entfernen wiederhergestellt wird; mitgelieferte Dateien ändern sich nie</translation>
    </message>
    <message>
        <source>What the last load did</source>
        <translation>Ergebnis des letzten Ladevorgangs</translation>
    </message>
    <message>
        <source>Key: %1  ·  Source: %2  ·  Drop a file here to load it</source>
        <translation>Schlüssel: %1  ·  Quelle: %2  ·  Zum Laden eine Datei hierher ziehen</translation>
    </message>
    <message>
        <source>bundled files</source>
        <translation>mitgelieferte Dateien</translation>
    </message>
    <message>
        <source>The shared memory key and where the offered files come from</source>
        <translation>Der Schlüssel des gemeinsamen Speichers und die Herkunft der angebotenen Dateien</translation>
    </message>
    <message>
        <source>%1 — Shared Memory Viewer</source>
        <translation>%1 — Shared Memory Viewer</translation>
    </message>
    <message>
        <source>Shared Memory Viewer</source>
        <translation>Shared Memory Viewer</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Show the previous load (Alt+Left)</source>
        <translation>Vorherigen Ladevorgang anzeigen (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Vorwärts ▶</translation>
    </message>
    <message>
        <source>Show the next load (Alt+Right)</source>
        <translation>Nächsten Ladevorgang anzeigen (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation>Neues anzeigen</translation>
    </message>
    <message>
        <source>Show each new load as it arrives; when off, keep what you are reading</source>
        <translation>Jeden neuen Ladevorgang sofort anzeigen; wenn aus, bleibt die aktuelle Anzeige stehen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Write exactly the bytes shown to a file (Ctrl+S)</source>
        <translation>Genau die angezeigten Bytes in eine Datei schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Position in the history</source>
        <translation>Position im Verlauf</translation>
    </message>
    <message>
        <source>1 new load — not shown while follow latest is off</source>
        <translation>1 neuer Ladevorgang — nicht angezeigt, solange „Neues anzeigen“ aus ist</translation>
    </message>
    <message>
        <source>%1 new loads — not shown while follow latest is off</source>
        <translation>%1 neue Ladevorgänge — nicht angezeigt, solange „Neues anzeigen“ aus ist</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the newest load</source>
        <translation>Neuesten Ladevorgang anzeigen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Find in the text (Ctrl+F; next F3, previous Shift+F3)</source>
        <translation>Im Text suchen (Strg+F; weiter mit F3, zurück mit Umschalt+F3)</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation>Zeilennummern</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird dargestellt …</translation>
    </message>
</context>
<context>
    <name>RichTextBudget</name>
    <message>
        <source>Shown as plain text: elements nested more than %1 deep</source>
        <extracomment>%1 is a number, such as 128</extracomment>
        <translation>Als Nur-Text angezeigt: Elemente mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>Shown as plain text: tables nested more than %1 deep</source>
        <extracomment>%1 is a number, such as 8</extracomment>
        <translation>Als Nur-Text angezeigt: Tabellen mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>Shown as plain text: more than %1 table cells</source>
        <extracomment>%1 is a number, such as 20,000</extracomment>
        <translation>Als Nur-Text angezeigt: mehr als %1 Tabellenzellen</translation>
    </message>
    <message>
        <source>Shown as plain text: more than %1 elements</source>
        <extracomment>%1 is a number, such as 50,000</extracomment>
        <translation>Als Nur-Text angezeigt: mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>Shown as plain text: more than %1 table cells for Markdown to import at once</source>
        <extracomment>%1 is a number, such as 2,500. A long Markdown text is imported in parts cut before headings; one without headings is imported whole</extracomment>
        <translation>Als Nur-Text angezeigt: mehr als %1 Tabellenzellen, die Markdown auf einmal importieren müsste</translation>
    </message>
    <message>
        <source>Shown as plain text: too much content within nested tables</source>
        <translation>Als Nur-Text angezeigt: zu viel Inhalt in verschachtelten Tabellen</translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message>
        <source>1 process</source>
        <extracomment>--status: one process is attached to the segment</extracomment>
        <translation>1 Prozess</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <extracomment>--status: how many processes are attached to the segment</extracomment>
        <translation>%1 Prozesse</translation>
    </message>
    <message>
        <source>size</source>
        <extracomment>--status row label: the segment&apos;s size</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>attached</source>
        <extracomment>--status row label: how many processes are attached</extracomment>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>created by</source>
        <extracomment>--status row label: the process that created the segment</extracomment>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>content</source>
        <extracomment>--status row label: what the segment holds</extracomment>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>last write</source>
        <extracomment>--status row label: the last write into the segment</extracomment>
        <translation>Zuletzt geschrieben</translation>
    </message>
    <message>
        <source>lock</source>
        <extracomment>--status row label: the segment&apos;s lock (a semaphore)</extracomment>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>key files</source>
        <extracomment>--status row label: the paths of the two key files</extracomment>
        <translation>Schlüsseldateien</translation>
    </message>
    <message>
        <source>No segment for key “%1”.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>Kein Segment für den Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Segment “%1”: an orphan — no process is attached (shm-viewer --cleanup removes it; the next viewer would reuse it).</source>
        <extracomment>%1 is the shared memory key; keep shm-viewer --cleanup as it is</extracomment>
        <translation>Segment „%1“: verwaist — kein Prozess ist verbunden (shm-viewer --cleanup entfernt es; der nächste Betrachter würde es wiederverwenden).</translation>
    </message>
    <message>
        <source>Segment “%1”: in use.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>Segment „%1“: in Gebrauch.</translation>
    </message>
    <message>
        <source>pid %1 (running)</source>
        <extracomment>%1 is the id of the process that created the segment, still running</extracomment>
        <translation>PID %1 (läuft)</translation>
    </message>
    <message>
        <source>pid %1 (gone)</source>
        <extracomment>%1 is the id of the process that created the segment; it has ended</extracomment>
        <translation>PID %1 (beendet)</translation>
    </message>
    <message>
        <source>empty: nothing loaded yet</source>
        <translation>leer: noch nichts geladen</translation>
    </message>
    <message>
        <source>generation %1, by pid %2, at %3</source>
        <extracomment>%1 is a number (the write&apos;s sequence number), %2 a process id, %3 a date and time (2026-01-01T15:24:06)</extracomment>
        <translation>Generation %1, von PID %2, am %3</translation>
    </message>
    <message>
        <source>raw text without a header (a classic loader), %1</source>
        <extracomment>%1 is the text&apos;s size, such as 42 bytes</extracomment>
        <translation>Rohtext ohne Header (von einem klassischen Ladeprogramm), %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <extracomment>%1 is why, in English in every language (as --status --json reports it)</extracomment>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>free (last taken or released by pid %1), %2 waiting</source>
        <extracomment>%1 is a process id, %2 how many processes wait for the lock</extracomment>
        <translation>frei (zuletzt belegt oder freigegeben von PID %1), %2 in der Warteschlange</translation>
    </message>
    <message>
        <source>free (last taken or released by pid %1)</source>
        <extracomment>%1 is a process id</extracomment>
        <translation>frei (zuletzt belegt oder freigegeben von PID %1)</translation>
    </message>
    <message>
        <source>taken, by pid %1, %2 waiting</source>
        <extracomment>%1 is a process id, %2 how many processes wait for the lock</extracomment>
        <translation>belegt von PID %1, %2 in der Warteschlange</translation>
    </message>
    <message>
        <source>taken, by pid %1</source>
        <extracomment>%1 is a process id</extracomment>
        <translation>belegt von PID %1</translation>
    </message>
    <message>
        <source>no semaphore (made on the next lock)</source>
        <translation>kein Semaphor (wird beim nächsten Belegen der Sperre angelegt)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Removed the orphaned segment “%1”, %2, with its semaphore and key files.</source>
        <extracomment>%1 is the shared memory key, %2 the segment&apos;s size, such as 65,536 bytes</extracomment>
        <translation>Verwaistes Segment „%1“ (%2) mit seinem Semaphor und seinen Schlüsseldateien entfernt.</translation>
    </message>
    <message>
        <source>No segment for key “%1”; removed the semaphore and key files left without one.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>Kein Segment für den Schlüssel „%1“; das ohne Segment zurückgebliebene Semaphor und die Schlüsseldateien wurden entfernt.</translation>
    </message>
    <message>
        <source>No segment for key “%1”: nothing to remove.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>Kein Segment für den Schlüssel „%1“: nichts zu entfernen.</translation>
    </message>
    <message>
        <source>not removed: 1 process is attached to segment “%1”. Quit it first; a segment in use is removed by the last one to leave.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>nicht entfernt: 1 Prozess ist mit dem Segment „%1“ verbunden. Zuerst diesen beenden; ein Segment in Gebrauch entfernt der letzte Prozess, der es verlässt.</translation>
    </message>
    <message>
        <source>not removed: %1 processes are attached to segment “%2”. Quit them first; a segment in use is removed by the last one to leave.</source>
        <extracomment>%1 is a number of processes, %2 the shared memory key</extracomment>
        <translation>nicht entfernt: %1 Prozesse sind mit dem Segment „%2“ verbunden. Zuerst diese beenden; ein Segment in Gebrauch entfernt der letzte Prozess, der es verlässt.</translation>
    </message>
    <message>
        <source>could not remove segment “%1”: permission denied, or its lock stayed taken for a second by a process not attached to it.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>Segment „%1“ konnte nicht entfernt werden: Zugriff verweigert, oder seine Sperre war eine Sekunde lang von einem nicht verbundenen Prozess belegt.</translation>
    </message>
    <message>
        <source>raw image without a header (QDataStream &lt;&lt; QImage, as Qt&apos;s Shared Memory Example writes it), %1 × %2, %3</source>
        <extracomment>%1 × %2 is the image&apos;s width and height in pixels, %3 its size in bytes; keep QDataStream &lt;&lt; QImage as it is</extracomment>
        <translation>Rohbild ohne Header (QDataStream &lt;&lt; QImage, wie es das Shared Memory Example von Qt schreibt), %1 × %2, %3</translation>
    </message>
    <message>
        <source>a write is under way (its writer holds the lock)</source>
        <translation>ein Schreibvorgang läuft (der Schreiber belegt die Sperre)</translation>
    </message>
    <message>
        <source>the last write was interrupted: its writer ended half-way, and nothing of it is shown</source>
        <translation>der letzte Schreibvorgang wurde unterbrochen: Der Schreiber endete mittendrin, nichts davon wird angezeigt</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>--status row label: whose the segment is, when it is not the user&apos;s</extracomment>
        <translation>Besitzer</translation>
    </message>
</context>
<context>
    <name>SegmentCreator</name>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Die Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot set up the segment&apos;s lock: %1</source>
        <translation>Die Sperre des Segments kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the segment&apos;s lock: %1</source>
        <translation>Die Sperre des Segments kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create a shared memory segment of %1 bytes: %2</source>
        <extracomment>%1 is a number of bytes, %2 the system&apos;s reason</extracomment>
        <translation>Ein Shared-Memory-Segment mit %1 Bytes kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 vanished while the segment was being made; try again</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Die Schlüsseldatei %1 ist verschwunden, während das Segment angelegt wurde; bitte erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SegmentError</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>permission denied (the segment belongs to another user)</source>
        <translation>Zugriff verweigert (das Segment gehört einem anderen Benutzer)</translation>
    </message>
    <message>
        <source>invalid size</source>
        <translation>ungültige Größe</translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>ungültiger Schlüssel</translation>
    </message>
    <message>
        <source>a segment with this key already exists</source>
        <translation>Ein Segment mit diesem Schlüssel existiert bereits</translation>
    </message>
    <message>
        <source>no segment with this key</source>
        <translation>kein Segment mit diesem Schlüssel</translation>
    </message>
    <message>
        <source>could not take the lock</source>
        <translation>Die Sperre konnte nicht belegt werden</translation>
    </message>
    <message>
        <source>out of memory or system limits</source>
        <translation>Speicher erschöpft oder Systemgrenze erreicht</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not attach to shared memory: %1 (%2)</source>
        <extracomment>%1 is the reason, such as &quot;invalid key&quot;; %2 the system&apos;s own message</extracomment>
        <translation>Verbinden mit dem gemeinsamen Speicher fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not create shared memory: %1 (%2)</source>
        <extracomment>%1 is the reason, such as &quot;invalid size&quot;; %2 the system&apos;s own message</extracomment>
        <translation>Erstellen des gemeinsamen Speichers fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not lock shared memory: %1 (%2)</source>
        <extracomment>%1 is the reason, such as &quot;could not take the lock&quot;; %2 the system&apos;s own message</extracomment>
        <translation>Sperren des gemeinsamen Speichers fehlgeschlagen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SegmentLayout</name>
    <message>
        <source>segment of %1 bytes is too small for the %2-byte header</source>
        <extracomment>%1 is the segment&apos;s size in bytes, %2 the header&apos;s (256)</extracomment>
        <translation>Segment mit %1 Bytes ist zu klein für den %2-Byte-Header</translation>
    </message>
    <message>
        <source>unsupported content type &quot;%1&quot;</source>
        <extracomment>%1 is a media type, such as application/pdf</extracomment>
        <translation>nicht unterstützter Inhaltstyp „%1“</translation>
    </message>
    <message>
        <source>the image of %1 bytes does not fit the %2 bytes the segment has room for</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>das Bild mit %1 Bytes passt nicht in die %2 Bytes, für die das Segment Platz hat</translation>
    </message>
    <message>
        <source>content type too long</source>
        <translation>Inhaltstyp zu lang</translation>
    </message>
    <message>
        <source>invalid raw frame: %1</source>
        <extracomment>%1 is why, in English, such as &quot;unknown pixel format 9&quot;</extracomment>
        <translation>ungültiges Rohbild: %1</translation>
    </message>
</context>
<context>
    <name>SegmentReader</name>
    <message>
        <source>Not attached to shared memory</source>
        <translation>Nicht mit dem gemeinsamen Speicher verbunden</translation>
    </message>
    <message>
        <source>The existing segment has %1 bytes, more than the %2 any program of this suite uses; refusing to read it (shm-viewer --cleanup removes it when unused)</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>Das vorhandene Segment hat %1 Bytes, mehr als die %2, die die Programme dieser Suite höchstens nutzen; es wird nicht gelesen (shm-viewer --cleanup entfernt es, wenn es unbenutzt ist)</translation>
    </message>
</context>
<context>
    <name>SegmentTrust</name>
    <message>
        <source>The key file %1 is a symbolic link; refusing to use it (remove it if it is not yours)</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Die Schlüsseldatei %1 ist ein symbolischer Link und wird nicht verwendet (entfernen Sie ihn, wenn er nicht Ihnen gehört)</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file; refusing to use it</source>
        <translation>Die Schlüsseldatei %1 ist keine reguläre Datei und wird nicht verwendet</translation>
    </message>
    <message>
        <source>The key file %1 belongs to user %2, not to you; refusing to use it</source>
        <extracomment>%1 is a file path, %2 a user name</extracomment>
        <translation>Die Schlüsseldatei %1 gehört dem Benutzer %2, nicht Ihnen, und wird nicht verwendet</translation>
    </message>
    <message>
        <source>The shared memory segment belongs to user %1 (mode %2), not to you; refusing to use it</source>
        <extracomment>%1 is a user name, %2 permission bits such as 0666</extracomment>
        <translation>Das Shared-Memory-Segment gehört dem Benutzer %1 (Modus %2), nicht Ihnen, und wird nicht verwendet</translation>
    </message>
    <message>
        <source>The segment&apos;s lock belongs to user %1 (mode %2), not to you; refusing to use it</source>
        <extracomment>%1 is a user name, %2 permission bits such as 0666</extracomment>
        <translation>Die Sperre des Segments gehört dem Benutzer %1 (Modus %2), nicht Ihnen, und wird nicht verwendet</translation>
    </message>
</context>
<context>
    <name>SegmentWriter</name>
    <message>
        <source>Cannot write into shared memory: %1</source>
        <extracomment>%1 is why, such as &quot;segment of 100 bytes is too small for the 256-byte header&quot;</extracomment>
        <translation>Schreiben in den gemeinsamen Speicher nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot load %1: binary content</source>
        <extracomment>%1 is the source&apos;s name, such as notes.md</extracomment>
        <translation>%1 kann nicht geladen werden: binärer Inhalt</translation>
    </message>
    <message>
        <source>The segment has %1 bytes, more than the %2 any program of this suite uses; nothing was loaded</source>
        <translation>Das Segment hat %1 Bytes, mehr als die %2, die die Programme dieser Suite höchstens nutzen; nichts wurde geladen</translation>
    </message>
    <message>
        <source>Cannot publish the frame: %1</source>
        <extracomment>%1 is why, in English, such as &quot;unknown pixel format 9&quot;</extracomment>
        <translation>Das Bild kann nicht veröffentlicht werden: %1</translation>
    </message>
</context>
<context>
    <name>ShmLoader::Publisher</name>
    <message>
        <source>The segment&apos;s lock was not free within %1 ms; the write goes in when it is freed</source>
        <extracomment>%1 is a number of milliseconds</extracomment>
        <translation>Die Sperre des Segments wurde nicht innerhalb von %1 ms frei; geschrieben wird, sobald sie frei ist</translation>
    </message>
    <message>
        <source>Cannot publish a null image</source>
        <translation>Ein leeres Bild kann nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>The frame of %1 × %2 pixels (%3 bytes) does not fit the viewer&apos;s segment; start the viewer with --size %4 or more</source>
        <extracomment>%1 × %2 is the frame&apos;s size in pixels, %3 and %4 numbers of bytes</extracomment>
        <translation>Das Bild mit %1 × %2 Pixeln (%3 Bytes) passt nicht in das Segment des Betrachters; starten Sie den Betrachter mit --size %4 oder mehr</translation>
    </message>
    <message>
        <source>No viewer runs and none could be started: shm-viewer is neither next to the library nor on PATH</source>
        <translation>Es läuft kein Betrachter, und keiner konnte gestartet werden: shm-viewer liegt weder neben der Bibliothek noch im PATH</translation>
    </message>
    <message>
        <source>Cannot start %1</source>
        <extracomment>%1 is a program&apos;s path</extracomment>
        <translation>%1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Started %1, but it ended before making its segment</source>
        <extracomment>%1 is a program&apos;s path</extracomment>
        <translation>%1 wurde gestartet, hat sich aber beendet, bevor es sein Segment angelegt hat</translation>
    </message>
    <message>
        <source>Started %1, but it made no segment within %2 ms</source>
        <extracomment>%1 is a program&apos;s path, %2 a number of milliseconds</extracomment>
        <translation>%1 wurde gestartet, hat aber innerhalb von %2 ms kein Segment angelegt</translation>
    </message>
</context>
<context>
    <name>SnapshotPrinter</name>
    <message>
        <source>The segment lock is free again</source>
        <translation>Die Segmentsperre ist wieder frei</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>Cannot load %1: %2</source>
        <extracomment>%1 is the file&apos;s path, %2 why, such as &quot;no such file&quot; or &quot;it is a directory&quot;</extracomment>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>not a regular file (device, FIFO or socket)</source>
        <translation>keine reguläre Datei (Gerät, FIFO oder Socket)</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>binary content (NUL byte at offset %1)</source>
        <translation>binärer Inhalt (NUL-Byte an Offset %1)</translation>
    </message>
</context>
<context>
    <name>SvgInspector</name>
    <message>
        <source>broken gzip-compressed data</source>
        <translation>fehlerhafte gzip-komprimierte Daten</translation>
    </message>
    <message>
        <source>too complex: more than %1 MiB of SVG once inflated</source>
        <translation>zu komplex: entpackt mehr als %1 MiB SVG</translation>
    </message>
    <message>
        <source>has a processing instruction (&lt;?%1?&gt;), which is not allowed</source>
        <translation>enthält eine Verarbeitungsanweisung (&lt;?%1?&gt;), die nicht erlaubt ist</translation>
    </message>
    <message>
        <source>refers to %1 outside itself, which is never opened (only #id references and data: images are allowed)</source>
        <translation>verweist auf %1 außerhalb seiner selbst, was nie geöffnet wird (erlaubt sind nur #id-Verweise und data:-Bilder)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <extracomment>%1 is the XML parser&apos;s own message, %2 a line number</extracomment>
        <translation>kein wohlgeformtes XML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>too complex: references chained more than %1 deep</source>
        <translation>zu komplex: Verweise mehr als %1 Stufen tief verkettet</translation>
    </message>
    <message>
        <source>too complex: references that lead back to themselves</source>
        <translation>zu komplex: Verweise, die auf sich selbst zurückführen</translation>
    </message>
    <message>
        <source>too complex: more than %1 elements to draw once &lt;use&gt; references are expanded</source>
        <translation>zu komplex: mehr als %1 zu zeichnende Elemente, wenn &lt;use&gt;-Verweise aufgelöst sind</translation>
    </message>
    <message>
        <source>too complex: more than %1 elements</source>
        <translation>zu komplex: mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>too complex: elements nested more than %1 deep</source>
        <translation>zu komplex: Elemente mehr als %1 Stufen tief verschachtelt</translation>
    </message>
    <message>
        <source>too complex: embedded images of more than %1 MiB decoded</source>
        <translation>zu komplex: eingebettete Bilder, die dekodiert mehr als %1 MiB belegen</translation>
    </message>
    <message>
        <source>embeds an image that is no readable raster image (%1)</source>
        <translation>bettet ein Bild ein, das kein lesbares Rasterbild ist (%1)</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ViewerActions</name>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile …</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Newest</source>
        <translation>Zum &amp;Neuesten</translation>
    </message>
    <message>
        <source>F&amp;ollow Latest</source>
        <translation>Neues &amp;anzeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Plain Text</source>
        <translation>Nur-&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <source>Line &amp;Numbers</source>
        <translation>Zeilen&amp;nummern</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ViewerBackend</name>
    <message>
        <source>Nothing to save: no text or image is shown</source>
        <translation>Nichts zu speichern: Es wird weder Text noch Bild angezeigt</translation>
    </message>
    <message>
        <source>Cannot save to %1: not a local file</source>
        <translation>Speichern in %1 nicht möglich: keine lokale Datei</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Speichern in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Opening the shared memory segment…</source>
        <translation>Segment des gemeinsamen Speichers wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening the shared memory segment “%1”…</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>Segment „%1“ des gemeinsamen Speichers wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>ViewerHistory</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a load in the History menu: %1 is its name, %2 the time it was loaded (15:24:06)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ViewerOptions</name>
    <message>
        <source>Shows the text shm-loader puts into shared memory. Creates the segment (or joins an existing one) and shows every write as it happens.</source>
        <translation>Zeigt den Text an, den shm-loader in den gemeinsamen Speicher legt. Erstellt das Segment (oder verbindet sich mit einem bestehenden) und zeigt jeden Schreibvorgang sofort an.</translation>
    </message>
    <message>
        <source>Shared memory key (default: %1).</source>
        <extracomment>%1 is the default key, ShmLoaderText</extracomment>
        <translation>Schlüssel des gemeinsamen Speichers (Standard: %1).</translation>
    </message>
    <message>
        <source>Size of the segment to create, in bytes (default: %1, at least %2). An existing segment is used with its own size.</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>Größe des zu erstellenden Segments in Bytes (Standard: %1, mindestens %2). Ein bestehendes Segment wird mit seiner eigenen Größe verwendet.</translation>
    </message>
    <message>
        <source>Poll interval in milliseconds, for writers that do not wake the viewer, 1 to %1 (default: %2).</source>
        <extracomment>%1 and %2 are numbers of milliseconds</extracomment>
        <translation>Abfrageintervall in Millisekunden für Schreiber, die den Betrachter nicht wecken, 1 bis %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>No window: print the content and every change as one JSON object per line on stdout.</source>
        <translation>Ohne Fenster: gibt den Inhalt und jede Änderung als ein JSON-Objekt pro Zeile auf stdout aus.</translation>
    </message>
    <message>
        <source>Say what the system holds for the key (segment, attached processes, content, lock) and exit: 0 the segment exists, 2 it does not.</source>
        <translation>Zeigt, was das System für den Schlüssel bereithält (Segment, verbundene Prozesse, Inhalt, Sperre), und beendet sich. Exit-Status: 0 das Segment existiert, 2 es existiert nicht.</translation>
    </message>
    <message>
        <source>With --status: one JSON object.</source>
        <translation>Mit --status: ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Remove the key&apos;s segment with its semaphore and key files when no process is attached (a leftover), and exit: 0 removed, 2 no segment, 1 refused because processes are attached.</source>
        <translation>Entfernt das Segment des Schlüssels mit seinem Semaphor und seinen Schlüsseldateien, wenn kein Prozess verbunden ist (ein Überbleibsel), und beendet sich. Exit-Status: 0 entfernt, 2 kein Segment, 1 abgelehnt, weil Prozesse verbunden sind.</translation>
    </message>
    <message>
        <source>Use one of --print, --status and --cleanup</source>
        <translation>Nur eine der Optionen --print, --status oder --cleanup angeben</translation>
    </message>
    <message>
        <source>--json only applies to --status</source>
        <translation>--json gilt nur für --status</translation>
    </message>
    <message>
        <source>--key must not be empty</source>
        <translation>--key darf nicht leer sein</translation>
    </message>
    <message>
        <source>--size must be a number of bytes, at least %1 (the header needs %2): &quot;%3&quot;</source>
        <extracomment>%1 and %2 are numbers of bytes, %3 what was given instead</extracomment>
        <translation>--size muss eine Anzahl Bytes sein, mindestens %1 (der Header braucht %2): „%3“</translation>
    </message>
    <message>
        <source>--interval must be a number of milliseconds from 1 to %1: &quot;%2&quot;</source>
        <extracomment>%1 is a number of milliseconds, %2 what was given instead</extracomment>
        <translation>--interval muss eine Anzahl Millisekunden von 1 bis %1 sein: „%2“</translation>
    </message>
</context>
<context>
    <name>ViewerText</name>
    <message>
        <source>No file loaded yet — start shm-loader and pick a file</source>
        <translation>Noch keine Datei geladen — shm-loader starten und eine Datei wählen</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <extracomment>%1 is a number of bytes, such as 16,777,216; %2 the same in a unit, such as 16.0 MiB</extracomment>
        <translation>%1 Bytes (%2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <extracomment>%1 is a number, such as 9,999</extracomment>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Using the existing segment of %1 bytes (asked for %2)</source>
        <extracomment>%1 is the size of the segment that exists, %2 the size asked for (--size), in bytes</extracomment>
        <translation>Das bestehende Segment mit %1 Bytes wird verwendet (angefordert: %2)</translation>
    </message>
    <message>
        <source>Segment “%1” — %2</source>
        <extracomment>%1 is the shared memory key, %2 the segment&apos;s size, such as 65,536 bytes (64.0 KiB)</extracomment>
        <translation>Segment „%1“ — %2</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process is holding it</source>
        <translation>Warten auf die Segmentsperre — ein anderer Prozess belegt sie</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process has held it for %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Warten auf die Segmentsperre — ein anderer Prozess belegt sie seit %1 s</translation>
    </message>
    <message>
        <source>Ready — no file loaded yet</source>
        <translation>Bereit — noch keine Datei geladen</translation>
    </message>
    <message>
        <source>Unreadable segment: %1</source>
        <extracomment>%1 is why, in English in every language (as shm-viewer --print reports it)</extracomment>
        <translation>Segment nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Raw image (no header: QDataStream &lt;&lt; QImage, as Qt&apos;s Shared Memory Example writes it) — %1 × %2, %3</source>
        <extracomment>%1 × %2 is the image&apos;s width and height in pixels, %3 its size in bytes</extracomment>
        <translation>Rohbild (ohne Header: QDataStream &lt;&lt; QImage, wie es das Shared Memory Example von Qt schreibt) — %1 × %2, %3</translation>
    </message>
    <message>
        <source>Raw text (no header) — %1 — not valid UTF-8, shown with replacement characters</source>
        <extracomment>%1 is the text&apos;s size, such as 42 bytes</extracomment>
        <translation>Rohtext (ohne Header) — %1 — kein gültiges UTF-8, mit Ersatzzeichen angezeigt</translation>
    </message>
    <message>
        <source>Raw text (no header) — %1</source>
        <extracomment>%1 is the text&apos;s size, such as 42 bytes</extracomment>
        <translation>Rohtext (ohne Header) — %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 × %4, %5 — scaled to fit from %6 × %7 — loaded %8</source>
        <extracomment>%1 is the image&apos;s name, %2 its content type (image/png), %3 × %4 its width and height in pixels, %5 its size in bytes, %6 × %7 the size the loader scaled it from, %8 the time it was loaded (15:24:06)</extracomment>
        <translation>%1 — %2, %3 × %4, %5 — passend skaliert von %6 × %7 — um %8 geladen</translation>
    </message>
    <message>
        <source>%1 — %2, %3 × %4, %5 — loaded %6</source>
        <extracomment>%1 is the image&apos;s name, %2 its content type (image/png), %3 × %4 its width and height in pixels, %5 its size in bytes, %6 the time it was loaded (15:24:06)</extracomment>
        <translation>%1 — %2, %3 × %4, %5 — um %6 geladen</translation>
    </message>
    <message>
        <source>%1 — truncated to %2 of %3 bytes — loaded %4 — not valid UTF-8, shown with replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes (65,279 of 118,305), %4 the time it was loaded (15:24:06)</extracomment>
        <translation>%1 — gekürzt auf %2 von %3 Bytes — um %4 geladen — kein gültiges UTF-8, mit Ersatzzeichen angezeigt</translation>
    </message>
    <message>
        <source>%1 — truncated to %2 of %3 bytes — loaded %4</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes (65,279 of 118,305), %4 the time it was loaded (15:24:06)</extracomment>
        <translation>%1 — gekürzt auf %2 von %3 Bytes — um %4 geladen</translation>
    </message>
    <message>
        <source>%1 — %2 — loaded %3 — not valid UTF-8, shown with replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 its size (2,345 bytes), %3 the time it was loaded (15:24:06)</extracomment>
        <translation>%1 — %2 — um %3 geladen — kein gültiges UTF-8, mit Ersatzzeichen angezeigt</translation>
    </message>
    <message>
        <source>%1 — %2 — loaded %3</source>
        <extracomment>%1 is the file&apos;s name, %2 its size (2,345 bytes), %3 the time it was loaded (15:24:06)</extracomment>
        <translation>%1 — %2 — um %3 geladen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <extracomment>%1 is a number of matches, such as 41, or 1,000,000+ when the search stopped there</extracomment>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>the find bar&apos;s count: match %1 of %2, such as 3 of 41 (or of 1,000,000+)</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Shown as plain text: %1 is over the %2 limit for rich text</source>
        <extracomment>%1 is the text&apos;s size, %2 the limit, such as 3.0 MiB and 2.0 MiB</extracomment>
        <translation>Als Nur-Text angezeigt: %1 liegt über der Grenze von %2 für Rich Text</translation>
    </message>
    <message>
        <source>The last write was interrupted (its writer ended half-way): still showing what was here before</source>
        <translation>Der letzte Schreibvorgang wurde unterbrochen (der Schreiber endete mittendrin): Angezeigt bleibt, was vorher hier war</translation>
    </message>
    <message>
        <source>A key file of the segment in %1 was deleted; the viewer made it anew, loads arrive again</source>
        <extracomment>%1 is the directory of temporary files, such as /tmp</extracomment>
        <translation>Eine Schlüsseldatei des Segments in %1 wurde gelöscht; der Betrachter hat sie neu angelegt, Ladevorgänge kommen wieder an</translation>
    </message>
    <message>
        <source>%1 of %2 frames skipped — %3</source>
        <extracomment>%1 of %2: of the frames written since a stream of frames began (%2), those the window never showed because newer ones came first (%1); %3 is the image&apos;s status line</extracomment>
        <translation>%1 von %2 Bildern übersprungen — %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>shm-loader: no display to open the window on (DISPLAY is not set).
Use --load NAME|PATH or --list without a window, or set QT_QPA_PLATFORM=offscreen.</source>
        <translation>shm-loader: kein Display, auf dem sich das Fenster öffnen ließe (DISPLAY ist nicht gesetzt).
Ohne Fenster --load NAME|PATH oder --list verwenden oder QT_QPA_PLATFORM=offscreen setzen.</translation>
    </message>
</context>
</TS>
