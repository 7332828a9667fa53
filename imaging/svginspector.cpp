// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "svginspector.h"

#include <QBuffer>
#include <QHash>
#include <QImageReader>
#include <QList>
#include <QUrl>
#include <QXmlStreamReader>

#include <zlib.h>

#include <algorithm>

namespace {

using Result = SvgInspector::Result;

// The problem in English (source) and in the user's language, from one string marked with
// QT_TRANSLATE_NOOP (as ImageDecoder does). Always false: "refused".
template<typename... Args> bool refuse(Result *result, const char *source, const Args &...args)
{
    result->problem = QString::fromUtf8(source);
    result->message = SvgInspector::tr(source);
    ((result->problem = result->problem.arg(args), result->message = result->message.arg(args)),
     ...);
    result->document.clear();
    return false;
}

// A name from the document, for a message: short, one line, nothing a terminal acts on.
QString quoted(QStringView text)
{
    QString shown = text.left(80).toString();
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = u'?';
    }
    return u'"' + shown + (text.size() > 80 ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QStringView localName(QStringView name)
{
    return name.mid(name.lastIndexOf(u':') + 1);
}

bool isGzip(const QByteArray &bytes)
{
    return bytes.startsWith("\x1f\x8b");
}

// Qt SVG would inflate a gzip stream whole, whatever it grows to: here it stops at the cap.
bool inflateCapped(const QByteArray &bytes, Result *result)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return refuse(result, QT_TRANSLATE_NOOP("SvgInspector", "broken gzip-compressed data"));
    QByteArray out(qsizetype(64 * 1024), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (qsizetype(stream.total_out) == out.size()) {
            if (out.size() > SvgInspector::MaxDocumentBytes)
                break;
            out.resize(std::min(out.size() * 2, SvgInspector::MaxDocumentBytes + 1));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        status = inflate(&stream, Z_NO_FLUSH);
    }
    const qsizetype size = qsizetype(stream.total_out);
    inflateEnd(&stream);
    if (size > SvgInspector::MaxDocumentBytes)
        return refuse(result,
                      QT_TRANSLATE_NOOP("SvgInspector",
                                        "too complex: more than %1 MiB of SVG once inflated"),
                      SvgInspector::MaxDocumentBytes / (1024 * 1024));
    if (status != Z_STREAM_END)
        return refuse(result, QT_TRANSLATE_NOOP("SvgInspector", "broken gzip-compressed data"));
    out.truncate(size);
    result->document = out;
    return true;
}

struct Node
{
    QList<int> children;
    QStringList references; // ids named by href="#id"
    qint64 weight = -1; // elements drawn for it, once known
    bool visiting = false;
};

class Scan
{
public:
    explicit Scan(Result *result)
        : m_result(result)
    { }

    bool run();

private:
    bool startElement(const QXmlStreamReader &xml);
    bool checkHref(QStringView element, QStringView value, int node);
    bool checkUrls(QStringView text);
    bool checkEmbeddedImage(QStringView uri);
    qint64 weight(int node, int level);

    Result *m_result;
    QList<Node> m_nodes;
    QList<int> m_open; // the elements being read, outermost first
    QHash<QString, QList<int>> m_ids;
    qint64 m_embeddedBytes = 0;
    int m_inStyle = 0; // inside <style> elements
    bool m_loop = false;
    bool m_tooDeep = false;
};

bool Scan::run()
{
    QXmlStreamReader xml(m_result->document);
    xml.setNamespaceProcessing(false); // as Qt SVG reads it
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (!startElement(xml))
                return false;
            break;
        case QXmlStreamReader::EndElement:
            m_open.removeLast();
            if (localName(xml.name()).compare(u"style", Qt::CaseInsensitive) == 0)
                --m_inStyle;
            break;
        case QXmlStreamReader::Characters:
            // CSS in <style>: url() must name an id of this document here too.
            if (m_inStyle > 0 && !checkUrls(xml.text()))
                return false;
            break;
        case QXmlStreamReader::ProcessingInstruction:
            // Qt SVG opens the file an <?xml-stylesheet href?> names.
            return refuse(m_result,
                          QT_TRANSLATE_NOOP("SvgInspector",
                                            "has a processing instruction (<?%1?>), which is "
                                            "not allowed"),
                          xml.processingInstructionTarget().left(40).toString());
        case QXmlStreamReader::DTD:
            for (const QXmlStreamEntityDeclaration &entity : xml.entityDeclarations()) {
                if (!entity.systemId().isEmpty())
                    return refuse(m_result,
                                  QT_TRANSLATE_NOOP("SvgInspector",
                                                    "refers to %1 outside itself, which is never "
                                                    "opened (only #id references and data: images "
                                                    "are allowed)"),
                                  quoted(entity.systemId()));
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        //: %1 is the XML parser's own message, %2 a line number
        return refuse(m_result,
                      QT_TRANSLATE_NOOP("SvgInspector", "not well-formed XML: %1 (line %2)"),
                      xml.errorString(), xml.lineNumber());
    if (m_nodes.isEmpty())
        return true;
    const qint64 drawn = weight(0, 0);
    if (m_tooDeep)
        return refuse(m_result,
                      QT_TRANSLATE_NOOP("SvgInspector",
                                        "too complex: references chained more than %1 deep"),
                      4 * SvgInspector::MaxDepth);
    if (m_loop)
        return refuse(m_result,
                      QT_TRANSLATE_NOOP("SvgInspector",
                                        "too complex: references that lead back to themselves"));
    if (drawn > SvgInspector::MaxDrawnElements)
        return refuse(m_result,
                      QT_TRANSLATE_NOOP("SvgInspector",
                                        "too complex: more than %1 elements to draw once <use> "
                                        "references are expanded"),
                      SvgInspector::MaxDrawnElements);
    return true;
}

bool Scan::startElement(const QXmlStreamReader &xml)
{
    if (m_nodes.size() >= SvgInspector::MaxElements)
        return refuse(m_result,
                      QT_TRANSLATE_NOOP("SvgInspector", "too complex: more than %1 elements"),
                      SvgInspector::MaxElements);
    if (m_open.size() >= SvgInspector::MaxDepth)
        return refuse(
                m_result,
                QT_TRANSLATE_NOOP("SvgInspector", "too complex: elements nested more than %1 deep"),
                SvgInspector::MaxDepth);
    const int node = int(m_nodes.size());
    m_nodes.append(Node());
    if (!m_open.isEmpty())
        m_nodes[m_open.constLast()].children.append(node);
    m_open.append(node);

    const QStringView element = localName(xml.name());
    if (element.compare(u"style", Qt::CaseInsensitive) == 0)
        ++m_inStyle;
    if (element.compare(u"text", Qt::CaseInsensitive) == 0
        || element.compare(u"textArea", Qt::CaseInsensitive) == 0)
        m_result->hasText = true;
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QStringView name = localName(attribute.qualifiedName());
        const QStringView value = attribute.value();
        if (name.compare(u"href", Qt::CaseInsensitive) == 0) {
            if (!checkHref(element, value, node))
                return false;
        } else if (name.compare(u"id", Qt::CaseInsensitive) == 0) {
            m_ids[value.toString()].append(node);
        } else if (!checkUrls(value)) {
            return false;
        }
    }
    return true;
}

// An <image> loads what it names: only embedded raster data. Anything else only points into the
// document ("#id"); Qt would resolve nothing else, but nothing else is needed either.
bool Scan::checkHref(QStringView element, QStringView value, int node)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (element.compare(u"image", Qt::CaseInsensitive) == 0) {
        if (trimmed.startsWith(u"data:", Qt::CaseInsensitive))
            return checkEmbeddedImage(trimmed);
    } else if (trimmed.startsWith(u'#')) {
        m_nodes[node].references.append(trimmed.mid(1).toString());
        return true;
    }
    return refuse(m_result,
                  QT_TRANSLATE_NOOP("SvgInspector",
                                    "refers to %1 outside itself, which is never opened (only #id "
                                    "references and data: images are allowed)"),
                  quoted(trimmed));
}

bool Scan::checkUrls(QStringView text)
{
    qsizetype from = 0;
    while ((from = text.indexOf(u"url(", from, Qt::CaseInsensitive)) >= 0) {
        from += 4;
        const qsizetype end = text.indexOf(u')', from);
        QStringView target = text.mid(from, end < 0 ? -1 : end - from).trimmed();
        if (target.startsWith(u'"') || target.startsWith(u'\''))
            target = target.mid(1).trimmed();
        if (!target.startsWith(u'#'))
            return refuse(m_result,
                          QT_TRANSLATE_NOOP("SvgInspector",
                                            "refers to %1 outside itself, which is never opened "
                                            "(only #id references and data: images are allowed)"),
                          quoted(target));
    }
    if (text.contains(u"@import", Qt::CaseInsensitive))
        return refuse(m_result,
                      QT_TRANSLATE_NOOP("SvgInspector",
                                        "refers to %1 outside itself, which is never opened (only "
                                        "#id references and data: images are allowed)"),
                      QStringLiteral("@import"));
    return true;
}

// Decoded the way Qt SVG decodes it (qDecodeDataUrl, then QImage::fromData): when Qt's decode
// fails it opens the URI as a file name, so here it must succeed, be no SVG (an SVG inside would
// be read with nobody checking it), and fit the budget of all embedded images.
bool Scan::checkEmbeddedImage(QStringView uri)
{
    const QUrl url(uri.toString());
    const QByteArray spelled = QByteArray::fromPercentEncoding(
            url.url(QUrl::FullyEncoded | QUrl::RemoveScheme).toLatin1());
    const qsizetype comma = spelled.indexOf(',');
    QByteArray data = spelled.mid(comma + 1);
    if (comma >= 0 && spelled.left(comma).trimmed().toLower().endsWith(";base64"))
        data = QByteArray::fromBase64(data);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(int(SvgInspector::MaxEmbeddedImageMiB));
    const qint64 budget = SvgInspector::MaxEmbeddedImageMiB * 1024 * 1024;
    // The format before anything else: asking an SVG reader for its size already parses it.
    const QByteArray format = reader.format();
    const bool ok = url.scheme() == QLatin1StringView("data") && url.host().isEmpty() && comma >= 0
            && !format.isEmpty() && !format.startsWith("svg");
    const QSize claimed = ok ? reader.size() : QSize();
    QImage image;
    if (ok && claimed.isValid()
        && m_embeddedBytes + qint64(claimed.width()) * claimed.height() * 4 > budget)
        return refuse(m_result,
                      QT_TRANSLATE_NOOP("SvgInspector",
                                        "too complex: embedded images of more than %1 MiB "
                                        "decoded"),
                      SvgInspector::MaxEmbeddedImageMiB);
    if (!ok || !reader.read(&image) || image.isNull())
        return refuse(m_result,
                      QT_TRANSLATE_NOOP("SvgInspector",
                                        "embeds an image that is no readable raster image (%1)"),
                      quoted(uri.left(40)));
    m_embeddedBytes += image.sizeInBytes();
    return true;
}

// The elements drawn for a node: itself, its children, and what it references (a <use> draws its
// target again, a gradient takes its template's stops), saturating above the limit.
qint64 Scan::weight(int node, int level)
{
    Node &n = m_nodes[node];
    if (n.weight >= 0)
        return n.weight;
    if (n.visiting || level > 4 * SvgInspector::MaxDepth) {
        (n.visiting ? m_loop : m_tooDeep) = true;
        return SvgInspector::MaxDrawnElements + 1;
    }
    n.visiting = true;
    qint64 total = 1;
    const auto add = [&total](qint64 more) {
        total = std::min(total + more, SvgInspector::MaxDrawnElements + 1);
    };
    const QList<int> children = n.children; // m_nodes stays, but n is re-fetched below
    for (int child : children)
        add(weight(child, level + 1));
    const QStringList references = m_nodes[node].references;
    for (const QString &id : references) {
        for (int target : m_ids.value(id))
            add(weight(target, level + 1));
    }
    m_nodes[node].visiting = false;
    m_nodes[node].weight = total;
    return total;
}

} // namespace

SvgInspector::Result SvgInspector::inspect(const QByteArray &bytes)
{
    Result result;
    if (isGzip(bytes)) {
        if (!inflateCapped(bytes, &result))
            return result;
    } else if (bytes.size() > MaxDocumentBytes) {
        refuse(&result,
               QT_TRANSLATE_NOOP("SvgInspector",
                                 "too complex: more than %1 MiB of SVG once inflated"),
               MaxDocumentBytes / (1024 * 1024));
        return result;
    } else {
        result.document = bytes;
    }
    Scan(&result).run();
    return result;
}
