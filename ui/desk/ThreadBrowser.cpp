#include "desk/ThreadBrowser.h"

#include "core/Jst.h"
#include "mail/mime/HtmlSanitizer.h"

#include <QDesktopServices>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

struct KindLook
{
    const char *band;
    const char *background;
};

KindLook lookOf(MessageKind kind)
{
    switch (kind) {
    case MessageKind::CustomerMessage:
        return {"#1e5a96", "#ffffff"};
    case MessageKind::StaffReply:
        return {"#2e7d32", "#f1f8f1"};
    case MessageKind::InternalNote:
        return {"#b58900", "#fff8dc"};
    case MessageKind::AutoReply:
    case MessageKind::Acknowledgement:
        return {"#9e9e9e", "#f3f3f3"};
    case MessageKind::Bounce:
        return {"#c62828", "#fdecea"};
    }
    return {"#9e9e9e", "#ffffff"};
}

QString headerBlock(const TicketMessage &m)
{
    const qsizetype end = m.rawSource.indexOf("\r\n\r\n");
    const QByteArray headers = end >= 0 ? m.rawSource.left(end) : m.rawSource.left(4000);
    return u"<pre style=\"color:#555; font-size:small\">%1</pre>"_s.arg(QString::fromUtf8(headers).toHtmlEscaped());
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

QString ThreadBrowser::threadHtml(const QList<TicketMessage> &messages, bool withHeaders)
{
    QString html;
    for (const TicketMessage &m : messages) {
        const KindLook look = lookOf(m.kind);
        QString who = m.fromName.isEmpty() ? m.fromAddress : u"%1 &lt;%2&gt;"_s.arg(m.fromName.toHtmlEscaped(),
                                                                                   m.fromAddress.toHtmlEscaped());
        if (m.fromName.isEmpty())
            who = who.toHtmlEscaped();
        QString when = QLocale().toString(Jst::toJst(m.received), u"yyyy/MM/dd (ddd) HH:mm"_s) + u" JST"_s;
        if (m.receivedClaimed)
            when += u" "_s + tr("(claimed by the sender)");
        QString label = messageKindLabel(m.kind);
        if (m.undelivered)
            label += u" — "_s + tr("undelivered");
        QString body;
        if (!m.bodyHtml.isEmpty())
            body = HtmlSanitizer::sanitize(m.bodyHtml);
        else
            body = u"<div style=\"white-space:pre-wrap\">%1</div>"_s.arg(m.bodyText.toHtmlEscaped());
        const bool quiet = m.kind == MessageKind::AutoReply || m.kind == MessageKind::Acknowledgement;
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-bottom:10px; "
                "background-color:%2\"><tr><td width=\"6\" style=\"background-color:%1\"></td><td>"
                "<b style=\"color:%1\">%3</b> &nbsp; %4<br/><span style=\"color:#555\">%5</span>"
                "<br/><b>%6</b>%7<div style=\"%8\">%9</div>%10</td></tr></table>"_s.arg(
                    QLatin1StringView(look.band), QLatin1StringView(look.background), label.toHtmlEscaped(), who,
                    when, m.subject.toHtmlEscaped(), withHeaders ? headerBlock(m) : QString(),
                    quiet ? u"color:#666; font-style:italic"_s : QString(), body)
                    .arg(m.attachments.isEmpty() ? QString()
                                                 : u"<p style=\"color:#555\">%1</p>"_s.arg(
                                                       tr("%n attachment(s)", nullptr, int(m.attachments.size()))));
    }
    return html;
}

void ThreadBrowser::showThread(const QList<TicketMessage> &messages, bool withHeaders)
{
    setHtml(threadHtml(messages, withHeaders));
}

} // namespace Madoguchi
