#include "sync/SyncStatusDialog.h"

#include "WindowGeometry.h"

#include "sync/DeskMailboxSync.h"
#include "desk/DeskStatusBar.h"
#include "core/Jst.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

SyncStatusDialog::SyncStatusDialog(DeskMailboxSync &sync, QWidget *parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(u"syncStatusDialog"_s);
    setWindowTitle(tr("Mailbox sync status"));
    resize(860, 560);
    WindowGeometry::fitToScreen(this);

    m_headline = new QLabel(this);
    m_headline->setObjectName(u"syncHeadline"_s);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    // An OAuth 2.0 mailbox whose sign-in expired or was revoked: sign in again from here.
    m_signInStatus = new QLabel(this);
    m_signInStatus->setObjectName(u"signInStatusLabel"_s);
    m_signInStatus->setWordWrap(true);
    m_signInAgain = new QPushButton(tr("Sign in again…"), this);
    m_signInAgain->setObjectName(u"signInAgainButton"_s);
    connect(m_signInAgain, &QPushButton::clicked, this, [this] { m_sync.signInAgain(); });
    m_cancelSignIn = new QPushButton(tr("Cancel"), this);
    m_cancelSignIn->setObjectName(u"cancelSignInButton"_s);
    connect(m_cancelSignIn, &QPushButton::clicked, this, [this] { m_sync.cancelSignIn(); });
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signInAgain, 0, Qt::AlignTop);
    signInRow->addWidget(m_cancelSignIn, 0, Qt::AlignTop);
    signInRow->addWidget(m_signInStatus, 1);
    m_account = new QLabel(this);
    m_lastPass = new QLabel(this);
    m_lastError = new QLabel(this);
    m_lastError->setObjectName(u"syncLastError"_s);
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alerts = new QLabel(this);
    m_alerts->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Mailbox:"), m_account);
    form->addRow(tr("Last finished pass:"), m_lastPass);
    form->addRow(tr("Last error:"), m_lastError);
    form->addRow(tr("Server alerts:"), m_alerts);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"protocolLogView"_s);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(sync.monitor().protocolLog().size() + 2000);
    m_log->setPlainText(sync.monitor().protocolLog().join(u'\n'));
    connect(&sync.monitor(), &MailboxSyncMonitor::protocolAppended, this, [this](const QStringList &lines) {
        for (const QString &line : lines)
            m_log->appendPlainText(line);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_syncNow = buttons->addButton(tr("Sync now"), QDialogButtonBox::ActionRole);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    connect(m_syncNow, &QPushButton::clicked, this, [this] { m_sync.syncNow(); });
    QPushButton *copy = buttons->addButton(tr("Copy log"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_sync.monitor().protocolLogText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(signInRow);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Protocol log (passwords are never shown):"), this));
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);

    connect(&sync.monitor(), &MailboxSyncMonitor::changed, this, &SyncStatusDialog::refresh);
    connect(&sync, &DeskMailboxSync::signInChanged, this, &SyncStatusDialog::refresh);
    refresh();
}

QString SyncStatusDialog::headline() const
{
    return m_headline->text();
}

QString SyncStatusDialog::signInText() const
{
    return m_signInStatus->text();
}

void SyncStatusDialog::refresh()
{
    const MailboxSyncMonitor &monitor = m_sync.monitor();
    m_headline->setText(DeskStatusBar::describeSync(monitor));
    m_account->setText(monitor.account().isEmpty() ? tr("none") : monitor.account());
    if (monitor.lastPassFinished().isValid()) {
        const auto summary = monitor.lastSummary();
        m_lastPass->setText(tr("%1 JST — %n new message(s)", nullptr, summary.stored)
                                .arg(QLocale().toString(Jst::toJst(monitor.lastPassFinished()), u"yyyy/MM/dd HH:mm:ss"_s))
                            + (summary.duplicates > 0 ? tr(", %n already stored", nullptr, summary.duplicates) : QString()));
    } else {
        m_lastPass->setText(tr("none yet"));
    }
    m_lastError->setText(monitor.lastError().message.isEmpty() ? tr("none") : monitor.lastError().message);
    m_lastError->setStyleSheet(monitor.state() == MailboxSyncMonitor::State::Failed ? u"color: #c62828"_s : QString());
    m_alerts->setText(monitor.alerts().isEmpty() ? tr("none") : monitor.alerts().join(u'\n'));
    const bool signingIn = m_sync.isSigningIn();
    m_signInAgain->setVisible(m_sync.needsSignIn() || signingIn);
    m_signInAgain->setEnabled(!signingIn);
    m_cancelSignIn->setVisible(signingIn);
    m_signInStatus->setText(m_sync.signInStatus());
    m_signInStatus->setVisible(!m_sync.signInStatus().isEmpty());
    // Another desktop (or serve) syncs: this one cannot make it hurry.
    m_syncNow->setEnabled(monitor.state() != MailboxSyncMonitor::State::NotConfigured
                          && monitor.state() != MailboxSyncMonitor::State::OtherDesktop);
}

} // namespace Madoguchi
