#include "mail/outbox/ReplySignatures.h"

#include "store/SettingsTable.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"
#include "tickets/TicketDesk.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString ownSetting(qint64 staffId)
{
    return u"mail.signature.staff.%1"_s.arg(staffId);
}

QString normalised(const QString &text)
{
    QString s = text;
    s.replace(u"\r\n"_s, u"\n"_s);
    while (s.endsWith(u'\n') || s.endsWith(u' '))
        s.chop(1);
    return s;
}

} // namespace

Result<QString> ReplySignatures::read(const QString &name)
{
    auto stored = SettingsTable::read(m_desk.database(), name);
    if (!stored)
        return stored.error();
    return stored->value_or(QString());
}

Result<QString> ReplySignatures::team()
{
    return read(QString::fromLatin1(teamSetting));
}

Result<QString> ReplySignatures::own(qint64 staffId)
{
    if (staffId <= 0)
        return QString();
    return read(ownSetting(staffId));
}

Result<QString> ReplySignatures::forAuthor(qint64 staffId)
{
    auto mine = own(staffId);
    if (!mine || !mine->isEmpty())
        return mine;
    return team();
}

Result<void> ReplySignatures::setTeam(const StaffUser &actor, const QString &text)
{
    return m_desk.settings().setValue(actor, QString::fromLatin1(teamSetting), normalised(text));
}

Result<void> ReplySignatures::setOwn(const StaffUser &actor, const QString &text)
{
    if (actor.id <= 0)
        return makeError(u"input"_s, u"A signature belongs to a staff member"_s);
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    auto before = own(actor.id);
    if (!before)
        return before.error();
    const QString after = normalised(text);
    if (auto stored = SettingsTable::write(m_desk.database(), ownSetting(actor.id), after); !stored)
        return stored;
    if (auto logged = m_desk.audit().record(actor, 0, u"setting "_s + ownSetting(actor.id), *before, after); !logged)
        return logged;
    return transaction.commit();
}

} // namespace Madoguchi
