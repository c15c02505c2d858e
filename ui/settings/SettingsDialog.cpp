#include "settings/SettingsDialog.h"

#include "WindowGeometry.h"

#include "settings/AccountsPage.h"
#include "settings/AcknowledgementPage.h"
#include "settings/AppearancePage.h"
#include "settings/AvailabilityTargetPage.h"
#include "settings/CalendarSettingsPage.h"
#include "settings/DatabaseSettingsPage.h"
#include "settings/LanguagePage.h"
#include "settings/SettingsPage.h"
#include "settings/NoticeTemplatesPage.h"
#include "settings/SignaturesPage.h"
#include "settings/StaffUsersPage.h"
#include "settings/TemplatesPage.h"
#include "settings/UrgencyRulesPage.h"
#include "tickets/TicketDesk.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

SettingsDialog::SettingsDialog(TicketDesk &desk, DesktopSettings &settings, const StaffUser &user,
                               PasswordKeychain &keychain, ModalPrompts &prompts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(u"pageListWidget"_s);
    m_pageList->setMaximumWidth(200);
    m_stack = new QStackedWidget(this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { background: #fdecea; color: #b71c1c; padding: 6px; }"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->setObjectName(u"buttonBox"_s);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_pageList, 0, 0);
    layout->addWidget(m_stack, 0, 1);
    layout->addWidget(m_error, 1, 0, 1, 2);
    layout->addWidget(m_buttons, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    addPage(new AccountsPage(desk, user, keychain, prompts, this));
    addPage(new DatabaseSettingsPage(settings, keychain, prompts, &desk.database(), this));
    addPage(new CalendarSettingsPage(desk, user, prompts, this));
    addPage(new SignaturesPage(desk, user, this));
    addPage(new TemplatesPage(desk, user, this));
    addPage(new NoticeTemplatesPage(desk, user, this));
    addPage(new UrgencyRulesPage(desk, user, this));
    addPage(new AcknowledgementPage(desk, user, this));
    addPage(new StaffUsersPage(desk, user, this));
    addPage(new AvailabilityTargetPage(desk, user, this));
    addPage(new LanguagePage(settings, this));
    addPage(new AppearancePage(settings, this));

    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { (void)apply(); });
    m_pageList->setCurrentRow(0);
    resize(920, 640);
    WindowGeometry::fitToScreen(this);
}

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages.append(page);
    // Each page scrolls: on a low screen (1024×700, or 150 %) its fields keep their height.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_pageList->addItem(page->title());
}

void SettingsDialog::showPage(const QString &objectName)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->objectName() == objectName)
            m_pageList->setCurrentRow(i);
    }
}

Result<void> SettingsDialog::apply()
{
    if (m_applying)
        return makeError(u"busy"_s, tr("The settings are still being saved."));
    const QScopedValueRollback applying(m_applying, true);
    m_buttons->setEnabled(false);
    const auto enableButtons = qScopeGuard([this] { m_buttons->setEnabled(true); });
    for (int i = 0; i < m_pages.size(); ++i) {
        if (auto applied = m_pages.at(i)->apply(); !applied) {
            m_pageList->setCurrentRow(i);
            m_error->setText(tr("%1: %2").arg(m_pages.at(i)->title(), applied.error().message));
            m_error->show();
            return applied;
        }
    }
    m_error->hide();
    return {};
}

void SettingsDialog::accept()
{
    if (m_applying)
        return; // the first OK is still saving; it closes the dialog when done
    if (apply())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    if (!m_applying)
        QDialog::reject();
}

} // namespace Madoguchi
