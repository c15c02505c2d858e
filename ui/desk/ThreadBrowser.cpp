#include "desk/ThreadBrowser.h"

#include "Appearance.h"

#include "core/Jst.h"
#include "mail/mime/HtmlSanitizer.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLocale>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

struct KindLook
{
    const char *band;
    const char *background;
};

// On a dark palette: light bands on dark cards, so the palette's light text reads on them.
KindLook darkLookOf(MessageKind kind)
{
    switch (kind) {
    case MessageKind::CustomerMessage:
        return {"#64b5f6", "#1f2a36"};
    case MessageKind::StaffReply:
    case MessageKind::Notice:
        return {"#81c784", "#1f2e22"};
    case MessageKind::InternalNote:
        return {"#ffd54f", "#332d14"};
    case MessageKind::AutoReply:
    case MessageKind::Acknowledgement:
        return {"#9e9e9e", "#2b2b2b"};
    case MessageKind::Bounce:
        return {"#ef9a9a", "#3a1f1f"};
    case MessageKind::Forward:
        return {"#ce93d8", "#2d2133"};
    }
    return {"#9e9e9e", "#262626"};
}

KindLook lookOf(MessageKind kind)
{
    if (Appearance::isDark())
        return darkLookOf(kind);
    switch (kind) {
    case MessageKind::CustomerMessage:
        return {"#1e5a96", "#ffffff"};
    case MessageKind::StaffReply:
    case MessageKind::Notice:
        return {"#2e7d32", "#f1f8f1"};
    case MessageKind::InternalNote:
        return {"#806000", "#fff8dc"}; // the label is written in the band's colour: 4.5:1 at least
    case MessageKind::AutoReply:
    case MessageKind::Acknowledgement:
        return {"#666666", "#f3f3f3"};
    case MessageKind::Bounce:
        return {"#c62828", "#fdecea"};
    case MessageKind::Forward:
        return {"#6a1b9a", "#f7f0fa"}; // a forward is not an answer: not the replies' green
    }
    return {"#9e9e9e", "#ffffff"};
}

// Secondary text (dates, headers, attachments): grey that reads on the palette's cards.
QString quietColour()
{
    return Appearance::isDark() ? u"#b0b0b0"_s : u"#555"_s;
}

QString headerBlock(const TicketMessage &m)
{
    const qsizetype end = m.rawSource.indexOf("\r\n\r\n");
    const QByteArray headers = end >= 0 ? m.rawSource.left(end) : m.rawSource.left(4000);
    return u"<pre style=\"color:"_s + quietColour() + u"; font-size:small\">"_s + QString::fromUtf8(headers).toHtmlEscaped() + u"</pre>"_s;
}

} // namespace

ThreadBrowser::ThreadBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"threadBrowser"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Only links the sanitiser kept (http, https, mailto) reach here; they open in the
    // person's own browser or mailer, never inside the desk.
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"http"_s || url.scheme() == u"https"_s || url.scheme() == u"mailto"_s)
            QDesktopServices::openUrl(url);
    });
}

QVariant ThreadBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

// Built by concatenation only: QString::arg() on a string that already holds mail text would
// replace the %1…%99 in that text (a URL's "%2F", a subject "50%1").
QString ThreadBrowser::threadHtml(const QList<TicketMessage> &messages, bool withHeaders)
{
    QString html;
    for (const TicketMessage &m : messages) {
        const KindLook look = lookOf(m.kind);
        const QLatin1StringView band(look.band);
        QString who = m.fromName.isEmpty()
            ? m.fromAddress.toHtmlEscaped()
            : m.fromName.toHtmlEscaped() + u" &lt;"_s + m.fromAddress.toHtmlEscaped() + u"&gt;"_s;
        if (m.kind == MessageKind::Forward) // where it went matters more than who sent it
            who += u" → "_s + (m.to + m.cc).join(u", "_s).toHtmlEscaped();
        QString when = QLocale().toString(Jst::toJst(m.received), u"yyyy/MM/dd (ddd) HH:mm"_s) + u" JST"_s;
        if (m.receivedClaimed)
            when += u" "_s + tr("(claimed by the sender)");
        QString label = messageKindLabel(m.kind);
        if ((m.kind == MessageKind::StaffReply || m.kind == MessageKind::Forward || m.kind == MessageKind::Notice)
            && m.delivery != ReplyDelivery::Delivered)
            label += u" — "_s + replyDeliveryLabel(m.delivery);
        const QString body = !m.bodyHtml.isEmpty()
            ? HtmlSanitizer::sanitize(m.bodyHtml)
            : u"<div style=\"white-space:pre-wrap\">"_s + m.bodyText.toHtmlEscaped() + u"</div>"_s;
        const bool quiet = m.kind == MessageKind::AutoReply || m.kind == MessageKind::Acknowledgement;
        const QString attachments = m.attachments.isEmpty()
            ? QString()
            : u"<p style=\"color:"_s + quietColour() + u"\">"_s + tr("%n attachment(s)", nullptr, int(m.attachments.size())) + u"</p>"_s;
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-bottom:10px; "
                "background-color:"_s
            + QLatin1StringView(look.background) + u"\"><tr><td width=\"6\" style=\"background-color:"_s + band
            + u"\"></td><td><b style=\"color:"_s + band + u"\">"_s + label.toHtmlEscaped() + u"</b> &nbsp; "_s + who
            + u"<br/><span style=\"color:"_s + quietColour() + u"\">"_s + when + u"</span><br/><b>"_s + m.subject.toHtmlEscaped()
            + u"</b>"_s + (withHeaders ? headerBlock(m) : QString()) + u"<div style=\""_s
            + (quiet ? u"color:"_s + quietColour() + u"; font-style:italic"_s : QString()) + u"\">"_s + body + u"</div>"_s + attachments
            + u"</td></tr></table>"_s;
    }
    return html;
}

void ThreadBrowser::showThread(const QList<TicketMessage> &messages, bool withHeaders)
{
    m_messages = messages;
    m_withHeaders = withHeaders;
    m_shownHtml = threadHtml(messages, withHeaders);
    setHtml(m_shownHtml);
}

void ThreadBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The cards' colours are written into the HTML: a new palette (light ↔ dark) redraws
    // them at once, where the reader is, not only when the next ticket is shown.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && !m_messages.isEmpty()) {
        const int position = verticalScrollBar()->value();
        const QString html = threadHtml(m_messages, m_withHeaders);
        if (html != m_shownHtml) {
            m_shownHtml = html;
            setHtml(html);
            verticalScrollBar()->setValue(position);
        }
    }
}

} // namespace Madoguchi
