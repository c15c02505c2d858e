#include "tickets/TicketFixtureBuilder.h"

#include "calendar/ResponseDeadline.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString fixtureSupportAddress = u"support@madoguchi.example"_s;

QString newMessageId(int sequence, const QDateTime &when)
{
    return u"fixture-%1-%2@madoguchi.example"_s.arg(when.toSecsSinceEpoch()).arg(sequence);
}

} // namespace

QByteArray TicketFixtureBuilder::rawMessage(const QString &messageId, const QString &from, const QString &to,
                                            const QString &subject, const QString &body, const QDateTime &date)
{
    const QString text = u"Message-ID: <%1>\r\nFrom: %2\r\nTo: %3\r\nSubject: %4\r\nDate: %5\r\n"
                         "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                         "Content-Transfer-Encoding: 8bit\r\n\r\n%6\r\n"_s.arg(
                             messageId, from, to, subject, date.toString(Qt::RFC2822Date), body);
    return text.toUtf8();
}

Result<StoredMessage> TicketFixtureBuilder::customerMail(const QString &from, const QString &subject,
                                                         const QString &body, const QDateTime &received,
                                                         qint64 ticketId)
{
    TicketMessage m;
    m.kind = MessageKind::CustomerMessage;
    m.messageId = newMessageId(++m_sequence, received);
    // "山田 太郎 <yamada@example.jp>" gives the name; a bare address is named by its local part.
    const qsizetype open = from.indexOf(u'<');
    m.fromAddress = open >= 0 ? from.mid(open + 1).chopped(from.endsWith(u'>') ? 1 : 0).trimmed() : from;
    m.fromName = open >= 0 ? from.left(open).trimmed() : from.section(u'@', 0, 0);
    m.to = {fixtureSupportAddress};
    m.subject = subject;
    m.received = received.toUTC();
    m.bodyText = body;
    m.rawSource = rawMessage(m.messageId, from, fixtureSupportAddress, subject, body, received);
    return m_desk.mail().addMessage(m, ticketId);
}

Result<StoredMessage> TicketFixtureBuilder::staffReply(qint64 ticketId, const StaffUser &author, const QString &body,
                                                       const QDateTime &sent)
{
    auto ticket = m_desk.tickets().ticket(ticketId);
    if (!ticket)
        return ticket.error();
    TicketMessage m;
    m.kind = MessageKind::StaffReply;
    m.messageId = newMessageId(++m_sequence, sent);
    m.fromAddress = fixtureSupportAddress;
    m.fromName = author.displayName;
    m.to = {ticket->has_value() ? (*ticket)->customerAddress : QString()};
    m.subject = u"Re: [#%1] %2"_s.arg(ticketId).arg(ticket->has_value() ? (*ticket)->subject : QString());
    m.received = sent.toUTC();
    m.bodyText = body;
    m.authorId = author.id;
    m.rawSource = rawMessage(m.messageId, fixtureSupportAddress, m.to.value(0), m.subject, body, sent);
    return m_desk.mail().addMessage(m, ticketId);
}

Result<StoredMessage> TicketFixtureBuilder::autoReply(qint64 ticketId, const QString &from, const QDateTime &received)
{
    TicketMessage m;
    m.kind = MessageKind::AutoReply;
    m.messageId = newMessageId(++m_sequence, received);
    m.fromAddress = from;
    m.subject = u"自動応答: 不在のお知らせ"_s;
    m.received = received.toUTC();
    m.bodyText = u"ただいま不在にしております。"_s;
    return m_desk.mail().addMessage(m, ticketId);
}

Result<StaffUser> TicketFixtureBuilder::staff(const QString &login, const QString &name, StaffRole role)
{
    auto existing = m_desk.team().userByLogin(login);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return **existing;
    StaffUser user;
    user.login = login;
    user.displayName = name;
    user.email = login + u"@madoguchi.example"_s;
    user.role = role;
    StaffUser actor = StaffUser::system(); // fixtures act as the administrator
    return m_desk.team().addUser(actor, user);
}

Result<int> TicketFixtureBuilder::sampleDesk(const QDateTime &now)
{
    auto tanaka = staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager);
    auto sato = staff(u"sato"_s, u"佐藤"_s);
    auto suzuki = staff(u"suzuki"_s, u"鈴木"_s);
    if (!tanaka || !sato || !suzuki)
        return (!tanaka ? tanaka : !sato ? sato : suzuki).error();
    const QDateTime n = now.toUTC();
    struct Sample
    {
        const char *from;
        const char *subject;
        const char *body;
        qint64 hoursAgo;
    };
    // Receipt times relative to now, so the same fixture shows overdue and due-soon tickets
    // whatever day it is generated on.
    const Sample samples[] = {
        {"yamada@kabushiki.example.jp", "請求書の再発行について", "先月分の請求書を再発行いただけますか。①の件もご確認ください。", 30 * 24},
        {"kobayashi@tokyo-shoji.example.jp", "ログインできません", "管理画面にログインできなくなりました。", 6 * 24},
        {"ito@minato.example.co.jp", "CSVエクスポートの文字化け", "Excelで開くと文字化けします。", 5 * 24},
        {"watanabe@osaka-kogyo.example.jp", "契約更新の手続き", "㈱大阪工業の契約更新についてご相談です。", 4 * 24},
        {"nakamura@kyoto.example.jp", "配信予約が反映されない", "予約した配信が送られていません。", 50},
        {"kato@sapporo.example.jp", "クリック数の集計について", "先週のクリック数が0になっています。", 26},
        {"yoshida@fukuoka.example.jp", "ユーザー追加の方法", "担当者を一名追加したいです。", 20},
        {"yamaguchi@nagoya.example.jp", "APIの利用制限", "APIの呼び出し上限を教えてください。", 3},
        {"matsumoto@sendai.example.jp", "請求先住所の変更", "本社移転に伴い請求先を変更したいです。", 1},
        {"inoue@kobe.example.jp", "メール配信が停止しています", "本日朝からメール配信が全て止まっています。至急確認をお願いします。", 0},
    };
    auto calendar = m_desk.calendar().calendar();
    if (!calendar)
        return calendar.error();
    const BusinessCalendar &days = **calendar;
    const DeadlineCalculator calculator(days);
    const CalendarSettings &rules = days.settings();
    // Every state must show whatever the clock says (issue 20 item 10). Overdue: go back a day
    // at a time until the deadline has passed (a long break such as the year end moves it).
    const auto overdue = [&](QDateTime received) {
        for (int i = 0; i < 60 && calculator.deadline(received) >= n; ++i)
            received = received.addDays(-1);
        return received;
    };
    // Due soon on the business-hours clock is possible only in the last hours before a
    // closing time; then two mails received the day before are due at that closing.
    // Otherwise the urgent mail below is received so that it is due soon on its 24×7 clock.
    QDate closingDay = Jst::dateOf(n);
    if (!days.isBusinessDay(closingDay) || Jst::at(closingDay, days.closingTime()) < n)
        closingDay = days.nextBusinessDay(closingDay);
    const QDateTime closing = Jst::at(closingDay, days.closingTime());
    const auto dueSoon = [&](QTime at) -> std::optional<QDateTime> {
        const QDateTime received = Jst::at(closingDay.addDays(-1), at);
        if (received < n && calculator.deadline(received) == closing
            && calculator.classify(closing, n) == DeadlineFlag::DueSoon)
            return received;
        return std::nullopt;
    };
    const std::optional<QDateTime> dueSoonFirst = dueSoon(QTime(13, 40));
    const std::optional<QDateTime> dueSoonSecond = dueSoon(QTime(19, 40));
    const qint64 urgentMinutesAgo
        = dueSoonFirst ? 20 : std::max(1, rules.urgentTargetMinutes - (rules.urgentDueSoonThresholdMinutes + 1) / 2);
    int made = 0;
    QList<qint64> tickets;
    for (const Sample &s : samples) {
        QDateTime received = n.addSecs(-s.hoursAgo * 3600 - 20 * 60);
        switch (made) {
        case 2: case 3: case 4:
            received = overdue(received);
            break;
        case 5:
            received = dueSoonFirst.value_or(n.addSecs(-30 * 60));
            break;
        case 6:
            received = dueSoonSecond.value_or(n.addSecs(-40 * 60));
            break;
        case 9:
            received = n.addSecs(-urgentMinutesAgo * 60);
            break;
        default:
            break;
        }
        auto stored = customerMail(QString::fromUtf8(s.from), QString::fromUtf8(s.subject), QString::fromUtf8(s.body),
                                   received);
        if (!stored)
            return stored.error();
        tickets.append(stored->ticketId);
        ++made;
    }
    auto &ops = m_desk.operations();
    auto version = [&](qint64 id) { return m_desk.tickets().ticket(id).valueOr(std::nullopt).value_or(Ticket{}).version; };
    // The oldest is answered and resolved; the next waits on the customer after a reply.
    if (auto r = staffReply(tickets[0], *sato, u"再発行いたしました。"_s, n.addSecs(-29 * 24 * 3600)); !r)
        return r.error();
    if (auto r = ops.setStatus(*sato, tickets[0], version(tickets[0]), TicketStatus::Resolved); !r)
        return r.error();
    if (auto r = staffReply(tickets[1], *suzuki, u"パスワードの再設定をお試しください。"_s, n.addSecs(-5 * 24 * 3600)); !r)
        return r.error();
    if (auto r = ops.setStatus(*suzuki, tickets[1], version(tickets[1]), TicketStatus::Waiting); !r)
        return r.error();
    if (auto r = autoReply(tickets[1], u"kobayashi@tokyo-shoji.example.jp"_s, n.addSecs(-5 * 24 * 3600 + 60)); !r)
        return r.error();
    // A reply that bounced: the ticket is flagged and its obligation is back.
    auto bounced = staffReply(tickets[2], *sato, u"UTF-8 BOM付きで出力してください。"_s, n.addSecs(-4 * 24 * 3600));
    if (!bounced)
        return bounced.error();
    if (auto r = m_desk.mail().markUndelivered(bounced->messageRowId); !r)
        return r.error();
    for (int i : {3, 4, 5, 7})
        if (auto r = ops.assign(*sato, tickets[i], version(tickets[i]), i % 2 ? sato->id : suzuki->id); !r)
            return r.error();
    if (auto r = ops.addTag(*sato, tickets[3], version(tickets[3]), u"契約"_s); !r)
        return r.error();
    if (auto r = ops.addInternalNote(*suzuki, tickets[4], version(tickets[4]), u"開発チームに確認中"_s); !r)
        return r.error();
    if (auto r = ops.setPriority(*tanaka, tickets[9], version(tickets[9]), TicketPriority::Urgent); !r)
        return r.error();
    return made;
}

QString TicketFixtureBuilder::supportAddress()
{
    return fixtureSupportAddress;
}

} // namespace Madoguchi
