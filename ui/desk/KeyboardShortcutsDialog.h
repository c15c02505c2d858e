#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace Madoguchi {

// Help ▸ Keyboard shortcuts: every action of the window that has a key, with the menu it is
// in, read from the actions themselves so the list cannot fall behind the menus.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(QMainWindow *window);

    // "Reply all", not "Reply &all" or 「全員に返信(&A)」.
    static QString plainText(const QString &menuText);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Madoguchi
