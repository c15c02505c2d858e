#pragma once

#include "tickets/TicketMessage.h"

#include <QTextBrowser>

namespace Madoguchi {

// The ticket's thread: customer mail, staff replies, internal notes and automatic replies
// each look different (colour band, label, background). HTML mail goes through
// HtmlSanitizer, and loadResource() refuses everything, so no mail can make the desk
// fetch from the network (a tracking pixel, a remote stylesheet).
class ThreadBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ThreadBrowser(QWidget *parent = nullptr);

    void showThread(const QList<TicketMessage> &messages, bool withHeaders);
    static QString threadHtml(const QList<TicketMessage> &messages, bool withHeaders);
    int refusedResources() const { return m_refused; }
    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    int m_refused = 0;
    QList<TicketMessage> m_messages; // shown, kept to redraw them in a new palette
    bool m_withHeaders = false;
    QString m_shownHtml;
};

} // namespace Madoguchi
