#include "settings/DeskIdentityForm.h"

#include "mail/outbox/SendChecklist.h"
#include "mail/outbox/TicketReplies.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DeskIdentityForm::DeskIdentityForm(QWidget *parent) : QGroupBox(tr("Replies from the desk"), parent)
{
    setObjectName(u"deskIdentityForm"_s);
    auto *form = new QFormLayout(this);
    m_addresses = new QLineEdit(this);
    m_addresses->setObjectName(u"supportAddressesLineEdit"_s);
    m_addresses->setPlaceholderText(u"support@example.co.jp, info@example.co.jp"_s);
    m_addresses->setToolTip(tr("The desk's own addresses, separated by commas. Replies are sent from the first; "
                               "mail from any of them is the desk's own."));
    m_fromName = new QLineEdit(this);
    m_fromName->setObjectName(u"fromNameLineEdit"_s);
    m_fromName->setPlaceholderText(u"株式会社サンプル サポート窓口"_s);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(u"ticketTagPrefixLineEdit"_s);
    m_prefix->setMaxLength(8);
    m_prefix->setToolTip(tr("Subjects carry the ticket number as [#1234]; this is the part before the number."));
    m_quoteHeader = new QLineEdit(this);
    m_quoteHeader->setObjectName(u"quoteHeaderLineEdit"_s);
    m_quoteHeader->setPlaceholderText(TicketReplies::defaultQuoteHeader());
    m_quoteHeader->setToolTip(tr("The line above the customer's quoted mail: {date} 2026年11月29日(日), {time} 14:10 "
                                 "(JST), {from} 中村 一郎様 <nakamura@example.jp>. Empty: the default."));
    form->addRow(tr("Support addresses:"), m_addresses);
    form->addRow(tr("From name:"), m_fromName);
    form->addRow(tr("Ticket tag prefix:"), m_prefix);
    form->addRow(tr("Quote header:"), m_quoteHeader);
    m_attachmentLimit = new QSpinBox(this);
    m_attachmentLimit->setObjectName(u"attachmentLimitSpinBox"_s);
    m_attachmentLimit->setRange(1, 1000);
    m_attachmentLimit->setSuffix(u" MB"_s);
    m_attachmentLimit->setToolTip(tr("The most a reply's attachments may come to together."));
    form->addRow(tr("Attachments up to:"), m_attachmentLimit);
    m_sendCancel = new QSpinBox(this);
    m_sendCancel->setObjectName(u"sendCancelSpinBox"_s);
    m_sendCancel->setRange(0, 600);
    m_sendCancel->setSuffix(tr(" s"));
    m_sendCancel->setSpecialValueText(tr("Off"));
    m_sendCancel->setToolTip(tr("How long a confirmed reply waits in the outbox, so that its writer can still "
                                "take it back (Undo send). 0: it goes out at once."));
    form->addRow(tr("Time to undo a send:"), m_sendCancel);
    m_warningWords = new QLineEdit(this);
    m_warningWords->setObjectName(u"warningWordsLineEdit"_s);
    m_warningWords->setToolTip(tr("Words that make the send confirmation warn when a reply's subject or text "
                                  "(outside the quote) holds them, separated by commas. Empty: no warning."));
    form->addRow(tr("Warning words:"), m_warningWords);
    m_checklist = new QCheckBox(tr("Tick every recipient and attachment before sending"), this);
    m_checklist->setObjectName(u"sendChecklistCheckBox"_s);
    m_checklist->setToolTip(tr("Off: Send only asks \"Send to …?\" once, without the list to tick."));
    form->addRow(tr("Send confirmation:"), m_checklist);
    setIdentity(DeskIdentity{});
    // Any change after this (also one made by a test or an input method) is something to save;
    // the page loads the stored values before it listens.
    for (QLineEdit *edit : {m_addresses, m_fromName, m_prefix, m_quoteHeader, m_warningWords})
        connect(edit, &QLineEdit::textChanged, this, &DeskIdentityForm::edited);
    for (QSpinBox *box : {m_attachmentLimit, m_sendCancel})
        connect(box, &QSpinBox::valueChanged, this, &DeskIdentityForm::edited);
    connect(m_checklist, &QCheckBox::toggled, this, &DeskIdentityForm::edited);
}

void DeskIdentityForm::setIdentity(const DeskIdentity &identity)
{
    m_addresses->setText(identity.supportAddresses.join(u", "_s));
    m_fromName->setText(identity.fromName);
    m_prefix->setText(identity.ticketTagPrefix);
    m_quoteHeader->setText(identity.quoteHeader);
    m_attachmentLimit->setValue(identity.attachmentLimitMb);
    m_sendCancel->setValue(identity.sendCancelSecs);
    m_warningWords->setText(identity.warningWords.join(u", "_s));
    m_checklist->setChecked(identity.sendChecklist);
}

Result<DeskIdentity> DeskIdentityForm::identity() const
{
    auto addresses = DeskIdentity::parseAddresses(m_addresses->text());
    if (!addresses)
        return addresses.error();
    DeskIdentity identity;
    identity.supportAddresses = *addresses;
    identity.fromName = m_fromName->text().trimmed();
    identity.ticketTagPrefix = m_prefix->text().trimmed();
    identity.quoteHeader = m_quoteHeader->text().trimmed();
    identity.attachmentLimitMb = m_attachmentLimit->value();
    identity.sendCancelSecs = m_sendCancel->value();
    identity.warningWords = SendChecklist::parseWords(m_warningWords->text());
    identity.sendChecklist = m_checklist->isChecked();
    return identity;
}

} // namespace Madoguchi
