#pragma once

#include <QDate>
#include <QString>

namespace Madoguchi {

// A date as Japanese business mail writes it, whatever the screen's language:
// "2026年11月29日(日)", or without the year "11月29日(日)". The caller passes the JST date.
QString japaneseDateText(QDate date, bool withYear = true);

} // namespace Madoguchi
