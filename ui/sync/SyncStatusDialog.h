#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Madoguchi {

class DeskMailboxSync;

// Mailbox → Sync status: what the sync is doing and why it is not (who holds the team's
// lock, the last error in full, server alerts), the last pass, and the last few hundred
// protocol lines with passwords masked — enough to diagnose a mailbox problem or to paste
// into a support request. Follows the sync live while open.
class SyncStatusDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncStatusDialog(DeskMailboxSync &sync, QWidget *parent = nullptr);

    QString headline() const;
    QString signInText() const;
    QPlainTextEdit *logView() const { return m_log; }

private:
    void refresh();

    DeskMailboxSync &m_sync;
    QLabel *m_headline = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_lastPass = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_alerts = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_syncNow = nullptr;
    QLabel *m_signInStatus = nullptr;
    QPushButton *m_signInAgain = nullptr;
    QPushButton *m_cancelSignIn = nullptr;
};

} // namespace Madoguchi
