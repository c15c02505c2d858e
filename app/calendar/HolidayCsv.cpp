#include "calendar/HolidayCsv.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QString HolidayCsv::decode(const QByteArray &data)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.sliced(3));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    // The Cabinet Office publishes Shift_JIS; windows-31j is the superset Windows writes.
    QStringDecoder sjis("windows-31j");
    if (!sjis.isValid())
        sjis = QStringDecoder("Shift_JIS");
    return sjis.decode(bytes);
}

QDate HolidayCsv::parseDate(QStringView text)
{
    const QChar separator = text.contains(u'/') ? u'/' : u'-';
    const QList<QStringView> parts = text.trimmed().split(separator);
    if (parts.size() != 3)
        return {};
    bool okYear = false, okMonth = false, okDay = false;
    const int year = parts.at(0).toInt(&okYear);
    const int month = parts.at(1).toInt(&okMonth);
    const int day = parts.at(2).toInt(&okDay);
    if (!okYear || !okMonth || !okDay || parts.at(0).size() != 4)
        return {};
    return QDate(year, month, day);
}

Result<QList<HolidayCsv::Entry>> HolidayCsv::parse(const QByteArray &data)
{
    const QString text = decode(data);
    QList<Entry> entries;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype comma = line.indexOf(u',');
        const QStringView dateText = comma < 0 ? line : line.left(comma);
        QString name = comma < 0 ? QString() : line.mid(comma + 1).trimmed().toString();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).replace(u"\"\""_s, u"\""_s);
        const QDate date = parseDate(dateText);
        if (!date.isValid()) {
            if (entries.isEmpty() && i == 0)
                continue; // the header line ("国民の祝日・休日月日,国民の祝日・休日名称")
            return makeError(
                u"parse"_s,
                QCoreApplication::translate("HolidayCsv", "Line %1: \"%2\" is not a date (expected YYYY/M/D)")
                    .arg(i + 1)
                    .arg(dateText.toString()));
        }
        if (name.isEmpty()) {
            return makeError(u"parse"_s,
                             QCoreApplication::translate("HolidayCsv", "Line %1: the day %2 has no name")
                                 .arg(i + 1)
                                 .arg(date.toString(Qt::ISODate)));
        }
        entries.append(Entry { date, name });
    }
    if (entries.isEmpty())
        return makeError(u"parse"_s, QCoreApplication::translate("HolidayCsv", "The file contains no days"));
    return entries;
}

} // namespace Madoguchi
