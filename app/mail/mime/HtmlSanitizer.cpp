#include "mail/mime/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

struct Attribute
{
    QString name;
    QString value; // entities decoded
};

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QList<Attribute> attributes;

    QString attribute(const QString &wanted) const
    {
        for (const Attribute &a : attributes)
            if (a.name == wanted)
                return a.value;
        return {};
    }
};

// Elements dropped together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> set { u"script"_s, u"style"_s,  u"iframe"_s,   u"frameset"_s,
                                     u"object"_s, u"applet"_s, u"noscript"_s, u"template"_s,
                                     u"head"_s,   u"title"_s,  u"select"_s,   u"textarea"_s,
                                     u"svg"_s,    u"math"_s,   u"audio"_s,    u"video"_s };
    return set;
}

const QSet<QString> &allowedTags()
{
    static const QSet<QString> set { u"a"_s,      u"b"_s,        u"i"_s,     u"u"_s,          u"s"_s,     u"em"_s,
                                     u"strong"_s, u"p"_s,        u"br"_s,    u"div"_s,        u"span"_s,  u"table"_s,
                                     u"thead"_s,  u"tbody"_s,    u"tfoot"_s, u"tr"_s,         u"td"_s,    u"th"_s,
                                     u"ul"_s,     u"ol"_s,       u"li"_s,    u"blockquote"_s, u"pre"_s,   u"code"_s,
                                     u"h1"_s,     u"h2"_s,       u"h3"_s,    u"h4"_s,         u"h5"_s,    u"h6"_s,
                                     u"hr"_s,     u"img"_s,      u"font"_s,  u"center"_s,     u"small"_s, u"big"_s,
                                     u"sub"_s,    u"sup"_s,      u"dl"_s,    u"dt"_s,         u"dd"_s,    u"caption"_s,
                                     u"col"_s,    u"colgroup"_s, u"tt"_s,    u"strike"_s,     u"del"_s,   u"ins"_s,
                                     u"abbr"_s,   u"cite"_s,     u"q"_s };
    return set;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> set { u"style"_s,   u"align"_s,   u"valign"_s, u"width"_s,       u"height"_s,
                                     u"colspan"_s, u"rowspan"_s, u"border"_s, u"cellpadding"_s, u"cellspacing"_s,
                                     u"bgcolor"_s, u"color"_s,   u"face"_s,   u"size"_s,        u"dir"_s,
                                     u"lang"_s,    u"title"_s,   u"alt"_s,    u"start"_s,       u"type"_s };
    return set;
}

const QSet<QString> &blockTags()
{
    static const QSet<QString> set { u"p"_s,   u"div"_s,   u"br"_s, u"tr"_s, u"li"_s, u"h1"_s,
                                     u"h2"_s,  u"h3"_s,    u"h4"_s, u"h5"_s, u"h6"_s, u"blockquote"_s,
                                     u"pre"_s, u"table"_s, u"hr"_s, u"dt"_s, u"dd"_s };
    return set;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Reads the tag starting at html[pos] == '<'. Returns the index after it, or -1 when the
// '<' does not start a tag (it is then text).
qsizetype readTag(const QString &html, qsizetype pos, Tag *tag)
{
    qsizetype i = pos + 1;
    if (i < html.size() && html[i] == u'/') {
        tag->closing = true;
        ++i;
    }
    const qsizetype nameBegin = i;
    while (i < html.size() && (html[i].isLetterOrNumber() || html[i] == u'-' || html[i] == u':'))
        ++i;
    if (i == nameBegin || !html[nameBegin].isLetter())
        return -1;
    tag->name = html.mid(nameBegin, i - nameBegin).toLower();
    while (i < html.size()) {
        while (i < html.size() && (html[i].isSpace() || html[i] == u'/')) {
            if (html[i] == u'/')
                tag->selfClosing = true;
            ++i;
        }
        if (i >= html.size())
            break;
        if (html[i] == u'>')
            return i + 1;
        tag->selfClosing = false;
        const qsizetype attrBegin = i;
        while (i < html.size() && !html[i].isSpace() && html[i] != u'=' && html[i] != u'>' && html[i] != u'/')
            ++i;
        Attribute attribute { html.mid(attrBegin, i - attrBegin).toLower(), QString() };
        while (i < html.size() && html[i].isSpace())
            ++i;
        if (i < html.size() && html[i] == u'=') {
            ++i;
            while (i < html.size() && html[i].isSpace())
                ++i;
            if (i < html.size() && (html[i] == u'"' || html[i] == u'\'')) {
                const QChar quote = html[i];
                const qsizetype end = html.indexOf(quote, i + 1);
                const qsizetype stop = end < 0 ? html.size() : end;
                attribute.value = html.mid(i + 1, stop - i - 1);
                i = stop + 1;
            } else {
                const qsizetype valueBegin = i;
                while (i < html.size() && !html[i].isSpace() && html[i] != u'>')
                    ++i;
                attribute.value = html.mid(valueBegin, i - valueBegin);
            }
        }
        attribute.value = HtmlSanitizer::decodeEntities(attribute.value);
        if (!attribute.name.isEmpty())
            tag->attributes.append(attribute);
    }
    return html.size();
}

// Skips a comment, doctype or processing instruction; -1 when not one.
qsizetype skipMarkup(const QString &html, qsizetype pos)
{
    if (html.mid(pos, 4) == u"<!--"_s) {
        const qsizetype end = html.indexOf(u"-->"_s, pos + 4);
        return end < 0 ? html.size() : end + 3;
    }
    if (pos + 1 < html.size() && (html[pos + 1] == u'!' || html[pos + 1] == u'?')) {
        const qsizetype end = html.indexOf(u'>', pos);
        return end < 0 ? html.size() : end + 1;
    }
    return -1;
}

// Walks the HTML as decoded text runs and tags; comments, doctypes and processing
// instructions are skipped, a '<' that starts no tag is text.
template<typename OnText, typename OnTag> void scanHtml(const QString &html, OnText onText, OnTag onTag)
{
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype lt = html.indexOf(u'<', pos);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        if (textEnd > pos)
            onText(HtmlSanitizer::decodeEntities(html.mid(pos, textEnd - pos)));
        if (lt < 0)
            break;
        if (const qsizetype after = skipMarkup(html, lt); after >= 0) {
            pos = after;
            continue;
        }
        Tag tag;
        const qsizetype after = readTag(html, lt, &tag);
        if (after < 0) {
            onText(u"<"_s);
            pos = lt + 1;
            continue;
        }
        pos = after;
        onTag(tag);
    }
}

QString linkScheme(const QString &url)
{
    QString compact;
    for (const QChar c : url)
        if (!c.isSpace() && c.unicode() >= 0x20)
            compact += c;
    const qsizetype colon = compact.indexOf(u':');
    if (colon < 0)
        return {};
    const QString scheme = compact.left(colon).toLower();
    static const QRegularExpression valid(u"^[a-z][a-z0-9+.-]*$"_s);
    return valid.match(scheme).hasMatch() ? scheme : u"invalid"_s;
}

bool isSafeLink(const QString &url)
{
    const QString scheme = linkScheme(url);
    return scheme.isEmpty() || scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s
        || scheme == u"tel"_s;
}

bool isLocalImage(const QString &src)
{
    const QString scheme = linkScheme(src);
    return scheme == u"cid"_s
        || (scheme == u"data"_s && src.trimmed().startsWith(u"data:image/"_s, Qt::CaseInsensitive));
}

// Keeps harmless declarations; anything that could load or run something is removed.
QString cleanStyle(const QString &style)
{
    QStringList kept;
    for (const QString &declaration : style.split(u';')) {
        const QString lower = declaration.toLower();
        if (lower.contains(u"url("_s) || lower.contains(u"expression"_s) || lower.contains(u"javascript:"_s)
            || lower.contains(u"behavior"_s) || lower.contains(u"binding"_s) || lower.contains(u"@import"_s)
            || lower.contains(u'\\') || lower.contains(u"image-set"_s) || declaration.trimmed().isEmpty())
            continue;
        kept.append(declaration.trimmed());
    }
    return kept.join(u"; "_s);
}

QString normalisedLinkText(QString text)
{
    text = text.simplified();
    if (text.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        text = text.mid(7);
    while (text.endsWith(u'/'))
        text.chop(1);
    return text.toLower();
}

} // namespace

QString HtmlSanitizer::decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QRegularExpression entity(u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?"_s);
    static const QHash<QString, QString> named {
        { u"amp"_s, u"&"_s },  { u"lt"_s, u"<"_s },        { u"gt"_s, u">"_s },    { u"quot"_s, u"\""_s },
        { u"apos"_s, u"'"_s }, { u"nbsp"_s, u"\u00a0"_s }, { u"copy"_s, u"©"_s },  { u"reg"_s, u"®"_s },
        { u"yen"_s, u"¥"_s },  { u"hellip"_s, u"…"_s },    { u"mdash"_s, u"—"_s }, { u"ndash"_s, u"–"_s }
    };
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        const QString body = match.captured(1);
        QString replacement = match.captured(0);
        if (body.startsWith(u'#')) {
            bool ok = false;
            const uint code = (body.size() > 1 && (body[1] == u'x' || body[1] == u'X')) ? body.mid(2).toUInt(&ok, 16)
                                                                                        : body.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (const auto found = named.constFind(body.toLower()); found != named.cend()) {
            replacement = *found;
        }
        out += replacement;
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QString HtmlSanitizer::sanitize(const QString &html)
{
    QString out;
    QString skipUntil; // inside a dropped element: its name
    int skipDepth = 0;
    struct OpenLink
    {
        QString href;
        QString text;
    };
    QList<OpenLink> links;
    auto onText = [&](const QString &text) {
        if (!skipUntil.isEmpty())
            return;
        out += escaped(text);
        if (!links.isEmpty())
            links.last().text += text;
    };
    auto onTag = [&](const Tag &tag) {
        if (!skipUntil.isEmpty()) {
            if (tag.name == skipUntil && !tag.selfClosing)
                skipDepth += tag.closing ? -1 : 1;
            if (skipDepth == 0)
                skipUntil.clear();
            return;
        }
        if (droppedWithContent().contains(tag.name)) {
            if (!tag.closing && !tag.selfClosing) {
                skipUntil = tag.name;
                skipDepth = 1;
            }
            return;
        }
        if (tag.name == u"a"_s) {
            if (tag.closing) {
                if (links.isEmpty())
                    return;
                const OpenLink link = links.takeLast();
                out += u"</a>"_s;
                if (!link.href.isEmpty() && normalisedLinkText(link.text) != normalisedLinkText(link.href))
                    out += u" <span class=\"link-target\">("_s + escaped(link.href) + u")</span>"_s;
                return;
            }
            const QString href = tag.attribute(u"href"_s).trimmed();
            const bool safe = !href.isEmpty() && isSafeLink(href) && !href.startsWith(u'#');
            links.append({ safe ? href : QString(), QString() });
            out += safe ? u"<a href=\""_s + escaped(href) + u"\" title=\""_s + escaped(href) + u"\">"_s : u"<a>"_s;
            return;
        }
        if (tag.name == u"img"_s && !tag.closing) {
            const QString src = tag.attribute(u"src"_s).trimmed();
            if (!isLocalImage(src)) {
                const QString alt = tag.attribute(u"alt"_s).simplified();
                out += u"<span class=\"blocked-image\">["_s
                    + escaped(alt.isEmpty() ? QCoreApplication::translate("HtmlSanitizer", "image") : alt)
                    + u"]</span>"_s;
                return;
            }
            out += u"<img src=\""_s + escaped(src) + u"\""_s;
            for (const Attribute &a : tag.attributes)
                if (a.name == u"alt"_s || a.name == u"width"_s || a.name == u"height"_s)
                    out += u" "_s + a.name + u"=\""_s + escaped(a.value) + u"\""_s;
            out += u">"_s;
            return;
        }
        if (!allowedTags().contains(tag.name))
            return; // unknown or unsafe element: its text stays, the tag goes
        if (tag.closing) {
            out += u"</"_s + tag.name + u">"_s;
            return;
        }
        out += u"<"_s + tag.name;
        for (const Attribute &a : tag.attributes) {
            if (!allowedAttributes().contains(a.name))
                continue; // on* handlers, src, href elsewhere, id/class, data-*
            const QString value = a.name == u"style"_s ? cleanStyle(a.value) : a.value;
            if (a.name == u"style"_s && value.isEmpty())
                continue;
            out += u" "_s + a.name + u"=\""_s + escaped(value) + u"\""_s;
        }
        out += tag.selfClosing ? u" />"_s : u">"_s;
    };
    scanHtml(html, onText, onTag);
    while (!links.isEmpty()) {
        links.removeLast();
        out += u"</a>"_s;
    }
    return out;
}

QString HtmlSanitizer::toPlainText(const QString &html)
{
    QString out;
    QString skipUntil;
    auto onText = [&](QString text) {
        if (!skipUntil.isEmpty())
            return;
        text.replace(u'\u00a0', u' ');
        static const QRegularExpression spaces(u"[ \\t\\r\\n]+"_s);
        out += text.replace(spaces, u" "_s);
    };
    auto onTag = [&](const Tag &tag) {
        if (!skipUntil.isEmpty()) {
            if (tag.closing && tag.name == skipUntil)
                skipUntil.clear();
        } else if (droppedWithContent().contains(tag.name) && !tag.closing && !tag.selfClosing) {
            skipUntil = tag.name;
        } else if (tag.name == u"br"_s || (blockTags().contains(tag.name) && !out.endsWith(u'\n'))) {
            out += u'\n';
        }
    };
    scanHtml(html, onText, onTag);
    QStringList lines;
    for (const QString &line : out.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() || (!lines.isEmpty() && !lines.last().isEmpty()))
            lines.append(trimmed);
    }
    return lines.join(u'\n').trimmed();
}

} // namespace Madoguchi
