#pragma once

#include <QString>

namespace Madoguchi {

// Consumer mail providers and carriers: a sender there is a person, not an organisation,
// so no customer organisation is formed from the domain.
class FreeMailDomains
{
public:
    static bool contains(const QString &domain);

    // The organisation domain of an address ("yamada@sales.acme.co.jp" → "sales.acme.co.jp"),
    // or empty for free-mail and carrier addresses.
    static QString organisationDomain(const QString &address);
};

} // namespace Madoguchi
