#pragma once

#include "mail/outbox/ReplyTemplates.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Madoguchi {

// Inserting a 定型文 from the keyboard: type part of its name (or category), the list
// follows, Return takes the highlighted one (arrows move), Escape closes.
class TemplatePicker : public QDialog
{
    Q_OBJECT

public:
    TemplatePicker(QList<ReplyTemplate> templates, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    // The highlighted template once accepted.
    std::optional<ReplyTemplate> chosen() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);

    QList<ReplyTemplate> m_templates;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Madoguchi
