#pragma once

#include "core/Result.h"

#include <QWidget>

namespace Madoguchi {

// One page of the Settings dialog. apply() stores what the page shows; an error keeps the
// dialog open with the message.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual Result<void> apply() = 0;
};

} // namespace Madoguchi
