#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Madoguchi {

// Every modal question the settings dialogs ask goes through here, so a test hands in
// answers in advance instead of fighting a nested event loop (CONVENTIONS.md "Seams").
class ModalPrompts
{
public:
    virtual ~ModalPrompts() = default;

    // A file to read; empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    // Files to read; empty when the user cancelled.
    virtual QStringList openFileNames(QWidget *parent, const QString &title, const QString &filter) = 0;
    // Yes/no; true for yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // An outcome to read (an import's counts), with OK.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // Yes/no where yes may do harm (send a second answer): No is the default button.
    virtual bool confirmRisky(QWidget *parent, const QString &title, const QString &text) = 0;

    // QFileDialog and QMessageBox for the real program.
    static ModalPrompts &interactive();
};

} // namespace Madoguchi
