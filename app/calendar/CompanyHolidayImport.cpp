#include "calendar/CompanyHolidayImport.h"

#include "calendar/HolidayCsv.h"
#include "calendar/JapaneseHolidays.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr qint64 longestEventDays = 366; // a longer "holiday" is a mistake in the file

struct ContentLine
{
    int lineNumber = 0;
    QString name; // upper case, e.g. DTSTART
    QString params; // upper case, e.g. ;VALUE=DATE
    QString value;
};

// RFC 5545 §3.1: a line starting with a space or tab continues the previous one.
QList<ContentLine> unfold(const QString &text)
{
    QList<ContentLine> result;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QString current;
    int currentNumber = 0;
    const auto flush = [&]() {
        if (current.isEmpty())
            return;
        // The value starts at the first colon outside a quoted parameter value.
        bool quoted = false;
        qsizetype colon = -1;
        for (qsizetype i = 0; i < current.size(); ++i) {
            if (current.at(i) == u'"')
                quoted = !quoted;
            else if (current.at(i) == u':' && !quoted) {
                colon = i;
                break;
            }
        }
        ContentLine line;
        line.lineNumber = currentNumber;
        const QString head = colon < 0 ? current : current.left(colon);
        const qsizetype semicolon = head.indexOf(u';');
        line.name = (semicolon < 0 ? head : head.left(semicolon)).trimmed().toUpper();
        line.params = semicolon < 0 ? QString() : head.mid(semicolon).toUpper();
        line.value = colon < 0 ? QString() : current.mid(colon + 1);
        result.append(line);
        current.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.front() == u' ' || line.front() == u'\t')) {
            current += line.mid(1);
            continue;
        }
        flush();
        current = line.toString();
        currentNumber = int(i + 1);
    }
    flush();
    return result;
}

QString unescapeText(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        out += (next == u'n' || next == u'N') ? QChar(u' ') : next;
    }
    return out.trimmed();
}

// "20250815" (a DATE); a DATE-TIME ("20250815T090000Z") is not an all-day event.
QDate parseIcalDate(const QString &value)
{
    static const QRegularExpression date(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    const QRegularExpressionMatch m = date.match(value.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// DURATION of whole days or weeks ("P3D", "P1W"); 0 when it is not one.
qint64 durationDays(const QString &value)
{
    static const QRegularExpression duration(u"^\\+?P(\\d+)([DW])$"_s);
    const QRegularExpressionMatch m = duration.match(value.trimmed().toUpper());
    if (!m.hasMatch())
        return 0;
    return m.captured(1).toLongLong() * (m.captured(2) == u"W"_s ? 7 : 1);
}

Error lineError(int lineNumber, const QString &what)
{
    return makeError(u"parse"_s,
                     QCoreApplication::translate("CompanyHolidayImport", "Line %1: %2").arg(lineNumber).arg(what));
}

struct AllDayEvent
{
    int firstLine = 0, startLine = 0, ruleLine = 0;
    QDate start; // invalid for a timed event
    QDate end; // exclusive
    qint64 durationDays = 0;
    QString summary;
    QString rule; // RRULE value, upper case
    QList<QDate> excluded;
};

// The start dates of every occurrence. Only yearly rules (a founding day, a summer break on
// fixed dates) are supported; anything else is refused rather than half-imported.
Result<QList<QDate>> occurrences(const AllDayEvent &event)
{
    if (event.rule.isEmpty())
        return QList<QDate> { event.start };
    QHash<QString, QString> parts;
    for (const QString &part : event.rule.split(u';', Qt::SkipEmptyParts))
        parts.insert(part.section(u'=', 0, 0), part.section(u'=', 1));
    const QSet<QString> supported { u"FREQ"_s, u"COUNT"_s, u"UNTIL"_s, u"INTERVAL"_s };
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!supported.contains(it.key()) || (it.key() == u"FREQ"_s && it.value() != u"YEARLY"_s))
            return lineError(
                event.ruleLine,
                QCoreApplication::translate("CompanyHolidayImport",
                                            "the repeat rule \"%1\" is not supported (only FREQ=YEARLY with "
                                            "COUNT, UNTIL or INTERVAL); list the days instead")
                    .arg(event.rule));
    }
    const int count = parts.value(u"COUNT"_s).toInt();
    const int interval = std::max(1, parts.value(u"INTERVAL"_s, u"1"_s).toInt());
    QDate until = parts.contains(u"UNTIL"_s) ? parseIcalDate(parts.value(u"UNTIL"_s).left(8)) : QDate();
    if (!until.isValid())
        until = QDate(JapaneseHolidays::lastYear, 12, 31);
    QList<QDate> starts;
    int produced = 0;
    for (int year = event.start.year(); year <= until.year(); year += interval) {
        const QDate d(year, event.start.month(), event.start.day()); // 29 Feb only in leap years
        if (!d.isValid() || d > until)
            continue;
        if (count > 0 && produced == count)
            break;
        ++produced;
        if (!event.excluded.contains(d))
            starts.append(d);
    }
    return starts;
}

Result<QList<CompanyHoliday>> expand(const AllDayEvent &event)
{
    QList<CompanyHoliday> days;
    if (!event.start.isValid())
        return days;
    // DTEND of an all-day event is exclusive: 15–18 August means 15, 16 and 17.
    qint64 length = 1;
    if (event.end.isValid())
        length = std::max<qint64>(1, event.start.daysTo(event.end));
    else if (event.durationDays > 0)
        length = event.durationDays;
    if (length > longestEventDays)
        return lineError(event.startLine,
                         QCoreApplication::translate("CompanyHolidayImport", "the event is longer than a year"));
    const auto starts = occurrences(event);
    if (!starts)
        return starts.error();
    for (const QDate &first : starts.value()) {
        for (qint64 i = 0; i < length; ++i)
            days.append(CompanyHoliday { first.addDays(i), event.summary });
    }
    return days;
}

} // namespace

Result<QList<CompanyHoliday>> CompanyHolidayImport::fromCsv(const QByteArray &data)
{
    const auto entries = HolidayCsv::parse(data);
    if (!entries)
        return entries.error();
    QList<CompanyHoliday> days;
    for (const HolidayCsv::Entry &entry : entries.value())
        days.append(CompanyHoliday { entry.date, entry.name });
    return days;
}

Result<QList<CompanyHoliday>> CompanyHolidayImport::fromICalendar(const QByteArray &data)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    const QList<ContentLine> lines = unfold(QString::fromUtf8(bytes));
    if (lines.isEmpty() || lines.first().name != u"BEGIN"_s
        || lines.first().value.trimmed().toUpper() != u"VCALENDAR"_s)
        return makeError(
            u"parse"_s,
            QCoreApplication::translate("CompanyHolidayImport", "Not an iCalendar file (no BEGIN:VCALENDAR)"));

    QList<CompanyHoliday> days;
    std::optional<AllDayEvent> event;
    for (const ContentLine &line : lines) {
        const QString value = line.value.trimmed();
        if (line.name == u"BEGIN"_s && value.toUpper() == u"VEVENT"_s) {
            event = AllDayEvent {};
            event->firstLine = line.lineNumber;
        } else if (!event) {
            continue;
        } else if (line.name == u"DTSTART"_s) {
            event->startLine = line.lineNumber;
            const bool dateOnly = line.params.contains(u"VALUE=DATE"_s) && !line.params.contains(u"VALUE=DATE-TIME"_s);
            event->start = parseIcalDate(value);
            if (!event->start.isValid() && dateOnly)
                return lineError(
                    line.lineNumber,
                    QCoreApplication::translate("CompanyHolidayImport", "\"%1\" is not a date").arg(value));
            // A DATE-TIME start is a timed event (a meeting), not a day off.
        } else if (line.name == u"DTEND"_s) {
            event->end = parseIcalDate(value);
        } else if (line.name == u"DURATION"_s) {
            event->durationDays = durationDays(value);
        } else if (line.name == u"SUMMARY"_s) {
            event->summary = unescapeText(line.value);
        } else if (line.name == u"RRULE"_s) {
            event->rule = value.toUpper();
            event->ruleLine = line.lineNumber;
        } else if (line.name == u"EXDATE"_s) {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
                event->excluded.append(parseIcalDate(part.left(8)));
        } else if (line.name == u"END"_s && value.toUpper() == u"VEVENT"_s) {
            const auto expanded = expand(*event);
            if (!expanded)
                return expanded.error();
            days.append(expanded.value());
            event.reset();
        }
    }
    if (event)
        return lineError(event->firstLine,
                         QCoreApplication::translate("CompanyHolidayImport", "the event has no END:VEVENT"));
    if (days.isEmpty())
        return makeError(u"parse"_s,
                         QCoreApplication::translate("CompanyHolidayImport", "The file contains no all-day events"));
    return days;
}

Result<QList<CompanyHoliday>> CompanyHolidayImport::fromFile(const QByteArray &data)
{
    QByteArray head = data.left(64);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    head = head.trimmed();
    if (head.startsWith("BEGIN:VCALENDAR"))
        return fromICalendar(data);
    return fromCsv(data);
}

} // namespace Madoguchi
