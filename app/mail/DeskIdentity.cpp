#include "mail/DeskIdentity.h"

#include "mail/MailIngestor.h"
#include "mail/outbox/SendChecklist.h"
#include "mail/outbox/TicketReplies.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr qint64 megabyte = 1024 * 1024;

} // namespace

Result<DeskIdentity> DeskIdentity::load(TicketDesk &desk)
{
    auto addresses = MailIngestor::loadAddresses(desk);
    if (!addresses)
        return addresses.error();
    auto fromName = desk.settings().value(QString::fromLatin1(TicketReplies::fromNameSetting));
    if (!fromName)
        return fromName.error();
    DeskIdentity identity;
    identity.supportAddresses = addresses->supportAddresses;
    identity.fromName = *fromName;
    identity.ticketTagPrefix = addresses->ticketTagPrefix;
    auto header = desk.settings().value(QString::fromLatin1(TicketReplies::quoteHeaderSetting));
    if (!header)
        return header.error();
    identity.quoteHeader = *header;
    auto limit = TicketReplies(desk).attachmentLimit();
    if (!limit)
        return limit.error();
    identity.attachmentLimitMb = int(std::clamp<qint64>((*limit + megabyte / 2) / megabyte, 1, 1000));
    auto window = TicketReplies(desk).sendCancelSecs();
    if (!window)
        return window.error();
    identity.sendCancelSecs = std::clamp(*window, 0, 600);
    auto words = desk.settings().value(QString::fromLatin1(SendChecklist::warningWordsSetting),
                                       SendChecklist::defaultWarningWords());
    if (!words)
        return words.error();
    identity.warningWords = SendChecklist::parseWords(*words);
    auto checklist = desk.settings().value(QString::fromLatin1(SendChecklist::checklistSetting));
    if (!checklist)
        return checklist.error();
    identity.sendChecklist = checklist->trimmed() != u"0"_s;
    return identity;
}

Result<QStringList> DeskIdentity::parseAddresses(const QString &text)
{
    static const QRegularExpression plain(u"^[^@\\s<>,;\"]+@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+$"_s);
    QStringList addresses;
    for (const QString &part : text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts)) {
        if (!plain.match(part).hasMatch()) {
            return makeError(u"input"_s, QCoreApplication::translate("DeskIdentity", "「%1」 is not a mail address "
                                                                                     "(name@example.co.jp).")
                                             .arg(part));
        }
        if (!addresses.contains(part, Qt::CaseInsensitive))
            addresses.append(part);
    }
    return addresses;
}

Result<void> DeskIdentity::save(TicketDesk &desk, const StaffUser &actor) const
{
    auto checked = parseAddresses(supportAddresses.join(u','));
    if (!checked)
        return checked.error();
    static const QRegularExpression prefixRule(u"^[^\\s\\[\\]0-9]{1,8}$"_s);
    if (!prefixRule.match(ticketTagPrefix).hasMatch()) {
        return makeError(u"input"_s,
                         QCoreApplication::translate("DeskIdentity", "The ticket tag prefix must be 1 to 8 characters "
                                                                     "without spaces, brackets or digits (e.g. #)."));
    }
    if (const QStringList unknown = TicketReplies::unknownQuotePlaceholders(quoteHeader); !unknown.isEmpty()) {
        return makeError(u"input"_s, QCoreApplication::translate("DeskIdentity", "The quote header knows {date}, "
                                                                                 "{time} and {from}, not {%1}.")
                                         .arg(unknown.join(u"}, {"_s)));
    }
    if (attachmentLimitMb < 1 || attachmentLimitMb > 1000) {
        return makeError(u"input"_s, QCoreApplication::translate("DeskIdentity", "The attachment limit is 1 to 1000 "
                                                                                 "MB."));
    }
    if (sendCancelSecs < 0 || sendCancelSecs > 600) {
        return makeError(u"input"_s, QCoreApplication::translate("DeskIdentity", "The time to cancel a sent reply "
                                                                                 "is 0 to 600 seconds."));
    }
    auto current = MailIngestor::loadAddresses(desk);
    if (!current)
        return current.error();
    TransactionGuard transaction(desk.database());
    if (!transaction.ok())
        return transaction.error();
    DeskAddresses addresses = *current;
    addresses.supportAddresses = *checked;
    addresses.ticketTagPrefix = ticketTagPrefix;
    if (auto saved = MailIngestor::saveAddresses(desk, addresses); !saved)
        return saved;
    if (auto named = desk.settings().setValue(actor, QString::fromLatin1(TicketReplies::fromNameSetting),
                                              fromName.trimmed());
        !named)
        return named;
    if (auto header = desk.settings().setValue(actor, QString::fromLatin1(TicketReplies::quoteHeaderSetting),
                                               quoteHeader.trimmed());
        !header)
        return header;
    if (auto limit = desk.settings().setValue(actor, QString::fromLatin1(TicketReplies::attachmentLimitSetting),
                                              QString::number(attachmentLimitMb * megabyte));
        !limit)
        return limit;
    if (auto window = desk.settings().setValue(actor, QString::fromLatin1(TicketReplies::sendCancelSetting),
                                               QString::number(sendCancelSecs));
        !window)
        return window;
    if (auto words = desk.settings().setValue(actor, QString::fromLatin1(SendChecklist::warningWordsSetting),
                                              warningWords.join(u", "_s));
        !words)
        return words;
    if (auto checklist = desk.settings().setValue(actor, QString::fromLatin1(SendChecklist::checklistSetting),
                                                  sendChecklist ? u"1"_s : u"0"_s);
        !checklist)
        return checklist;
    return transaction.commit();
}

} // namespace Madoguchi
