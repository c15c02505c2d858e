#include "desk/KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// The menu path of an action ("Ticket ▸ Set status"), from the menus it stands in.
QString menuPath(const QAction *action)
{
    QStringList path;
    const QObject *inside = nullptr;
    for (const QObject *object : action->associatedObjects()) {
        if (qobject_cast<const QMenu *>(object)) {
            inside = object;
            break;
        }
    }
    while (const auto *menu = qobject_cast<const QMenu *>(inside)) {
        path.prepend(KeyboardShortcutsDialog::plainText(menu->title()));
        inside = nullptr;
        for (const QObject *object : menu->menuAction()->associatedObjects()) {
            if (qobject_cast<const QMenu *>(object)) {
                inside = object;
                break;
            }
        }
    }
    return path.join(u" ▸ "_s);
}

} // namespace

QString KeyboardShortcutsDialog::plainText(const QString &menuText)
{
    static const QRegularExpression japaneseAccelerator(u"\\(&[^&]\\)"_s);
    QString text = menuText;
    text.remove(japaneseAccelerator);
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u"\u0001"_s, u"&"_s);
    return text.trimmed();
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QMainWindow *window) : QDialog(window)
{
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"shortcutsTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // In menu-bar order (File, View, …, each menu top to bottom), then any action with a key
    // that stands in no menu.
    QList<QAction *> ordered;
    QList<QMenu *> menus;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            menus.append(top->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        QList<QMenu *> inner;
        for (QAction *action : menu->actions()) {
            ordered.append(action);
            if (action->menu())
                inner.append(action->menu());
        }
        menus = inner + menus;
    }
    ordered += window->findChildren<QAction *>();
    QSet<const QAction *> listed;
    for (const QAction *action : std::as_const(ordered)) {
        if (action->shortcuts().isEmpty() || listed.contains(action))
            continue;
        listed.insert(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            if (!key.isEmpty())
                keys.append(key.toString(QKeySequence::NativeText));
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(menuPath(action)));
        m_table->setItem(row, 1, new QTableWidgetItem(plainText(action->text())));
        m_table->setItem(row, 2, new QTableWidgetItem(keys.join(tr(", "))));
    }
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 640);
}

} // namespace Madoguchi
