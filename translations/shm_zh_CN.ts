<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssetCatalog</name>
    <message>
        <source>No folder %1</source>
        <extracomment>%1 is the folder given with --assets</extracomment>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>%1 is the path given with --assets</extracomment>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied</source>
        <extracomment>%1 is the folder given with --assets</extracomment>
        <translation>无法读取文件夹 %1：权限不足</translation>
    </message>
    <message>
        <source>No bundled texts: the program was built without them</source>
        <translation>没有内置文本：程序构建时未包含它们</translation>
    </message>
    <message>
        <source>%1 holds no files to load</source>
        <extracomment>%1 is the folder given with --assets</extracomment>
        <translation>%1 中没有可加载的文件</translation>
    </message>
    <message>
        <source>1 bundled file</source>
        <translation>1 个内置文件</translation>
    </message>
    <message>
        <source>%1 bundled files</source>
        <extracomment>%1 is a number of files, two or more</extracomment>
        <translation>%1 个内置文件</translation>
    </message>
    <message>
        <source>1 file in %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>%1 中的 1 个文件</translation>
    </message>
    <message>
        <source>%1 files in %2</source>
        <extracomment>%1 is a number of files (two or more), %2 the folder</extracomment>
        <translation>%2 中的 %1 个文件</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Displays this help.</source>
        <translation>显示此帮助信息。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;</source>
        <extracomment>%1 is an argument given without an option</extracomment>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>%1: %2
Try &apos;%1 --help&apos; for more information.</source>
        <extracomment>%1 is the program&apos;s name (shm-loader), %2 what is wrong with its command line</extracomment>
        <translation>%1: %2
请尝试执行“%1 --help”获取更多信息。</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <source>Choose a text or an image to load it into shared memory</source>
        <translation>选择一个文本或图像，将其加载到共享内存</translation>
    </message>
    <message>
        <source>Cannot load %1: only local files can be loaded</source>
        <extracomment>%1 is the address of what was dropped, such as https://example.org/notes.md</extracomment>
        <translation>无法加载 %1：只能加载本地文件</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process holds it…</source>
        <translation>正在等待段锁：另一个进程持有该锁…</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process holds it… (%1 is next)</source>
        <extracomment>%1 is the name or path of the file to load once this load is done</extracomment>
        <translation>正在等待段锁：另一个进程持有该锁…（之后加载 %1）</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要查找的文本</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <source>Go to line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <source>Timed out after %1 ms waiting for the shared memory lock (another process holds it); nothing was loaded</source>
        <extracomment>%1 is a number of milliseconds (--timeout)</extracomment>
        <translation>等待共享内存锁 %1 毫秒后超时（另一个进程持有该锁），未加载任何内容</translation>
    </message>
    <message>
        <source>Cannot load %1: reading standard input failed: %2</source>
        <extracomment>%1 is the source name of standard input (stdin, or --name), %2 the system&apos;s error</extracomment>
        <translation>无法加载 %1：读取标准输入失败：%2</translation>
    </message>
    <message>
        <source>The window cannot be shown in headless mode</source>
        <translation>无头模式下无法显示窗口</translation>
    </message>
    <message>
        <source>Interrupted by %1; nothing was loaded</source>
        <extracomment>%1 is the signal&apos;s name, SIGINT or SIGTERM</extracomment>
        <translation>被 %1 中断，未加载任何内容</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>not a %1 image, or no reader for it is installed</source>
        <extracomment>%1 is a media type, such as image/webp</extracomment>
        <translation>不是 %1 图像，或未安装读取该格式的插件</translation>
    </message>
    <message>
        <source>the image claims %1 × %2 pixels, more than the %3 MiB an image may take decoded</source>
        <extracomment>%1 × %2 is the width and height the image&apos;s header claims, %3 a number</extracomment>
        <translation>图像标明的尺寸为 %1 × %2 像素，解码后将超过单张图像允许的 %3 MiB</translation>
    </message>
    <message>
        <source>the JPEG data has no end-of-image marker (cut short or not JPEG data)</source>
        <translation>JPEG 数据缺少图像结束标记（数据被截断，或并非 JPEG 数据）</translation>
    </message>
    <message>
        <source>too complex: an earlier SVG that took too long is still being drawn</source>
        <translation>过于复杂：之前一个绘制超时的 SVG 仍在绘制中</translation>
    </message>
    <message>
        <source>the SVG has text, which needs a QGuiApplication, and this program runs without one</source>
        <translation>该 SVG 含有文本，绘制文本需要 QGuiApplication，而本程序没有创建它</translation>
    </message>
    <message>
        <source>too complex: drawing it takes longer than %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>过于复杂：绘制时间超过 %1 秒</translation>
    </message>
</context>
<context>
    <name>LoadReport</name>
    <message>
        <source>The viewer is not running — start shm-viewer first (removed a segment left by a viewer that did not quit cleanly)</source>
        <translation>查看器未运行，请先启动 shm-viewer（已移除一个未正常退出的查看器遗留的段）</translation>
    </message>
    <message>
        <source>The viewer is not running — start shm-viewer first</source>
        <translation>查看器未运行，请先启动 shm-viewer</translation>
    </message>
    <message>
        <source>Cannot load %1: the image of %2 bytes is larger than the %3 bytes the segment has room for</source>
        <extracomment>%1 is the image&apos;s name, %2 and %3 numbers of bytes, such as 369,140 and 65,279</extracomment>
        <translation>无法加载 %1：图像有 %2 字节，超出了段中可用的 %3 字节</translation>
    </message>
    <message>
        <source>Loaded %1 into shared memory, scaled to fit: %2×%3 → %4×%5</source>
        <extracomment>%1 is the image&apos;s name; %2×%3 its width and height in pixels, %4×%5 the scaled ones</extracomment>
        <translation>已将 %1 加载到共享内存，并缩放以适应空间：%2×%3 → %4×%5</translation>
    </message>
    <message>
        <source>Loaded %1 into shared memory, truncated to %2 of %3 bytes — not valid UTF-8: the viewer shows replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes, such as 65,279 and 118,305</extracomment>
        <translation>已将 %1 加载到共享内存，截断为 %2 字节（共 %3 字节）；内容不是有效的 UTF-8，查看器将显示替换字符</translation>
    </message>
    <message>
        <source>Loaded %1 into shared memory, truncated to %2 of %3 bytes</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes, such as 65,279 and 118,305</extracomment>
        <translation>已将 %1 加载到共享内存，截断为 %2 字节（共 %3 字节）</translation>
    </message>
    <message>
        <source>Loaded %1 (%2) into shared memory — not valid UTF-8: the viewer shows replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 its size, such as 2.3 KiB</extracomment>
        <translation>已将 %1（%2）加载到共享内存；内容不是有效的 UTF-8，查看器将显示替换字符</translation>
    </message>
    <message>
        <source>Loaded %1 (%2) into shared memory</source>
        <extracomment>%1 is the file&apos;s name, %2 its size, such as 2.3 KiB</extracomment>
        <translation>已将 %1（%2）加载到共享内存</translation>
    </message>
</context>
<context>
    <name>LoadTask</name>
    <message>
        <source>Cannot load %1: %2</source>
        <extracomment>%1 is the name of a bundled file, such as notes.md; %2 why it cannot be read</extracomment>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>Cannot load %1: binary content (%2), neither text nor a supported image</source>
        <extracomment>%1 is the file&apos;s name, %2 the media type its content has, such as application/pdf</extracomment>
        <translation>无法加载 %1：二进制内容（%2），既不是文本，也不是支持的图像</translation>
    </message>
    <message>
        <source>Cannot load %1: the name says %2, but it holds text</source>
        <extracomment>%1 is the file&apos;s name, %2 the media type its name suggests, such as image/png</extracomment>
        <translation>无法加载 %1：文件名表明是 %2，但内容是文本</translation>
    </message>
    <message>
        <source>Cannot load %1: image files over %2 MiB are refused</source>
        <extracomment>%1 is the file&apos;s name, %2 a number</extracomment>
        <translation>无法加载 %1：不接受超过 %2 MiB 的图像文件</translation>
    </message>
    <message>
        <source>Cannot load %1: a broken %2 image: %3</source>
        <extracomment>%1 is the file&apos;s name, %2 its media type, such as image/png, %3 what is wrong with it</extracomment>
        <translation>无法加载 %1：%2 图像已损坏：%3</translation>
    </message>
    <message>
        <source>Cannot load %1: --layout qt-example writes an image (as Qt&apos;s Shared Memory Example does), and this is text</source>
        <extracomment>%1 is the file&apos;s name; keep --layout qt-example as it is</extracomment>
        <translation>无法加载 %1：--layout qt-example 写入的是图像（与 Qt 的 Shared Memory Example 相同），而这是文本</translation>
    </message>
    <message>
        <source>Cannot load %1: --layout classic writes plain text, and this is an image (%2)</source>
        <extracomment>%1 is the file&apos;s name, %2 its media type, such as image/png; keep --layout classic</extracomment>
        <translation>无法加载 %1：--layout classic 写入的是纯文本，而这是图像（%2）</translation>
    </message>
    <message>
        <source>Cannot load %1: as QDataStream &lt;&lt; QImage it takes %2 bytes, more than the segment&apos;s %3</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes; keep QDataStream and QImage</extracomment>
        <translation>无法加载 %1：以 QDataStream &lt;&lt; QImage 形式需要 %2 字节，超过共享内存段的 %3 字节</translation>
    </message>
</context>
<context>
    <name>LoaderOptions</name>
    <message>
        <source>Load NAME or PATH without a window, then again whenever the file changes, one line per load, until SIGINT or SIGTERM (exit 0). - follows standard input: the newest lines that fit, written at most every 100 ms, until the input ends.</source>
        <extracomment>NAME, PATH and - are the option&apos;s values, as the help names them: keep them</extracomment>
        <translation>不打开窗口，加载 NAME 或 PATH，之后每当文件变化时再次加载，每次加载输出一行，直到收到 SIGINT 或 SIGTERM（退出码 0）。值为 - 时跟随标准输入：写入放得下的最新几行，最多每 100 毫秒写入一次，直到输入结束。</translation>
    </message>
    <message>
        <source>With --load - or --follow -: the source name the viewer shows (default: stdin). Its extension chooses the content type (.md, .html).</source>
        <extracomment>NAME is the option&apos;s value, stdin its default: keep both as they are</extracomment>
        <translation>配合 --load - 或 --follow - 使用：查看器显示的来源名称（默认：stdin）。其扩展名决定内容类型（.md、.html）。</translation>
    </message>
    <message>
        <source>Print the names of the bundled texts (or of the files of --assets DIR), one per line, and exit.</source>
        <extracomment>DIR is the value of --assets: keep it as it is</extracomment>
        <translation>输出内置文本（或 --assets DIR 中文件）的名称，每行一个，然后退出。</translation>
    </message>
    <message>
        <source>Shared memory key (default: %1).</source>
        <extracomment>%1 is the default key, ShmLoaderText</extracomment>
        <translation>共享内存键（默认：%1）。</translation>
    </message>
    <message>
        <source>Offer the files of DIR instead of the bundled texts.</source>
        <extracomment>DIR is the option&apos;s value: keep it as it is</extracomment>
        <translation>提供 DIR 中的文件，而不是内置文本。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; (to load a file, use --load PATH)</source>
        <extracomment>%1 is the argument given without an option, often a file&apos;s path</extracomment>
        <translation>多余的参数“%1”（要加载文件，请使用 --load PATH）</translation>
    </message>
    <message>
        <source>--key must not be empty</source>
        <translation>--key 不能为空</translation>
    </message>
    <message>
        <source>--assets needs a folder</source>
        <translation>--assets 需要一个文件夹</translation>
    </message>
    <message>
        <source>Use only one of --load, --follow and --list</source>
        <translation>--load、--follow 和 --list 只能使用其中之一</translation>
    </message>
    <message>
        <source>--timeout only applies to --load</source>
        <translation>--timeout 仅适用于 --load</translation>
    </message>
    <message>
        <source>--timeout expects a number of milliseconds, not &apos;%1&apos;</source>
        <extracomment>%1 is what was given instead</extracomment>
        <translation>--timeout 需要一个毫秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>--load needs the name of a bundled text, a path, or -</source>
        <translation>--load 需要内置文本的名称、路径或 -</translation>
    </message>
    <message>
        <source>--follow needs the name of a bundled text, a path, or -</source>
        <translation>--follow 需要内置文本的名称、路径或 -</translation>
    </message>
    <message>
        <source>--name only applies to --load - and --follow -</source>
        <translation>--name 仅适用于 --load - 和 --follow -</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name 不能为空</translation>
    </message>
    <message>
        <source>Loads a text or an image into the shared memory segment that shm-viewer shows.
Without --load, --follow or --list it opens a window with the bundled files.</source>
        <translation>将文本或图像加载到 shm-viewer 所显示的共享内存段中。
不带 --load、--follow 或 --list 时，打开一个列出内置文件的窗口。</translation>
    </message>
    <message>
        <source>With --load: give up after MS milliseconds of waiting for the shared memory lock (exit 1); reading, decoding and scaling are not counted. Default, or 0: wait as long as it takes.</source>
        <extracomment>MS is the option&apos;s value: keep it as it is</extracomment>
        <translation>配合 --load 使用：等待共享内存锁 MS 毫秒后放弃（退出码 1）；读取、解码和缩放不计入。默认或为 0 时：一直等待。</translation>
    </message>
    <message>
        <source>With --load: where the content goes. shm (default): behind shm-viewer&apos;s header. qt-example: an image as Qt&apos;s Shared Memory Example writes it (QDataStream &lt;&lt; QImage at offset 0). classic: plain NUL-terminated text at offset 0.</source>
        <extracomment>LAYOUT and its values shm, qt-example and classic are kept as they are</extracomment>
        <translation>配合 --load 使用：内容写入的位置。shm（默认）：位于 shm-viewer 的头部之后。qt-example：按 Qt 的 Shared Memory Example 的方式写入图像（在偏移 0 处写入 QDataStream &lt;&lt; QImage）。classic：在偏移 0 处写入以 NUL 结尾的纯文本。</translation>
    </message>
    <message>
        <source>--layout only applies to --load</source>
        <translation>--layout 仅适用于 --load</translation>
    </message>
    <message>
        <source>--layout expects shm, qt-example or classic, not &apos;%1&apos;</source>
        <extracomment>%1 is what was given instead; keep shm, qt-example and classic as they are</extracomment>
        <translation>--layout 应为 shm、qt-example 或 classic，而不是“%1”</translation>
    </message>
    <message>
        <source>Load NAME (a bundled text, or a file of --assets DIR) or the file at PATH once, without a window, and exit: 0 loaded, 2 no viewer running, 3 file refused or unreadable, 1 other errors. - reads standard input as a file of the same content: a text to its end, loading what fits; an image whole.</source>
        <extracomment>NAME, PATH, DIR and - are the option&apos;s values, as the help names them: keep them as they are, like the option names (--assets)</extracomment>
        <translation>不打开窗口，加载一次 NAME（内置文本，或 --assets DIR 中的文件）或 PATH 处的文件，然后退出：0 表示已加载，2 表示没有正在运行的查看器，3 表示文件被拒绝或无法读取，1 表示其他错误。值为 - 时，标准输入按内容相同的文件处理：文本读取直至结束，加载段中放得下的部分；图像完整读取。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Shared Memory Loader</source>
        <translation>共享内存加载器</translation>
    </message>
    <message>
        <source>Bundled files</source>
        <translation>内置文件</translation>
    </message>
    <message>
        <source>Files in %1</source>
        <translation>%1 中的文件</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>Open a text or an image</source>
        <translation>打开文本或图像</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.html *.htm *.log *.csv)</source>
        <translation>文本 (*.txt *.md *.markdown *.html *.htm *.log *.csv)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>Text or image to load into shared memory</source>
        <translation>要加载到共享内存的文本或图像</translation>
    </message>
    <message>
        <source>Choose a text or an image…</source>
        <translation>选择文本或图像…</translation>
    </message>
    <message>
        <source>Nothing to offer</source>
        <translation>没有可选的文件</translation>
    </message>
    <message>
        <source>Choosing an entry loads it at once: the bundled files, then the files opened recently</source>
        <translation>选中某一项即立即加载：先是内置文件，然后是最近打开的文件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Chooses any file to load into shared memory (Ctrl+O)</source>
        <translation>选择任意文件加载到共享内存（Ctrl+O）</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Loads the chosen file into shared memory once more (F5)</source>
        <translation>将所选文件再次加载到共享内存（F5）</translation>
    </message>
    <message>
        <source>Reload when the file changes</source>
        <translation>文件变化时重新加载</translation>
    </message>
    <message>
        <source>Loads the chosen file again whenever it is saved, replaced, or comes back after being removed; bundled files never change</source>
        <translation>每当所选文件被保存、替换，或在删除后重新出现时，都会再次加载；内置文件不会变化</translation>
    </message>
    <message>
        <source>What the last load did</source>
        <translation>上次加载的结果</translation>
    </message>
    <message>
        <source>Key: %1  ·  Source: %2  ·  Drop a file here to load it</source>
        <translation>键：%1  ·  来源：%2  ·  将文件拖放到此处即可加载</translation>
    </message>
    <message>
        <source>bundled files</source>
        <translation>内置文件</translation>
    </message>
    <message>
        <source>The shared memory key and where the offered files come from</source>
        <translation>共享内存键，以及可选文件的来源</translation>
    </message>
    <message>
        <source>%1 — Shared Memory Viewer</source>
        <translation>%1 — 共享内存查看器</translation>
    </message>
    <message>
        <source>Shared Memory Viewer</source>
        <translation>共享内存查看器</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <source>Show the previous load (Alt+Left)</source>
        <translation>显示上一次加载的内容（Alt+左方向）</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>前进 ▶</translation>
    </message>
    <message>
        <source>Show the next load (Alt+Right)</source>
        <translation>显示下一次加载的内容（Alt+右方向）</translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <source>Show each new load as it arrives; when off, keep what you are reading</source>
        <translation>每有新的加载就立即显示；关闭时保留你正在阅读的内容</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Write exactly the bytes shown to a file (Ctrl+S)</source>
        <translation>将所显示的字节原样写入文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Position in the history</source>
        <translation>在历史记录中的位置</translation>
    </message>
    <message>
        <source>1 new load — not shown while follow latest is off</source>
        <translation>有 1 次新的加载；“跟随最新”已关闭，因此未显示</translation>
    </message>
    <message>
        <source>%1 new loads — not shown while follow latest is off</source>
        <translation>有 %1 次新的加载；“跟随最新”已关闭，因此未显示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the newest load</source>
        <translation>显示最新一次加载的内容</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find in the text (Ctrl+F; next F3, previous Shift+F3)</source>
        <translation>在文本中查找（Ctrl+F；下一个 F3，上一个 Shift+F3）</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>纯文本</translation>
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
        <translation>自动换行</translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
</context>
<context>
    <name>RichTextBudget</name>
    <message>
        <source>Shown as plain text: elements nested more than %1 deep</source>
        <extracomment>%1 is a number, such as 128</extracomment>
        <translation>以纯文本显示：元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>Shown as plain text: tables nested more than %1 deep</source>
        <extracomment>%1 is a number, such as 8</extracomment>
        <translation>以纯文本显示：表格嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>Shown as plain text: more than %1 table cells</source>
        <extracomment>%1 is a number, such as 20,000</extracomment>
        <translation>以纯文本显示：表格单元格超过 %1 个</translation>
    </message>
    <message>
        <source>Shown as plain text: more than %1 elements</source>
        <extracomment>%1 is a number, such as 50,000</extracomment>
        <translation>以纯文本显示：元素超过 %1 个</translation>
    </message>
    <message>
        <source>Shown as plain text: more than %1 table cells for Markdown to import at once</source>
        <extracomment>%1 is a number, such as 2,500. A long Markdown text is imported in parts cut before headings; one without headings is imported whole</extracomment>
        <translation>以纯文本显示：Markdown 一次需导入的表格单元格超过 %1 个</translation>
    </message>
    <message>
        <source>Shown as plain text: too much content within nested tables</source>
        <translation>以纯文本显示：嵌套表格中的内容过多</translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message>
        <source>1 process</source>
        <extracomment>--status: one process is attached to the segment</extracomment>
        <translation>1 个进程</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <extracomment>--status: how many processes are attached to the segment</extracomment>
        <translation>%1 个进程</translation>
    </message>
    <message>
        <source>size</source>
        <extracomment>--status row label: the segment&apos;s size</extracomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>attached</source>
        <extracomment>--status row label: how many processes are attached</extracomment>
        <translation>附加进程</translation>
    </message>
    <message>
        <source>created by</source>
        <extracomment>--status row label: the process that created the segment</extracomment>
        <translation>创建者</translation>
    </message>
    <message>
        <source>content</source>
        <extracomment>--status row label: what the segment holds</extracomment>
        <translation>内容</translation>
    </message>
    <message>
        <source>last write</source>
        <extracomment>--status row label: the last write into the segment</extracomment>
        <translation>最后写入</translation>
    </message>
    <message>
        <source>lock</source>
        <extracomment>--status row label: the segment&apos;s lock (a semaphore)</extracomment>
        <translation>锁</translation>
    </message>
    <message>
        <source>key files</source>
        <extracomment>--status row label: the paths of the two key files</extracomment>
        <translation>键文件</translation>
    </message>
    <message>
        <source>No segment for key “%1”.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>不存在键为“%1”的段。</translation>
    </message>
    <message>
        <source>Segment “%1”: an orphan — no process is attached (shm-viewer --cleanup removes it; the next viewer would reuse it).</source>
        <extracomment>%1 is the shared memory key; keep shm-viewer --cleanup as it is</extracomment>
        <translation>段“%1”：孤立段，没有进程附加（shm-viewer --cleanup 可将其移除；下一个查看器会重新使用它）。</translation>
    </message>
    <message>
        <source>Segment “%1”: in use.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>段“%1”：正在使用。</translation>
    </message>
    <message>
        <source>pid %1 (running)</source>
        <extracomment>%1 is the id of the process that created the segment, still running</extracomment>
        <translation>PID %1（运行中）</translation>
    </message>
    <message>
        <source>pid %1 (gone)</source>
        <extracomment>%1 is the id of the process that created the segment; it has ended</extracomment>
        <translation>PID %1（已退出）</translation>
    </message>
    <message>
        <source>empty: nothing loaded yet</source>
        <translation>空：尚未加载任何内容</translation>
    </message>
    <message>
        <source>generation %1, by pid %2, at %3</source>
        <extracomment>%1 is a number (the write&apos;s sequence number), %2 a process id, %3 a date and time (2026-01-01T15:24:06)</extracomment>
        <translation>第 %1 次写入，由 PID %2 于 %3 完成</translation>
    </message>
    <message>
        <source>raw text without a header (a classic loader), %1</source>
        <extracomment>%1 is the text&apos;s size, such as 42 bytes</extracomment>
        <translation>无头部的原始文本（传统加载程序写入），%1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <extracomment>%1 is why, in English in every language (as --status --json reports it)</extracomment>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>free (last taken or released by pid %1), %2 waiting</source>
        <extracomment>%1 is a process id, %2 how many processes wait for the lock</extracomment>
        <translation>空闲（最后由 PID %1 获取或释放），%2 个进程在等待</translation>
    </message>
    <message>
        <source>free (last taken or released by pid %1)</source>
        <extracomment>%1 is a process id</extracomment>
        <translation>空闲（最后由 PID %1 获取或释放）</translation>
    </message>
    <message>
        <source>taken, by pid %1, %2 waiting</source>
        <extracomment>%1 is a process id, %2 how many processes wait for the lock</extracomment>
        <translation>已被 PID %1 获取，%2 个进程在等待</translation>
    </message>
    <message>
        <source>taken, by pid %1</source>
        <extracomment>%1 is a process id</extracomment>
        <translation>已被 PID %1 获取</translation>
    </message>
    <message>
        <source>no semaphore (made on the next lock)</source>
        <translation>没有信号量（下次获取锁时创建）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>Removed the orphaned segment “%1”, %2, with its semaphore and key files.</source>
        <extracomment>%1 is the shared memory key, %2 the segment&apos;s size, such as 65,536 bytes</extracomment>
        <translation>已移除孤立段“%1”（%2）及其信号量和键文件。</translation>
    </message>
    <message>
        <source>No segment for key “%1”; removed the semaphore and key files left without one.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>不存在键为“%1”的段；已移除没有段而遗留下来的信号量和键文件。</translation>
    </message>
    <message>
        <source>No segment for key “%1”: nothing to remove.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>不存在键为“%1”的段：没有需要移除的内容。</translation>
    </message>
    <message>
        <source>not removed: 1 process is attached to segment “%1”. Quit it first; a segment in use is removed by the last one to leave.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>未移除：有 1 个进程附加在段“%1”上。请先退出该进程；正在使用的段由最后一个离开的进程移除。</translation>
    </message>
    <message>
        <source>not removed: %1 processes are attached to segment “%2”. Quit them first; a segment in use is removed by the last one to leave.</source>
        <extracomment>%1 is a number of processes, %2 the shared memory key</extracomment>
        <translation>未移除：有 %1 个进程附加在段“%2”上。请先退出这些进程；正在使用的段由最后一个离开的进程移除。</translation>
    </message>
    <message>
        <source>could not remove segment “%1”: permission denied, or its lock stayed taken for a second by a process not attached to it.</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>无法移除段“%1”：权限不足，或其锁在一秒内一直被某个未附加到该段的进程占用。</translation>
    </message>
    <message>
        <source>raw image without a header (QDataStream &lt;&lt; QImage, as Qt&apos;s Shared Memory Example writes it), %1 × %2, %3</source>
        <extracomment>%1 × %2 is the image&apos;s width and height in pixels, %3 its size in bytes; keep QDataStream &lt;&lt; QImage as it is</extracomment>
        <translation>无头部的原始图像（QDataStream &lt;&lt; QImage，与 Qt 的 Shared Memory Example 写入方式相同），%1 × %2，%3</translation>
    </message>
    <message>
        <source>a write is under way (its writer holds the lock)</source>
        <translation>正在写入（写入方持有锁）</translation>
    </message>
    <message>
        <source>the last write was interrupted: its writer ended half-way, and nothing of it is shown</source>
        <translation>上一次写入被中断：写入方中途结束，所写内容均不显示</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>--status row label: whose the segment is, when it is not the user&apos;s</extracomment>
        <translation>所有者</translation>
    </message>
</context>
<context>
    <name>SegmentCreator</name>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法创建键文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot set up the segment&apos;s lock: %1</source>
        <translation>无法设置段锁：%1</translation>
    </message>
    <message>
        <source>Cannot create the segment&apos;s lock: %1</source>
        <translation>无法创建段锁：%1</translation>
    </message>
    <message>
        <source>Cannot create a shared memory segment of %1 bytes: %2</source>
        <extracomment>%1 is a number of bytes, %2 the system&apos;s reason</extracomment>
        <translation>无法创建 %1 字节的共享内存段：%2</translation>
    </message>
    <message>
        <source>The key file %1 vanished while the segment was being made; try again</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>创建段时键文件 %1 消失了；请重试</translation>
    </message>
</context>
<context>
    <name>SegmentError</name>
    <message>
        <source>no error</source>
        <translation>没有错误</translation>
    </message>
    <message>
        <source>permission denied (the segment belongs to another user)</source>
        <translation>权限不足（该段属于另一个用户）</translation>
    </message>
    <message>
        <source>invalid size</source>
        <translation>无效的大小</translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>无效的键</translation>
    </message>
    <message>
        <source>a segment with this key already exists</source>
        <translation>使用此键的段已存在</translation>
    </message>
    <message>
        <source>no segment with this key</source>
        <translation>不存在使用此键的段</translation>
    </message>
    <message>
        <source>could not take the lock</source>
        <translation>无法获取锁</translation>
    </message>
    <message>
        <source>out of memory or system limits</source>
        <translation>内存不足或超出系统限制</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Could not attach to shared memory: %1 (%2)</source>
        <extracomment>%1 is the reason, such as &quot;invalid key&quot;; %2 the system&apos;s own message</extracomment>
        <translation>无法附加到共享内存：%1（%2）</translation>
    </message>
    <message>
        <source>Could not create shared memory: %1 (%2)</source>
        <extracomment>%1 is the reason, such as &quot;invalid size&quot;; %2 the system&apos;s own message</extracomment>
        <translation>无法创建共享内存：%1（%2）</translation>
    </message>
    <message>
        <source>Could not lock shared memory: %1 (%2)</source>
        <extracomment>%1 is the reason, such as &quot;could not take the lock&quot;; %2 the system&apos;s own message</extracomment>
        <translation>无法锁定共享内存：%1（%2）</translation>
    </message>
</context>
<context>
    <name>SegmentLayout</name>
    <message>
        <source>segment of %1 bytes is too small for the %2-byte header</source>
        <extracomment>%1 is the segment&apos;s size in bytes, %2 the header&apos;s (256)</extracomment>
        <translation>%1 字节的段太小，放不下 %2 字节的头部</translation>
    </message>
    <message>
        <source>unsupported content type &quot;%1&quot;</source>
        <extracomment>%1 is a media type, such as application/pdf</extracomment>
        <translation>不支持的内容类型“%1”</translation>
    </message>
    <message>
        <source>the image of %1 bytes does not fit the %2 bytes the segment has room for</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>%1 字节的图像超出了段中可用的 %2 字节</translation>
    </message>
    <message>
        <source>content type too long</source>
        <translation>内容类型过长</translation>
    </message>
    <message>
        <source>invalid raw frame: %1</source>
        <extracomment>%1 is why, in English, such as &quot;unknown pixel format 9&quot;</extracomment>
        <translation>无效的原始帧：%1</translation>
    </message>
</context>
<context>
    <name>SegmentReader</name>
    <message>
        <source>Not attached to shared memory</source>
        <translation>未附加到共享内存</translation>
    </message>
    <message>
        <source>The existing segment has %1 bytes, more than the %2 any program of this suite uses; refusing to read it (shm-viewer --cleanup removes it when unused)</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>现有的段有 %1 字节，超过本套件任何程序使用的 %2 字节；拒绝读取（无人使用时，shm-viewer --cleanup 会删除它）</translation>
    </message>
</context>
<context>
    <name>SegmentTrust</name>
    <message>
        <source>The key file %1 is a symbolic link; refusing to use it (remove it if it is not yours)</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>键文件 %1 是符号链接，拒绝使用（如果不是你的，请删除它）</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file; refusing to use it</source>
        <translation>键文件 %1 不是普通文件，拒绝使用</translation>
    </message>
    <message>
        <source>The key file %1 belongs to user %2, not to you; refusing to use it</source>
        <extracomment>%1 is a file path, %2 a user name</extracomment>
        <translation>键文件 %1 属于用户 %2，而不是你，拒绝使用</translation>
    </message>
    <message>
        <source>The shared memory segment belongs to user %1 (mode %2), not to you; refusing to use it</source>
        <extracomment>%1 is a user name, %2 permission bits such as 0666</extracomment>
        <translation>共享内存段属于用户 %1（权限 %2），而不是你，拒绝使用</translation>
    </message>
    <message>
        <source>The segment&apos;s lock belongs to user %1 (mode %2), not to you; refusing to use it</source>
        <extracomment>%1 is a user name, %2 permission bits such as 0666</extracomment>
        <translation>段锁属于用户 %1（权限 %2），而不是你，拒绝使用</translation>
    </message>
</context>
<context>
    <name>SegmentWriter</name>
    <message>
        <source>Cannot write into shared memory: %1</source>
        <extracomment>%1 is why, such as &quot;segment of 100 bytes is too small for the 256-byte header&quot;</extracomment>
        <translation>无法写入共享内存：%1</translation>
    </message>
    <message>
        <source>Cannot load %1: binary content</source>
        <extracomment>%1 is the source&apos;s name, such as notes.md</extracomment>
        <translation>无法加载 %1：二进制内容</translation>
    </message>
    <message>
        <source>The segment has %1 bytes, more than the %2 any program of this suite uses; nothing was loaded</source>
        <translation>该段有 %1 字节，超过本套件任何程序使用的 %2 字节；未加载任何内容</translation>
    </message>
    <message>
        <source>Cannot publish the frame: %1</source>
        <extracomment>%1 is why, in English, such as &quot;unknown pixel format 9&quot;</extracomment>
        <translation>无法发布该帧：%1</translation>
    </message>
</context>
<context>
    <name>ShmLoader::Publisher</name>
    <message>
        <source>The segment&apos;s lock was not free within %1 ms; the write goes in when it is freed</source>
        <extracomment>%1 is a number of milliseconds</extracomment>
        <translation>段锁在 %1 毫秒内未释放；释放后再写入</translation>
    </message>
    <message>
        <source>Cannot publish a null image</source>
        <translation>无法发布空图像</translation>
    </message>
    <message>
        <source>The frame of %1 × %2 pixels (%3 bytes) does not fit the viewer&apos;s segment; start the viewer with --size %4 or more</source>
        <extracomment>%1 × %2 is the frame&apos;s size in pixels, %3 and %4 numbers of bytes</extracomment>
        <translation>%1 × %2 像素（%3 字节）的帧放不进查看器的段；请用 --size %4 或更大的值启动查看器</translation>
    </message>
    <message>
        <source>No viewer runs and none could be started: shm-viewer is neither next to the library nor on PATH</source>
        <translation>没有正在运行的查看器，也无法启动：库旁边和 PATH 中都没有 shm-viewer</translation>
    </message>
    <message>
        <source>Cannot start %1</source>
        <extracomment>%1 is a program&apos;s path</extracomment>
        <translation>无法启动 %1</translation>
    </message>
    <message>
        <source>Started %1, but it ended before making its segment</source>
        <extracomment>%1 is a program&apos;s path</extracomment>
        <translation>已启动 %1，但它在创建共享内存段之前就退出了</translation>
    </message>
    <message>
        <source>Started %1, but it made no segment within %2 ms</source>
        <extracomment>%1 is a program&apos;s path, %2 a number of milliseconds</extracomment>
        <translation>已启动 %1，但它在 %2 毫秒内没有创建共享内存段</translation>
    </message>
</context>
<context>
    <name>SnapshotPrinter</name>
    <message>
        <source>The segment lock is free again</source>
        <translation>段锁已释放</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>Cannot load %1: %2</source>
        <extracomment>%1 is the file&apos;s path, %2 why, such as &quot;no such file&quot; or &quot;it is a directory&quot;</extracomment>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未提供文件名</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>这是一个目录</translation>
    </message>
    <message>
        <source>not a regular file (device, FIFO or socket)</source>
        <translation>不是普通文件（设备、FIFO 或套接字）</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>binary content (NUL byte at offset %1)</source>
        <translation>二进制内容（偏移 %1 处有 NUL 字节）</translation>
    </message>
</context>
<context>
    <name>SvgInspector</name>
    <message>
        <source>broken gzip-compressed data</source>
        <translation>gzip 压缩数据已损坏</translation>
    </message>
    <message>
        <source>too complex: more than %1 MiB of SVG once inflated</source>
        <translation>过于复杂：解压后的 SVG 超过 %1 MiB</translation>
    </message>
    <message>
        <source>has a processing instruction (&lt;?%1?&gt;), which is not allowed</source>
        <translation>含有处理指令（&lt;?%1?&gt;），这是不允许的</translation>
    </message>
    <message>
        <source>refers to %1 outside itself, which is never opened (only #id references and data: images are allowed)</source>
        <translation>引用了自身之外的 %1，该内容绝不会被打开（只允许 #id 引用和 data: 图像）</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <extracomment>%1 is the XML parser&apos;s own message, %2 a line number</extracomment>
        <translation>XML 格式不正确：%1（第 %2 行）</translation>
    </message>
    <message>
        <source>too complex: references chained more than %1 deep</source>
        <translation>过于复杂：引用链超过 %1 层</translation>
    </message>
    <message>
        <source>too complex: references that lead back to themselves</source>
        <translation>过于复杂：引用指回自身</translation>
    </message>
    <message>
        <source>too complex: more than %1 elements to draw once &lt;use&gt; references are expanded</source>
        <translation>过于复杂：展开 &lt;use&gt; 引用后需绘制的元素超过 %1 个</translation>
    </message>
    <message>
        <source>too complex: more than %1 elements</source>
        <translation>过于复杂：元素超过 %1 个</translation>
    </message>
    <message>
        <source>too complex: elements nested more than %1 deep</source>
        <translation>过于复杂：元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>too complex: embedded images of more than %1 MiB decoded</source>
        <translation>过于复杂：嵌入图像解码后超过 %1 MiB</translation>
    </message>
    <message>
        <source>embeds an image that is no readable raster image (%1)</source>
        <translation>嵌入的图像不是可读的光栅图像（%1）</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>ViewerActions</name>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Newest</source>
        <translation>转到最新(&amp;N)</translation>
    </message>
    <message>
        <source>F&amp;ollow Latest</source>
        <translation>跟随最新(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Plain Text</source>
        <translation>纯文本(&amp;P)</translation>
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
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <source>Line &amp;Numbers</source>
        <translation>行号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ViewerBackend</name>
    <message>
        <source>Nothing to save: no text or image is shown</source>
        <translation>没有可保存的内容：当前未显示文本或图像</translation>
    </message>
    <message>
        <source>Cannot save to %1: not a local file</source>
        <translation>无法保存到 %1：不是本地文件</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>已将 %1 保存到 %2</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Opening the shared memory segment…</source>
        <translation>正在打开共享内存段…</translation>
    </message>
    <message>
        <source>Opening the shared memory segment “%1”…</source>
        <extracomment>%1 is the shared memory key</extracomment>
        <translation>正在打开共享内存段“%1”…</translation>
    </message>
</context>
<context>
    <name>ViewerHistory</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a load in the History menu: %1 is its name, %2 the time it was loaded (15:24:06)</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ViewerOptions</name>
    <message>
        <source>Shows the text shm-loader puts into shared memory. Creates the segment (or joins an existing one) and shows every write as it happens.</source>
        <translation>显示 shm-loader 放入共享内存的文本。创建共享内存段（或附加到已有的段），并实时显示每一次写入。</translation>
    </message>
    <message>
        <source>Shared memory key (default: %1).</source>
        <extracomment>%1 is the default key, ShmLoaderText</extracomment>
        <translation>共享内存键（默认：%1）。</translation>
    </message>
    <message>
        <source>Size of the segment to create, in bytes (default: %1, at least %2). An existing segment is used with its own size.</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>要创建的段的大小，以字节为单位（默认：%1，至少 %2）。已有的段按其自身的大小使用。</translation>
    </message>
    <message>
        <source>Poll interval in milliseconds, for writers that do not wake the viewer, 1 to %1 (default: %2).</source>
        <extracomment>%1 and %2 are numbers of milliseconds</extracomment>
        <translation>轮询间隔（毫秒），用于不会唤醒查看器的写入方，范围为 1 到 %1（默认：%2）。</translation>
    </message>
    <message>
        <source>No window: print the content and every change as one JSON object per line on stdout.</source>
        <translation>不打开窗口：将内容及其每次变化输出到 stdout，每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Say what the system holds for the key (segment, attached processes, content, lock) and exit: 0 the segment exists, 2 it does not.</source>
        <translation>显示系统中该键的状况（段、附加的进程、内容、锁），然后退出：0 表示段存在，2 表示段不存在。</translation>
    </message>
    <message>
        <source>With --status: one JSON object.</source>
        <translation>配合 --status 使用：输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Remove the key&apos;s segment with its semaphore and key files when no process is attached (a leftover), and exit: 0 removed, 2 no segment, 1 refused because processes are attached.</source>
        <translation>当没有进程附加时（遗留的段），移除该键的段及其信号量和键文件，然后退出：0 表示已移除，2 表示没有段，1 表示因有进程附加而拒绝。</translation>
    </message>
    <message>
        <source>Use one of --print, --status and --cleanup</source>
        <translation>--print、--status 和 --cleanup 只能使用其中之一</translation>
    </message>
    <message>
        <source>--json only applies to --status</source>
        <translation>--json 仅适用于 --status</translation>
    </message>
    <message>
        <source>--key must not be empty</source>
        <translation>--key 不能为空</translation>
    </message>
    <message>
        <source>--size must be a number of bytes, at least %1 (the header needs %2): &quot;%3&quot;</source>
        <extracomment>%1 and %2 are numbers of bytes, %3 what was given instead</extracomment>
        <translation>--size 必须是字节数，至少为 %1（头部需要 %2）：“%3”</translation>
    </message>
    <message>
        <source>--interval must be a number of milliseconds from 1 to %1: &quot;%2&quot;</source>
        <extracomment>%1 is a number of milliseconds, %2 what was given instead</extracomment>
        <translation>--interval 必须是 1 到 %1 之间的毫秒数：“%2”</translation>
    </message>
</context>
<context>
    <name>ViewerText</name>
    <message>
        <source>No file loaded yet — start shm-loader and pick a file</source>
        <translation>尚未加载文件，请启动 shm-loader 并选择一个文件</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <extracomment>%1 is a number of bytes, such as 16,777,216; %2 the same in a unit, such as 16.0 MiB</extracomment>
        <translation>%1 字节（%2）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <extracomment>%1 is a number, such as 9,999</extracomment>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Using the existing segment of %1 bytes (asked for %2)</source>
        <extracomment>%1 is the size of the segment that exists, %2 the size asked for (--size), in bytes</extracomment>
        <translation>使用已有的 %1 字节的段（请求的是 %2）</translation>
    </message>
    <message>
        <source>Segment “%1” — %2</source>
        <extracomment>%1 is the shared memory key, %2 the segment&apos;s size, such as 65,536 bytes (64.0 KiB)</extracomment>
        <translation>段“%1”：%2</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process is holding it</source>
        <translation>正在等待段锁：另一个进程正持有该锁</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process has held it for %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>正在等待段锁：另一个进程已持有该锁 %1 秒</translation>
    </message>
    <message>
        <source>Ready — no file loaded yet</source>
        <translation>就绪，尚未加载文件</translation>
    </message>
    <message>
        <source>Unreadable segment: %1</source>
        <extracomment>%1 is why, in English in every language (as shm-viewer --print reports it)</extracomment>
        <translation>段无法读取：%1</translation>
    </message>
    <message>
        <source>Raw image (no header: QDataStream &lt;&lt; QImage, as Qt&apos;s Shared Memory Example writes it) — %1 × %2, %3</source>
        <extracomment>%1 × %2 is the image&apos;s width and height in pixels, %3 its size in bytes</extracomment>
        <translation>原始图像（无头部：QDataStream &lt;&lt; QImage，与 Qt 的 Shared Memory Example 写入方式相同），%1 × %2，%3</translation>
    </message>
    <message>
        <source>Raw text (no header) — %1 — not valid UTF-8, shown with replacement characters</source>
        <extracomment>%1 is the text&apos;s size, such as 42 bytes</extracomment>
        <translation>原始文本（无头部），%1；不是有效的 UTF-8，以替换字符显示</translation>
    </message>
    <message>
        <source>Raw text (no header) — %1</source>
        <extracomment>%1 is the text&apos;s size, such as 42 bytes</extracomment>
        <translation>原始文本（无头部），%1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 — %2, %3 × %4, %5 — scaled to fit from %6 × %7 — loaded %8</source>
        <extracomment>%1 is the image&apos;s name, %2 its content type (image/png), %3 × %4 its width and height in pixels, %5 its size in bytes, %6 × %7 the size the loader scaled it from, %8 the time it was loaded (15:24:06)</extracomment>
        <translation>%1（%2，%3 × %4，%5，由 %6 × %7 缩放而来），加载于 %8</translation>
    </message>
    <message>
        <source>%1 — %2, %3 × %4, %5 — loaded %6</source>
        <extracomment>%1 is the image&apos;s name, %2 its content type (image/png), %3 × %4 its width and height in pixels, %5 its size in bytes, %6 the time it was loaded (15:24:06)</extracomment>
        <translation>%1（%2，%3 × %4，%5），加载于 %6</translation>
    </message>
    <message>
        <source>%1 — truncated to %2 of %3 bytes — loaded %4 — not valid UTF-8, shown with replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes (65,279 of 118,305), %4 the time it was loaded (15:24:06)</extracomment>
        <translation>%1（截断为 %2 字节，共 %3 字节），加载于 %4；不是有效的 UTF-8，以替换字符显示</translation>
    </message>
    <message>
        <source>%1 — truncated to %2 of %3 bytes — loaded %4</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes (65,279 of 118,305), %4 the time it was loaded (15:24:06)</extracomment>
        <translation>%1（截断为 %2 字节，共 %3 字节），加载于 %4</translation>
    </message>
    <message>
        <source>%1 — %2 — loaded %3 — not valid UTF-8, shown with replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 its size (2,345 bytes), %3 the time it was loaded (15:24:06)</extracomment>
        <translation>%1（%2），加载于 %3；不是有效的 UTF-8，以替换字符显示</translation>
    </message>
    <message>
        <source>%1 — %2 — loaded %3</source>
        <extracomment>%1 is the file&apos;s name, %2 its size (2,345 bytes), %3 the time it was loaded (15:24:06)</extracomment>
        <translation>%1（%2），加载于 %3</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <extracomment>%1 is a number of matches, such as 41, or 1,000,000+ when the search stopped there</extracomment>
        <translation>%1 个匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>the find bar&apos;s count: match %1 of %2, such as 3 of 41 (or of 1,000,000+)</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Shown as plain text: %1 is over the %2 limit for rich text</source>
        <extracomment>%1 is the text&apos;s size, %2 the limit, such as 3.0 MiB and 2.0 MiB</extracomment>
        <translation>以纯文本显示：%1 超过了富文本的 %2 上限</translation>
    </message>
    <message>
        <source>The last write was interrupted (its writer ended half-way): still showing what was here before</source>
        <translation>上一次写入被中断（写入方中途结束）：仍显示此前的内容</translation>
    </message>
    <message>
        <source>A key file of the segment in %1 was deleted; the viewer made it anew, loads arrive again</source>
        <extracomment>%1 is the directory of temporary files, such as /tmp</extracomment>
        <translation>%1 中该共享内存段的一个键文件已被删除；查看器已重新创建该文件，加载的内容会重新送达</translation>
    </message>
    <message>
        <source>%1 of %2 frames skipped — %3</source>
        <extracomment>%1 of %2: of the frames written since a stream of frames began (%2), those the window never showed because newer ones came first (%1); %3 is the image&apos;s status line</extracomment>
        <translation>已跳过 %2 帧中的 %1 帧；%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>shm-loader: no display to open the window on (DISPLAY is not set).
Use --load NAME|PATH or --list without a window, or set QT_QPA_PLATFORM=offscreen.</source>
        <translation>shm-loader: 没有可用于打开窗口的显示环境（未设置 DISPLAY）。
请使用 --load NAME|PATH 或 --list 在无窗口模式下运行，或设置 QT_QPA_PLATFORM=offscreen。</translation>
    </message>
</context>
</TS>
