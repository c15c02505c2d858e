#include "reply/SendConfirmationDialog.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString kindText(SendChecklist::Kind kind)
{
    switch (kind) {
    case SendChecklist::Kind::To: return SendConfirmationDialog::tr("To:");
    case SendChecklist::Kind::Cc: return SendConfirmationDialog::tr("Cc:");
    case SendChecklist::Kind::Bcc: return SendConfirmationDialog::tr("Bcc:");
    case SendChecklist::Kind::Attachment: return SendConfirmationDialog::tr("Attachment:");
    }
    return {};
}

} // namespace

SendConfirmationDialog::SendConfirmationDialog(const SendChecklist &checklist, const QString &subject,
                                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"sendConfirmationDialog"_s);
    setWindowTitle(tr("Check before sending"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick every recipient and attachment to confirm it is right. "
                                "「%1」 is sent only then.")
                                 .arg(subject.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (const int outside = checklist.outsideCount(); outside > 0) {
        auto *warning = new QLabel(tr("%n address(es) outside the customer's organisation and the desk's own domain "
                                      "(highlighted).",
                                      nullptr, outside),
                                   this);
        warning->setObjectName(u"sendOutsideWarningLabel"_s);
        warning->setWordWrap(true);
        // Light or dark, as the palette in force: 4.5:1 on the window at least.
        warning->setStyleSheet(u"color: %1; font-weight: bold"_s.arg(Appearance::warningTextColour(palette()).name()));
        layout->addWidget(warning);
    }
    if (!checklist.warningWords.isEmpty()) {
        auto *words = new QLabel(tr("This reply contains words to check before sending: %1")
                                     .arg(u"「"_s + checklist.warningWords.join(u"」「"_s) + u"」"_s),
                                 this);
        words->setObjectName(u"sendWarningWordsLabel"_s);
        words->setWordWrap(true);
        words->setStyleSheet(u"color: %1; font-weight: bold"_s.arg(Appearance::errorTextColour(palette()).name()));
        layout->addWidget(words);
    }
    for (const SendChecklist::Item &item : checklist.items) {
        QString text = kindText(item.kind) + u' ' + item.text;
        if (item.kind == SendChecklist::Kind::Attachment)
            text += u" ("_s + QLocale().formattedDataSize(item.sizeBytes) + u')';
        if (item.outside)
            text += u" — "_s + tr("outside the customer's organisation");
        auto *box = new QCheckBox(text, this);
        box->setObjectName(u"sendConfirmCheckBox"_s);
        box->setProperty("outside", item.outside);
        if (item.outside) {
            const auto colours = Appearance::noticeColours(Appearance::Notice::Caution, palette());
            box->setStyleSheet(u"QCheckBox { background-color: %1; color: %2; font-weight: bold; padding: 2px }"_s.arg(
                colours.background.name(), colours.text.name()));
        }
        connect(box, &QCheckBox::toggled, this, &SendConfirmationDialog::updateSend);
        m_boxes.append(box);
        layout->addWidget(box);
    }
    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"confirmSendButton"_s);
    m_send->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"confirmCancelButton"_s);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateSend();
}

void SendConfirmationDialog::updateSend()
{
    bool all = true;
    for (const QCheckBox *box : std::as_const(m_boxes))
        all = all && box->isChecked();
    m_send->setEnabled(all);
}

} // namespace Madoguchi
