#include "calendar/CompanyHolidayImport.h"

#include "calendar/HolidayCsv.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr qint64 longestEventDays = 366; // a longer "holiday" is a mistake in the file

struct ContentLine
{
    int lineNumber = 0;
    QString name;   // upper case, e.g. DTSTART
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
    return makeError(u"parse"_s, QCoreApplication::translate("CompanyHolidayImport", "Line %1: %2").arg(lineNumber).arg(what));
}

} // namespace

Result<QList<CompanyHoliday>> CompanyHolidayImport::fromCsv(const QByteArray &data)
{
    const auto entries = HolidayCsv::parse(data);
    if (!entries)
        return entries.error();
    QList<CompanyHoliday> days;
    for (const HolidayCsv::Entry &entry : entries.value())
        days.append(CompanyHoliday{entry.date, entry.name});
    return days;
}

Result<QList<CompanyHoliday>> CompanyHolidayImport::fromICalendar(const QByteArray &data)
{
    const QList<ContentLine> lines = unfold(QString::fromUtf8(data));
    if (lines.isEmpty() || lines.first().name != u"BEGIN"_s || lines.first().value.trimmed().toUpper() != u"VCALENDAR"_s)
        return makeError(u"parse"_s, QCoreApplication::translate("CompanyHolidayImport", "Not an iCalendar file (no BEGIN:VCALENDAR)"));

    QList<CompanyHoliday> days;
    bool inEvent = false;
    int eventLine = 0, startLine = 0;
    QDate start, end;
    qint64 extraDays = 0;
    bool allDay = false;
    QString summary;
    for (const ContentLine &line : lines) {
        const QString value = line.value.trimmed();
        if (line.name == u"BEGIN"_s && value.toUpper() == u"VEVENT"_s) {
            inEvent = true;
            eventLine = line.lineNumber;
            start = end = QDate();
            extraDays = 0;
            allDay = false;
            summary.clear();
        } else if (!inEvent) {
            continue;
        } else if (line.name == u"DTSTART"_s) {
            startLine = line.lineNumber;
            allDay = line.params.contains(u"VALUE=DATE"_s) && !line.params.contains(u"VALUE=DATE-TIME"_s);
            start = parseIcalDate(value);
            if (!start.isValid()) {
                if (allDay)
                    return lineError(line.lineNumber, QCoreApplication::translate("CompanyHolidayImport", "\"%1\" is not a date").arg(value));
                allDay = false; // a timed event: not a day off
            } else {
                allDay = true;
            }
        } else if (line.name == u"DTEND"_s) {
            end = parseIcalDate(value);
        } else if (line.name == u"DURATION"_s) {
            extraDays = durationDays(value);
        } else if (line.name == u"SUMMARY"_s) {
            summary = unescapeText(line.value);
        } else if (line.name == u"END"_s && value.toUpper() == u"VEVENT"_s) {
            inEvent = false;
            if (!allDay)
                continue;
            // DTEND of an all-day event is exclusive: 15–18 August means 15, 16 and 17.
            QDate last = start;
            if (end.isValid())
                last = end.addDays(-1);
            else if (extraDays > 0)
                last = start.addDays(extraDays - 1);
            if (last < start)
                last = start;
            if (start.daysTo(last) >= longestEventDays)
                return lineError(startLine, QCoreApplication::translate("CompanyHolidayImport", "the event is longer than a year"));
            for (QDate d = start; d <= last; d = d.addDays(1))
                days.append(CompanyHoliday{d, summary});
        }
    }
    if (inEvent)
        return lineError(eventLine, QCoreApplication::translate("CompanyHolidayImport", "the event has no END:VEVENT"));
    if (days.isEmpty())
        return makeError(u"parse"_s, QCoreApplication::translate("CompanyHolidayImport", "The file contains no all-day events"));
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
