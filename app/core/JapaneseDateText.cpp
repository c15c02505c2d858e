#include "core/JapaneseDateText.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString japaneseDateText(QDate date, bool withYear)
{
    static const QString days[] = {u"月"_s, u"火"_s, u"水"_s, u"木"_s, u"金"_s, u"土"_s, u"日"_s};
    const QString monthDay = u"%1月%2日(%3)"_s.arg(date.month()).arg(date.day()).arg(days[date.dayOfWeek() - 1]);
    return withYear ? QString::number(date.year()) + u"年"_s + monthDay : monthDay;
}

} // namespace Madoguchi
