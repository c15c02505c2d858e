#include "settings/TemplatesPage.h"

#include "tickets/TicketDesk.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

TemplatesPage::TemplatesPage(TicketDesk &desk, const StaffUser &user, QWidget *parent)
    : SettingsPage(parent), m_desk(desk), m_user(user)
{
    setObjectName(u"templatesPage"_s);
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"templateListWidget"_s);
    m_list->setMinimumWidth(200);
    left->addWidget(m_list, 1);
    auto *newButton = new QPushButton(tr("New"), this);
    newButton->setObjectName(u"templateNewButton"_s);
    left->addWidget(newButton);
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"templateOwnerComboBox"_s);
    m_owner->addItem(tr("Mine (only I see it)"), QVariant::fromValue(m_user.id));
    m_owner->addItem(tr("The team's (managers keep them)"), QVariant::fromValue(qint64(0)));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"templateNameLineEdit"_s);
    m_category = new QLineEdit(this);
    m_category->setObjectName(u"templateCategoryLineEdit"_s);
    m_category->setPlaceholderText(tr("e.g. 請求, 障害"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"templateSubjectLineEdit"_s);
    m_subject->setPlaceholderText(tr("Empty: the reply keeps its subject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"templateBodyEdit"_s);
    form->addRow(tr("List:"), m_owner);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Subject:"), m_subject);
    right->addLayout(form);
    right->addWidget(m_body, 1);
    // What each placeholder becomes when the template is inserted into a reply.
    const QList<std::pair<QString, QString>> help = {
        {u"{{customer.name}}"_s, tr("the customer's name")},
        {u"{{customer.organization}}"_s, tr("the customer's organisation")},
        {u"{{ticket.number}}"_s, tr("the ticket number")},
        {u"{{staff.name}}"_s, tr("your name")},
        {u"{{deadline}}"_s, tr("the promised deadline, 「12月2日(水) 18:00」")},
        {u"{{today}}"_s, tr("today's date")},
    };
    QStringList lines;
    for (const auto &[placeholder, meaning] : help)
        lines.append(placeholder + u" — "_s + meaning);
    auto *placeholders = new QLabel(tr("Placeholders, filled in when the template is inserted:") + u'\n'
                                        + lines.join(u'\n'),
                                    this);
    placeholders->setObjectName(u"templatePlaceholdersLabel"_s);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(placeholders);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save template"), this);
    m_save->setObjectName(u"templateSaveButton"_s);
    m_remove = new QPushButton(tr("Delete"), this);
    m_remove->setObjectName(u"templateDeleteButton"_s);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(u"templatesStatusLabel"_s);
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    layout->addLayout(right, 1);

    connect(newButton, &QPushButton::clicked, this, &TemplatesPage::startNew);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveCurrent(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { (void)removeCurrent(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesPage::showTemplate);
    // Filled with their signals blocked (fill()): any change after that is an edit to save.
    for (QLineEdit *edit : {m_name, m_category, m_subject})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_dirty = true; });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] { m_dirty = true; });
    reload(0);
    startNew();
}

QString TemplatesPage::title() const
{
    return tr("Templates");
}

void TemplatesPage::reload(qint64 selectId)
{
    auto templates = ReplyTemplates(m_desk).visibleTo(m_user.id);
    if (!templates) {
        m_status->setText(templates.error().message);
        return;
    }
    m_templates = *templates;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const ReplyTemplate &t : std::as_const(m_templates)) {
        const QString list = t.ownerId == 0 ? tr("Team") : tr("Mine");
        m_list->addItem(u"["_s + list + u"] "_s + t.name
                        + (t.category.isEmpty() ? QString() : u" ("_s + t.category + u')'));
        if (t.id == selectId)
            m_list->setCurrentRow(m_list->count() - 1);
    }
}

void TemplatesPage::showTemplate(int row)
{
    if (row < 0 || row >= m_templates.size())
        return;
    const ReplyTemplate &t = m_templates.at(row);
    m_editingId = t.id;
    m_owner->setCurrentIndex(t.ownerId == 0 ? 1 : 0);
    m_owner->setEnabled(false); // a template stays in its list
    fill(t);
    const bool mine = t.ownerId != 0 && t.ownerId == m_user.id;
    setEditable(mine || (t.ownerId == 0 && m_user.isManager()));
    m_status->setText(t.ownerId == 0 && !m_user.isManager() ? tr("Only a manager can change the team's templates.")
                                                            : QString());
}

void TemplatesPage::startNew()
{
    m_editingId = 0;
    {
        const QSignalBlocker quiet(m_list);
        m_list->setCurrentRow(-1);
    }
    m_owner->setEnabled(m_user.isManager() && m_user.id > 0);
    m_owner->setCurrentIndex(m_user.id > 0 ? 0 : 1);
    fill(ReplyTemplate());
    setEditable(m_user.id > 0 || m_user.isManager());
    m_remove->setEnabled(false);
    m_name->setFocus(Qt::OtherFocusReason);
}

void TemplatesPage::fill(const ReplyTemplate &entry)
{
    const QSignalBlocker name(m_name), category(m_category), subject(m_subject), body(m_body);
    m_name->setText(entry.name);
    m_category->setText(entry.category);
    m_subject->setText(entry.subject);
    m_body->setPlainText(entry.body);
    m_dirty = false;
}

void TemplatesPage::setEditable(bool editable)
{
    for (QLineEdit *edit : {m_name, m_category, m_subject})
        edit->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_save->setEnabled(editable);
    m_remove->setEnabled(editable && m_editingId > 0);
}

Result<void> TemplatesPage::saveCurrent()
{
    ReplyTemplate entry;
    entry.id = m_editingId;
    entry.name = m_name->text();
    entry.category = m_category->text();
    entry.subject = m_subject->text();
    entry.body = m_body->toPlainText();
    entry.ownerId = m_owner->currentData().toLongLong();
    ReplyTemplates templates(m_desk);
    Result<void> saved;
    if (entry.id > 0) {
        saved = templates.update(m_user, entry);
    } else {
        auto added = templates.add(m_user, entry);
        saved = added ? Result<void>() : Result<void>(added.error());
        if (added)
            entry.id = *added;
    }
    if (!saved) {
        m_status->setText(saved.error().message);
        return saved;
    }
    m_dirty = false;
    reload(entry.id);
    showTemplate(m_list->currentRow());
    m_status->setText(tr("Saved 「%1」.").arg(entry.name.trimmed()));
    return {};
}

Result<void> TemplatesPage::removeCurrent()
{
    if (m_editingId <= 0)
        return {};
    const QString name = m_name->text().trimmed();
    if (auto removed = ReplyTemplates(m_desk).remove(m_user, m_editingId); !removed) {
        m_status->setText(removed.error().message);
        return removed;
    }
    reload(0);
    startNew();
    m_status->setText(tr("Deleted 「%1」.").arg(name));
    return {};
}

Result<void> TemplatesPage::apply()
{
    // OK or Apply while a template is being written stores it, as Save would.
    if (!m_dirty || !m_save->isEnabled())
        return {};
    if (m_editingId == 0 && m_name->text().trimmed().isEmpty() && m_body->toPlainText().trimmed().isEmpty())
        return {};
    return saveCurrent();
}

QString TemplatesPage::statusText() const
{
    return m_status->text();
}

} // namespace Madoguchi
