#include "desk/EmptyListNotice.h"

#include "Appearance.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

EmptyListNotice::EmptyListNotice(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"emptyListNotice"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"emptyListTitle"_s);
    // Relative to the text size setting, not a fixed 14 pt (changeEvent follows a new size).
    m_title->setFont(Appearance::scaledFont(font(), titleScale));
    m_title->setAlignment(Qt::AlignCenter);
    m_details = new QLabel(this);
    m_details->setObjectName(u"emptyListDetails"_s);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setTextFormat(Qt::PlainText);

    auto *connectButton = new QPushButton(tr("Connect mailbox…"), this);
    connectButton->setObjectName(u"connectMailboxButton"_s);
    connect(connectButton, &QPushButton::clicked, this, &EmptyListNotice::connectMailboxRequested);
    auto *importButton = new QPushButton(tr("Import mail…"), this);
    importButton->setObjectName(u"importMailButton"_s);
    connect(importButton, &QPushButton::clicked, this, &EmptyListNotice::importMailRequested);
    auto *sampleButton = new QPushButton(tr("Open a sample desk"), this);
    sampleButton->setObjectName(u"sampleDeskButton"_s);
    connect(sampleButton, &QPushButton::clicked, this, &EmptyListNotice::sampleDeskRequested);
    m_emptyDeskButtons = {connectButton, importButton, sampleButton};
    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setObjectName(u"clearFiltersButton"_s);
    connect(m_clear, &QPushButton::clicked, this, &EmptyListNotice::clearFiltersRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : std::as_const(m_emptyDeskButtons))
        buttons->addWidget(button);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

void EmptyListNotice::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_title->setFont(Appearance::scaledFont(font(), titleScale));
}

void EmptyListNotice::showEmptyDesk()
{
    m_title->setText(tr("No tickets yet"));
    m_details->setText(tr("Tickets come from the support mailbox. Connect it, import mail files you already "
                          "have, or open a sample desk to see how Madoguchi works."));
    for (QPushButton *button : std::as_const(m_emptyDeskButtons))
        button->show();
    m_clear->hide();
}

void EmptyListNotice::showNoMatch(const QStringList &filters)
{
    m_title->setText(tr("No tickets match"));
    m_details->setText(filters.isEmpty() ? QString() : tr("Filters in force: %1").arg(filters.join(tr(", "))));
    for (QPushButton *button : std::as_const(m_emptyDeskButtons))
        button->hide();
    m_clear->setVisible(!filters.isEmpty());
}

QString EmptyListNotice::text() const
{
    return m_title->text() + u'\n' + m_details->text();
}

} // namespace Madoguchi
