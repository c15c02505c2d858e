#include "ModalPrompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Madoguchi {

namespace {

class InteractivePrompts final : public ModalPrompts
{
public:
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    }
    QStringList openFileNames(QWidget *parent, const QString &title, const QString &filter) override
    {
        return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
    }
    bool confirm(QWidget *parent, const QString &title, const QString &text) override
    {
        return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
    }
    void warn(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::warning(parent, title, text);
    }
    void inform(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::information(parent, title, text);
    }
    bool confirmRisky(QWidget *parent, const QString &title, const QString &text) override
    {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    }
};

} // namespace

ModalPrompts &ModalPrompts::interactive()
{
    static InteractivePrompts prompts;
    return prompts;
}

} // namespace Madoguchi
