#include "desk/MainWindow.h"

#include "ModalPrompts.h"
#include "notices/AnnouncementBar.h"
#include "notices/NoticeDialog.h"
#include "organisations/OrganisationsDialog.h"
#include "reply/DeskOutbox.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// The agreement's notices (連絡体制) in the desk: the Incidents and maintenance menu, the notice
// dialog, the organisations and their administrators, the daily announcement warning.

void MainWindow::buildNoticeMenu()
{
    QMenu *incidents = menuBar()->addMenu(tr("&Incidents and maintenance"));
    incidents->setObjectName(u"incidentsMenu"_s);
    menuAction(incidents, tr("Send &notice…"), {}, [this] { showNoticeDialog(); })
        ->setObjectName(u"sendNoticeAction"_s);
    menuAction(incidents, tr("&Organisations…"), {}, [this] { showOrganisations(); })
        ->setObjectName(u"organisationsAction"_s);
}

NoticeDialog *MainWindow::showNoticeDialog(NoticeTopic topic, std::optional<NoticeKind> kind)
{
    auto *dialog = findChild<NoticeDialog *>();
    if (!dialog) {
        dialog = new NoticeDialog(m_desk, m_me, topic, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NoticeDialog::queued, this, [this] {
            if (m_outbox)
                m_outbox->wake();
            refreshLive();
        });
    } else if (topic.incidentId != 0 || topic.planId != 0) {
        dialog->chooseTopic(topic);
    }
    if (kind)
        dialog->chooseKind(*kind);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

OrganisationsDialog *MainWindow::showOrganisations(qint64 organisationId)
{
    auto *dialog = findChild<OrganisationsDialog *>();
    if (!dialog) {
        dialog = new OrganisationsDialog(m_desk, m_me, m_prompts ? *m_prompts : ModalPrompts::interactive(),
                                         organisationId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else if (organisationId > 0) {
        dialog->chooseOrganisation(organisationId);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::setAnnouncementMemory(QSettings *settings)
{
    m_announcements->setMemory(settings);
}

} // namespace Madoguchi
