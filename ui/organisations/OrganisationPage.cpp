#include "organisations/OrganisationPage.h"

#include "ModalPrompts.h"
#include "tickets/TicketDesk.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString roleText(ContactRole role)
{
    return role == ContactRole::Administrator ? OrganisationPage::tr("Administrator (システム管理者)")
                                              : OrganisationPage::tr("Other");
}

} // namespace

OrganisationPage::OrganisationPage(TicketDesk &desk, const StaffUser &me, ModalPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_me(me), m_prompts(prompts)
{
    setObjectName(u"organisationPage"_s);
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"organisationHeadingLabel"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    auto *nameRow = new QHBoxLayout;
    m_organisationName = new QLineEdit(this);
    m_organisationName->setObjectName(u"organisationNameEdit"_s);
    auto *renameButton = new QPushButton(tr("Re&name"), this);
    renameButton->setObjectName(u"renameOrganisationButton"_s);
    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_organisationName);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_organisationName, 1);
    nameRow->addWidget(renameButton);
    layout->addLayout(nameRow);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"contactsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Address"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"contactNameEdit"_s);
    form->addRow(tr("&Person:"), m_name);
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"contactAddressEdit"_s);
    form->addRow(tr("A&ddress:"), m_address);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"contactRoleComboBox"_s);
    m_role->addItem(roleText(ContactRole::Administrator), contactRoleKey(ContactRole::Administrator));
    m_role->addItem(roleText(ContactRole::Other), contactRoleKey(ContactRole::Other));
    form->addRow(tr("&Role:"), m_role);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add or change"), this);
    m_add->setObjectName(u"addContactButton"_s);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(u"removeContactButton"_s);
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(u"importContactsButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addOrChange(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeChosen(); });
    connect(m_import, &QPushButton::clicked, this, [this] { importCsv(); });
    connect(renameButton, &QPushButton::clicked, this, [this] { rename(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OrganisationPage::fillFormFromRow);
    showOrganisation(0);
}

void OrganisationPage::showOrganisation(qint64 organisationId)
{
    m_organisationId = organisationId;
    reload();
}

void OrganisationPage::reload()
{
    m_table->setRowCount(0);
    m_contacts.clear();
    m_domain.clear();
    const bool any = m_organisationId > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_remove, m_import, m_name, m_address, m_role,
                                                       m_organisationName})
        w->setEnabled(any);
    if (!any) {
        m_heading->setText(tr("Choose an organisation."));
        m_organisationName->clear();
        return;
    }
    OrganisationContacts contacts(m_desk);
    auto all = contacts.organisations();
    if (!all) {
        m_heading->setText(all.error().message);
        return;
    }
    for (const OrganisationSummary &o : std::as_const(*all)) {
        if (o.id == m_organisationId) {
            m_domain = o.domain;
            m_heading->setText(o.name == o.domain ? o.domain : QString(o.name + u" ("_s + o.domain + u')'));
            m_organisationName->setText(o.name);
        }
    }
    auto people = contacts.contacts(m_organisationId);
    if (!people) {
        m_heading->setText(people.error().message);
        return;
    }
    m_contacts = *people;
    m_table->setRowCount(int(m_contacts.size()));
    for (int row = 0; row < m_contacts.size(); ++row) {
        const OrganisationContact &c = m_contacts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(c.name));
        m_table->setItem(row, 1, new QTableWidgetItem(c.address));
        m_table->setItem(row, 2, new QTableWidgetItem(roleText(c.role)));
    }
    m_remove->setEnabled(false);
}

int OrganisationPage::chosenRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() || rows.first().row() >= m_contacts.size() ? -1 : rows.first().row();
}

void OrganisationPage::fillFormFromRow()
{
    const int row = chosenRow();
    const bool chosen = row >= 0;
    m_remove->setEnabled(chosen);
    if (!chosen)
        return;
    const OrganisationContact &c = m_contacts.at(row);
    m_name->setText(c.name);
    m_address->setText(c.address);
    m_role->setCurrentIndex(m_role->findData(contactRoleKey(c.role)));
}

void OrganisationPage::warn(const QString &text)
{
    m_prompts.warn(this, tr("Organisation contacts"), text);
}

bool OrganisationPage::addOrChange()
{
    if (m_organisationId <= 0)
        return false;
    OrganisationContact contact;
    contact.domain = m_domain;
    contact.name = m_name->text().trimmed();
    contact.address = m_address->text().trimmed();
    contact.role = contactRoleFromText(m_role->currentData().toString()).value_or(ContactRole::Other);
    auto added = OrganisationContacts(m_desk).addContact(m_me, contact);
    if (!added) {
        warn(added.error().message);
        return false;
    }
    m_name->clear();
    m_address->clear();
    reload();
    Q_EMIT changed();
    return true;
}

bool OrganisationPage::removeChosen()
{
    const int row = chosenRow();
    if (row < 0)
        return false;
    const OrganisationContact c = m_contacts.at(row);
    if (!m_prompts.confirm(this, tr("Remove contact"), tr("Remove %1 <%2> from %3?").arg(c.name, c.address, m_domain)))
        return false;
    auto removed = OrganisationContacts(m_desk).removeContact(m_me, m_domain, c.address);
    if (!removed) {
        warn(removed.error().message);
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

bool OrganisationPage::importCsv()
{
    const QString path = m_prompts.openFileName(this, tr("Import contacts"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto imported = OrganisationContacts(m_desk).importCsv(m_me, file.readAll());
    if (!imported) {
        warn(tr("Nothing was imported. %1").arg(imported.error().message));
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

bool OrganisationPage::rename()
{
    if (m_organisationId <= 0)
        return false;
    const QString name = m_organisationName->text().trimmed();
    if (name.isEmpty()) {
        warn(tr("An organisation needs a name (its domain, if nothing else)."));
        return false;
    }
    auto renamed = m_desk.team().renameOrganisation(m_me, m_organisationId, name);
    if (!renamed) {
        warn(renamed.error().message);
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace Madoguchi
