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
        <translation>意外的参数“%1”</translation>
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
        <translation>正在等待段锁——另一个进程持有该锁…</translation>
    </message>
    <message>
        <source>Waiting for the segment lock — another process holds it… (%1 is next)</source>
        <extracomment>%1 is the name or path of the file to load once this load is done</extracomment>
        <translation>正在等待段锁——另一个进程持有该锁…（下一个：%1）</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <source>Timed out after %1 ms waiting for the shared memory lock (another process holds it); nothing was loaded</source>
        <extracomment>%1 is a number of milliseconds (--timeout)</extracomment>
        <translation>等待共享内存锁 %1 ms 后超时（另一个进程持有该锁），未加载任何内容</translation>
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
        <translation>图像声称有 %1 × %2 像素，解码后将超过单张图像允许的 %3 MiB</translation>
    </message>
    <message>
        <source>the JPEG data has no end-of-image marker (cut short or not JPEG data)</source>
        <translation>JPEG 数据缺少图像结束标记（数据被截断，或并非 JPEG 数据）</translation>
    </message>
</context>
<context>
    <name>LoadReport</name>
    <message>
        <source>The viewer is not running — start shm-viewer first (removed a segment left by a viewer that did not quit cleanly)</source>
        <translation>查看器未运行——请先启动 shm-viewer（已移除一个未正常退出的查看器遗留的段）</translation>
    </message>
    <message>
        <source>The viewer is not running — start shm-viewer first</source>
        <translation>查看器未运行——请先启动 shm-viewer</translation>
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
        <translation>已将 %1 加载到共享内存，截断为 %2 字节（共 %3 字节）——不是有效的 UTF-8：查看器将显示替换字符</translation>
    </message>
    <message>
        <source>Loaded %1 into shared memory, truncated to %2 of %3 bytes</source>
        <extracomment>%1 is the file&apos;s name, %2 and %3 numbers of bytes, such as 65,279 and 118,305</extracomment>
        <translation>已将 %1 加载到共享内存，截断为 %2 字节（共 %3 字节）</translation>
    </message>
    <message>
        <source>Loaded %1 (%2) into shared memory — not valid UTF-8: the viewer shows replacement characters</source>
        <extracomment>%1 is the file&apos;s name, %2 its size, such as 2.3 KiB</extracomment>
        <translation>已将 %1（%2）加载到共享内存——不是有效的 UTF-8：查看器将显示替换字符</translation>
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
        <translation>无法加载 %1：损坏的 %2 图像：%3</translation>
    </message>
</context>
<context>
    <name>LoaderOptions</name>
    <message>
        <source>Loads a text into the shared memory segment that shm-viewer shows.
Without --load or --list it opens a window with the bundled texts.</source>
        <translation>将文本加载到 shm-viewer 所显示的共享内存段中。
未指定 --load 或 --list 时，打开一个列出内置文本的窗口。</translation>
    </message>
    <message>
        <source>Load NAME (a bundled text, or a file of --assets DIR) or the file at PATH once, without a window, and exit: 0 loaded, 2 no viewer running, 3 file refused or unreadable, 1 other errors. - reads standard input to its end and loads what fits.</source>
        <extracomment>NAME, PATH, DIR and - are the option&apos;s values, as the help names them: keep them as they are, like the option names (--assets)</extracomment>
        <translation>不打开窗口，加载一次 NAME（内置文本，或 --assets DIR 中的文件）或 PATH 处的文件，然后退出：0 表示已加载，2 表示没有正在运行的查看器，3 表示文件被拒绝或无法读取，1 表示其他错误。值为 - 时读取标准输入直至结束，并加载段中放得下的部分。</translation>
    </message>
    <message>
        <source>Load NAME or PATH without a window, then again whenever the file changes, one line per load, until SIGINT or SIGTERM (exit 0). - follows standard input: the newest lines that fit, written at most every 100 ms, until the input ends.</source>
        <extracomment>NAME, PATH and - are the option&apos;s values, as the help names them: keep them</extracomment>
        <translation>不打开窗口，加载 NAME 或 PATH，之后每当文件变化时再次加载，每次加载输出一行，直到收到 SIGINT 或 SIGTERM（退出码 0）。值为 - 时跟随标准输入：写入放得下的最新几行，最多每 100 ms 写入一次，直到输入结束。</translation>
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
        <source>With --load: give up after MS milliseconds of waiting for the shared memory lock (exit 1). Default, or 0: wait as long as it takes.</source>
        <extracomment>MS is the option&apos;s value: keep it as it is</extracomment>
        <translation>配合 --load 使用：等待共享内存锁 MS 毫秒后放弃（退出码 1）。默认或为 0 时：一直等待。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; (to load a file, use --load PATH)</source>
        <extracomment>%1 is the argument given without an option, often a file&apos;s path</extracomment>
        <translation>意外的参数“%1”（要加载文件，请使用 --load PATH）</translation>
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
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Newest</source>
        <translation>最新(&amp;N)</translation>
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
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
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
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <source>Show the previous load (Alt+Left)</source>
        <translation>显示上一次加载的内容（Alt+Left）</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>前进 ▶</translation>
    </message>
    <message>
        <source>Show the next load (Alt+Right)</source>
        <translation>显示下一次加载的内容（Alt+Right）</translation>
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
        <translation>1 次新的加载——“跟随最新”关闭时不显示</translation>
    </message>
    <message>
        <source>%1 new loads — not shown while follow latest is off</source>
        <translation>%1 次新的加载——“跟随最新”关闭时不显示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the newest load</source>
        <translation>显示最新一次加载的内容</translation>
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
</context>
<context>
    <name>SegmentReader</name>
    <message>
        <source>Not attached to shared memory</source>
        <translation>未附加到共享内存</translation>
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
    <name>TextView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
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
</context>
<context>
    <name>ViewerHistory</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
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
