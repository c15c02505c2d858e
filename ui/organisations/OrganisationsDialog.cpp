#include "organisations/OrganisationsDialog.h"

#include "organisations/OrganisationPage.h"
#include "tickets/OrganisationContacts.h"
#include "tickets/TicketDesk.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

OrganisationsDialog::OrganisationsDialog(TicketDesk &desk, const StaffUser &me, ModalPrompts &prompts,
                                         qint64 organisationId, QWidget *parent)
    : QDialog(parent), m_desk(desk)
{
    setObjectName(u"organisationsDialog"_s);
    setWindowTitle(tr("Organisations and their administrators"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(u"organisationList"_s);
    m_list->setMinimumWidth(300);
    m_page = new OrganisationPage(desk, me, prompts, splitter);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_page->showOrganisation(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_page, &OrganisationPage::changed, this, [this] {
        const qint64 current = m_page->organisationId();
        reload();
        chooseOrganisation(current);
    });
    reload();
    if (organisationId > 0)
        chooseOrganisation(organisationId);
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    resize(860, 520);
}

void OrganisationsDialog::reload()
{
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    auto all = OrganisationContacts(m_desk).organisations();
    if (!all)
        return;
    for (const OrganisationSummary &o : std::as_const(*all)) {
        const QString name = o.name == o.domain ? o.domain : QString(o.name + u" ("_s + o.domain + u')');
        auto *item = new QListWidgetItem(
            tr("%1 — %n administrator(s)", nullptr, o.administrators).arg(name), m_list);
        item->setData(Qt::UserRole, o.id);
        if (o.administrators == 0)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
}

void OrganisationsDialog::chooseOrganisation(qint64 organisationId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == organisationId) {
            const QSignalBlocker quiet(m_list);
            m_list->setCurrentRow(row);
            m_page->showOrganisation(organisationId);
            return;
        }
    }
}

} // namespace Madoguchi
