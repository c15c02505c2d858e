#include "settings/SignaturesPage.h"

#include "mail/outbox/ReplySignatures.h"
#include "tickets/TicketDesk.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

SignaturesPage::SignaturesPage(TicketDesk &desk, const StaffUser &user, QWidget *parent)
    : SettingsPage(parent), m_desk(desk), m_user(user)
{
    setObjectName(u"signaturesPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto edit = [this](const QString &name) {
        auto *text = new QPlainTextEdit(this);
        text->setObjectName(name);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlaceholderText(u"――――――――――――――――――――\n株式会社サンプル サポート窓口\n佐藤 花子\n"
                                 "TEL 03-1234-5678  support@example.co.jp\n――――――――――――――――――――"_s);
        return text;
    };
    layout->addWidget(new QLabel(tr("Your signature (under your replies; empty: the team's):"), this));
    m_own = edit(u"ownSignatureEdit"_s);
    m_own->setEnabled(m_user.id > 0);
    layout->addWidget(m_own, 1);
    layout->addWidget(new QLabel(tr("Team signature (for everyone without their own):"), this));
    m_team = edit(u"teamSignatureEdit"_s);
    m_team->setEnabled(m_user.isManager());
    layout->addWidget(m_team, 1);
    if (!m_user.isManager()) {
        auto *readOnly = new QLabel(tr("Only a manager can change the team signature."), this);
        readOnly->setObjectName(u"signaturesReadOnlyLabel"_s);
        layout->addWidget(readOnly);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(u"signaturesStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    ReplySignatures signatures(m_desk);
    auto own = signatures.own(m_user.id);
    auto team = signatures.team();
    if (!own || !team) {
        m_status->setText(!own ? own.error().message : team.error().message);
        return;
    }
    m_loadedOwn = *own;
    m_loadedTeam = *team;
    m_own->setPlainText(m_loadedOwn);
    m_team->setPlainText(m_loadedTeam);
}

QString SignaturesPage::title() const
{
    return tr("Signatures");
}

Result<void> SignaturesPage::apply()
{
    ReplySignatures signatures(m_desk);
    if (m_user.id > 0 && m_own->toPlainText() != m_loadedOwn) {
        if (auto saved = signatures.setOwn(m_user, m_own->toPlainText()); !saved)
            return saved;
        m_loadedOwn = m_own->toPlainText();
    }
    if (m_user.isManager() && m_team->toPlainText() != m_loadedTeam) {
        if (auto saved = signatures.setTeam(m_user, m_team->toPlainText()); !saved)
            return saved;
        m_loadedTeam = m_team->toPlainText();
    }
    m_status->setText(tr("Saved. New replies get the signature."));
    return {};
}

} // namespace Madoguchi
