#include "mail/import/MboxFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

Error readError(const QString &path, const QFile &file)
{
    return makeError(
        u"io"_s,
        QCoreApplication::translate("MboxFile", "Cannot read the mailbox file %1: %2").arg(path, file.errorString()));
}

} // namespace

bool MboxFile::looksLikeMbox(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // A From_ line ends with a line feed. A file with CR-only line ends (old Mac mail) that
    // starts with "From " is one mail, not an mbox holding one empty message.
    const QByteArray line = file.readLine(1024);
    const qsizetype cr = line.indexOf('\r');
    return line.startsWith("From ") && line.endsWith('\n') && (cr < 0 || cr == line.size() - 2);
}

std::optional<QDateTime> MboxFile::parseFromLine(QByteArrayView line)
{
    // The address may be missing or quoted; the asctime date is always at the end.
    static const QRegularExpression date(
        u"([A-Z][a-z]{2})\\s+([A-Z][a-z]{2})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+(?:([+-]\\d{4})\\s+)?(\\d{4})(?:\\s+([+-]\\d{4}))?\\s*$"_s);
    const auto match = date.match(QString::fromLatin1(line.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    static const QStringList months = { u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                        u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s };
    const int month = int(months.indexOf(match.captured(2))) + 1;
    const QDate day(match.captured(8).toInt(), month, match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (month == 0 || !day.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime moment(day, time, Qt::UTC);
    // Google Takeout writes the zone before the year, Postfix after it, most writers not at all.
    if (const QString zone = match.captured(7).isEmpty() ? match.captured(9) : match.captured(7); !zone.isEmpty()) {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        const int minutes = zone.mid(1, 2).toInt() * 60 + zone.mid(3, 2).toInt();
        moment = moment.addSecs(-sign * minutes * 60);
    }
    return moment;
}

QByteArray MboxFile::unquote(const QByteArray &message)
{
    if (!message.contains(">From "))
        return message;
    QByteArray out;
    out.reserve(message.size());
    qsizetype pos = 0;
    while (pos < message.size()) {
        qsizetype end = message.indexOf('\n', pos);
        end = end < 0 ? message.size() : end + 1;
        const QByteArrayView line(message.constData() + pos, end - pos);
        qsizetype quotes = 0;
        while (quotes < line.size() && line[quotes] == '>')
            ++quotes;
        if (quotes > 0 && line.sliced(quotes).startsWith("From "))
            out.append(line.sliced(1));
        else
            out.append(line);
        pos = end;
    }
    return out;
}

Result<QList<MboxEntry>> MboxFile::index(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readError(path, file);
    QList<MboxEntry> entries;
    bool previousBlank = true;
    qint64 position = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.isEmpty() && file.error() != QFileDevice::NoError)
            return readError(path, file);
        const qint64 lineStart = position;
        position += line.size();
        // A body line "From ..." that the writer forgot to quote is only a separator when it
        // follows an empty line and carries a date, which ordinary prose rarely does.
        if (previousBlank && line.startsWith("From ") && (entries.isEmpty() || parseFromLine(line))) {
            if (!entries.isEmpty())
                entries.last().length = lineStart - entries.last().offset;
            entries.append({ position, 0, parseFromLine(line) });
        }
        previousBlank = line == "\n" || line == "\r\n";
    }
    if (!entries.isEmpty())
        entries.last().length = position - entries.last().offset;
    return entries;
}

Result<QByteArray> MboxFile::read(const QString &path, const MboxEntry &entry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(entry.offset))
        return readError(path, file);
    QByteArray message = file.read(entry.length);
    // The empty line before the next From_ line belongs to the mbox, not the message.
    if (message.endsWith("\r\n\r\n"))
        message.chop(2);
    else if (message.endsWith("\n\n"))
        message.chop(1);
    return unquote(message);
}

} // namespace Madoguchi
