#pragma once

#include "core/Result.h"
#include "tickets/UrgencyRules.h"

#include <optional>

namespace Madoguchi {

class TicketDesk;

// The administrator's keyword rules (UrgencyRules) applied to a customer's message as it
// enters the desk: a new ticket and a follow-up on an existing one alike become urgent (緊急,
// the 24×7 clock of DESIGN.md rule 7) when the subject or body matches. Which rule fired is
// written to the audit log ("urgency-rule"), and reason() reads it back for the deadline
// explanation. A ticket whose priority staff set by hand keeps it: a keyword in a later
// mail (often only quoted) does not overrule a person.
class KeywordUrgency
{
public:
    explicit KeywordUrgency(TicketDesk &desk) : m_desk(desk) {}

    // Runs inside the caller's transaction. The rule that made the ticket urgent now, if any.
    Result<std::optional<UrgencyRule>> apply(qint64 ticketId, const UrgencyRules &rules, const QString &subject,
                                             const QString &body);

    // Why an urgent ticket is urgent, in the UI language: the keyword rule that fired, or the
    // person who set it. Empty when the ticket is not urgent or nobody recorded why.
    Result<QString> reason(qint64 ticketId);

    static constexpr const char *auditAction = "urgency-rule";

private:
    TicketDesk &m_desk;
};

} // namespace Madoguchi
