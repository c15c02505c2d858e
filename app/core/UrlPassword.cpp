#include "core/UrlPassword.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Where the password would be: [begin, end) of the text after "user:" and before "@". The
// last "@" is taken because an unencoded password may itself hold "@", "/" or "#".
std::pair<qsizetype, qsizetype> passwordSpan(const QString &text)
{
    const qsizetype scheme = text.indexOf(u"://"_s);
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < start)
        return { -1, -1 };
    const qsizetype colon = text.indexOf(u':', start);
    if (colon < 0 || colon > at)
        return { -1, -1 };
    return { colon + 1, at };
}

} // namespace

bool UrlPassword::present(const QString &text)
{
    const auto [begin, end] = passwordSpan(text);
    return begin >= 0 && end > begin;
}

QString UrlPassword::hidden(const QString &text)
{
    const auto [begin, end] = passwordSpan(text);
    if (begin < 0 || end <= begin)
        return text;
    return text.left(begin) + u"***"_s + text.mid(end);
}

QString UrlPassword::removed(const QString &text)
{
    const auto [begin, end] = passwordSpan(text);
    if (begin < 0)
        return text;
    return text.left(begin - 1) + text.mid(end);
}

} // namespace Madoguchi
