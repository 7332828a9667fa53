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
        <translation>Unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2
Try &apos;%1 --help&apos; for more information.</source>
        <extracomment>%1 is the program&apos;s name (shm-loader), %2 what is wrong with its command line</extracomment>
        <translation>%1: %2
Weitere Informationen mit &apos;%1 --help&apos;.</translation>
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
        <translation>Warten auf die Segmentsperre — ein anderer Prozess hält sie …</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process holds it… (%1 is next)</source>
        <extracomment>%1 is the name or path of the file to load once this load is done</extracomment>
        <translation>Warten auf die Segmentsperre — ein anderer Prozess hält sie … (danach: %1)</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <source>Timed out after %1 ms waiting for the shared memory lock (another process holds it); nothing was loaded</source>
        <extracomment>%1 is a number of milliseconds (--timeout)</extracomment>
        <translation>Zeitüberschreitung nach %1 ms beim Warten auf die Sperre des gemeinsamen Speichers (ein anderer Prozess hält sie); es wurde nichts geladen</translation>
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
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>not a %1 image, or no reader for it is installed</source>
        <extracomment>%1 is a media type, such as image/webp</extracomment>
        <translation>kein Bild vom Typ %1, oder kein passendes Lesemodul installiert</translation>
    </message>
    <message>
        <source>the image claims %1 × %2 pixels, more than the %3 MiB an image may take decoded</source>
        <extracomment>%1 × %2 is the width and height the image&apos;s header claims, %3 a number</extracomment>
        <translation>das Bild gibt %1 × %2 Pixel an, mehr als die %3 MiB, die ein dekodiertes Bild belegen darf</translation>
    </message>
    <message>
        <source>the JPEG data has no end-of-image marker (cut short or not JPEG data)</source>
        <translation>den JPEG-Daten fehlt die Bildende-Markierung (abgeschnitten oder keine JPEG-Daten)</translation>
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
</context>
<context>
    <name>LoaderOptions</name>
    <message>
        <source>Loads a text into the shared memory segment that shm-viewer shows.
Without --load or --list it opens a window with the bundled texts.</source>
        <translation>Lädt einen Text in das Segment des gemeinsamen Speichers, das shm-viewer anzeigt.
Ohne --load oder --list wird ein Fenster mit den mitgelieferten Texten geöffnet.</translation>
    </message>
    <message>
        <source>Load NAME (a bundled text, or a file of --assets DIR) or the file at PATH once, without a window, and exit: 0 loaded, 2 no viewer running, 3 file refused or unreadable, 1 other errors. - reads standard input to its end and loads what fits.</source>
        <extracomment>NAME, PATH, DIR and - are the option&apos;s values, as the help names them: keep them as they are, like the option names (--assets)</extracomment>
        <translation>Lädt NAME (einen mitgelieferten Text oder eine Datei aus --assets DIR) oder die Datei unter PATH einmal ohne Fenster und beendet sich. Exit-Status: 0 geladen, 2 kein Betrachter aktiv, 3 Datei abgelehnt oder nicht lesbar, 1 andere Fehler. - liest die Standardeingabe bis zum Ende und lädt, was hineinpasst.</translation>
    </message>
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
        <source>With --load: give up after MS milliseconds of waiting for the shared memory lock (exit 1). Default, or 0: wait as long as it takes.</source>
        <extracomment>MS is the option&apos;s value: keep it as it is</extracomment>
        <translation>Mit --load: Bricht nach MS Millisekunden Warten auf die Sperre des gemeinsamen Speichers ab (Exit-Status 1). Standard oder 0: wartet unbegrenzt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; (to load a file, use --load PATH)</source>
        <extracomment>%1 is the argument given without an option, often a file&apos;s path</extracomment>
        <translation>Unerwartetes Argument &apos;%1&apos; (zum Laden einer Datei --load PATH verwenden)</translation>
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
        <translation>--timeout erwartet eine Anzahl Millisekunden, nicht &apos;%1&apos;</translation>
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
        <translation>Ein gewählter Eintrag wird sofort geladen: zuerst die mitgelieferten Dateien, dann die zuletzt geöffneten</translation>
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
        <translation>Neuesten &amp;folgen</translation>
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
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>Neuesten folgen</translation>
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
        <translation>1 neuer Ladevorgang — nicht angezeigt, solange „Neuesten folgen“ aus ist</translation>
    </message>
    <message>
        <source>%1 new loads — not shown while follow latest is off</source>
        <translation>%1 neue Ladevorgänge — nicht angezeigt, solange „Neuesten folgen“ aus ist</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the newest load</source>
        <translation>Neuesten Ladevorgang anzeigen</translation>
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
        <translation>ein Segment mit diesem Schlüssel existiert bereits</translation>
    </message>
    <message>
        <source>no segment with this key</source>
        <translation>kein Segment mit diesem Schlüssel</translation>
    </message>
    <message>
        <source>could not take the lock</source>
        <translation>Sperre konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>out of memory or system limits</source>
        <translation>Speicher oder Systemgrenzen erschöpft</translation>
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
</context>
<context>
    <name>SegmentReader</name>
    <message>
        <source>Not attached to shared memory</source>
        <translation>Nicht mit dem gemeinsamen Speicher verbunden</translation>
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
    <name>TextView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
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
</context>
<context>
    <name>ViewerHistory</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
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
