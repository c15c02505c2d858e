#pragma once

#include <QDate>
#include <QFrame>
#include <QHash>

class QLabel;
class QPushButton;
class QSettings;

namespace Madoguchi {

class TicketDesk;

// The daily warning of the desk (issue 15): a maintenance plan that starts in less than 14
// days without a sent announcement shows here once a day (JST) per plan, with "Send
// announcement…". Which plan was shown on which day is remembered per desktop (QSettings,
// when given), so the warning is not repeated within the day, even after a restart.
class AnnouncementBar : public QFrame
{
    Q_OBJECT

public:
    explicit AnnouncementBar(TicketDesk &desk, QWidget *parent = nullptr);

    // Where the shown days are kept; none: for this run only.
    void setMemory(QSettings *settings);
    // Looks for plans to warn about (MainWindow::refreshLive calls it); shows the bar when a
    // plan is due today and was not shown today yet.
    void check();

    qint64 planId() const { return m_planId; }
    QLabel *messageLabel() const { return m_text; }
    QPushButton *sendButton() const { return m_send; }

Q_SIGNALS:
    void sendAnnouncementRequested(qint64 planId);

private:
    void load();
    void save();

    TicketDesk &m_desk;
    QSettings *m_memory = nullptr;
    QHash<qint64, QDate> m_shownOn;
    qint64 m_planId = 0;
    QLabel *m_text = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace Madoguchi
