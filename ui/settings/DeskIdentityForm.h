#pragma once

#include "core/Result.h"
#include "mail/DeskIdentity.h"

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace Madoguchi {

// "Replies from the desk" in Settings → Mailbox: the support addresses (several, comma
// separated; the first is the From of replies), the From display name, the ticket tag
// prefix, the header line above a quoted mail and the attachment limit, the send-cancel window and the warning words.
class DeskIdentityForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit DeskIdentityForm(QWidget *parent = nullptr);

    void setIdentity(const DeskIdentity &identity);
    // An error naming the bad address or prefix.
    Result<DeskIdentity> identity() const;

Q_SIGNALS:
    void edited();

private:
    QLineEdit *m_addresses = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_quoteHeader = nullptr;
    QSpinBox *m_attachmentLimit = nullptr;
    QSpinBox *m_sendCancel = nullptr;
    QLineEdit *m_warningWords = nullptr;
    QCheckBox *m_checklist = nullptr;
};

} // namespace Madoguchi
