#include "tickets/FreeMailDomains.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

bool FreeMailDomains::contains(const QString &domain)
{
    static const QSet<QString> domains {
        // Japanese carriers (i-mode, EZweb/au, SoftBank, Y!mobile, MVNOs)
        u"docomo.ne.jp"_s, u"ezweb.ne.jp"_s, u"au.com"_s, u"biz.ezweb.ne.jp"_s, u"softbank.ne.jp"_s, u"i.softbank.jp"_s,
        u"disney.ne.jp"_s, u"ymobile.ne.jp"_s, u"y-mobile.ne.jp"_s, u"emobile.ne.jp"_s, u"willcom.com"_s,
        u"pdx.ne.jp"_s, u"uqmobile.jp"_s, u"rakumail.jp"_s, u"mineo.jp"_s, u"vodafone.ne.jp"_s,
        // Japanese portals and ISPs used by individuals
        u"yahoo.co.jp"_s, u"ymail.ne.jp"_s, u"outlook.jp"_s, u"hotmail.co.jp"_s, u"live.jp"_s, u"msn.co.jp"_s,
        u"nifty.com"_s, u"nifty.ne.jp"_s, u"biglobe.ne.jp"_s, u"ocn.ne.jp"_s, u"so-net.ne.jp"_s, u"plala.or.jp"_s,
        u"excite.co.jp"_s, u"goo.jp"_s, u"infoseek.jp"_s, u"livedoor.com"_s, u"ybb.ne.jp"_s, u"icloud.jp"_s,
        // International
        u"gmail.com"_s, u"googlemail.com"_s, u"yahoo.com"_s, u"ymail.com"_s, u"outlook.com"_s, u"hotmail.com"_s,
        u"live.com"_s, u"msn.com"_s, u"icloud.com"_s, u"me.com"_s, u"mac.com"_s, u"aol.com"_s, u"gmx.com"_s,
        u"gmx.net"_s, u"mail.com"_s, u"proton.me"_s, u"protonmail.com"_s, u"zoho.com"_s, u"yandex.com"_s, u"qq.com"_s,
        u"163.com"_s, u"126.com"_s, u"naver.com"_s, u"daum.net"_s
    };
    QString d = domain.trimmed().toLower();
    while (d.endsWith(u'.'))
        d.chop(1);
    if (domains.contains(d))
        return true;
    // Carrier mail keeps sub-domains for some services (e.g. xx.ezweb.ne.jp).
    for (qsizetype dot = d.indexOf(u'.'); dot >= 0; dot = d.indexOf(u'.', dot + 1))
        if (domains.contains(d.mid(dot + 1)) && d.mid(dot + 1).count(u'.') >= 2)
            return true;
    return false;
}

QString FreeMailDomains::organisationDomain(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QString domain = address.mid(at + 1).trimmed().toLower();
    if (domain.isEmpty() || !domain.contains(u'.') || contains(domain))
        return {};
    return domain;
}

} // namespace Madoguchi
