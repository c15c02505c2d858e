#include "mail/DeskAddresses.h"

namespace Madoguchi {

namespace {

bool containsAddress(const QStringList &list, const QString &address)
{
    const QString key = address.trimmed();
    if (key.isEmpty())
        return false;
    for (const QString &candidate : list)
        if (candidate.trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

bool DeskAddresses::isSupport(const QString &address) const
{
    return containsAddress(supportAddresses, address);
}

bool DeskAddresses::isStaff(const QString &address) const
{
    return containsAddress(staffAddresses, address);
}

} // namespace Madoguchi
