#pragma once

#include "ModalPrompts.h"

#include <QStringList>

namespace Madoguchi::Testing {

// Answers the dialogs' modal questions from a script set up by the test, and records what
// was asked, so a test never waits on a nested event loop.
class ScriptedPrompts final : public ModalPrompts
{
public:
    QStringList files; // answers to openFileName, in order; empty answer when used up
    bool confirmAnswer = true;
    QStringList questions; // every confirm() text
    QStringList warnings; // every warn() text
    QList<QStringList> fileLists; // answers to openFileNames, in order; nothing when used up
    QStringList informations; // every inform() text

    QString openFileName(QWidget *, const QString &, const QString &) override
    {
        return files.isEmpty() ? QString() : files.takeFirst();
    }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        questions.append(text);
        return confirmAnswer;
    }
    QStringList openFileNames(QWidget *, const QString &, const QString &) override
    {
        return fileLists.isEmpty() ? QStringList() : fileLists.takeFirst();
    }
    void warn(QWidget *, const QString &, const QString &text) override { warnings.append(text); }
    void inform(QWidget *, const QString &, const QString &text) override { informations.append(text); }
    bool confirmRisky(QWidget *, const QString &, const QString &text) override
    {
        riskyQuestions.append(text);
        return riskyAnswer;
    }
    bool riskyAnswer = false;    // like the dialog's default button
    QStringList riskyQuestions; // every confirmRisky() text
};

} // namespace Madoguchi::Testing
