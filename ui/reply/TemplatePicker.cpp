#include "reply/TemplatePicker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

TemplatePicker::TemplatePicker(QList<ReplyTemplate> templates, QWidget *parent)
    : QDialog(parent), m_templates(std::move(templates))
{
    setObjectName(u"templatePicker"_s);
    setWindowTitle(tr("Insert a template"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"templateSearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Type part of a template's name"));
    m_search->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"templateListWidget"_s);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    if (m_templates.isEmpty()) {
        auto *none = new QLabel(tr("No templates yet. A manager adds the team's with madoguchi-cli template add."),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    connect(m_search, &QLineEdit::textChanged, this, &TemplatePicker::filter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    filter(QString());
    resize(420, 360);
}

void TemplatePicker::filter(const QString &text)
{
    m_list->clear();
    for (const ReplyTemplate &t : std::as_const(m_templates)) {
        if (!text.trimmed().isEmpty() && !t.name.contains(text.trimmed(), Qt::CaseInsensitive)
            && !t.category.contains(text.trimmed(), Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(t.category.isEmpty() ? t.name : t.name + u"  ("_s + t.category + u')',
                                         m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.body.left(400));
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

bool TemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // The search box keeps the focus; Up/Down move in the list, Return takes the highlighted one.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_list->currentItem())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

std::optional<ReplyTemplate> TemplatePicker::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const ReplyTemplate &t : m_templates) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

} // namespace Madoguchi
