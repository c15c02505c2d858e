#include "desk/ConflictBanner.h"

#include "Appearance.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

ConflictBanner::ConflictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"conflictBanner"_s);
    applyColours();
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *reload = new QPushButton(tr("Reload"), this);
    reload->setObjectName(u"reloadButton"_s);
    auto *close = new QPushButton(tr("Dismiss"), this);
    layout->addWidget(m_text, 1);
    layout->addWidget(reload);
    layout->addWidget(close);
    m_reload = reload;
    connect(reload, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT reloadRequested();
    });
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ConflictBanner::applyColours()
{
    const auto colours = Appearance::noticeColours(Appearance::Notice::Warning, QGuiApplication::palette());
    Appearance::setStyleSheetIfChanged(
        this, u"#conflictBanner { background: %1; border: 1px solid %2; border-radius: 3px; } "
              "#conflictBanner QLabel { color: %3; }"_s.arg(colours.background.name(), colours.border.name(),
                                                          colours.text.name()));
}

void ConflictBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void ConflictBanner::showMessage(const QString &message, bool offerReload)
{
    m_text->setText(message);
    m_reload->setVisible(offerReload);
    show();
}

QString ConflictBanner::message() const
{
    return m_text->text();
}

} // namespace Madoguchi
