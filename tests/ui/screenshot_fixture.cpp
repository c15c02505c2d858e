// madoguchi-screenshot-fixture FILE NOW: writes a realistic Japanese desk into a new SQLite
// file for tests/ui/screenshot.sh — a few dozen tickets in every state around NOW (ISO with
// offset): overdue, due soon, new, open, mine, waiting, resolved, closed, urgent, a bounced
// reply, notes, tags and an attachment (請求書.pdf).

#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

struct Mail
{
    const char *from;
    const char *subject;
    const char *body;
    int month, day, hour, minute;
    const char *state; // new, open, mine, waiting, resolved, closed, urgent, bounced, note
};

const Mail mails[] = {
    {"kobayashi@tokyo-shoji.example.jp", "管理画面にログインできません", "木曜の朝から管理画面にログインできません。\n至急ご確認をお願いいたします。", 11, 19, 15, 20, "new"},
    {"ito@minato-denki.example.co.jp", "CSVエクスポートで文字化けします", "Excelで開くと文字化けします。", 11, 19, 11, 5, "open"},
    {"yamada@kabushiki.example.jp", "請求書の宛名変更のお願い", "宛名を㈱山田商事に変更してください。", 11, 19, 17, 45, "bounced"},
    {"nakamura@kyoto-soft.example.jp", "配信予約が反映されない", "予約した配信が送られていません。", 11, 20, 10, 30, "mine"},
    {"kato@sapporo-lab.example.jp", "クリック数が0件になっている", "先週分のクリック数が0件と表示されます。", 11, 20, 14, 12, "new"},
    {"watanabe@osaka-kogyo.example.jp", "請求書の再発行について", "いつもお世話になっております。\n㈱大阪工業の渡辺です。\n\n先月分の請求書①を再発行いただけますでしょうか。\n添付の請求書.pdfの金額が異なっております。\n\nよろしくお願いいたします。", 11, 21, 23, 40, "attachment"},
    {"yoshida@fukuoka-net.example.jp", "フォームの入力項目を追加したい", "問い合わせフォームに項目を追加したいです。", 11, 22, 9, 15, "note"},
    {"yamaguchi@nagoya-trade.example.jp", "APIの利用上限について", "APIの呼び出し上限を教えてください。", 11, 23, 13, 0, "new"},
    {"matsumoto@sendai-food.example.jp", "ユーザー追加の方法を教えてください", "担当者を一名追加したいです。", 11, 20, 16, 40, "new"},
    {"inoue@kobe-port.example.jp", "契約更新の手続きについて", "来月の契約更新について確認させてください。", 11, 21, 8, 0, "new"},
    {"ops@kobe-port.example.jp", "メール配信が停止しています", "本日15時頃から全ての配信が止まっています。至急確認をお願いします。", 11, 24, 15, 20, "urgent"},
    {"saito@yokohama-gas.example.jp", "メールテンプレートの保存ができない", "保存ボタンを押してもエラーになります。", 11, 24, 9, 30, "new"},
    {"kimura@chiba-kensetsu.example.jp", "ログ出力期間の延長", "ログの保存期間を延長できますか。", 11, 24, 11, 20, "new"},
    {"hayashi@hiroshima-ind.example.jp", "SSO連携の設定方法", "SAML連携の設定手順を教えてください。", 11, 24, 13, 40, "new"},
    {"shimizu@shizuoka-tea.example.jp", "配信停止リンクの文言変更", "配信停止リンクの文言を変更したいです。", 11, 24, 15, 5, "new"},
    {"yamazaki@niigata-rice.example.jp", "請求書払いへの変更", "支払方法を請求書払いに変更したいです。", 11, 24, 10, 10, "new"},
    {"mori@kanazawa-craft.example.jp", "ドメイン認証の手順", "SPFとDKIMの設定方法を教えてください。", 11, 24, 10, 45, "new"},
    {"abe@okayama-mfg.example.jp", "開封率の集計方法", "開封率の計算方法を教えてください。", 11, 24, 12, 30, "new"},
    {"ikeda@kumamoto-agri.example.jp", "添付ファイルの容量制限", "添付できるファイルの上限は何MBですか。", 11, 24, 14, 15, "new"},
    {"hashimoto@nara-tour.example.jp", "アカウントの権限設定", "閲覧のみの権限を作れますか。", 11, 24, 14, 50, "new"},
    {"ishikawa@gifu-paper.example.jp", "予約配信の時刻ずれ", "予約時刻から5分遅れて配信されます。", 11, 24, 15, 40, "new"},
    {"ogawa@mie-pearl.example.jp", "請求金額の内訳について", "今月の請求金額の内訳を教えてください。", 11, 24, 15, 55, "new"},
    {"okada@kagawa-udon.example.jp", "迷惑メール判定について", "配信したメールが迷惑メールに入ります。", 11, 24, 16, 0, "new"},
    {"goto@nagasaki-ship.example.jp", "操作マニュアルの送付依頼", "最新版のマニュアルをお送りください。", 11, 24, 16, 5, "new"},
    {"fujita@toyama-med.example.jp", "セキュリティチェックシートの記入", "チェックシートへの記入をお願いします。", 11, 17, 10, 0, "waiting"},
    {"murakami@aomori-apple.example.jp", "配信リストの重複削除", "重複アドレスを削除する方法は？", 11, 18, 14, 0, "waiting"},
    {"kondo@akita-sake.example.jp", "請求書の送付先追加", "経理部にも請求書を送ってください。", 11, 16, 11, 0, "waiting"},
    {"sakamoto@kochi-fish.example.jp", "パスワード再設定メールが届かない", "再設定メールが届きません。", 11, 10, 10, 0, "resolved"},
    {"endo@fukushima-peach.example.jp", "解約の相談", "来期の契約について相談したいです。", 11, 5, 15, 0, "closed"},
    {"aoki@ibaraki-natto.example.jp", "フォームの表示崩れ", "スマートフォンで表示が崩れます。", 11, 2, 9, 0, "closed"},
    {"fujii@tochigi-gyoza.example.jp", "ログイン履歴の確認", "ログイン履歴を確認したいです。", 10, 28, 13, 0, "closed"},
};

QByteArray fakePdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                             "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: madoguchi-screenshot-fixture FILE NOW\n");
        return 2;
    }
    const auto now = Jst::parseIso(QString::fromLocal8Bit(argv[2]));
    if (!now) {
        std::fprintf(stderr, "NOW must be ISO 8601 with an offset\n");
        return 2;
    }
    FixedClock clock(*now);
    DatabaseAddress address;
    address.filePath = QString::fromLocal8Bit(argv[1]);
    auto db = Database::open(address);
    if (!db || !SchemaMigrations::migrate(**db)) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    TicketDesk desk(**db, clock);
    TicketFixtureBuilder build(desk);
    auto sato = build.staff(u"sato"_s, u"佐藤"_s);
    auto suzuki = build.staff(u"suzuki"_s, u"鈴木"_s);
    auto tanaka = build.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager);
    if (!sato || !suzuki || !tanaka)
        return 1;
    auto &ops = desk.operations();
    auto version = [&](qint64 id) { return desk.tickets().ticket(id).valueOr(std::nullopt).value_or(Ticket{}).version; };
    auto check = [](const auto &result) {
        if (!result)
            std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
        return result.ok();
    };
    for (const Mail &m : mails) {
        const QDateTime received = Jst::at(QDate(2026, m.month, m.day), QTime(m.hour, m.minute));
        const QString state = QString::fromLatin1(m.state);
        qint64 ticketId = 0;
        if (state == u"attachment"_s) {
            TicketMessage message;
            message.kind = MessageKind::CustomerMessage;
            message.messageId = u"seikyu-20261121@osaka-kogyo.example.jp"_s;
            message.fromAddress = QString::fromUtf8(m.from);
            message.fromName = u"渡辺 健一"_s;
            message.to = {u"support@madoguchi.example"_s};
            message.subject = QString::fromUtf8(m.subject);
            message.received = received;
            message.bodyText = QString::fromUtf8(m.body);
            message.rawSource = TicketFixtureBuilder::rawMessage(message.messageId, message.fromAddress,
                                                                 message.to.first(), message.subject,
                                                                 message.bodyText, received);
            MessageAttachment pdf;
            pdf.fileName = u"請求書.pdf"_s;
            pdf.mimeType = u"application/pdf"_s;
            pdf.content = fakePdf();
            pdf.size = pdf.content.size();
            pdf.sha256 = QCryptographicHash::hash(pdf.content, QCryptographicHash::Sha256).toHex();
            message.attachments = {pdf};
            auto stored = desk.mail().addMessage(message);
            if (!check(stored))
                return 1;
            ticketId = stored->ticketId;
            check(ops.addTag(*sato, ticketId, version(ticketId), u"請求"_s));
        } else {
            auto stored = build.customerMail(QString::fromUtf8(m.from), QString::fromUtf8(m.subject),
                                             QString::fromUtf8(m.body), received);
            if (!check(stored))
                return 1;
            ticketId = stored->ticketId;
        }
        const QDateTime later = received.addSecs(3 * 3600);
        if (state == u"open"_s) {
            check(ops.assign(*suzuki, ticketId, version(ticketId), suzuki->id));
            check(ops.setStatus(*suzuki, ticketId, version(ticketId), TicketStatus::Open));
        } else if (state == u"mine"_s) {
            check(ops.assign(*sato, ticketId, version(ticketId), sato->id));
            check(ops.setStatus(*sato, ticketId, version(ticketId), TicketStatus::Open));
        } else if (state == u"note"_s) {
            check(ops.assign(*sato, ticketId, version(ticketId), sato->id));
            check(ops.addInternalNote(*sato, ticketId, version(ticketId), u"開発チームに仕様を確認中です。"_s));
        } else if (state == u"urgent"_s) {
            check(ops.setPriority(*tanaka, ticketId, version(ticketId), TicketPriority::Urgent));
            check(ops.assign(*tanaka, ticketId, version(ticketId), suzuki->id));
        } else if (state == u"bounced"_s) {
            auto reply = build.staffReply(ticketId, *sato, u"宛名を変更いたしました。"_s, received.addSecs(86400));
            if (check(reply))
                check(desk.mail().markUndelivered(reply->messageRowId));
        } else if (state == u"waiting"_s || state == u"resolved"_s || state == u"closed"_s) {
            check(build.staffReply(ticketId, *suzuki, u"ご連絡ありがとうございます。ご確認をお願いいたします。"_s, later));
            const TicketStatus status = state == u"waiting"_s    ? TicketStatus::Waiting
                                        : state == u"resolved"_s ? TicketStatus::Resolved
                                                                 : TicketStatus::Closed;
            check(ops.setStatus(*suzuki, ticketId, version(ticketId), status));
            if (state == u"waiting"_s && m.day == 18)
                check(build.autoReply(ticketId, QString::fromUtf8(m.from), later.addSecs(60)));
        }
    }
    std::printf("%d tickets\n", int(std::size(mails)));
    return 0;
}
