#include "mail/imap/ImapFetchedMessage.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

Error fetchError(const ImapResponse &response, const QString &problem)
{
    return makeError(u"imap-parse"_s, QCoreApplication::translate("ImapFetchedMessage",
                                                                  "The server sent an unusable FETCH response "
                                                                  "(line %1): %2.")
                                          .arg(response.lineNumber)
                                          .arg(problem));
}

} // namespace

Result<QDateTime> ImapFetchedMessage::parseInternalDate(const QByteArray &text)
{
    // date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    auto bad = [&]() {
        return makeError(u"imap-parse"_s, QCoreApplication::translate("ImapFetchedMessage",
                                                                      "\"%1\" is not an IMAP INTERNALDATE.")
                                              .arg(QString::fromLatin1(text)));
    };
    const QList<QByteArray> parts = text.trimmed().split(' ');
    if (parts.size() != 3)
        return bad();
    const QList<QByteArray> date = parts.at(0).split('-');
    const QList<QByteArray> time = parts.at(1).split(':');
    const QByteArray &zone = parts.at(2);
    if (date.size() != 3 || time.size() != 3 || zone.size() != 5 || (zone.at(0) != '+' && zone.at(0) != '-'))
        return bad();
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (date.at(1).compare(months[i], Qt::CaseInsensitive) == 0)
            month = i + 1;
    }
    bool okDay = false, okYear = false, okH = false, okM = false, okS = false, okZone = false;
    const int day = date.at(0).toInt(&okDay);
    const int year = date.at(2).toInt(&okYear);
    const int hour = time.at(0).toInt(&okH);
    const int minute = time.at(1).toInt(&okM);
    const int second = time.at(2).toInt(&okS);
    const int zoneValue = zone.mid(1).toInt(&okZone);
    if (!month || !okDay || !okYear || !okH || !okM || !okS || !okZone)
        return bad();
    const QDate qdate(year, month, day);
    const QTime qtime(hour, minute, second);
    if (!qdate.isValid() || !qtime.isValid() || zoneValue % 100 >= 60)
        return bad();
    const int offsetSeconds = (zoneValue / 100 * 3600 + zoneValue % 100 * 60) * (zone.at(0) == '-' ? -1 : 1);
    return QDateTime(qdate, qtime, Qt::UTC).addSecs(-offsetSeconds);
}

Result<ImapFetchedMessage> ImapFetchedMessage::fromResponse(const ImapResponse &response)
{
    if (response.name != "FETCH" || response.values.size() != 1 || !response.values.first().isList())
        return fetchError(response, u"not a FETCH response"_s);
    ImapFetchedMessage message;
    message.sequenceNumber = quint32(response.number);
    const QList<ImapValue> &items = response.values.first().items;
    if (items.size() % 2 != 0)
        return fetchError(response, u"an item has no value"_s);
    for (qsizetype i = 0; i < items.size(); i += 2) {
        const ImapValue &key = items.at(i);
        const ImapValue &value = items.at(i + 1);
        if (!key.isAtom())
            return fetchError(response, u"expected an item name"_s);
        const QByteArray name = key.text.toUpper();
        if (name == "UID") {
            if (!value.isNumber() || value.number == 0 || value.number > 0xffffffffu)
                return fetchError(response, u"UID is not a valid number"_s);
            message.uid = quint32(value.number);
        } else if (name == "RFC822.SIZE") {
            if (!value.isNumber())
                return fetchError(response, u"RFC822.SIZE is not a number"_s);
            message.size = qint64(value.number);
        } else if (name == "INTERNALDATE") {
            if (!value.isString())
                return fetchError(response, u"INTERNALDATE is not a string"_s);
            auto date = parseInternalDate(value.text);
            if (!date)
                return fetchError(response, date.error().message);
            message.internalDate = date.value();
        } else if (name == "FLAGS") {
            if (!value.isList())
                return fetchError(response, u"FLAGS is not a list"_s);
            message.hasFlags = true;
            for (const ImapValue &flag : value.items)
                message.flags.append(flag.text);
        } else if (name == "BODY[]" || name == "BODY[]<0>" || name == "RFC822") {
            if (value.isNil()) {
                message.hasSource = true; // the server has no content for it (e.g. it was expunged)
            } else if (value.isString()) {
                message.source = value.text;
                message.hasSource = true;
            } else {
                return fetchError(response, u"BODY[] is not a string"_s);
            }
        }
        // Other items (MODSEQ, X-GM-*, ...) are not ours to judge.
    }
    return message;
}

} // namespace Madoguchi
