#pragma once

#include "desk/MainWindow.h"
#include "desk/TicketFilterBar.h"
#include "desk/TicketPanel.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QString>
#include <QTranslator>

namespace Madoguchi::Testing {

// What is wrong with the desk's search bar and ticket panel at the window's size (issue 13),
// or nothing: the search box keeps its least width (it collapsed to "…"), every filter is
// inside the bar, and the ticket panel is never wider than its place (a sideways scroll bar).
inline QString deskLayoutProblem(const MainWindow &window)
{
    using namespace Qt::Literals::StringLiterals;
    TicketFilterBar *filters = window.filterBar();
    if (filters->searchEdit()->width() < filters->searchLeastWidth())
        return u"search box %1 wide, needs %2"_s.arg(filters->searchEdit()->width()).arg(filters->searchLeastWidth());
    for (QWidget *field : filters->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (field->isVisible() && field->geometry().right() >= filters->width())
            return u"%1 ends at %2 in a bar %3 wide"_s.arg(field->objectName()).arg(field->geometry().right()).arg(filters->width());
    }
    auto *panelArea = window.findChild<QScrollArea *>(u"ticketPanelScrollArea"_s);
    if (!panelArea)
        return u"no ticket panel"_s;
    if (panelArea->horizontalScrollBar()->isVisible() || window.ticketPanel()->width() > panelArea->viewport()->width())
        return u"ticket panel %1 wide in %2"_s.arg(window.ticketPanel()->width()).arg(panelArea->viewport()->width());
    return {};
}

// The Japanese translation for a GUI test: with the strings still waiting in
// translations/pending/ when run under with-pending-ja.sh (MADOGUCHI_QM_DIR), else the embedded one.
inline bool loadJapanese(QTranslator &translator)
{
    using namespace Qt::Literals::StringLiterals;
    const QString pending = qEnvironmentVariable("MADOGUCHI_QM_DIR");
    return (!pending.isEmpty() && translator.load(QLocale(), u"madoguchi"_s, u"_"_s, pending))
           || translator.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s);
}

} // namespace Madoguchi::Testing
