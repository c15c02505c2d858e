#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Madoguchi {

class AuditLog;
class Database;

// One administrator rule: mail whose subject or body contains the keyword (or matches the
// regular expression) is urgent (緊急) and runs on the 24×7 clock (DESIGN.md rule 7).
struct UrgencyRule
{
    QString pattern;
    bool regularExpression = false;
    friend bool operator==(const UrgencyRule &, const UrgencyRule &) = default;
};

// The keyword rules that mark incoming mail urgent. Text is compared after NFKC
// normalisation and case folding, so ＳＴＯＰ, stop and ｽﾄｯﾌﾟ/ストップ written either way
// match the same rule: Japanese customers mix full- and half-width forms freely.
//
// Stored in the settings table as JSON; only managers change them, and every change is audited.
class UrgencyRules
{
public:
    UrgencyRules() = default;
    explicit UrgencyRules(QList<UrgencyRule> rules);

    // The rules a new desk starts with: the outages chapter 3 section 2 of the agreement names.
    static UrgencyRules defaults();

    const QList<UrgencyRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    // An error naming the first rule that is empty or not a valid regular expression.
    Result<void> validate() const;
    // The first rule that matches the mail, if any.
    std::optional<UrgencyRule> firstMatch(const QString &subject, const QString &body) const;
    bool isUrgent(const QString &subject, const QString &body) const { return firstMatch(subject, body).has_value(); }

    QByteArray toJson() const;
    static Result<UrgencyRules> fromJson(const QByteArray &json);

    // The stored rules, or defaults() when none were ever saved.
    static Result<UrgencyRules> load(Database &database);
    // Manager only; validated, stored and audited in one transaction.
    Result<void> save(Database &database, AuditLog &audit, const StaffUser &actor) const;

    static QString normalised(const QString &text);
    static constexpr const char *settingName = "urgency.rules";

private:
    void compile();

    QList<UrgencyRule> m_rules;
    QList<QRegularExpression> m_compiled; // per rule; invalid for keywords
};

} // namespace Madoguchi
