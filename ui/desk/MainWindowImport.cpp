#include "desk/MainWindow.h"

#include "ModalPrompts.h"
#include "desk/SampleDesk.h"
#include "mail/MailIngestor.h"
#include "mail/import/MailImport.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProgressDialog>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// Getting tickets into the desk from files: mail import and the sample desk (MainWindow.cpp
// holds the rest of the window).

// Imports .eml/mbox files or a maildir into tickets (DESIGN.md: the same import as
// `madoguchi-cli import`), with a progress dialog; the outcome through the prompts (a test
// reads it), in the UI's language.
void MainWindow::importMail(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    auto addresses = MailIngestor::loadAddresses(m_desk);
    MailIngestor ingestor(m_desk, addresses ? addresses.value() : DeskAddresses());
    QProgressDialog progress(tr("Importing mail…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto summary = MailImport(ingestor).run(paths, [&progress](qsizetype done, qsizetype total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        progress.setLabelText(tr("Importing mail… %1 of %2").arg(done).arg(total));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    progress.close();
    if (!summary)
        prompts().warn(this, tr("Import mail"), summary.error().message);
    else
        prompts().inform(this, tr("Import mail"), importOutcome(summary.value()));
    refreshLive();
}

QString MainWindow::importOutcome(const ImportSummary &summary)
{
    QStringList lines{tr("%n message(s) imported into %1 ticket(s), %2 of them new.", nullptr, summary.messages)
                          .arg(summary.tickets)
                          .arg(summary.newTickets)};
    if (summary.unreadable > 0) {
        lines.append(tr("%n message(s) could not be read: each is kept as its original source in a ticket tagged "
                        "“unreadable-mail”.",
                        nullptr, summary.unreadable));
    }
    if (summary.duplicates > 0)
        lines.append(tr("%n message(s) had been imported before and were skipped.", nullptr, summary.duplicates));
    return lines.join(u'\n');
}

ModalPrompts &MainWindow::prompts() const
{
    return m_prompts ? *m_prompts : ModalPrompts::interactive();
}

void MainWindow::askImportFiles()
{
    importMail(prompts().openFileNames(this, tr("Import mail"), tr("Mail files (*.eml *.mbox *.mbx);;All files (*)")));
}

void MainWindow::openSampleDesk()
{
    const QString path = SampleDesk::defaultPath();
    auto made = SampleDesk::create(path, m_desk.clock());
    if (!made) {
        prompts().warn(this, tr("Sample desk"), made.error().message);
        return;
    }
    if (m_launchSampleDesk)
        m_launchSampleDesk(path);
    else
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--database"_s, path});
}

} // namespace Madoguchi
