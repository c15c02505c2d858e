#include "settings/NoticeTemplatesPage.h"

#include "notices/NoticeTemplates.h"
#include "tickets/TicketDesk.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const NoticeKind allKinds[] = {NoticeKind::First, NoticeKind::Update, NoticeKind::Recovery, NoticeKind::Announcement};

} // namespace

NoticeTemplatesPage::NoticeTemplatesPage(TicketDesk &desk, const StaffUser &user, QWidget *parent)
    : SettingsPage(parent), m_desk(desk), m_user(user)
{
    setObjectName(u"noticeTemplatesPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"noticeTemplateKindComboBox"_s);
    for (NoticeKind kind : allKinds)
        m_kind->addItem(noticeKindLabel(kind), noticeKindKey(kind));
    form->addRow(tr("&Notice:"), m_kind);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"noticeTemplateLanguageComboBox"_s);
    m_language->addItem(tr("Japanese"), u"ja"_s);
    m_language->addItem(tr("English"), u"en"_s);
    form->addRow(tr("&Language:"), m_language);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"noticeTemplateSubjectEdit"_s);
    form->addRow(tr("&Subject:"), m_subject);
    layout->addLayout(form);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"noticeTemplateBodyEdit"_s);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_body, 1);
    auto *placeholders = new QLabel(tr("Placeholders: {{%1}}.").arg(NoticeTemplates::placeholders().join(u"}}, {{"_s)),
                                    this);
    placeholders->setWordWrap(true);
    layout->addWidget(placeholders);
    if (!m_user.isManager()) {
        auto *readOnly = new QLabel(tr("Only a manager can change the notice templates."), this);
        readOnly->setObjectName(u"noticeTemplatesReadOnlyLabel"_s);
        layout->addWidget(readOnly);
    }
    m_subject->setReadOnly(!m_user.isManager());
    m_body->setReadOnly(!m_user.isManager());
    m_status = new QLabel(this);
    m_status->setObjectName(u"noticeTemplatesStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    NoticeTemplates templates(m_desk);
    for (NoticeKind kind : allKinds) {
        for (const QString &language : noticeLanguages()) {
            auto text = templates.text(kind, language);
            if (!text) {
                m_status->setText(text.error().message);
                continue;
            }
            m_loaded.insert(noticeKindKey(kind) + u'/' + language, *text);
        }
    }
    m_edited = m_loaded;
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticeTemplatesPage::showChosen);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticeTemplatesPage::showChosen);
    showChosen();
}

QString NoticeTemplatesPage::title() const
{
    return tr("Notice templates");
}

QString NoticeTemplatesPage::key() const
{
    return m_kind->currentData().toString() + u'/' + m_language->currentData().toString();
}

void NoticeTemplatesPage::keepEdits()
{
    if (!m_shownKey.isEmpty())
        m_edited.insert(m_shownKey, {m_subject->text(), m_body->toPlainText()});
}

void NoticeTemplatesPage::showChosen()
{
    keepEdits();
    m_shownKey = key();
    const NoticeText text = m_edited.value(m_shownKey);
    m_subject->setText(text.subject);
    m_body->setPlainText(text.body);
}

Result<void> NoticeTemplatesPage::apply()
{
    keepEdits();
    if (!m_user.isManager())
        return {};
    NoticeTemplates templates(m_desk);
    for (NoticeKind kind : allKinds) {
        for (const QString &language : noticeLanguages()) {
            const QString k = noticeKindKey(kind) + u'/' + language;
            const NoticeText edited = m_edited.value(k);
            const NoticeText loaded = m_loaded.value(k);
            if (edited.subject == loaded.subject && edited.body == loaded.body)
                continue;
            if (auto saved = templates.save(m_user, kind, language, edited); !saved) {
                return makeError(saved.error().code, tr("%1 (%2): %3")
                                                         .arg(noticeKindLabel(kind), language, saved.error().message));
            }
            m_loaded.insert(k, edited);
        }
    }
    m_status->setText(tr("Saved. New notices use these texts."));
    return {};
}

} // namespace Madoguchi
