// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// imaging/: what SvgInspector lets through to Qt SVG and what it refuses, and ImageDecoder's
// deadline for drawing an SVG (the end-to-end checks, with strace, are tests/e2e/tst_svgsafety).

#include "imagedecoder.h"
#include "imagefitter.h"
#include "svginspector.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImage>
#include <QTest>

#include <zlib.h>

static QByteArray svg(const QByteArray &body, const QByteArray &size = "width=\"40\" height=\"40\"")
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + size + ">" + body + "</svg>";
}

static QByteArray dataPng(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::green);
    return "data:image/png;base64," + ImageFitter::encode(image, "png").toBase64();
}

static QByteArray gzip(const QByteArray &bytes)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

class TestSvgInspector : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase();
    void drawsWhatIsAllowed_data();
    void drawsWhatIsAllowed();
    void refuses_data();
    void refuses();
    void textIsDrawn();
    void slowDrawingEndsAtTheDeadline();
};

void TestSvgInspector::cleanupTestCase()
{
    // A drawing given up on must end before the application does (the programs _exit instead).
    QDeadlineTimer deadline(120000);
    while (ImageDecoder::abandonedSvgRenders() > 0 && !deadline.hasExpired())
        QTest::qWait(100);
    QCOMPARE(ImageDecoder::abandonedSvgRenders(), 0);
}

void TestSvgInspector::drawsWhatIsAllowed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QColor>("centre");
    QTest::newRow("plain") << svg("<rect width=\"40\" height=\"40\" fill=\"#ff0000\"/>")
                           << QColor(Qt::red);
    QTest::newRow("#id references")
            << svg("<defs><rect id=\"r\" width=\"40\" height=\"40\" fill=\"url(#g)\"/>"
                   "<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#0000ff\"/>"
                   "<stop offset=\"1\" stop-color=\"#0000ff\"/></linearGradient></defs>"
                   "<use xlink:href=\"#r\"/>")
            << QColor(Qt::blue);
    QTest::newRow("data: PNG") << svg("<image width=\"40\" height=\"40\" xlink:href=\"" + dataPng(8)
                                      + "\"/>")
                               << QColor(Qt::green);
    QTest::newRow("gzip") << gzip(svg("<rect width=\"40\" height=\"40\" fill=\"#ff0000\"/>"))
                          << QColor(Qt::red);
}

void TestSvgInspector::drawsWhatIsAllowed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QColor, centre);
    const ImageDecoder::Result result
            = ImageDecoder::decode(bytes, QStringLiteral("image/svg+xml"));
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QCOMPARE(result.image.size(), QSize(40, 40));
    QCOMPARE(result.image.pixelColor(20, 20), centre);
}

void TestSvgInspector::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); // the start of it
    const QString refers = QStringLiteral("refers to");
    const auto image = [](const QByteArray &target) {
        return svg("<image width=\"40\" height=\"40\" xlink:href=\"" + target + "\"/>");
    };
    QTest::newRow("file") << image("/etc/passwd") << refers;
    QTest::newRow("relative file") << image("photo.png") << refers;
    QTest::newRow("#id on <image>: Qt opens it as a file") << image("#x") << refers;
    QTest::newRow("/dev/tty") << image("/dev/tty") << refers;
    QTest::newRow("http") << image("http://127.0.0.1:9/a.png") << refers;
    QTest::newRow("other prefix") << QByteArray(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:l=\"http://www.w3.org/1999/xlink\"><image width=\"4\" "
            "height=\"4\" l:href=\"/etc/passwd\"/></svg>")
                                  << refers;
    QTest::newRow("data: SVG") << image("data:image/svg+xml;base64," + image("/x").toBase64())
                               << QStringLiteral("embeds an image");
    QTest::newRow("data: broken") << image("data:image/png;base64,iVBORw0KGgo=")
                                  << QStringLiteral("embeds an image");
    QTest::newRow("data: images too large") << svg(
            ("<image width=\"4\" height=\"4\" xlink:href=\"" + dataPng(4000) + "\"/>").repeated(3))
                                            << QStringLiteral("too complex: embedded images");
    QTest::newRow("fill url") << svg("<rect width=\"4\" height=\"4\" fill=\"url(/x.svg#g)\"/>")
                              << refers;
    QTest::newRow("style url") << svg(
            "<style>rect { fill: url( 'file:///x' ) }</style><rect width=\"4\"/>")
                               << refers;
    QTest::newRow("@import") << svg("<style>@import \"x.css\";</style>") << refers;
    QTest::newRow("xml-stylesheet") << "<?xml-stylesheet type=\"text/css\" href=\"/etc/passwd\"?>"
                    + svg("") << QStringLiteral("has a processing instruction");
    QTest::newRow("external entity")
            << "<!DOCTYPE svg [<!ENTITY e SYSTEM \"/etc/passwd\">]>" + svg("<text>&e;</text>")
            << refers;
    QTest::newRow("<use> of itself") << svg("<g id=\"a\"><use xlink:href=\"#a\"/></g>")
                                     << QStringLiteral("too complex: references that lead back");
    QByteArray fanOut = "<defs><rect id=\"a0\" width=\"4\" height=\"4\"/>";
    for (int level = 1; level <= 9; ++level)
        fanOut += "<g id=\"a" + QByteArray::number(level) + "\">"
                + ("<use xlink:href=\"#a" + QByteArray::number(level - 1) + "\"/>").repeated(10)
                + "</g>";
    QTest::newRow("<use> fan-out") << svg(fanOut + "</defs><use xlink:href=\"#a9\"/>")
                                   << QStringLiteral("too complex: more than 200000 elements to");
    QTest::newRow("nesting") << svg(QByteArray("<g>").repeated(129)
                                    + QByteArray("</g>").repeated(129))
                             << QStringLiteral("too complex: elements nested");
    QTest::newRow("elements") << svg(QByteArray("<g/>").repeated(100000))
                              << QStringLiteral("too complex: more than 100000 elements");
    QTest::newRow("gzip bomb") << gzip(svg("<!--" + QByteArray(17 * 1024 * 1024, ' ') + "-->"))
                               << QStringLiteral("too complex: more than 16 MiB");
    QTest::newRow("broken gzip") << QByteArray("\x1f\x8b\x08\x00garbage")
                                 << QStringLiteral("broken gzip");
    QTest::newRow("not XML") << QByteArray("<svg><g></svg>")
                             << QStringLiteral("not well-formed XML");
}

void TestSvgInspector::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const ImageDecoder::Result result
            = ImageDecoder::decode(bytes, QStringLiteral("image/svg+xml"));
    QVERIFY(result.image.isNull());
    QVERIFY2(result.problem.startsWith(problem), qPrintable(result.problem));
    QVERIFY(!result.message.isEmpty());
    QVERIFY(SvgInspector::inspect(bytes).document.isEmpty());
}

void TestSvgInspector::textIsDrawn()
{
    const QByteArray bytes
            = svg("<rect width=\"120\" height=\"40\" fill=\"white\"/><text x=\"4\" y=\"30\" "
                  "font-size=\"24\" fill=\"black\">Hello</text>",
                  "width=\"120\" height=\"40\"");
    QVERIFY(SvgInspector::inspect(bytes).hasText);
    const ImageDecoder::Result result
            = ImageDecoder::decode(bytes, QStringLiteral("image/svg+xml"));
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    int dark = 0;
    for (int y = 0; y < result.image.height(); ++y) {
        for (int x = 0; x < result.image.width(); ++x)
            dark += qGray(result.image.pixel(x, y)) < 128;
    }
    QVERIFY2(dark > 20, qPrintable(QString::number(dark))); // glyphs, not nothing
}

void TestSvgInspector::slowDrawingEndsAtTheDeadline()
{
    // Few elements, but each a finely dashed circle over the whole canvas: seconds to draw.
    const QByteArray circle = "<circle cx=\"500\" cy=\"500\" r=\"499\" stroke=\"black\" "
                              "stroke-width=\"3\" stroke-dasharray=\"0.1 0.1\" fill=\"none\"/>";
    // And a thousand semi-transparent gradients over the whole canvas: slow on any Qt, whatever
    // its dash stroker does.
    const QByteArray gradientFills = "<defs><linearGradient id=\"g\"><stop offset=\"0\" "
                                     "stop-color=\"red\"/><stop offset=\"1\" stop-color=\"blue\" "
                                     "stop-opacity=\"0.5\"/></linearGradient></defs>"
            + QByteArray("<rect width=\"1000\" height=\"1000\" fill=\"url(#g)\" opacity=\"0.5\"/>")
                      .repeated(1000);
    const QByteArray bytes
            = svg(circle.repeated(60) + gradientFills, "width=\"1000\" height=\"1000\"");
    QElapsedTimer timer;
    timer.start();
    const ImageDecoder::Result result
            = ImageDecoder::decode(bytes, QStringLiteral("image/svg+xml"));
    QVERIFY2(timer.elapsed() < ImageDecoder::SvgTimeoutMs + 1000, qPrintable(result.problem));
    QVERIFY2(result.problem.startsWith(QStringLiteral("too complex: drawing it takes longer")),
             qPrintable(result.problem));
    // While it runs on, another SVG is refused at once rather than piling up.
    const ImageDecoder::Result next
            = ImageDecoder::decode(svg(""), QStringLiteral("image/svg+xml"));
    QVERIFY2(next.problem.contains(QStringLiteral("still being drawn")), qPrintable(next.problem));
}

QTEST_MAIN(TestSvgInspector)
#include "tst_svginspector.moc"
