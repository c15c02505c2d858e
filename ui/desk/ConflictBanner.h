#pragma once

#include <QFrame>

class QLabel;

namespace Madoguchi {

// A non-modal strip at the top of the ticket: "someone else changed this ticket" (or any
// recoverable failure), with Reload. Dialogs are for decisions; this is information.
class ConflictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictBanner(QWidget *parent = nullptr);
    void showMessage(const QString &message, bool offerReload);
    QString message() const;

Q_SIGNALS:
    void reloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours(); // the light or dark notice colours of the palette in force

    QLabel *m_text = nullptr;
    QWidget *m_reload = nullptr;
};

} // namespace Madoguchi
