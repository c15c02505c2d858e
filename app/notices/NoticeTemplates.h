#pragma once

#include "core/Result.h"
#include "notices/Notice.h"
#include "tickets/StaffUser.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Madoguchi {

class TicketDesk;

// The texts of the notices, one per kind and language (ja, en), kept as team settings
// (notice.template.KIND.LANG.subject / .body) that managers edit; the built-in text until
// then. Placeholders, filled from the incident or plan:
//   {{organization}} the receiving organisation's name   {{functions}} クライアント機能、…
//   {{start}} {{end}} 「12月2日(水) 18:00」 in JST ({{end}}: 未定 while it lasts)
//   {{cause}} {{note}} {{today}}
// A template with any other placeholder is refused when it is saved, as reply templates are.
class NoticeTemplates
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::NoticeTemplates)

public:
    explicit NoticeTemplates(TicketDesk &desk) : m_desk(desk) {}

    static NoticeText builtIn(NoticeKind kind, const QString &language);
    // The team's text, or the built-in one.
    Result<NoticeText> text(NoticeKind kind, const QString &language);
    // Managers only. Refused (error "input") with an unknown placeholder, an empty subject or
    // body, or a language other than ja and en. Saving the built-in text back resets it.
    Result<void> save(const StaffUser &actor, NoticeKind kind, const QString &language, const NoticeText &text);

    static QStringList placeholders();
    static QStringList unknownPlaceholders(const QString &text);
    // Every known placeholder in `text` whose name is in `values` replaced, in one pass (a
    // value that itself reads "{{start}}" stays as written); the others stay.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    static QString settingName(NoticeKind kind, const QString &language, const char *part);

private:
    TicketDesk &m_desk;
};

} // namespace Madoguchi
