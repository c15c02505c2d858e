#include "settings/AcknowledgementPage.h"

#include "tickets/TicketDesk.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

AcknowledgementPage::AcknowledgementPage(TicketDesk &desk, const StaffUser &user, QWidget *parent)
    : SettingsPage(parent)
    , m_desk(desk)
    , m_user(user)
{
    setObjectName(u"acknowledgementPage"_s);
    auto *layout = new QVBoxLayout(this);
    if (!m_user.isManager()) {
        auto *readOnly = new QLabel(tr("Only a manager can change the automatic acknowledgement."), this);
        readOnly->setObjectName(u"acknowledgementReadOnlyLabel"_s);
        layout->addWidget(readOnly);
    }
    auto *intro = new QLabel(tr("When a customer's mail opens a new ticket, the desk answers at once that it was "
                                "received, with the ticket number and the promised deadline. It is never sent to "
                                "automatic replies, delivery failures, mailing lists, noreply addresses or the "
                                "desk's own addresses, and it does not count as an answer."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_enabled = new QCheckBox(tr("Send an automatic acknowledgement for new tickets"), this);
    m_enabled->setObjectName(u"acknowledgementEnabledCheckBox"_s);
    form->addRow(m_enabled);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"acknowledgementSubjectLineEdit"_s);
    m_subject->setPlaceholderText(tr("Empty: \"Re: [#number] the customer's subject\""));
    form->addRow(tr("Subject:"), m_subject);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"acknowledgementBodyEdit"_s);
    m_body->setMinimumHeight(180);
    form->addRow(tr("Text:"), m_body);
    auto *placeholders = new QLabel(tr("Placeholders: {{customer.name}} {{customer.organization}} {{ticket.number}} "
                                       "{{deadline}} (e.g. 12月2日(水) 18:00; the urgent target for an urgent "
                                       "ticket) {{today}}"),
                                    this);
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), placeholders);
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(u"acknowledgementCapSpinBox"_s);
    m_cap->setRange(1, 100);
    m_cap->setSuffix(tr(" a day per sender"));
    form->addRow(tr("At most:"), m_cap);
    layout->addLayout(form, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"acknowledgementStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto loaded = AcknowledgementSettings::load(m_desk);
    if (loaded)
        m_loaded = *loaded;
    else
        m_status->setText(loaded.error().message);
    m_enabled->setChecked(m_loaded.enabled);
    m_subject->setText(m_loaded.subject);
    m_body->setPlainText(m_loaded.body);
    m_cap->setValue(m_loaded.dailyCap);
    for (QWidget *field : {static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_subject),
                           static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_cap)})
        field->setEnabled(m_user.isManager());
}

QString AcknowledgementPage::title() const
{
    return tr("Automatic acknowledgement");
}

AcknowledgementSettings AcknowledgementPage::shown() const
{
    AcknowledgementSettings s;
    s.enabled = m_enabled->isChecked();
    s.subject = m_subject->text().trimmed();
    s.body = m_body->toPlainText();
    s.dailyCap = m_cap->value();
    return s;
}

Result<void> AcknowledgementPage::apply()
{
    const AcknowledgementSettings wanted = shown();
    if (!m_user.isManager() || (wanted.enabled == m_loaded.enabled && wanted.subject == m_loaded.subject
                                && wanted.body == m_loaded.body && wanted.dailyCap == m_loaded.dailyCap))
        return {};
    if (auto saved = wanted.save(m_desk, m_user); !saved) {
        m_status->setText(saved.error().message);
        return saved;
    }
    m_loaded = wanted;
    m_status->setText(wanted.enabled ? tr("New tickets are acknowledged automatically.")
                                     : tr("No automatic acknowledgement is sent."));
    return {};
}

} // namespace Madoguchi
