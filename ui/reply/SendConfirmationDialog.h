#pragma once

#include "mail/outbox/SendChecklist.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QPushButton;

namespace Madoguchi {

// 誤送信防止: the last look before a reply leaves. Every To/Cc address and every attachment
// has a checkbox; Send stays disabled until each one is ticked. Addresses outside the
// customer's organisation and the desk's own domain are highlighted. Cancel is the default,
// so Return never sends by accident.
class SendConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    SendConfirmationDialog(const SendChecklist &checklist, const QString &subject, QWidget *parent = nullptr);

    QList<QCheckBox *> checkBoxes() const { return m_boxes; }
    QPushButton *sendButton() const { return m_send; }

private:
    void updateSend();

    QList<QCheckBox *> m_boxes;
    QPushButton *m_send = nullptr;
};

} // namespace Madoguchi
