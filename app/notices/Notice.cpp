#include "notices/Notice.h"

#include "tickets/KeyedNames.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const KeyedName<NoticeKind> kindNames[] = {
    {NoticeKind::First, "first", QT_TRANSLATE_NOOP("NoticeKind", "First notice of an outage")},
    {NoticeKind::Update, "update", QT_TRANSLATE_NOOP("NoticeKind", "Update")},
    {NoticeKind::Recovery, "recovery", QT_TRANSLATE_NOOP("NoticeKind", "Recovery")},
    {NoticeKind::Announcement, "announcement", QT_TRANSLATE_NOOP("NoticeKind", "Maintenance announcement")},
};

} // namespace

QString noticeKindKey(NoticeKind kind)
{
    return keyOf(kindNames, kind);
}

std::optional<NoticeKind> noticeKindFromKey(const QString &key)
{
    return valueOfKey(kindNames, key.trimmed().toLower());
}

QString noticeKindLabel(NoticeKind kind)
{
    return labelOf(kindNames, kind, "NoticeKind");
}

QStringList noticeLanguages()
{
    return {u"ja"_s, u"en"_s};
}

QStringList NoticeRecipient::addresses() const
{
    QStringList list;
    for (const OrganisationContact &c : administrators) {
        if (!list.contains(c.address, Qt::CaseInsensitive))
            list.append(c.address);
    }
    return list;
}

NoticeText NoticeDraft::textFor(const NoticeRecipient &recipient) const
{
    // One pass is not needed here: {{organization}} is the only placeholder left in a draft.
    static const QRegularExpression organisation(u"\\{\\{\\s*organization\\s*\\}\\}"_s);
    const QString name = recipient.name.isEmpty() ? recipient.domain : recipient.name;
    NoticeText filled = text;
    filled.subject.replace(organisation, name);
    filled.body.replace(organisation, name);
    return filled;
}

} // namespace Madoguchi
