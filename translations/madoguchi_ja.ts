<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AuthenticateBearerTask</name>
        <message>
            <source>the server said: %1</source>
            <translation>サーバーの応答: %1</translation>
        </message>
    </context>
    <context>
        <name>AutoAcknowledgement</name>
        <message>
            <source>The acknowledgement uses placeholders the desk does not know: %1</source>
            <translation>受付自動返信に使えない差し込み項目があります: %1</translation>
        </message>
        <message>
            <source>At least one acknowledgement a day per sender.</source>
            <translation>送信者ごとに 1 日 1 通以上にしてください。</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityCommand</name>
        <message>
            <source>Function</source>
            <translation>機能</translation>
        </message>
        <message>
            <source>From (JST)</source>
            <translation>開始 (JST)</translation>
        </message>
        <message>
            <source>To (JST)</source>
            <translation>終了 (JST)</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>告知</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>(ongoing)</source>
            <translation>（継続中）</translation>
        </message>
        <message>
            <source>Functions</source>
            <translation>機能</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>実際の終了</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>契約</translation>
        </message>
        <message>
            <source>Every maintenance plan keeps the agreement.</source>
            <translation>すべてのメンテナンス計画が契約を守っています。</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Service minutes</source>
            <translation>サービス提供時間(分)</translation>
        </message>
        <message>
            <source>Excluded minutes</source>
            <translation>除外時間(分)</translation>
        </message>
        <message>
            <source>Downtime minutes</source>
            <translation>停止時間(分)</translation>
        </message>
        <message>
            <source>Availability %</source>
            <translation>稼働率 %</translation>
        </message>
        <message>
            <source>Target %</source>
            <translation>目標 %</translation>
        </message>
        <message>
            <source>%1: below the target of %2 %</source>
            <translation>%1: 目標 %2 % を下回っています</translation>
        </message>
        <message>
            <source>Linked tickets</source>
            <translation>リンクされたチケット</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityTable</name>
        <message>
            <source>%1 – (ongoing)</source>
            <translation>%1 – (継続中)</translation>
        </message>
        <message>
            <source>(ended %1)</source>
            <translation>(%1 に終了)</translation>
        </message>
        <message>
            <source>Incident %1</source>
            <translation>障害 %1</translation>
        </message>
        <message>
            <source>Maintenance %1</source>
            <translation>メンテナンス %1</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityTarget</name>
        <message>
            <source>The availability target must be a percentage from 90.00 to 100.00 with at most two decimals.</source>
            <translation>稼働率の目標は 90.00 から 100.00 までの百分率 (小数点以下2桁まで) で指定してください。</translation>
        </message>
    </context>
    <context>
        <name>BackupCommand</name>
        <message>
            <source>restore works on the built-in SQLite database; restore a team database with pg_restore.</source>
            <translation>restore は内蔵の SQLite データベース用です。チーム用データベースは pg_restore で復元してください。</translation>
        </message>
        <message>
            <source>Restored %1 from %2; the previous database is kept as %3.</source>
            <translation>%2 から %1 を復元しました。以前のデータベースは %3 として保存してあります。</translation>
        </message>
    </context>
    <context>
        <name>CalendarCliOptions</name>
        <message>
            <source>Calendar: built in (national holidays, year-end break, 10:00-12:00 and 13:00-18:00; no desk database)</source>
            <translation>カレンダー: 組み込み (国民の祝日、年末年始休業、10:00-12:00 と 13:00-18:00。窓口のデータベースなし)</translation>
        </message>
        <message>
            <source>Calendar: the desk's, from %1 (company holidays, official holiday list, business hours, policy)</source>
            <translation>カレンダー: 窓口のもの、%1 から (会社休日、公式の祝日一覧、営業時間、期限の規則)</translation>
        </message>
        <message>
            <source> + official holidays from %1</source>
            <translation> + %1 の公式祝日</translation>
        </message>
        <message>
            <source> + company holidays from %1</source>
            <translation> + %1 の会社休日</translation>
        </message>
    </context>
    <context>
        <name>CalendarStore</name>
        <message>
            <source>Only a manager can change the business calendar.</source>
            <translation>営業日カレンダーを変更できるのは管理者のみです。</translation>
        </message>
    </context>
    <context>
        <name>CliActor</name>
        <message>
            <source>The database login %1 is not one of the desk's users; the database's owner adds it with: madoguchi-cli team login add %1 --role staff</source>
            <translation>データベースのログイン %1 は窓口のユーザーではありません。データベースの所有者が次のコマンドで追加します: madoguchi-cli team login add %1 --role staff</translation>
        </message>
        <message>
            <source>%1: only a manager can do this, and %2 (database login %3) is staff.</source>
            <translation>%1: これはマネージャーだけが行えます。%2（データベースのログイン %3）はスタッフです。</translation>
        </message>
    </context>
    <context>
        <name>CliStore</name>
        <message>
            <source>There is no desk database at %1.</source>
            <translation>窓口のデータベースが %1 にありません。</translation>
        </message>
    </context>
    <context>
        <name>CompanyHolidayImport</name>
        <message>
            <source>Line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <source>the repeat rule "%1" is not supported (only FREQ=YEARLY with COUNT, UNTIL or INTERVAL); list the days instead</source>
            <translation>繰り返しルール「%1」には対応していません (対応しているのは FREQ=YEARLY と COUNT・UNTIL・INTERVAL のみです)。日付を個別に指定してください</translation>
        </message>
        <message>
            <source>the event is longer than a year</source>
            <translation>予定の期間が1年を超えています</translation>
        </message>
        <message>
            <source>Not an iCalendar file (no BEGIN:VCALENDAR)</source>
            <translation>iCalendar ファイルではありません (BEGIN:VCALENDAR がありません)</translation>
        </message>
        <message>
            <source>"%1" is not a date</source>
            <translation>「%1」は日付ではありません</translation>
        </message>
        <message>
            <source>the event has no END:VEVENT</source>
            <translation>予定に END:VEVENT がありません</translation>
        </message>
        <message>
            <source>The file contains no all-day events</source>
            <translation>ファイルに終日の予定が1件も含まれていません</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>a quoted field is not closed</source>
            <translation>引用符で始まるフィールドが閉じていません</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The Qt SQL driver %1 is not installed.</source>
            <translation>Qt の SQL ドライバー %1 がインストールされていません。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>フォルダー %1 を作成できません。</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>データベース %1 を開けません: %2</translation>
        </message>
        <message>
            <source>Cannot listen for changes: %1</source>
            <translation>変更通知を受け取れません: %1</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAddress</name>
        <message>
            <source>"%1" is not a PostgreSQL address of the form postgresql://user@host:port/database</source>
            <translation>「%1」は postgresql://ユーザー@ホスト:ポート/データベース 形式の PostgreSQL アドレスではありません</translation>
        </message>
        <message>
            <source>Do not put the password in the database address; it is read from the system keychain or PGPASSWORD.</source>
            <translation>データベースのアドレスにパスワードを含めないでください。パスワードはシステムのキーチェーンまたは PGPASSWORD から読み込みます。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseBackup</name>
        <message>
            <source>A team PostgreSQL database is backed up on the server with pg_dump, not from the desk.</source>
            <translation>チーム用の PostgreSQL データベースは、この画面からではなくサーバー上で pg_dump によりバックアップしてください。</translation>
        </message>
        <message>
            <source>%1 already exists.</source>
            <translation>%1 はすでに存在します。</translation>
        </message>
        <message>
            <source>Writing a backup to %1</source>
            <translation>バックアップを %1 に書き込み中</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>フォルダー %1 を作成できません。</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 はファイルではありません。</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 は破損しています: %2</translation>
        </message>
        <message>
            <source>%1 is not a Madoguchi database.</source>
            <translation>%1 は Madoguchi のデータベースではありません。</translation>
        </message>
        <message>
            <source>Cannot copy %1 to %2.</source>
            <translation>%1 を %2 にコピーできません。</translation>
        </message>
        <message>
            <source>Cannot move %1 aside.</source>
            <translation>%1 を退避できません。</translation>
        </message>
        <message>
            <source>Cannot put %1 in place.</source>
            <translation>%1 を所定の場所に配置できません。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRoles</name>
        <message>
            <source>Logins per person need the team database (PostgreSQL); a SQLite desk has one user.</source>
            <translation>個人ごとのログインにはチームのデータベース(PostgreSQL)が必要です。SQLite の窓口の利用者は一人です。</translation>
        </message>
        <message>
            <source>"%1" cannot be a login: use lower-case letters, digits and _, starting with a letter (at most 63).</source>
            <translation>「%1」はログイン名にできません。英小文字・数字・_ を使い、英小文字で始めてください(63文字まで)。</translation>
        </message>
        <message>
            <source>"%1" owns the database; a person needs a login of their own.</source>
            <translation>「%1」はデータベースの所有者です。担当者には個人のログインが必要です。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSettingsPage</name>
        <message>
            <source>The password could not be kept in the system keychain:
%1

Continue without saving the password? Madoguchi will ask for it each time it starts.</source>
            <translation>パスワードをシステムのキーチェーンに保存できませんでした:
%1

パスワードを保存せずに続けますか? 窓口の起動時に毎回パスワードをお尋ねします。</translation>
        </message>
        <message>
            <source>System keychain unavailable</source>
            <translation>システムのキーチェーンを利用できません</translation>
        </message>
    </context>
    <context>
        <name>DayOffText</name>
        <message>
            <source>Mon</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>火</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>水</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>木</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>金</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>土</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>月曜</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>火曜</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>水曜</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>木曜</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>金曜</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>土曜</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>日曜</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1(%2)</translation>
        </message>
        <message>
            <source>business day</source>
            <translation>営業日</translation>
        </message>
        <message>
            <source>national holiday</source>
            <translation>祝日</translation>
        </message>
        <message>
            <source>substitute holiday</source>
            <translation>振替休日</translation>
        </message>
        <message>
            <source>citizens' holiday</source>
            <translation>国民の休日</translation>
        </message>
        <message>
            <source>year-end break</source>
            <translation>年末年始</translation>
        </message>
        <message>
            <source>company holiday</source>
            <translation>会社休日</translation>
        </message>
    </context>
    <context>
        <name>DeskIdentity</name>
        <message>
            <source>「%1」 is not a mail address (name@example.co.jp).</source>
            <translation>「%1」はメールアドレスではありません（name@example.co.jp の形式）。</translation>
        </message>
        <message>
            <source>The ticket tag prefix must be 1 to 8 characters without spaces, brackets or digits (e.g. #).</source>
            <translation>チケット番号の接頭辞は、空白・括弧・数字を含まない 1〜8 文字にしてください（例: #）。</translation>
        </message>
        <message>
            <source>The quote header knows {date}, {time} and {from}, not {%1}.</source>
            <translation>引用の見出しで使えるのは {date}、{time}、{from} です。{%1} は使えません。</translation>
        </message>
        <message>
            <source>The attachment limit is 1 to 1000 MB.</source>
            <translation>添付ファイルの上限は 1〜1000 MB です。</translation>
        </message>
        <message>
            <source>The time to cancel a sent reply is 0 to 600 seconds.</source>
            <translation>送信の取り消し時間は 0〜600 秒です。</translation>
        </message>
    </context>
    <context>
        <name>DeskQueue</name>
        <message>
            <source>New</source>
            <translation>未対応</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>期限間近</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>自分の担当</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>お客様回答待ち</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
    </context>
    <context>
        <name>DeskStartup</name>
        <message>
            <source>MADOGUCHI_NOW must be an ISO time with an offset, e.g. 2026-11-24T10:00:00+09:00: %1</source>
            <translation>MADOGUCHI_NOW にはオフセット付きの ISO 形式の日時を指定してください（例: 2026-11-24T10:00:00+09:00）: %1</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <source>Open the ticket</source>
            <translation>チケットを開く</translation>
        </message>
    </context>
    <context>
        <name>FlagIcons</name>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>期限間近</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>期限内</translation>
        </message>
        <message>
            <source>Urgent, overdue</source>
            <translation>緊急・期限超過</translation>
        </message>
        <message>
            <source>Urgent, due soon</source>
            <translation>緊急・期限間近</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>緊急</translation>
        </message>
    </context>
    <context>
        <name>HolidayCsv</name>
        <message>
            <source>Line %1: "%2" is not a date (expected YYYY/M/D)</source>
            <translation>%1 行目: 「%2」は日付ではありません (YYYY/M/D の形式で指定してください)</translation>
        </message>
        <message>
            <source>Line %1: the day %2 has no name</source>
            <translation>%1 行目: %2 に名称がありません</translation>
        </message>
        <message>
            <source>The file contains no days</source>
            <translation>ファイルに日付が1件も含まれていません</translation>
        </message>
    </context>
    <context>
        <name>HtmlSanitizer</name>
        <message>
            <source>image</source>
            <translation>画像</translation>
        </message>
    </context>
    <context>
        <name>ImapConnection</name>
        <message>
            <source>%1 did not greet within %2 seconds.</source>
            <translation>%1 から %2 秒以内に応答がありませんでした。</translation>
        </message>
        <message>
            <source>The TLS handshake with %1 did not finish within %2 seconds.</source>
            <translation>%1 との TLS ハンドシェイクが %2 秒以内に完了しませんでした。</translation>
        </message>
        <message>
            <source>%1 did not answer %2 within %3 seconds.</source>
            <translation>%1 から %2 への応答が %3 秒以内にありませんでした。</translation>
        </message>
        <message>
            <source>%1 closed the connection: %2</source>
            <translation>%1 が接続を切断しました: %2</translation>
        </message>
        <message>
            <source>%1 closed the connection.</source>
            <translation>%1 が接続を切断しました。</translation>
        </message>
        <message>
            <source>The connection to %1 is not open.</source>
            <translation>%1 への接続が開いていません。</translation>
        </message>
        <message>
            <source>%1 sent data after accepting STARTTLS; the connection was closed for safety.</source>
            <translation>%1 が STARTTLS の受諾後に余分なデータを送ってきたため、安全のため接続を切断しました。</translation>
        </message>
        <message>
            <source>%1 did not greet like an IMAP server.</source>
            <translation>%1 の応答が IMAP サーバーの挨拶ではありません。</translation>
        </message>
        <message>
            <source>%1 refused the connection: %2</source>
            <translation>%1 が接続を拒否しました: %2</translation>
        </message>
        <message>
            <source>%1 asked for input while no command was running.</source>
            <translation>%1 が、実行中のコマンドがないのに入力を求めてきました。</translation>
        </message>
    </context>
    <context>
        <name>ImapConnectionCheck</name>
        <message>
            <source>Enter the password to test the connection.</source>
            <translation>接続をテストするにはパスワードを入力してください。</translation>
        </message>
    </context>
    <context>
        <name>ImapFetchedMessage</name>
        <message>
            <source>The server sent an unusable FETCH response (line %1): %2.</source>
            <translation>サーバーから使用できない FETCH 応答を受信しました（%1 行目）: %2。</translation>
        </message>
        <message>
            <source>"%1" is not an IMAP INTERNALDATE.</source>
            <translation>「%1」は IMAP の INTERNALDATE として不正です。</translation>
        </message>
    </context>
    <context>
        <name>ImapParser</name>
        <message>
            <source>The server sent a line longer than %1 bytes (response %2).</source>
            <translation>サーバーから %1 バイトを超える行を受信しました（応答 %2）。</translation>
        </message>
        <message>
            <source>The server announced a literal of %1 bytes, more than the limit of %2 (response %3).</source>
            <translation>サーバーが上限 %2 バイトを超える %1 バイトのリテラルを通知しました（応答 %3）。</translation>
        </message>
        <message>
            <source>The server sent a malformed response (line %1, offset %2): %3.</source>
            <translation>サーバーから不正な形式の応答を受信しました（%1 行目、位置 %2）: %3。</translation>
        </message>
    </context>
    <context>
        <name>ImapServerSettings</name>
        <message>
            <source>"%1" is not a mailbox address like imaps://support@mail.example.co.jp:993: %2</source>
            <translation>「%1」は imaps://support@mail.example.co.jp:993 のようなメールボックスのアドレスではありません: %2</translation>
        </message>
        <message>
            <source>the scheme must be imaps or imap</source>
            <translation>スキームは imaps または imap にしてください</translation>
        </message>
        <message>
            <source>the host is missing</source>
            <translation>ホスト名がありません</translation>
        </message>
        <message>
            <source>the user name is missing</source>
            <translation>ユーザー名がありません</translation>
        </message>
        <message>
            <source>a password does not belong in the address; it is kept in the keychain</source>
            <translation>パスワードはアドレスに含めず、キーチェーンに保存してください</translation>
        </message>
    </context>
    <context>
        <name>ImapTask</name>
        <message>
            <source>The server asked for more input (line %1) where the client had nothing to send.</source>
            <translation>送信するものがないのに、サーバーが追加の入力を求めてきました（%1 行目）。</translation>
        </message>
        <message>
            <source>The server refused %1: %2</source>
            <translation>サーバーが %1 を拒否しました: %2</translation>
        </message>
    </context>
    <context>
        <name>IncidentTickets</name>
        <message>
            <source>There is no incident %1.</source>
            <translation>障害 %1 はありません。</translation>
        </message>
        <message>
            <source>Ticket #%1 does not exist.</source>
            <translation>チケット #%1 はありません。</translation>
        </message>
        <message>
            <source>Ticket #%1 was merged into #%2: link that one.</source>
            <translation>チケット #%1 は #%2 に統合されています。#%2 をリンクしてください。</translation>
        </message>
        <message>
            <source>Ticket #%1 is already linked to incident %2.</source>
            <translation>チケット #%1 はすでに障害 %2 にリンクされています。</translation>
        </message>
        <message>
            <source>Ticket #%1 is not linked to incident %2.</source>
            <translation>チケット #%1 は障害 %2 にリンクされていません。</translation>
        </message>
    </context>
    <context>
        <name>Iso2022JpText</name>
        <message>
            <source>ISO-2022-JP cannot carry these characters: %1. Send the reply as UTF-8, or replace them (for example ① with (1), ㈱ with (株)).</source>
            <translation>ISO-2022-JP では次の文字を送れません: %1。UTF-8 で送信するか、別の文字に置き換えてください(例: ① → (1)、㈱ → (株))。</translation>
        </message>
    </context>
    <context>
        <name>KeywordUrgency</name>
        <message>
            <source>the mail matched the urgent keyword rule “%1”</source>
            <translation>メールが緊急キーワードのルール「%1」に一致しました</translation>
        </message>
        <message>
            <source>set by %1</source>
            <translation>%1が設定</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AccountsPage</name>
        <message>
            <source>Only a manager can change the support mailbox the team shares.</source>
            <translation>チームで共有するサポート用メールボックスを変更できるのは管理者のみです。</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>メールボックス</translation>
        </message>
        <message>
            <source>Saved. The mailbox is read with these settings from the next sync.</source>
            <translation>保存しました。次回の同期からこの設定でメールボックスを読み込みます。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AcknowledgementPage</name>
        <message>
            <source>Only a manager can change the automatic acknowledgement.</source>
            <translation>受付自動返信を変更できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>When a customer's mail opens a new ticket, the desk answers at once that it was received, with the ticket number and the promised deadline. It is never sent to automatic replies, delivery failures, mailing lists, noreply addresses or the desk's own addresses, and it does not count as an answer.</source>
            <translation>お客様のメールで新しいチケットができたとき、受付番号と回答期限を書いた受付の確認をすぐにお送りします。自動応答、配信エラー、メーリングリスト、noreply のアドレス、窓口自身のアドレスには送らず、回答にも数えません。</translation>
        </message>
        <message>
            <source>Send an automatic acknowledgement for new tickets</source>
            <translation>新しいチケットに受付自動返信を送る</translation>
        </message>
        <message>
            <source>Empty: "Re: [#number] the customer's subject"</source>
            <translation>空欄のとき: 「Re: [#番号] お客様の件名」</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>件名:</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>本文:</translation>
        </message>
        <message>
            <source>Placeholders: {{customer.name}} {{customer.organization}} {{ticket.number}} {{deadline}} (e.g. 12月2日(水) 18:00; the urgent target for an urgent ticket) {{today}}</source>
            <translation>差し込み項目: {{customer.name}} {{customer.organization}} {{ticket.number}} {{deadline}}(例: 12月2日(水) 18:00。緊急チケットでは緊急の目標時刻){{today}}</translation>
        </message>
        <message>
            <source> a day per sender</source>
            <translation> 通/日(送信者ごと)</translation>
        </message>
        <message>
            <source>At most:</source>
            <translation>上限:</translation>
        </message>
        <message>
            <source>Automatic acknowledgement</source>
            <translation>受付自動返信</translation>
        </message>
        <message>
            <source>New tickets are acknowledged automatically.</source>
            <translation>新しいチケットに受付自動返信を送ります。</translation>
        </message>
        <message>
            <source>No automatic acknowledgement is sent.</source>
            <translation>受付自動返信は送りません。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AnnouncementBar</name>
        <message>
            <source>Send &amp;announcement…</source>
            <translation>メンテナンスのお知らせを送る(&amp;A)…</translation>
        </message>
        <message>
            <source>Hide until tomorrow</source>
            <translation>明日まで表示しない</translation>
        </message>
        <message numerus="yes">
            <source>Maintenance #%1 starts %2 (in %n day(s)) and has not been announced: the agreement wants the administrators told 14 days ahead.</source>
            <translation>
                <numerusform>メンテナンス #%1 は %2 に始まります（あと %n 日）が、まだお知らせしていません。契約では14日前までに管理者へ連絡することになっています。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more plan(s) too.</source>
            <translation>
                <numerusform>ほかに %n 件の計画もあります。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AppearancePage</name>
        <message>
            <source>Small</source>
            <translation>小</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>大</translation>
        </message>
        <message>
            <source>Colours follow the system's light or dark appearance.</source>
            <translation>色はシステムのライト/ダークの設定に従います。</translation>
        </message>
        <message>
            <source>Text size:</source>
            <translation>文字の大きさ:</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>表示</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ApprovalQueueView</name>
        <message>
            <source>Approval queue</source>
            <translation>承認待ち</translation>
        </message>
        <message>
            <source>Replies of staff whose replies need approval. They answer nothing and go nowhere until a manager approves them; you may correct the text first.</source>
            <translation>返信に承認が必要な担当者の返信です。管理者が承認するまで送信されず、回答にも数えられません。承認の前に本文を直すこともできます。</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>チケット</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>作成者</translation>
        </message>
        <message>
            <source>Confirmed (JST)</source>
            <translation>確定 (JST)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>宛先</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>送信先:</translation>
        </message>
        <message>
            <source>Changes you make here are what the customer receives (recorded as your edit).</source>
            <translation>ここで直した内容がお客様に届きます(あなたの修正として記録されます)。</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>本文:</translation>
        </message>
        <message>
            <source>What should the author change? (needed to send it back)</source>
            <translation>作成者に直してほしい点(差し戻すときに必要)</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>コメント:</translation>
        </message>
        <message>
            <source>Approve and send</source>
            <translation>承認して送信</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>差し戻す</translation>
        </message>
        <message>
            <source>Open ticket</source>
            <translation>チケットを開く</translation>
        </message>
        <message>
            <source>To: %1</source>
            <translation>宛先: %1</translation>
        </message>
        <message>
            <source>Cc: %1</source>
            <translation>Cc: %1</translation>
        </message>
        <message>
            <source>No reply is waiting for approval.</source>
            <translation>承認待ちの返信はありません。</translation>
        </message>
        <message>
            <source>Your corrected reply is in the outbox.</source>
            <translation>修正した返信を送信トレイに入れました。</translation>
        </message>
        <message>
            <source>The reply is in the outbox.</source>
            <translation>返信を送信トレイに入れました。</translation>
        </message>
        <message>
            <source>Sent back to %1 with your comment.</source>
            <translation>コメントを付けて %1 さんに差し戻しました。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AttachmentList</name>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>名前を付けて保存…</translation>
        </message>
        <message>
            <source>The message is gone.</source>
            <translation>メッセージが見つかりません。</translation>
        </message>
        <message>
            <source>Could not write %1 to a temporary file.</source>
            <translation>%1 を一時ファイルに書き出せませんでした。</translation>
        </message>
        <message>
            <source>Save attachment</source>
            <translation>添付ファイルを保存</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>%1 を保存できませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AvailabilityChart</name>
        <message>
            <source>Availability per month (%)</source>
            <translation>月別の稼働率 (%)</translation>
        </message>
        <message>
            <source>Client function</source>
            <translation>クライアント機能</translation>
        </message>
        <message>
            <source>Consumer function</source>
            <translation>コンシューマ機能</translation>
        </message>
        <message>
            <source>Target %1 %</source>
            <translation>目標 %1 %</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AvailabilityPrinter</name>
        <message>
            <source>Met</source>
            <translation>達成</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>未達</translation>
        </message>
        <message>
            <source>Availability %1</source>
            <translation>稼働率 %1</translation>
        </message>
        <message>
            <source>The agreement's formula (chapter 4): service minutes = days × 24 × 60 − excluded minutes; availability = (service minutes − downtime) ÷ service minutes × 100. As of %1 (JST).</source>
            <translation>サービス品質保証の計算式 (第4章): サービス提供時間 = 日数 × 24 × 60 − 除外時間、稼働率 = (サービス提供時間 − 停止時間) ÷ サービス提供時間 × 100。%1 (JST) 時点。</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>機能</translation>
        </message>
        <message>
            <source>Service minutes</source>
            <translation>サービス提供時間 (分)</translation>
        </message>
        <message>
            <source>Excluded minutes</source>
            <translation>除外時間 (分)</translation>
        </message>
        <message>
            <source>Downtime minutes</source>
            <translation>停止時間 (分)</translation>
        </message>
        <message>
            <source>Availability %</source>
            <translation>稼働率 %</translation>
        </message>
        <message>
            <source>Target %</source>
            <translation>目標 %</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Incidents and maintenance this month</source>
            <translation>今月の障害とメンテナンス</translation>
        </message>
        <message>
            <source>Incident or maintenance</source>
            <translation>障害・メンテナンス</translation>
        </message>
        <message>
            <source>When (JST)</source>
            <translation>日時 (JST)</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <source>No incident or maintenance touched this month.</source>
            <translation>この月に障害・メンテナンスはありません。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AvailabilityTargetPage</name>
        <message>
            <source>The monthly availability the team promises for the client function and for the consumer function (the agreement, chapter 4: 99 %). The Availability view, its chart and madoguchi-cli availability measure each month against it.</source>
            <translation>クライアント機能とコンシューマ機能についてチームが約束する月間稼働率です (サービス品質保証 第4章: 99 %)。稼働率の画面、そのグラフ、madoguchi-cli availability は毎月の値をこの目標と比べます。</translation>
        </message>
        <message>
            <source>Availability target</source>
            <translation>稼働率の目標</translation>
        </message>
        <message>
            <source>Only a manager can change the availability target.</source>
            <translation>稼働率の目標を変更できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>稼働率</translation>
        </message>
        <message>
            <source>Saved: every month is now measured against %1 %.</source>
            <translation>保存しました: 毎月の稼働率を %1 % と比べます。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::AvailabilityView</name>
        <message>
            <source>Save availability</source>
            <translation>稼働率の保存</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>機能</translation>
        </message>
        <message>
            <source>Service minutes</source>
            <translation>サービス提供時間 (分)</translation>
        </message>
        <message>
            <source>Excluded minutes</source>
            <translation>除外時間 (分)</translation>
        </message>
        <message>
            <source>Downtime minutes</source>
            <translation>停止時間 (分)</translation>
        </message>
        <message>
            <source>Availability %</source>
            <translation>稼働率 %</translation>
        </message>
        <message>
            <source>Target %</source>
            <translation>目標 %</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Incident or maintenance</source>
            <translation>障害・メンテナンス</translation>
        </message>
        <message>
            <source>When (JST)</source>
            <translation>日時 (JST)</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Double-click an incident to open it.</source>
            <translation>障害をダブルクリックすると開きます。</translation>
        </message>
        <message>
            <source>Incidents and maintenance this month</source>
            <translation>今月の障害とメンテナンス</translation>
        </message>
        <message>
            <source>The monthly availability the team promises (the agreement: 99 %). Shared by the whole team.</source>
            <translation>チームが約束する月間稼働率 (サービス品質保証では 99 %)。チーム全体で共有されます。</translation>
        </message>
        <message>
            <source>Set by a manager.</source>
            <translation>管理者が設定します。</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV 出力…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF 保存…</translation>
        </message>
        <message>
            <source>Month (JST)</source>
            <translation>月 (JST)</translation>
        </message>
        <message>
            <source>Availability target</source>
            <translation>稼働率の目標</translation>
        </message>
        <message>
            <source>No incident or maintenance touched this month.</source>
            <translation>この月に障害・メンテナンスはありません。</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>Excel 用 CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 に書き込めません</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::BulkOutcome</name>
        <message numerus="yes">
            <source>%n ticket(s) updated</source>
            <translation>
                <numerusform>%n件を更新</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped because someone else changed it</source>
            <translation>
                <numerusform>%n件は他の人が変更済みのためスキップ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be changed</source>
            <translation>
                <numerusform>%n件は変更できませんでした</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::BulkTicketActions</name>
        <message>
            <source>Set &amp;status</source>
            <translation>状況を変更(&amp;S)</translation>
        </message>
        <message>
            <source>Assign &amp;to</source>
            <translation>担当者を変更(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Priority</source>
            <translation>優先度(&amp;P)</translation>
        </message>
        <message>
            <source>Add ta&amp;g…</source>
            <translation>タグを追加(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Merge selected tickets…</source>
            <translation>選択したチケットを統合(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;%2 %1</source>
            <extracomment>A menu entry named by data (a status, a person) with its accelerator key %2; Japanese puts the key after the name: 「%1(&amp;%2)」.</extracomment>
            <translation>%1(&amp;%2)</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>自分</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>担当なし</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>タグを追加</translation>
        </message>
        <message>
            <source>Tag for the chosen tickets:</source>
            <translation>選択したチケットに付けるタグ:</translation>
        </message>
        <message>
            <source>Choose two or more tickets in the list to merge them.</source>
            <translation>統合するには一覧でチケットを2件以上選んでください。</translation>
        </message>
        <message>
            <source>Merge tickets</source>
            <translation>チケットの統合</translation>
        </message>
        <message>
            <source>Merge the other chosen tickets into:</source>
            <translation>選択した他のチケットの統合先:</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::BusinessHoursEditor</name>
        <message>
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Until (not included)</source>
            <translation>終了 (この時刻を含まない)</translation>
        </message>
        <message>
            <source>Add interval</source>
            <translation>時間帯を追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Business hours %1–%2 end before they start.</source>
            <translation>営業時間 %1–%2 は終了が開始より前になっています。</translation>
        </message>
        <message>
            <source>Enter at least one business-hours interval.</source>
            <translation>営業時間帯を少なくとも 1 つ入力してください。</translation>
        </message>
        <message>
            <source>Business hours %1–%2 overlap %3–%4.</source>
            <translation>営業時間 %1–%2 と %3–%4 が重なっています。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::CalendarPage</name>
        <message>
            <source>National holiday</source>
            <translation>祝日・休日</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::CalendarSettingsPage</name>
        <message>
            <source>Only a manager can change the business calendar. You can see it here.</source>
            <translation>営業日カレンダーを変更できるのは管理者のみです。ここでは内容の確認のみできます。</translation>
        </message>
        <message>
            <source>Business hours on business days</source>
            <translation>営業日の営業時間</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>回答期限</translation>
        </message>
        <message>
            <source>18:00 on the next business day after the date of receipt</source>
            <translation>受信日の翌営業日 18:00 (翌営業日ルール)</translation>
        </message>
        <message>
            <source>After-hours mail is accepted on the next business day</source>
            <translation>営業時間外の受信は翌営業日の受付とする</translation>
        </message>
        <message>
            <source>Deadline rule:</source>
            <translation>期限の算定方法:</translation>
        </message>
        <message>
            <source> business minutes</source>
            <translation> 分 (営業時間)</translation>
        </message>
        <message>
            <source>Due soon when at most:</source>
            <translation>期限間近とする残り時間:</translation>
        </message>
        <message>
            <source> minutes, around the clock</source>
            <translation> 分 (24時間365日)</translation>
        </message>
        <message>
            <source>Urgent tickets answered within:</source>
            <translation>緊急チケットの回答目標:</translation>
        </message>
        <message>
            <source>Year-end break from</source>
            <translation>年末年始休業</translation>
        </message>
        <message>
            <source>to</source>
            <translation>～</translation>
        </message>
        <message>
            <source>(both included)</source>
            <translation>(両日を含む)</translation>
        </message>
        <message>
            <source>Company holidays</source>
            <translation>会社休日 (弊社所定の休日)</translation>
        </message>
        <message>
            <source>National holidays</source>
            <translation>国民の祝日</translation>
        </message>
        <message>
            <source>Import syukujitsu.csv…</source>
            <translation>syukujitsu.csv を取り込む…</translation>
        </message>
        <message>
            <source>The Cabinet Office list of national holidays. It is applied at once, for every desktop, and every open deadline is recomputed.</source>
            <translation>内閣府の「国民の祝日」一覧です。取り込むとすぐにすべての端末に反映され、未回答の期限がすべて再計算されます。</translation>
        </message>
        <message>
            <source>Import the official holiday list</source>
            <translation>祝日一覧 (内閣府) の取り込み</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>カレンダー</translation>
        </message>
        <message>
            <source>National holidays are official through %1. Later years are computed by the rules of the holiday law and may change when the government announces them.</source>
            <translation>国民の祝日は %1 年まで公式の一覧に基づいています。それ以降の年は祝日法の規定から算出したもので、政府の発表により変わることがあります。</translation>
        </message>
        <message numerus="yes">
            <source>Saved. %n open deadline(s) recomputed.</source>
            <translation>
                <numerusform>保存しました。未回答の期限 %n 件を再計算しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>%1 was not imported: %2</source>
            <translation>%1 は取り込まれませんでした: %2</translation>
        </message>
        <message numerus="yes">
            <source>Official holiday list imported. %n open deadline(s) recomputed.</source>
            <translation>
                <numerusform>祝日一覧を取り込みました。未回答の期限 %n 件を再計算しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Urgent tickets due soon when at most:</source>
            <translation>緊急チケットの期限間近の基準 (残り):</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::CompanyHolidaysEditor</name>
        <message>
            <source>Name, e.g. Founding day</source>
            <translation>名称 (例: 創立記念日)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Import CSV or iCalendar…</source>
            <translation>CSV / iCalendar を取り込む…</translation>
        </message>
        <message>
            <source>Company holiday</source>
            <translation>会社休日</translation>
        </message>
        <message>
            <source>Import company holidays</source>
            <translation>会社休日の取り込み</translation>
        </message>
        <message>
            <source>Holiday lists (*.csv *.ics *.ical);;All files (*)</source>
            <translation>休日一覧 (*.csv *.ics *.ical);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>%1 was not imported: %2</source>
            <translation>%1 は取り込まれませんでした: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) imported. They take effect when you apply the settings.</source>
            <translation>
                <numerusform>%n 日分を取り込みました。設定を適用すると反映されます。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ConflictBanner</name>
        <message>
            <source>Reload</source>
            <translation>再読み込み</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DatabaseForm</name>
        <message>
            <source>Built-in database on this computer (nothing to set up; one person)</source>
            <translation>このコンピューターの内蔵データベース (設定不要・1 人で利用)</translation>
        </message>
        <message>
            <source>Stored in %1</source>
            <translation>保存先: %1</translation>
        </message>
        <message>
            <source>The team's PostgreSQL database (shared by every desktop)</source>
            <translation>チームの PostgreSQL データベース (全端末で共有)</translation>
        </message>
        <message>
            <source>Keep the password in the system keychain</source>
            <translation>パスワードをシステムのキーチェーンに保存する</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>ホスト:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>ポート:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>データベース名:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>ユーザー:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>パスワード:</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>接続テスト</translation>
        </message>
        <message>
            <source>Enter the %1 of the team database.</source>
            <translation>チームのデータベースの%1を入力してください。</translation>
        </message>
        <message>
            <source>host</source>
            <translation>ホスト名</translation>
        </message>
        <message>
            <source>database name</source>
            <translation>データベース名</translation>
        </message>
        <message>
            <source>user</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>%1 に接続しています…</translation>
        </message>
        <message>
            <source>Connected. The database is empty; Madoguchi prepares it when you save.</source>
            <translation>接続できました。データベースは空です。保存時に窓口が初期設定します。</translation>
        </message>
        <message>
            <source>Connected. The database is in use by Madoguchi (schema version %1).</source>
            <translation>接続できました。このデータベースは窓口で使用中です (スキーマ バージョン %1)。</translation>
        </message>
        <message>
            <source>Cannot connect: %1</source>
            <translation>接続できません: %1</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DatabaseSettingsPage</name>
        <message>
            <source>A change of database takes effect the next time Madoguchi starts.</source>
            <translation>データベースの変更は、次回窓口を起動したときに反映されます。</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>データベース</translation>
        </message>
        <message>
            <source>Saved. Restart Madoguchi to open the other database.</source>
            <translation>保存しました。別のデータベースを開くには窓口を再起動してください。</translation>
        </message>
        <message>
            <source>The team database is backed up on the server with pg_dump (see docs/store.md).</source>
            <translation>チームのデータベースはサーバー側で pg_dump によりバックアップされます（docs/store.md を参照）。</translation>
        </message>
        <message>
            <source>No backup has been written yet. Madoguchi writes one each day it runs, into %1.</source>
            <translation>バックアップはまだありません。窓口は起動している日ごとに 1 回、%1 にバックアップを作成します。</translation>
        </message>
        <message>
            <source>Last backup: %1 JST. One is written each day Madoguchi runs; the last %2 are kept in %3.</source>
            <translation>最終バックアップ: %1 JST。窓口が起動している日ごとに作成され、最新の %2 件が %3 に保存されます。</translation>
        </message>
        <message>
            <source>In use now: %1 (from the --database option; the choice below applies when Madoguchi starts without it).</source>
            <translation>使用中: %1 (--database オプションによる指定。下の設定は、このオプションなしで起動したときに使われます)</translation>
        </message>
        <message>
            <source>In use now: %1 (from the MADOGUCHI_DATABASE environment variable; the choice below applies when Madoguchi starts without it).</source>
            <translation>使用中: %1 (環境変数 MADOGUCHI_DATABASE による指定。下の設定は、この変数なしで起動したときに使われます)</translation>
        </message>
        <message>
            <source>In use now: %1 (from this setting).</source>
            <translation>使用中: %1 (この設定による)</translation>
        </message>
        <message>
            <source>In use now: %1 (the built-in database).</source>
            <translation>使用中: %1 (組み込みのデータベース)</translation>
        </message>
        <message>
            <source>In use now: %1</source>
            <translation>使用中: %1</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeadlineCalculatorPanel</name>
        <message>
            <source>Urgent (24×7, answer within %1 min)</source>
            <translation>緊急 (24時間365日体制、%1分以内に回答)</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>現在時刻</translation>
        </message>
        <message>
            <source>Next business day</source>
            <translation>翌営業日</translation>
        </message>
        <message>
            <source>After-hours mail accepted on the next business day</source>
            <translation>営業時間外の受信は翌営業日受付</translation>
        </message>
        <message>
            <source>JST</source>
            <translation>日本時間</translation>
        </message>
        <message>
            <source>Received at:</source>
            <translation>受信日時:</translation>
        </message>
        <message>
            <source>Policy:</source>
            <translation>期限の規則:</translation>
        </message>
        <message>
            <source>Deadline calculator</source>
            <translation>回答期限の計算</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>回答期限:</translation>
        </message>
        <message>
            <source>%1 %2 JST</source>
            <translation>%1 %2 (日本時間)</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskIdentityForm</name>
        <message>
            <source>Replies from the desk</source>
            <translation>窓口からの返信</translation>
        </message>
        <message>
            <source>The desk's own addresses, separated by commas. Replies are sent from the first; mail from any of them is the desk's own.</source>
            <translation>窓口のアドレスをカンマ区切りで入力します。返信は先頭のアドレスから送信され、いずれかのアドレスからのメールは窓口自身のメールとして扱われます。</translation>
        </message>
        <message>
            <source>Subjects carry the ticket number as [#1234]; this is the part before the number.</source>
            <translation>件名にはチケット番号が [#1234] の形で入ります。これは番号の前に付く部分です。</translation>
        </message>
        <message>
            <source>The line above the customer's quoted mail: {date} 2026年11月29日(日), {time} 14:10 (JST), {from} 中村 一郎様 &lt;nakamura@example.jp&gt;. Empty: the default.</source>
            <translation>お客様のメールを引用するときの見出し行です: {date} は 2026年11月29日(日)、{time} は 14:10 (JST)、{from} は 中村 一郎様 &lt;nakamura@example.jp&gt;。空欄のときは既定の見出しになります。</translation>
        </message>
        <message>
            <source>Support addresses:</source>
            <translation>サポートアドレス:</translation>
        </message>
        <message>
            <source>From name:</source>
            <translation>差出人名:</translation>
        </message>
        <message>
            <source>Ticket tag prefix:</source>
            <translation>チケット番号の接頭辞:</translation>
        </message>
        <message>
            <source>Quote header:</source>
            <translation>引用の見出し:</translation>
        </message>
        <message>
            <source>The most a reply's attachments may come to together.</source>
            <translation>1 通の返信に添付できるファイルの合計サイズの上限です。</translation>
        </message>
        <message>
            <source>Attachments up to:</source>
            <translation>添付ファイルの上限:</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>オフ</translation>
        </message>
        <message>
            <source>How long a confirmed reply waits in the outbox, so that its writer can still take it back (Undo send). 0: it goes out at once.</source>
            <translation>確認済みの返信が送信トレイで待つ時間です。この間は作成者が取り消せます。0 ですぐに送信します。</translation>
        </message>
        <message>
            <source>Time to undo a send:</source>
            <translation>送信取り消し時間:</translation>
        </message>
        <message>
            <source>Words that make the send confirmation warn when a reply's subject or text (outside the quote) holds them, separated by commas. Empty: no warning.</source>
            <translation>返信の件名または本文（引用部分を除く）に含まれていると送信確認で警告する語句。カンマ区切り。空欄で警告しません。</translation>
        </message>
        <message>
            <source>Warning words:</source>
            <translation>注意語句:</translation>
        </message>
        <message>
            <source>Tick every recipient and attachment before sending</source>
            <translation>送信前に宛先と添付ファイルを1件ずつチェックする</translation>
        </message>
        <message>
            <source>Off: Send only asks "Send to …?" once, without the list to tick.</source>
            <translation>オフ: 送信時はチェック一覧を出さず、「…に送信しますか?」と一度だけ確認します。</translation>
        </message>
        <message>
            <source>Send confirmation:</source>
            <translation>送信前の確認:</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskIncidents</name>
        <message>
            <source>Open the incident</source>
            <translation>障害を開く</translation>
        </message>
        <message>
            <source>Incident %1: %2</source>
            <translation>障害 %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n open incidents: %1</source>
            <translation>
                <numerusform>発生中の障害 %n 件: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskMailboxSync</name>
        <message>
            <source>The password of %1 is not saved on this computer: enter it in Settings → Mailbox.</source>
            <translation>%1 のパスワードがこのコンピューターに保存されていません。設定 → メールボックスで入力してください。</translation>
        </message>
        <message>
            <source>The mailbox does not sign in with OAuth 2.0.</source>
            <translation>このメールボックスは OAuth 2.0 でサインインする設定ではありません。</translation>
        </message>
        <message>
            <source>Signed in.</source>
            <translation>サインインしました。</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>%1 としてサインインしました。</translation>
        </message>
        <message>
            <source>Waiting for the browser… Sign in there as %1, then come back.</source>
            <translation>ブラウザーを待っています… ブラウザーで %1 としてサインインしてから、この画面に戻ってください。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskNotifier</name>
        <message>
            <source>#%1 is overdue (%2 late): %3</source>
            <translation>#%1 期限超過 (%2 超過): %3</translation>
        </message>
        <message>
            <source>#%1 due soon (%2 left): %3</source>
            <translation>#%1 まもなく期限 (残り %2): %3</translation>
        </message>
        <message>
            <source>Urgent ticket</source>
            <translation>緊急チケット</translation>
        </message>
        <message numerus="yes">
            <source>Madoguchi — %n overdue</source>
            <translation>
                <numerusform>窓口 — 期限超過 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskOutbox</name>
        <message>
            <source>Replies stay in the outbox: no outgoing mail server is set (Settings → Mailbox).</source>
            <translation>返信は送信トレイに保留されています: 送信メールサーバーが設定されていません(設定 → メールボックス)。</translation>
        </message>
        <message>
            <source>Replies stay in the outbox: the password of %1 is not saved on this computer (Settings → Mailbox).</source>
            <translation>返信は送信トレイに保留されています: %1 のパスワードがこのコンピューターに保存されていません(設定 → メールボックス)。</translation>
        </message>
        <message>
            <source>Reply on #%1 sent.</source>
            <translation>#%1 の返信を送信しました。</translation>
        </message>
        <message>
            <source>The reply on #%1 is waiting in the outbox: %2</source>
            <translation>#%1 の返信は送信トレイで再送を待っています: %2</translation>
        </message>
        <message>
            <source>The reply on #%1 was refused: %2</source>
            <translation>#%1 の返信は送信できませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskStatusBar</name>
        <message>
            <source>No mailbox set up</source>
            <translation>メールボックス未設定</translation>
        </message>
        <message>
            <source>Syncing mail…</source>
            <translation>メールを同期中…</translation>
        </message>
        <message>
            <source>Mail up to date</source>
            <translation>メールは最新です</translation>
        </message>
        <message>
            <source>Sync error: %1</source>
            <translation>同期エラー: %1</translation>
        </message>
        <message>
            <source>Mail is synced by %1</source>
            <translation>%1 がメールを同期中</translation>
        </message>
        <message>
            <source>Last sync %1 JST</source>
            <translation>最終同期 %1 (JST)</translation>
        </message>
        <message>
            <source>%1 JST</source>
            <translation>%1 (JST)</translation>
        </message>
        <message>
            <source>business hours</source>
            <translation>営業時間内</translation>
        </message>
        <message>
            <source>outside business hours</source>
            <translation>営業時間外</translation>
        </message>
        <message>
            <source>Mailbox sync status and protocol log</source>
            <translation>メール同期の状態と通信ログ</translation>
        </message>
        <message>
            <source>Starting the mail sync…</source>
            <translation>メール同期を開始しています…</translation>
        </message>
        <message>
            <source>Mail is synced by another desktop</source>
            <translation>別のデスクトップがメールを同期中</translation>
        </message>
        <message>
            <source>Connecting to the mailbox…</source>
            <translation>メールボックスに接続しています…</translation>
        </message>
        <message>
            <source>Syncing mail: %1 %2 of %3</source>
            <translation>メールを同期中: %1 %2 / %3 件</translation>
        </message>
        <message numerus="yes">
            <source>Connection lost: reconnecting in %n second(s)</source>
            <translation>
                <numerusform>接続が切れました: %n 秒後に再接続します</numerusform>
            </translation>
        </message>
        <message>
            <source>Connection lost: reconnecting…</source>
            <translation>接続が切れました: 再接続しています…</translation>
        </message>
        <message>
            <source>Sign in again…</source>
            <translation>再サインイン…</translation>
        </message>
        <message>
            <source>Opens the browser to sign in to the mailbox again</source>
            <translation>ブラウザーを開いてメールボックスに再度サインインします</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::EmptyListNotice</name>
        <message>
            <source>Connect mailbox…</source>
            <translation>メールボックスを接続…</translation>
        </message>
        <message>
            <source>Import mail…</source>
            <translation>メールを取り込む…</translation>
        </message>
        <message>
            <source>Open a sample desk</source>
            <translation>サンプルの窓口を開く</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>絞り込みを解除</translation>
        </message>
        <message>
            <source>No tickets yet</source>
            <translation>チケットはまだありません</translation>
        </message>
        <message>
            <source>Tickets come from the support mailbox. Connect it, import mail files you already have, or open a sample desk to see how Madoguchi works.</source>
            <translation>チケットはサポート窓口のメールボックスから作られます。メールボックスを接続するか、お手元のメールファイルを取り込むか、サンプルの窓口を開いて使い方をご覧ください。</translation>
        </message>
        <message>
            <source>No tickets match</source>
            <translation>該当するチケットはありません</translation>
        </message>
        <message>
            <source>Filters in force: %1</source>
            <translation>絞り込み条件: %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::FirstRunWizard</name>
        <message>
            <source>Set up Madoguchi</source>
            <translation>窓口の初期設定</translation>
        </message>
        <message>
            <source>Where are the tickets kept?</source>
            <translation>チケットの保存先</translation>
        </message>
        <message>
            <source>Working alone, use the built-in database. A team shares one PostgreSQL database, so everyone sees the same tickets.</source>
            <translation>1 人で使う場合は内蔵データベースを選びます。チームでは 1 つの PostgreSQL データベースを共有し、全員が同じチケットを扱います。</translation>
        </message>
        <message>
            <source>The support mailbox</source>
            <translation>サポート用メールボックス</translation>
        </message>
        <message>
            <source>Madoguchi reads support@ over IMAP and answers over SMTP. Passwords go to the system keychain. You can also start with mail files and connect the mailbox later in Settings.</source>
            <translation>窓口は support@ のメールを IMAP で受信し、SMTP で返信します。パスワードはシステムのキーチェーンに保存されます。メールファイルの取り込みから始めて、メールボックスは後で設定画面から接続することもできます。</translation>
        </message>
        <message>
            <source>Connect the support mailbox now</source>
            <translation>今すぐサポート用メールボックスに接続する</translation>
        </message>
        <message>
            <source>Import mail from files for now; connect the mailbox later</source>
            <translation>当面はファイルからメールを取り込み、メールボックスは後で接続する</translation>
        </message>
        <message>
            <source>Replies are sent from this address; more can be added in Settings → Mailbox.</source>
            <translation>返信はこのアドレスから送信されます。「設定 → メールボックス」で追加できます。</translation>
        </message>
        <message>
            <source>Support address (replies are sent from it):</source>
            <translation>サポートアドレス（返信の送信元）:</translation>
        </message>
        <message>
            <source>Enter the support address replies are sent from.</source>
            <translation>返信の送信元となるサポートアドレスを入力してください。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::HolidayCalendarView</name>
        <message>
            <source> (provisional)</source>
            <translation> (暫定)</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ImapSession</name>
        <message>
            <source>The connection to the mailbox server was closed.</source>
            <translation>メールサーバーとの接続を閉じました。</translation>
        </message>
        <message>
            <source>%1 refused to start TLS: %2</source>
            <translation>%1 が TLS の開始を拒否しました: %2</translation>
        </message>
        <message>
            <source>%1 offers no encryption (no STARTTLS), so the password would travel in clear text. Madoguchi refuses to log in like that. Use imaps:// (port 993), or allow plaintext login in the account settings if this network is trusted.</source>
            <translation>%1 は暗号化（STARTTLS）に対応していないため、パスワードが平文で送信されてしまいます。窓口ではこの状態でのログインを行いません。imaps://（ポート 993）を使用するか、信頼できるネットワークであればアカウント設定で平文ログインを許可してください。</translation>
        </message>
        <message>
            <source>%1 does not accept a login without encryption (LOGINDISABLED) and offers no STARTTLS.</source>
            <translation>%1 は暗号化なしのログインを受け付けず（LOGINDISABLED）、STARTTLS にも対応していません。</translation>
        </message>
        <message>
            <source>%1 rejected the user name or password for "%2": %3</source>
            <translation>%1 が「%2」のユーザー名またはパスワードを受け付けませんでした: %3</translation>
        </message>
        <message>
            <source>%1 requires an encrypted connection before login: %2</source>
            <translation>%1 はログイン前に暗号化された接続を必要としています: %2</translation>
        </message>
        <message>
            <source>Not connected to the mailbox server.</source>
            <translation>メールサーバーに接続していません。</translation>
        </message>
        <message>
            <source>%1 greeted with PREAUTH before TLS was started, so the session would be unencrypted and could have been taken over on the way. Madoguchi closed the connection. Use imaps:// (port 993), or allow plaintext in the account settings if this network is trusted.</source>
            <translation>%1 は TLS を開始する前に PREAUTH（認証済み）で応答しました。このままでは暗号化されない接続となり、途中で乗っ取られている可能性があります。窓口は接続を切断しました。imaps://（ポート 993）を使用するか、信頼できるネットワークであればアカウント設定で平文を許可してください。</translation>
        </message>
        <message>
            <source>%1 does not offer signing in with OAuth 2.0 (no AUTH=XOAUTH2 or AUTH=OAUTHBEARER); sign in with a password instead.</source>
            <translation>%1 は OAuth 2.0 でのサインインに対応していません (AUTH=XOAUTH2 も AUTH=OAUTHBEARER もありません)。パスワードでサインインしてください。</translation>
        </message>
        <message>
            <source>%1 refused the OAuth 2.0 sign-in for "%2": %3</source>
            <translation>%1 が「%2」の OAuth 2.0 サインインを拒否しました: %3</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::IncidentLinkBar</name>
        <message>
            <source>Incident %1: %2</source>
            <translation>障害 %1: %2</translation>
        </message>
        <message>
            <source>Link to incident</source>
            <translation>障害にリンク</translation>
        </message>
        <message>
            <source>The incident this ticket is about:</source>
            <translation>このチケットが関係する障害:</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>リンク</translation>
        </message>
        <message>
            <source>%1, %2 – %3 (JST)</source>
            <translation>%1、%2 – %3 (JST)</translation>
        </message>
        <message>
            <source>%1 down since %2 (JST)</source>
            <translation>%1 が %2 (JST) から停止中</translation>
        </message>
        <message>
            <source>Incident %1</source>
            <translation>障害 %1</translation>
        </message>
        <message>
            <source>An incident is open: %1. Link this ticket to it?</source>
            <translation>障害が発生中です: %1。このチケットをリンクしますか?</translation>
        </message>
        <message>
            <source>Linked to %1</source>
            <translation>リンク先: %1</translation>
        </message>
        <message>
            <source>There is no incident to link this ticket to. Record one under View ▸ Incidents.</source>
            <translation>リンクできる障害がありません。「表示 ▸ 障害」で記録してください。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::IncidentsDialog</name>
        <message>
            <source>Incidents</source>
            <translation>障害</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>機能</translation>
        </message>
        <message>
            <source>From (JST)</source>
            <translation>開始 (JST)</translation>
        </message>
        <message>
            <source>To (JST)</source>
            <translation>終了 (JST)</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>終了済み</translation>
        </message>
        <message>
            <source>Announced (maintenance)</source>
            <translation>告知済み (メンテナンス)</translation>
        </message>
        <message>
            <source>Start (JST)</source>
            <translation>開始 (JST)</translation>
        </message>
        <message>
            <source>End (JST)</source>
            <translation>終了 (JST)</translation>
        </message>
        <message>
            <source>Announcement (JST)</source>
            <translation>告知日時 (JST)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>新しい障害</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>End now</source>
            <translation>今すぐ終了</translation>
        </message>
        <message>
            <source>Double-click a ticket to open it. Link tickets from the ticket: Ticket ▸ Link to incident…</source>
            <translation>チケットをダブルクリックすると開きます。リンクはチケットから行います: 「チケット ▸ 障害にリンク…」</translation>
        </message>
        <message>
            <source>Unlink ticket</source>
            <translation>リンクを解除</translation>
        </message>
        <message>
            <source>(ongoing)</source>
            <translation>(継続中)</translation>
        </message>
        <message>
            <source>Choose an incident first.</source>
            <translation>先に障害を選んでください。</translation>
        </message>
        <message>
            <source>Tickets linked to incident %1</source>
            <translation>障害 %1 にリンクされたチケット</translation>
        </message>
        <message>
            <source>Save the incident, then link tickets to it from each ticket.</source>
            <translation>障害を保存してから、各チケットからリンクしてください。</translation>
        </message>
        <message>
            <source>Choose a ticket first.</source>
            <translation>先にチケットを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::KeyFigureStrip</name>
        <message>
            <source>Received</source>
            <translation>受信件数</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>期限内回答率</translation>
        </message>
        <message>
            <source>Median response</source>
            <translation>応答時間 中央値</translation>
        </message>
        <message>
            <source>90th percentile</source>
            <translation>応答時間 90パーセンタイル</translation>
        </message>
        <message>
            <source>Answered late</source>
            <translation>期限超過回答</translation>
        </message>
        <message>
            <source>Open, overdue</source>
            <translation>未回答(期限超過)</translation>
        </message>
        <message>
            <source>%1 pt</source>
            <extracomment>Change of the on-time rate in percentage points (Japanese: %1 ポイント)</extracomment>
            <translation>%1ポイント</translation>
        </message>
        <message>
            <source>Previous period %1 – %2</source>
            <translation>前期間 %1〜%2</translation>
        </message>
        <message>
            <source>vs. previous: %1</source>
            <extracomment>Under a key figure: its change from the previous period of the same length</extracomment>
            <translation>前期間比 %1</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::KeyboardShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>メニュー</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>キー</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::LanguagePage</name>
        <message>
            <source>The system's language</source>
            <translation>システムの言語</translation>
        </message>
        <message>
            <source>The new language is used the next time Madoguchi starts.</source>
            <translation>新しい言語は次回窓口を起動したときに適用されます。</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>表示言語:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>表示言語</translation>
        </message>
        <message>
            <source>Saved. Restart Madoguchi to switch the language.</source>
            <translation>保存しました。言語を切り替えるには窓口を再起動してください。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::MailboxForm</name>
        <message>
            <source>Incoming mail (IMAP)</source>
            <translation>受信メール (IMAP)</translation>
        </message>
        <message>
            <source>TLS (port 993)</source>
            <translation>TLS (ポート 993)</translation>
        </message>
        <message>
            <source>STARTTLS (port 143)</source>
            <translation>STARTTLS (ポート 143)</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>サーバー:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>暗号化:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>ポート:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>ユーザー:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>パスワード:</translation>
        </message>
        <message>
            <source>Outgoing mail (SMTP)</source>
            <translation>送信メール (SMTP)</translation>
        </message>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (ポート 587)</translation>
        </message>
        <message>
            <source>TLS (port 465)</source>
            <translation>TLS (ポート 465)</translation>
        </message>
        <message>
            <source>Same as incoming when empty</source>
            <translation>空欄の場合は受信と同じ</translation>
        </message>
        <message>
            <source>Enter the incoming mail server.</source>
            <translation>受信メールサーバーを入力してください。</translation>
        </message>
        <message>
            <source>Enter the user name of the mailbox.</source>
            <translation>メールボックスのユーザー名を入力してください。</translation>
        </message>
        <message>
            <source>Enter the user name for outgoing mail.</source>
            <translation>送信メールのユーザー名を入力してください。</translation>
        </message>
        <message>
            <source>The password could not be kept in the system keychain:
%1

Continue without saving the password? Mail is not fetched until a password is saved on this computer.</source>
            <translation>パスワードをシステムのキーチェーンに保存できませんでした:
%1

パスワードを保存せずに続けますか? このコンピューターにパスワードが保存されるまで、メールは受信されません。</translation>
        </message>
        <message>
            <source>System keychain unavailable</source>
            <translation>システムのキーチェーンを利用できません</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>オプション</translation>
        </message>
        <message>
            <source>Only for a server with the company's own certificate</source>
            <translation>社内独自の証明書を使うサーバーの場合のみ</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>Certificate to trust</source>
            <translation>信頼する証明書</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Allow the password over an unencrypted connection (not recommended)</source>
            <translation>暗号化されていない接続でのパスワード送信を許可する (非推奨)</translation>
        </message>
        <message>
            <source>e.g. Sent — replies sent from another mail program count as answers</source>
            <translation>例: Sent — 他のメールソフトから送った返信も回答として数えます</translation>
        </message>
        <message>
            <source>Mark imported mail as read on the server</source>
            <translation>取り込んだメールをサーバー上で既読にする</translation>
        </message>
        <message>
            <source>Leave mail where it is</source>
            <translation>メールを移動しない</translation>
        </message>
        <message>
            <source>Extra CA certificate:</source>
            <translation>追加の CA 証明書:</translation>
        </message>
        <message>
            <source>Sent folder:</source>
            <translation>送信済みフォルダー:</translation>
        </message>
        <message>
            <source>Move imported mail to:</source>
            <translation>取り込み後の移動先:</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>接続テスト</translation>
        </message>
        <message numerus="yes">
            <source>Connected and logged in: %1 holds %n message(s).</source>
            <translation>
                <numerusform>接続・ログインに成功しました: %1 には %n 件のメールがあります。</numerusform>
            </translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>%1 に接続しています…</translation>
        </message>
        <message>
            <source>The sign-in cannot be kept: no keychain on this computer.</source>
            <translation>このコンピューターにはキーチェーンがないため、サインイン情報を保存できません。</translation>
        </message>
        <message>
            <source>Signed in.</source>
            <translation>サインインしました。</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>%1 としてサインインしました。</translation>
        </message>
        <message>
            <source>Not signed in on this computer yet: press Sign in…</source>
            <translation>このコンピューターではまだサインインしていません。「サインイン…」を押してください。</translation>
        </message>
        <message>
            <source>The sign-in cannot be read: no keychain on this computer.</source>
            <translation>このコンピューターにはキーチェーンがないため、サインイン情報を読み取れません。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::MailboxSignIn</name>
        <message>
            <source>No web browser could be opened for the sign-in. Set a default browser and try again.</source>
            <translation>サインイン用のウェブブラウザーを開けませんでした。既定のブラウザーを設定してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Signed in, but the sign-in could not be kept: %1</source>
            <translation>サインインしましたが、サインイン情報を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>The sign-in was cancelled; nothing was saved.</source>
            <translation>サインインをキャンセルしました。何も保存されていません。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::MainWindow</name>
        <message>
            <source>Madoguchi — support desk</source>
            <translation>窓口 — サポートデスク</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>デスク</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>カレンダー</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>The settings dialog is not available in this build.</source>
            <translation>設定画面は、このビルドではまだ使えません。</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>Reports are not available in this build.</source>
            <translation>レポートは、このビルドではまだ使えません。</translation>
        </message>
        <message>
            <source>&amp;Ticket</source>
            <translation>チケット(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>検索(&amp;S)</translation>
        </message>
        <message>
            <source>Importing mail…</source>
            <translation>メールを取り込んでいます…</translation>
        </message>
        <message>
            <source>Importing mail… %1 of %2</source>
            <translation>メールを取り込んでいます… %1 / %2 件</translation>
        </message>
        <message>
            <source>Import mail</source>
            <translation>メールの取り込み</translation>
        </message>
        <message>
            <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
            <translation>メールファイル (*.eml *.mbox *.mbx);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Import a maildir folder</source>
            <translation>maildir フォルダーを取り込む</translation>
        </message>
        <message>
            <source>Message from the mail server</source>
            <translation>メールサーバーからのお知らせ</translation>
        </message>
        <message>
            <source>Mailbox sync status</source>
            <translation>メール同期の状態</translation>
        </message>
        <message>
            <source>The mailbox sync is not available in this build.</source>
            <translation>メール同期は、このビルドでは使えません。</translation>
        </message>
        <message>
            <source>Reply on #%1 queued for sending.</source>
            <translation>#%1 の返信を送信トレイに入れました。</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s), from the newest %1 matching messages: add a word or a date range to reach older ones.</source>
            <translation>
                <numerusform>%n 件 (一致したメールのうち新しい %1 通まで。それより古いものは語句や期間を追加して絞り込んでください)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>The daily backup of the database failed: %1</source>
            <translation>データベースの日次バックアップに失敗しました: %1</translation>
        </message>
        <message>
            <source>Sample desk</source>
            <translation>サンプルの窓口</translation>
        </message>
        <message>
            <source>Queue: %1</source>
            <translation>キュー: %1</translation>
        </message>
        <message>
            <source>Some tickets were not changed</source>
            <translation>変更されなかったチケットがあります</translation>
        </message>
        <message>
            <source>&amp;Import mail files…</source>
            <translation>メールファイルを取り込む(&amp;I)…</translation>
        </message>
        <message>
            <source>Import mail &amp;folder (maildir)…</source>
            <translation>メールフォルダー (maildir) を取り込む(&amp;F)…</translation>
        </message>
        <message>
            <source>S&amp;ync mail now</source>
            <translation>今すぐメールを同期(&amp;Y)</translation>
        </message>
        <message>
            <source>Mailbox sync s&amp;tatus…</source>
            <translation>メール同期の状態(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Outbox…</source>
            <translation>送信トレイ(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>デスク(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>カレンダー(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>レポート(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>最新の状態に更新(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Next ticket</source>
            <translation>次のチケット(&amp;N)</translation>
        </message>
        <message>
            <source>Pre&amp;vious ticket</source>
            <translation>前のチケット(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>返信(&amp;R)</translation>
        </message>
        <message>
            <source>Reply &amp;all</source>
            <translation>全員に返信(&amp;A)</translation>
        </message>
        <message>
            <source>Assign to m&amp;e</source>
            <translation>自分に割り当て(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Internal note</source>
            <translation>社内メモ(&amp;I)</translation>
        </message>
        <message>
            <source>Merge int&amp;o…</source>
            <translation>別のチケットに統合(&amp;O)…</translation>
        </message>
        <message>
            <source>Sp&amp;lit message…</source>
            <translation>メッセージを分割(&amp;L)…</translation>
        </message>
        <message>
            <source>Sa&amp;ve current view…</source>
            <translation>現在の表示を保存(&amp;V)…</translation>
        </message>
        <message>
            <source>Share chosen view with the &amp;team</source>
            <translation>選択したビューをチームで共有(&amp;T)</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>保存したビュー</translation>
        </message>
        <message>
            <source>&amp;Delete chosen view</source>
            <translation>選択したビューを削除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>表示を保存</translation>
        </message>
        <message>
            <source>Name for the queue, filters and search in force:</source>
            <translation>現在のキュー・絞り込み・検索に付ける名前:</translation>
        </message>
        <message>
            <source>View 「%1」 saved.</source>
            <translation>ビュー「%1」を保存しました。</translation>
        </message>
        <message>
            <source>Choose a saved view first.</source>
            <translation>先に保存したビューを選んでください。</translation>
        </message>
        <message>
            <source>Reply on #%1 is waiting for a manager's approval.</source>
            <translation>#%1 の返信は管理者の承認待ちです。</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>稼働率</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) selected</source>
            <translation>
                <numerusform>%n 件のチケットを選択中</numerusform>
            </translation>
        </message>
        <message>
            <source>Change them all from the Ticket menu or the list's context menu; choose one ticket to read it.</source>
            <translation>チケットメニューまたは一覧の右クリックメニューからまとめて変更できます。内容を読むにはチケットを1件だけ選んでください。</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) imported into %1 ticket(s), %2 of them new.</source>
            <translation>
                <numerusform>%n 件のメッセージを %1 件のチケットに取り込みました（うち新規 %2 件）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) could not be read: each is kept as its original source in a ticket tagged “unreadable-mail”.</source>
            <translation>
                <numerusform>%n 件のメッセージは読み取れませんでした。それぞれ元のソースのまま、タグ「unreadable-mail」付きのチケットに保存しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) had been imported before and were skipped.</source>
            <translation>
                <numerusform>%n 件は取り込み済みのため飛ばしました。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Approval queue…</source>
            <translation>承認待ち(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Availability</source>
            <translation>稼働率(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Incidents…</source>
            <translation>障害(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Forward…</source>
            <translation>転送(&amp;F)…</translation>
        </message>
        <message>
            <source>Lin&amp;k to incident…</source>
            <translation>障害にリンク(&amp;K)…</translation>
        </message>
        <message>
            <source>Customer's organisati&amp;on…</source>
            <translation>お客様の組織(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Incidents and maintenance</source>
            <translation>障害・メンテナンス(&amp;I)</translation>
        </message>
        <message>
            <source>Send &amp;notice…</source>
            <translation>お知らせを送る(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Organisations…</source>
            <translation>組織と管理者(&amp;O)…</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::NoticeBook</name>
        <message>
            <source>A notice is written in Japanese (ja) or English (en), not "%1".</source>
            <translation>お知らせは日本語 (ja) か英語 (en) で書きます（「%1」は使えません）。</translation>
        </message>
        <message>
            <source>A maintenance plan takes an announcement or an update.</source>
            <translation>メンテナンス計画に送れるのは、メンテナンスのお知らせか続報です。</translation>
        </message>
        <message>
            <source>An incident takes a first notice, an update or a recovery notice.</source>
            <translation>障害に送れるのは、障害発生のお知らせ・続報・復旧のお知らせです。</translation>
        </message>
        <message>
            <source>There is no maintenance plan %1.</source>
            <translation>メンテナンス計画 %1 はありません。</translation>
        </message>
        <message>
            <source>There is no incident %1.</source>
            <translation>障害 %1 はありません。</translation>
        </message>
        <message>
            <source>A notice needs a subject and a text.</source>
            <translation>お知らせには件名と本文が必要です。</translation>
        </message>
        <message>
            <source>Unknown placeholder {{%1}} in the notice.</source>
            <translation>お知らせに不明な差し込み項目 {{%1}} があります。</translation>
        </message>
        <message>
            <source>No organisation has a registered administrator to send the notice to.</source>
            <translation>お知らせを送れる、管理者が登録された組織がありません。</translation>
        </message>
        <message>
            <source>The desk has no support address to send from (Settings → Mailbox).</source>
            <translation>送信元のサポート窓口アドレスが設定されていません（設定 → メールボックス）。</translation>
        </message>
        <message>
            <source>Maintenance #%1 %2 %3 – %4</source>
            <translation>メンテナンス #%1 %2 %3 – %4</translation>
        </message>
        <message>
            <source>Incident #%1 %2 %3 – %4 (%5)</source>
            <translation>障害 #%1 %2 %3 – %4 (%5)</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::NoticeDialog</name>
        <message>
            <source>sent</source>
            <translation>送信済み</translation>
        </message>
        <message>
            <source>Send a notice to the administrators</source>
            <translation>管理者へのお知らせを送る</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>対象(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Notice:</source>
            <translation>お知らせ(&amp;N):</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>文字コード(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>件名(&amp;S):</translation>
        </message>
        <message>
            <source>Organisation / administrator</source>
            <translation>組織 / 管理者</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>{{organization}} becomes each organisation's name; one mail goes to each organisation, addressed to its registered administrators only.</source>
            <translation>{{organization}} は各組織の名前になります。メールは組織ごとに1通、その組織の登録管理者だけに宛てて送られます。</translation>
        </message>
        <message>
            <source>Sent before:</source>
            <translation>送信済みのお知らせ:</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>宛先</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>受理日時</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Se&amp;nd…</source>
            <translation>送信(&amp;N)…</translation>
        </message>
        <message>
            <source>There is no incident or maintenance plan yet (madoguchi-cli incident add, maintenance add).</source>
            <translation>障害もメンテナンス計画もまだありません（madoguchi-cli incident add、maintenance add）。</translation>
        </message>
        <message>
            <source>not notified: no administrator</source>
            <translation>未通知：管理者が登録されていません</translation>
        </message>
        <message>
            <source>No organisation has a registered administrator: add them under Incidents and maintenance ▸ Organisations.</source>
            <translation>管理者が登録された組織がありません。障害・メンテナンス ▸ 組織と管理者 で登録してください。</translation>
        </message>
        <message numerus="yes">
            <source>Queued %n mail(s), one per organisation.</source>
            <translation>
                <numerusform>組織ごとに1通、%n 通を送信待ちにしました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not notified: %1 (no administrator).</source>
            <translation>未通知: %1（管理者なし）。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::NoticeTemplates</name>
        <message>
            <source>A notice template is Japanese (ja) or English (en), not "%1".</source>
            <translation>お知らせのテンプレートは日本語 (ja) か英語 (en) です（「%1」は使えません）。</translation>
        </message>
        <message>
            <source>A notice template needs a subject and a body.</source>
            <translation>お知らせのテンプレートには件名と本文が必要です。</translation>
        </message>
        <message>
            <source>Unknown placeholder {{%1}}. Known: {{%2}}.</source>
            <translation>不明な差し込み項目 {{%1}} があります。使えるもの: {{%2}}。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::NoticeTemplatesPage</name>
        <message>
            <source>&amp;Notice:</source>
            <translation>お知らせ(&amp;N):</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>件名(&amp;S):</translation>
        </message>
        <message>
            <source>Placeholders: {{%1}}.</source>
            <translation>差し込み項目: {{%1}}。</translation>
        </message>
        <message>
            <source>Only a manager can change the notice templates.</source>
            <translation>お知らせのテンプレートを変更できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>Notice templates</source>
            <translation>お知らせのテンプレート</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1（%2）: %3</translation>
        </message>
        <message>
            <source>Saved. New notices use these texts.</source>
            <translation>保存しました。新しいお知らせからこの文面を使います。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::OAuthSignInPanel</name>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>Another OAuth 2.0 provider</source>
            <translation>その他の OAuth 2.0 プロバイダー</translation>
        </message>
        <message>
            <source>Only if the provider gave one (Google does)</source>
            <translation>プロバイダーが発行した場合のみ (Google は発行します)</translation>
        </message>
        <message>
            <source>Directory (tenant) ID or domain; empty: organizations</source>
            <translation>ディレクトリ (テナント) ID またはドメイン。空欄なら organizations</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>省略可</translation>
        </message>
        <message>
            <source>Separated by spaces</source>
            <translation>空白で区切って入力</translation>
        </message>
        <message>
            <source>Sign in…</source>
            <translation>サインイン…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Client ID:</source>
            <translation>クライアント ID:</translation>
        </message>
        <message>
            <source>Client secret:</source>
            <translation>クライアント シークレット:</translation>
        </message>
        <message>
            <source>Tenant:</source>
            <translation>テナント:</translation>
        </message>
        <message>
            <source>Authorization URL:</source>
            <translation>認可エンドポイント URL:</translation>
        </message>
        <message>
            <source>Token URL:</source>
            <translation>トークン エンドポイント URL:</translation>
        </message>
        <message>
            <source>Device authorization URL:</source>
            <translation>デバイス認可エンドポイント URL:</translation>
        </message>
        <message>
            <source>Scopes:</source>
            <translation>スコープ:</translation>
        </message>
        <message>
            <source>Sign in with:</source>
            <translation>サインイン方法:</translation>
        </message>
        <message>
            <source>Register Madoguchi once in your organisation's Google Cloud console: APIs &amp; Services → OAuth consent screen (Internal), then Credentials → Create credentials → OAuth client ID of type "Desktop app". Copy its client ID and client secret here.</source>
            <translation>組織の Google Cloud コンソールで窓口を一度だけ登録します: 「API とサービス」→「OAuth 同意画面」(内部) を設定し、「認証情報」→「認証情報を作成」→「OAuth クライアント ID」で種類「デスクトップ アプリ」を作成します。そのクライアント ID とクライアント シークレットをここに入力してください。</translation>
        </message>
        <message>
            <source>Register Madoguchi once in the Microsoft Entra admin center: App registrations → New registration, platform "Mobile and desktop applications" with the redirect URI http://127.0.0.1, "Allow public client flows" on, and the Office 365 Exchange Online permissions IMAP.AccessAsUser.All and SMTP.Send. Copy the application (client) ID and the directory (tenant) ID here; no secret is needed.</source>
            <translation>Microsoft Entra 管理センターで窓口を一度だけ登録します: 「アプリの登録」→「新規登録」で、プラットフォーム「モバイル アプリケーションとデスクトップ アプリケーション」にリダイレクト URI http://127.0.0.1 を設定し、「パブリック クライアント フローを許可する」をオンにして、Office 365 Exchange Online のアクセス許可 IMAP.AccessAsUser.All と SMTP.Send を追加します。アプリケーション (クライアント) ID とディレクトリ (テナント) ID をここに入力してください。シークレットは不要です。</translation>
        </message>
        <message>
            <source>Enter the endpoints and scopes your provider documents for IMAP and SMTP access, and the client ID of the app registered there for Madoguchi, with http://127.0.0.1 as its redirect URI.</source>
            <translation>プロバイダーが IMAP と SMTP のアクセス用に公開しているエンドポイントとスコープ、およびそのプロバイダーで窓口用に登録したアプリ (リダイレクト URI は http://127.0.0.1) のクライアント ID を入力してください。</translation>
        </message>
        <message>
            <source>Signed in.</source>
            <translation>サインインしました。</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>%1 としてサインインしました。</translation>
        </message>
        <message>
            <source>Waiting for the browser… Sign in there as the support mailbox, then come back.</source>
            <translation>ブラウザーを待っています… ブラウザーでサポート用メールボックスのアカウントでサインインしてから、この画面に戻ってください。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::OrganisationPage</name>
        <message>
            <source>Administrator (システム管理者)</source>
            <translation>システム管理者</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>名前を変更(&amp;N)</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>名前(&amp;M):</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>氏名(&amp;P):</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>メールアドレス(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>役割(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Add or change</source>
            <translation>追加・変更(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>削除(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSVを取り込む(&amp;I)…</translation>
        </message>
        <message>
            <source>Choose an organisation.</source>
            <translation>組織を選んでください。</translation>
        </message>
        <message>
            <source>Organisation contacts</source>
            <translation>組織の連絡先</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>連絡先の削除</translation>
        </message>
        <message>
            <source>Remove %1 &lt;%2&gt; from %3?</source>
            <translation>%3 から %1 &lt;%2&gt; を削除しますか?</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>連絡先の取り込み</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読めません: %2</translation>
        </message>
        <message>
            <source>Nothing was imported. %1</source>
            <translation>何も取り込みませんでした。%1</translation>
        </message>
        <message>
            <source>An organisation needs a name (its domain, if nothing else).</source>
            <translation>組織には名前が必要です（なければドメイン）。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::OrganisationsDialog</name>
        <message>
            <source>Organisations and their administrators</source>
            <translation>組織と管理者</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n administrator(s)</source>
            <translation>
                <numerusform>%1 — 管理者 %n 人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::OutboxView</name>
        <message>
            <source>Queued</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>送信中</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>送信済み</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>未送達</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>送信トレイ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>チケット</translation>
        </message>
        <message>
            <source>To</source>
            <translation>宛先</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>試行回数</translation>
        </message>
        <message>
            <source>Queued / sent (JST)</source>
            <translation>受付 / 送信日時 (JST)</translation>
        </message>
        <message>
            <source>Server's answer</source>
            <translation>サーバーの応答</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>今すぐ再送</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>Next try %1 — %2</source>
            <translation>次回 %1 — %2</translation>
        </message>
        <message>
            <source>The reply is queued again.</source>
            <translation>返信を送信待ちに戻しました。</translation>
        </message>
        <message>
            <source>Discard reply</source>
            <translation>返信の破棄</translation>
        </message>
        <message>
            <source>The reply was discarded.</source>
            <translation>返信を破棄しました。</translation>
        </message>
        <message>
            <source>Discarded (not sent)</source>
            <translation>破棄(未送信)</translation>
        </message>
        <message>
            <source>The reply will not be sent. It stays in the ticket's thread, marked "discarded (not sent)", and the customer's question stays open with its deadline. Discard it?</source>
            <translation>この返信は送信されません。チケットのスレッドには「破棄(未送信)」として残り、お問い合わせは期限のまま未回答です。破棄しますか？</translation>
        </message>
        <message>
            <source>Undo send</source>
            <translation>取り消し</translation>
        </message>
        <message>
            <source>Take the reply back into its ticket's editor; it has not gone out yet</source>
            <translation>返信をチケットの編集欄に戻します(まだ送信されていません)</translation>
        </message>
        <message>
            <source>The reply can no longer be withdrawn: its time to cancel has passed.</source>
            <translation>この返信はもう取り消せません（取り消しできる時間が過ぎました）。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::QueuePanel</name>
        <message>
            <source>Show this queue</source>
            <translation>このキューを表示</translation>
        </message>
        <message>
            <source>Replies waiting for a manager's approval</source>
            <translation>管理者の承認を待っている返信</translation>
        </message>
        <message>
            <source>Approval queue  (%1)</source>
            <translation>承認待ち  (%1)</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ReplyAttachmentList</name>
        <message>
            <source>Files sent with the reply; drop files here or on the text to add them</source>
            <translation>返信と一緒に送るファイル。ここか本文にファイルをドロップすると添付されます</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>添付…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>ファイルを添付</translation>
        </message>
        <message>
            <source>%1 was not attached: %2</source>
            <translation>%1 は添付されませんでした: %2</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ReplyEditor</name>
        <message>
            <source>UTF-8 (recommended)</source>
            <translation>UTF-8(推奨)</translation>
        </message>
        <message>
            <source>ISO-2022-JP (older Japanese mailers)</source>
            <translation>ISO-2022-JP(古いメールソフト向け)</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>宛先:</translation>
        </message>
        <message>
            <source>Cc:</source>
            <translation>Cc:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>件名:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>文字コード:</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>送信</translation>
        </message>
        <message>
            <source>Enter at least one recipient in To.</source>
            <translation>宛先を1件以上入力してください。</translation>
        </message>
        <message>
            <source>%1 replied at %2</source>
            <translation>%1さんが %2 に返信しました</translation>
        </message>
        <message>
            <source>Since you started this reply, someone else answered this ticket:
%1

Send your reply anyway?</source>
            <translation>この返信の作成中に、別の担当者がこのチケットに返信しました:
%1

このまま送信しますか?</translation>
        </message>
        <message>
            <source>Another reply was sent</source>
            <translation>他の担当者が返信済みです</translation>
        </message>
        <message>
            <source>Template…</source>
            <translation>定型文…</translation>
        </message>
        <message>
            <source>Insert a template where the cursor is (Ctrl+T)</source>
            <translation>カーソルの位置に定型文を挿入します (Ctrl+T)</translation>
        </message>
        <message>
            <source>Check the recipients, then queue the reply in the outbox (Ctrl+Return)</source>
            <translation>宛先を確認してから返信を送信トレイに入れます (Ctrl+Return)</translation>
        </message>
        <message>
            <source>The desk's support address, which replies are sent from, is not set yet. A manager enters it in Settings → Mailbox under "Replies from the desk".</source>
            <translation>返信の送信元となる窓口のサポートアドレスがまだ設定されていません。管理者が「設定 → メールボックス」の「窓口からの返信」で入力します。</translation>
        </message>
        <message>
            <source>%1's reply of %2 is waiting in the outbox to be sent.</source>
            <translation>%1さんが %2 に作成した返信が送信トレイで送信待ちです。</translation>
        </message>
        <message>
            <source>%1 wrote a reply at %2; it is waiting in the outbox to be sent</source>
            <translation>%1さんが %2 に返信を作成しました（送信トレイで送信待ち）</translation>
        </message>
        <message>
            <source>Sent to these addresses too, without the others seeing them</source>
            <translation>ほかの宛先には表示されずに、これらのアドレスにも送られます</translation>
        </message>
        <message>
            <source>Bcc:</source>
            <translation>Bcc:</translation>
        </message>
        <message>
            <source>Forward: the customer's mail and its attachments go to the addresses in To. A forward is not an answer: the ticket's deadline stays until the customer is answered.</source>
            <translation>転送: お客様のメールと添付ファイルを宛先のアドレスに送ります。転送は回答ではありません。お客様に回答するまで、チケットの期限はそのままです。</translation>
        </message>
        <message>
            <source>Send 「%1」 to %2?</source>
            <translation>「%1」を %2 に送信しますか?</translation>
        </message>
        <message>
            <source>Also to (Cc, Bcc): %1</source>
            <translation>ほかの宛先 (Cc・Bcc): %1</translation>
        </message>
        <message>
            <source>Attachments: %1</source>
            <translation>添付ファイル: %1</translation>
        </message>
        <message>
            <source>This reply contains words to check before sending: %1</source>
            <translation>この返信には送信前に確認すべき語句が含まれています: %1</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ReportCharts</name>
        <message>
            <source>Received and late per day</source>
            <translation>日別 受信件数と期限超過</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受信</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Answered on time per month (%)</source>
            <translation>月別 期限内回答率(%)</translation>
        </message>
        <message>
            <source>On time %</source>
            <translation>期限内回答率</translation>
        </message>
        <message>
            <source>Target %1%</source>
            <translation>目標 %1%</translation>
        </message>
        <message>
            <source>Response time per message (business hours)</source>
            <translation>応答時間の分布(営業時間)</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <extracomment>Date format of a month with its year on the trend chart (Japanese: yyyy年M月)</extracomment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>MMM</source>
            <extracomment>Date format of a month alone on the trend chart (Japanese: M月)</extracomment>
            <translation>M月</translation>
        </message>
        <message>
            <source>By staff member</source>
            <translation>担当者別</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ReportTableModel</name>
        <message>
            <source>Response per message: mean</source>
            <translation>応答時間(メッセージ別) 平均</translation>
        </message>
        <message>
            <source>Response per message: max</source>
            <translation>応答時間(メッセージ別) 最大</translation>
        </message>
        <message>
            <source>First response per ticket: median</source>
            <translation>初回応答時間(チケット別) 中央値</translation>
        </message>
        <message>
            <source>First response per ticket: p90</source>
            <translation>初回応答時間(チケット別) 90パーセンタイル</translation>
        </message>
        <message>
            <source>First response per ticket: mean</source>
            <translation>初回応答時間(チケット別) 平均</translation>
        </message>
        <message>
            <source>First response per ticket: max</source>
            <translation>初回応答時間(チケット別) 最大</translation>
        </message>
        <message>
            <source>Urgent: response median (24×7)</source>
            <translation>緊急: 応答時間 中央値(24時間)</translation>
        </message>
        <message>
            <source>Urgent: response p90 (24×7)</source>
            <translation>緊急: 応答時間 90パーセンタイル(24時間)</translation>
        </message>
        <message>
            <source>Urgent: response max (24×7)</source>
            <translation>緊急: 応答時間 最大(24時間)</translation>
        </message>
        <message>
            <source>Median response</source>
            <translation>応答時間 中央値</translation>
        </message>
        <message>
            <source>90th percentile</source>
            <translation>応答時間 90パーセンタイル</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ReportTicketList</name>
        <message>
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Received (JST)</source>
            <translation>受信日時</translation>
        </message>
        <message>
            <source>Due (JST)</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Answered (JST)</source>
            <translation>回答日時</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>(未割当)</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>未回答</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ReportsView</name>
        <message>
            <source>Save report</source>
            <translation>レポートを保存</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>表示</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV出力…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF保存…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <source>(JST)</source>
            <translation>(日本時間)</translation>
        </message>
        <message>
            <source>Click a bar or a table row to see the tickets behind it.</source>
            <translation>グラフの棒または表の行をクリックすると、該当するチケットを表示します。</translation>
        </message>
        <message>
            <source>%1 messages received, %2 answered on time (%3), %4 late, %5 overdue now, %6 not yet due.</source>
            <translation>受信 %1件、期限内回答 %2件 (%3)、期限超過回答 %4件、現在期限超過 %5件、期限前 %6件。</translation>
        </message>
        <message>
            <source>Response time in business hours: median %1, 90th percentile %2.</source>
            <translation>応答時間(営業時間): 中央値 %1、90パーセンタイル %2。</translation>
        </message>
        <message>
            <source>Urgent (24×7): %1 received, %2 on time, median %3.</source>
            <translation>緊急(24時間): 受信 %1件、期限内 %2件、中央値 %3。</translation>
        </message>
        <message>
            <source>(Your own figures.)</source>
            <translation>(ご自身の担当分のみ)</translation>
        </message>
        <message>
            <source>Late, received %1</source>
            <translation>期限超過 (受信日 %1)</translation>
        </message>
        <message>
            <source>Received %1</source>
            <translation>受信日 %1</translation>
        </message>
        <message>
            <source>Received: %1</source>
            <translation>受信: %1</translation>
        </message>
        <message>
            <source>Answered in %1</source>
            <translation>応答時間 %1</translation>
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation>レポートを作成できませんでした: %1</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>Excel用CSV (*.csv)</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 に書き込めません</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>今月</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>先月</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>直近30日</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>期間を指定</translation>
        </message>
        <message>
            <source>The on-time rate the team aims at, drawn on the trend chart. Shared by the whole team.</source>
            <translation>チームが目指す期限内回答率です。推移グラフに線で表示されます。チーム全員で共有されます。</translation>
        </message>
        <message>
            <source>Set by a manager.</source>
            <translation>管理者が設定します。</translation>
        </message>
        <message>
            <source>On-time target</source>
            <translation>期限内回答率の目標</translation>
        </message>
        <message>
            <source>More columns</source>
            <translation>その他の列</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ResponseTimeHistogram</name>
        <message>
            <source>1–2 h</source>
            <translation>1〜2時間</translation>
        </message>
        <message>
            <source>2–4 h</source>
            <translation>2〜4時間</translation>
        </message>
        <message>
            <source>4–7 h</source>
            <translation>4〜7時間</translation>
        </message>
        <message>
            <source>1–2 business days</source>
            <translation>1〜2営業日</translation>
        </message>
        <message>
            <source>2+ business days</source>
            <translation>2営業日以上</translation>
        </message>
        <message>
            <source>Under 30 min</source>
            <translation>30分未満</translation>
        </message>
        <message>
            <source>30 min–1 h</source>
            <translation>30分〜1時間</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SavedViewList</name>
        <message>
            <source>Saved views</source>
            <translation>保存したビュー</translation>
        </message>
        <message>
            <source>[team]</source>
            <translation>［共有］</translation>
        </message>
        <message>
            <source>Shared with the team by a manager; saved by %1</source>
            <translation>管理者がチームで共有（作成: %1）</translation>
        </message>
        <message>
            <source>Your own view</source>
            <translation>自分のビュー</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SavedViews</name>
        <message>
            <source>A saved view needs a name.</source>
            <translation>保存するビューには名前が必要です。</translation>
        </message>
        <message>
            <source>A view's name is at most %1 characters.</source>
            <translation>ビューの名前は %1 文字までです。</translation>
        </message>
        <message>
            <source>Only a staff user can save a view.</source>
            <translation>ビューを保存できるのは担当者だけです。</translation>
        </message>
        <message>
            <source>There is no saved view %1.</source>
            <translation>保存したビュー %1 はありません。</translation>
        </message>
        <message>
            <source>Only a manager can share a view with the team.</source>
            <translation>ビューをチームで共有できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>Only its owner, or a manager for a shared view, can delete a saved view.</source>
            <translation>保存したビューを削除できるのは作成者（共有ビューは管理者も）だけです。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SendConfirmationDialog</name>
        <message>
            <source>To:</source>
            <translation>宛先:</translation>
        </message>
        <message>
            <source>Cc:</source>
            <translation>Cc:</translation>
        </message>
        <message>
            <source>Attachment:</source>
            <translation>添付ファイル:</translation>
        </message>
        <message>
            <source>Check before sending</source>
            <translation>送信前の確認</translation>
        </message>
        <message>
            <source>Tick every recipient and attachment to confirm it is right. 「%1」 is sent only then.</source>
            <translation>宛先と添付ファイルをすべて確認してチェックを入れてください。チェックが揃うと「%1」を送信できます。</translation>
        </message>
        <message numerus="yes">
            <source>%n address(es) outside the customer's organisation and the desk's own domain (highlighted).</source>
            <translation>
                <numerusform>お客様の組織にも窓口のドメインにも属さないアドレスが %n 件あります（強調表示）。</numerusform>
            </translation>
        </message>
        <message>
            <source>outside the customer's organisation</source>
            <translation>お客様の組織外</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>送信</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>This reply contains words to check before sending: %1</source>
            <translation>この返信には送信前に確認すべき語句が含まれています: %1</translation>
        </message>
        <message>
            <source>Bcc:</source>
            <translation>Bcc:</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The settings are still being saved.</source>
            <translation>設定を保存しています。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SignaturesPage</name>
        <message>
            <source>Your signature (under your replies; empty: the team's):</source>
            <translation>あなたの署名（あなたの返信の下に入ります。空欄のときはチームの署名）:</translation>
        </message>
        <message>
            <source>Team signature (for everyone without their own):</source>
            <translation>チームの署名（自分の署名がない人に使われます）:</translation>
        </message>
        <message>
            <source>Only a manager can change the team signature.</source>
            <translation>チームの署名を変更できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>署名</translation>
        </message>
        <message>
            <source>Saved. New replies get the signature.</source>
            <translation>保存しました。新しい返信から署名が入ります。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SmtpClient</name>
        <message>
            <source>The server closed the connection.</source>
            <translation>サーバーが接続を切断しました。</translation>
        </message>
        <message>
            <source>The reply has no recipient.</source>
            <translation>返信の宛先がありません。</translation>
        </message>
        <message>
            <source>Lost the connection to %1 port %2: %3</source>
            <translation>%1 (ポート %2)との接続が切れました: %3</translation>
        </message>
        <message>
            <source>The mail server %1 did not answer in time.</source>
            <translation>メールサーバー %1 から時間内に応答がありませんでした。</translation>
        </message>
        <message>
            <source>The mail server sent something that is not SMTP: "%1".</source>
            <translation>メールサーバーから SMTP ではない応答がありました: 「%1」</translation>
        </message>
        <message>
            <source>The mail server %1 does not take mail now: %2</source>
            <translation>メールサーバー %1 は現在メールを受け付けていません: %2</translation>
        </message>
        <message>
            <source>The mail server %1 refused the greeting (EHLO): %2</source>
            <translation>メールサーバー %1 が接続の開始(EHLO)を拒否しました: %2</translation>
        </message>
        <message>
            <source>The mail server %1 refused to start encryption: %2</source>
            <translation>メールサーバー %1 が暗号化の開始を拒否しました: %2</translation>
        </message>
        <message>
            <source>The mail server %1 did not accept the user name and password: %2</source>
            <translation>メールサーバー %1 がユーザー名とパスワードを受け付けませんでした: %2</translation>
        </message>
        <message>
            <source>The mail server %1 refused the sender: %2</source>
            <translation>メールサーバー %1 が送信元を拒否しました: %2</translation>
        </message>
        <message>
            <source>The mail server %1 refused the recipient %2: %3</source>
            <translation>メールサーバー %1 が宛先 %2 を拒否しました: %3</translation>
        </message>
        <message>
            <source>The mail server %1 refused the message: %2</source>
            <translation>メールサーバー %1 がメールの受け取りを拒否しました: %2</translation>
        </message>
        <message>
            <source>The mail server %1 said something unexpected: %2</source>
            <translation>メールサーバー %1 から予期しない応答がありました: %2</translation>
        </message>
        <message>
            <source>The mail server %1 does not offer encryption (STARTTLS), so the password would travel unencrypted. Use smtps:// or allow plaintext in the account settings.</source>
            <translation>メールサーバー %1 は暗号化(STARTTLS)に対応していないため、パスワードが暗号化されずに送られてしまいます。smtps:// を使うか、アカウント設定で平文での接続を許可してください。</translation>
        </message>
        <message>
            <source>The mail server %1 offers no way to log in that Madoguchi knows (PLAIN or LOGIN).</source>
            <translation>メールサーバー %1 は Madoguchi が対応するログイン方式(PLAIN または LOGIN)に対応していません。</translation>
        </message>
        <message>
            <source>The mail server %1 does not offer signing in with OAuth 2.0 (AUTH XOAUTH2).</source>
            <translation>メールサーバー %1 は OAuth 2.0 でのサインイン (AUTH XOAUTH2) に対応していません。</translation>
        </message>
        <message>
            <source>the server said: %1</source>
            <translation>サーバーの応答: %1</translation>
        </message>
        <message>
            <source>The mail server %1 did not accept the OAuth 2.0 sign-in: %2</source>
            <translation>メールサーバー %1 が OAuth 2.0 サインインを受け付けませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::StaffUsersPage</name>
        <message>
            <source>Staff</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>管理者</translation>
        </message>
        <message>
            <source>Managers change the calendar, the users and the settings the team shares; staff answer tickets. Changes here are saved at once and recorded in the audit log.</source>
            <translation>管理者はカレンダー、ユーザー、チーム共有の設定を変更でき、担当者はチケットに回答します。ここでの変更はすぐに保存され、監査ログに記録されます。</translation>
        </message>
        <message>
            <source>Only a manager can add users or change roles. Ask a manager of your team if something here needs to change.</source>
            <translation>ユーザーの追加や役割の変更ができるのは管理者のみです。変更が必要な場合はチームの管理者にご依頼ください。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログイン名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Mail address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>ユーザーを追加</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>ユーザーと役割</translation>
        </message>
        <message>
            <source>Enter a login for the new user.</source>
            <translation>新しいユーザーのログイン名を入力してください。</translation>
        </message>
        <message>
            <source>%1 added.</source>
            <translation>%1 を追加しました。</translation>
        </message>
        <message>
            <source>No such user.</source>
            <translation>該当するユーザーがいません。</translation>
        </message>
        <message>
            <source>%1 is now a manager.</source>
            <translation>%1 を管理者にしました。</translation>
        </message>
        <message>
            <source>%1 is now staff.</source>
            <translation>%1 を担当者にしました。</translation>
        </message>
        <message>
            <source>Replies need approval</source>
            <translation>返信に承認が必要</translation>
        </message>
        <message>
            <source>%1's replies now wait for a manager's approval.</source>
            <translation>%1 さんの返信は管理者の承認を待ってから送信されます。</translation>
        </message>
        <message>
            <source>%1's replies go out without approval.</source>
            <translation>%1 さんの返信は承認なしで送信されます。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SyncStatusDialog</name>
        <message>
            <source>Mailbox sync status</source>
            <translation>メール同期の状態</translation>
        </message>
        <message>
            <source>Mailbox:</source>
            <translation>メールボックス:</translation>
        </message>
        <message>
            <source>Last finished pass:</source>
            <translation>最後に完了した同期:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>最後のエラー:</translation>
        </message>
        <message>
            <source>Server alerts:</source>
            <translation>サーバーからの警告:</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>今すぐ同期</translation>
        </message>
        <message>
            <source>Copy log</source>
            <translation>ログをコピー</translation>
        </message>
        <message>
            <source>Protocol log (passwords are never shown):</source>
            <translation>通信ログ (パスワードは表示されません):</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message numerus="yes">
            <source>%1 JST — %n new message(s)</source>
            <translation>
                <numerusform>%1 (JST) — 新着 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n already stored</source>
            <translation>
                <numerusform>、取り込み済み %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>まだありません</translation>
        </message>
        <message>
            <source>Sign in again…</source>
            <translation>再サインイン…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::TemplatePicker</name>
        <message>
            <source>Insert a template</source>
            <translation>定型文を挿入</translation>
        </message>
        <message>
            <source>Type part of a template's name</source>
            <translation>定型文の名前の一部を入力</translation>
        </message>
        <message>
            <source>No templates yet. A manager adds the team's with madoguchi-cli template add.</source>
            <translation>定型文はまだありません。チームの定型文は管理者が madoguchi-cli template add で追加します。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::TemplatesPage</name>
        <message>
            <source>New</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>Mine (only I see it)</source>
            <translation>自分用(自分だけに表示)</translation>
        </message>
        <message>
            <source>The team's (managers keep them)</source>
            <translation>チーム共有(管理者が管理)</translation>
        </message>
        <message>
            <source>e.g. 請求, 障害</source>
            <translation>例: 請求, 障害</translation>
        </message>
        <message>
            <source>Empty: the reply keeps its subject</source>
            <translation>空欄: 返信の件名をそのまま使います</translation>
        </message>
        <message>
            <source>List:</source>
            <translation>一覧:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>分類:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>件名:</translation>
        </message>
        <message>
            <source>the customer's name</source>
            <translation>お客様のお名前</translation>
        </message>
        <message>
            <source>the customer's organisation</source>
            <translation>お客様の会社・団体名</translation>
        </message>
        <message>
            <source>the ticket number</source>
            <translation>チケット番号</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>あなたの名前</translation>
        </message>
        <message>
            <source>the promised deadline, 「12月2日(水) 18:00」</source>
            <translation>お約束した回答期限(「12月2日(水) 18:00」)</translation>
        </message>
        <message>
            <source>today's date</source>
            <translation>今日の日付</translation>
        </message>
        <message>
            <source>Placeholders, filled in when the template is inserted:</source>
            <translation>差し込み項目(定型文を挿入するときに置き換えられます):</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>定型文を保存</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>定型文</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>チーム</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>自分用</translation>
        </message>
        <message>
            <source>Only a manager can change the team's templates.</source>
            <translation>チームの定型文を変更できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>Saved 「%1」.</source>
            <translation>「%1」を保存しました。</translation>
        </message>
        <message>
            <source>Deleted 「%1」.</source>
            <translation>「%1」を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ThreadBrowser</name>
        <message>
            <source>(claimed by the sender)</source>
            <translation>（送信者の申告）</translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>添付ファイル %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::TicketFilterBar</name>
        <message>
            <source>Search subjects, mail text and addresses (Ctrl+F)</source>
            <translation>件名・本文・アドレスを検索 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>すべてのステータス</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>開始日</translation>
        </message>
        <message>
            <source>To</source>
            <translation>終了日</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>すべての担当者</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>未割り当て</translation>
        </message>
        <message>
            <source>Any organisation</source>
            <translation>すべての組織</translation>
        </message>
        <message>
            <source>Search: %1</source>
            <translation>検索: %1</translation>
        </message>
        <message>
            <source>Tag: %1</source>
            <translation>タグ: %1</translation>
        </message>
        <message>
            <source>From %1</source>
            <translation>%1 から</translation>
        </message>
        <message>
            <source>To %1</source>
            <translation>%1 まで</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::TicketListModel</name>
        <message>
            <source>[Urgent] %1</source>
            <translation>【緊急】%1</translation>
        </message>
        <message>
            <source>%1 (reply undelivered)</source>
            <translation>%1（返信不達）</translation>
        </message>
        <message>
            <source>Times are Japan Standard Time (JST)</source>
            <translation>時刻は日本時間（JST）です</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Received (JST)</source>
            <translation>受信 (JST)</translation>
        </message>
        <message>
            <source>Due (JST)</source>
            <translation>期限 (JST)</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>残り時間</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The sender's name and organisation; the address when you point at a row</source>
            <translation>差出人の氏名と会社名（行にポインターを置くとアドレスを表示）</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>お客様</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::TicketPanel</name>
        <message>
            <source>Show headers</source>
            <translation>ヘッダーを表示</translation>
        </message>
        <message>
            <source>Internal note (not sent to the customer)</source>
            <translation>社内メモ（お客様には送信されません）</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>メモを追加</translation>
        </message>
        <message>
            <source>Comma-separated</source>
            <translation>カンマ区切り</translation>
        </message>
        <message>
            <source>Status / assignee / priority</source>
            <translation>ステータス / 担当者 / 優先度</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（未割り当て）</translation>
        </message>
        <message>
            <source>Ticket #%1 no longer exists.</source>
            <translation>チケット #%1 は存在しません。</translation>
        </message>
        <message>
            <source>Nothing waiting for an answer.</source>
            <translation>回答待ちのメッセージはありません。</translation>
        </message>
        <message>
            <source>There is no other ticket #%1.</source>
            <translation>統合先のチケット #%1 がありません。</translation>
        </message>
        <message>
            <source>Merge ticket</source>
            <translation>チケットを統合</translation>
        </message>
        <message>
            <source>Merge #%1 into ticket number:</source>
            <translation>#%1 の統合先チケット番号:</translation>
        </message>
        <message>
            <source>Split ticket</source>
            <translation>チケットを分割</translation>
        </message>
        <message>
            <source>Move this message into a new ticket:</source>
            <translation>新しいチケットに移すメッセージ:</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>返信</translation>
        </message>
        <message>
            <source>Reply undelivered: a reply on this ticket did not reach the customer. The question is open again with its original deadline; see File ▸ Outbox.</source>
            <translation>返信未送達: このチケットの返信がお客様に届いていません。お問い合わせは元の期限のまま未対応に戻りました。「ファイル ▸ 送信トレイ」を確認してください。</translation>
        </message>
        <message numerus="yes">
            <source>%1 is writing a reply</source>
            <translation>
                <numerusform>%1さんが返信を作成中</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>さん、</translation>
        </message>
        <message>
            <source>Reply all</source>
            <translation>全員に返信</translation>
        </message>
        <message>
            <source>To the sender, Cc everyone else on the customer's mail</source>
            <translation>差出人に宛て、お客様のメールのほかの宛先全員を Cc に入れます</translation>
        </message>
        <message>
            <source>Reply waiting to be sent (written %1 JST): the customer has not received it yet, and the deadline still applies until the mail server accepts it. See File ▸ Outbox.</source>
            <translation>返信は送信待ちです（%1 JST 作成）: お客様にはまだ届いていません。メールサーバーが受け付けるまで期限はそのままです。「ファイル ▸ 送信トレイ」を確認してください。</translation>
        </message>
        <message>
            <source>Undo send</source>
            <translation>取り消し</translation>
        </message>
        <message>
            <source>Take the reply back into the editor; it has not gone out yet</source>
            <translation>返信を編集画面に戻します（まだ送信されていません）</translation>
        </message>
        <message>
            <source>Send or discard the reply you are writing first.</source>
            <translation>作成中の返信を先に送信するか破棄してください。</translation>
        </message>
        <message>
            <source>The reply can no longer be withdrawn: its time to cancel has passed.</source>
            <translation>この返信はもう取り消せません（取り消しできる時間が過ぎました）。</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>転送</translation>
        </message>
        <message>
            <source>Forward the customer's mail with its attachments; it does not answer the customer</source>
            <translation>お客様のメールを添付ファイルごと転送します(お客様への回答にはなりません)</translation>
        </message>
        <message>
            <source>Contacts…</source>
            <translation>連絡先…</translation>
        </message>
        <message>
            <source>Reply waiting for approval (written %1 JST): a manager approves it before it goes out; until then the deadline still applies.</source>
            <translation>承認待ちの返信があります(%1 JST 作成)。管理者が承認するまで送信されず、それまで回答期限はそのままです。</translation>
        </message>
        <message>
            <source>Forward waiting to be sent (written %1 JST); it does not answer the customer. See File ▸ Outbox.</source>
            <translation>転送の送信待ち(%1 JST 作成)。お客様への回答にはなりません。「ファイル ▸ 送信トレイ」を確認してください。</translation>
        </message>
        <message>
            <source>%1 sent your reply back: %2</source>
            <translation>%1 さんが返信を差し戻しました: %2</translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::UrgencyRulesPage</name>
        <message>
            <source>Mail whose subject or body contains one of these is marked urgent and must be answered around the clock, weekends and holidays included. Full-width and half-width characters match each other; case is ignored.</source>
            <translation>件名または本文にこれらを含むメールは緊急扱いとなり、土日祝日を含め 24 時間体制で回答が必要になります。全角・半角、大文字・小文字は区別しません。</translation>
        </message>
        <message>
            <source>Keyword or pattern</source>
            <translation>キーワードまたはパターン</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>正規表現</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>ルールを追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Type a subject to try the rules, e.g. メール配信が停止しています</source>
            <translation>件名を入力してルールを試せます (例: メール配信が停止しています)</translation>
        </message>
        <message>
            <source>Only a manager can change the urgent keyword rules.</source>
            <translation>緊急キーワードのルールを変更できるのは管理者のみです。</translation>
        </message>
        <message>
            <source>Urgent keywords</source>
            <translation>緊急キーワード</translation>
        </message>
        <message>
            <source>Urgent: matches "%1".</source>
            <translation>緊急: 「%1」に一致します。</translation>
        </message>
        <message>
            <source>Not urgent: no rule matches.</source>
            <translation>緊急ではありません: 一致するルールはありません。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
    </context>
    <context>
        <name>MailAccountSettings</name>
        <message>
            <source>The stored mailbox settings are damaged: %1.</source>
            <translation>保存されているメールボックス設定が壊れています: %1。</translation>
        </message>
    </context>
    <context>
        <name>MailFileScanner</name>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 が存在しません。</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>%1 を読み込めません。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>MailImport</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>MailIngestor</name>
        <message>
            <source>Unreadable mail: only the original source is reliable.</source>
            <translation>読み取れないメールです。正確なのは元のソースのみです。</translation>
        </message>
        <message>
            <source>This mail is damaged:</source>
            <translation>このメールは一部が壊れています:</translation>
        </message>
        <message>
            <source>(unreadable mail)</source>
            <translation>（読み取れないメール）</translation>
        </message>
        <message>
            <source>The sender address is longer than %1 characters and was not used.</source>
            <translation>差出人アドレスが %1 文字を超えているため、使用しませんでした。</translation>
        </message>
        <message>
            <source>The database refused to store this mail as read: %1</source>
            <translation>データベースがこのメールを読み取ったとおりに保存できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>MailIntake</name>
        <message>
            <source>The bounced reply (message %1) is not stored.</source>
            <translation>不達となった返信 (メッセージ %1) は保存されていません。</translation>
        </message>
        <message>
            <source>Ticket #%1 does not exist.</source>
            <translation>チケット #%1 は存在しません。</translation>
        </message>
        <message>
            <source>Message %1 is not a stored reply.</source>
            <translation>メッセージ %1 は保存済みの返信ではありません。</translation>
        </message>
        <message>
            <source>Message %1 is not a reply waiting to be sent.</source>
            <translation>メッセージ %1 は送信待ちの返信ではありません。</translation>
        </message>
        <message>
            <source>Message %1 is not a reply waiting for approval.</source>
            <translation>メッセージ %1 は承認待ちの返信ではありません。</translation>
        </message>
    </context>
    <context>
        <name>MailPasswordSource</name>
        <message>
            <source>The password file %1 does not exist.</source>
            <translation>パスワードファイル %1 がありません。</translation>
        </message>
        <message>
            <source>The password file %1 can be read by other users; make it private first (chmod 600 %1).</source>
            <translation>パスワードファイル %1 は他のユーザーから読み取れます。先に所有者のみが読めるようにしてください（chmod 600 %1）。</translation>
        </message>
        <message>
            <source>Cannot read the password file %1: %2.</source>
            <translation>パスワードファイル %1 を読み込めません: %2。</translation>
        </message>
        <message>
            <source>The password file %1 is empty.</source>
            <translation>パスワードファイル %1 が空です。</translation>
        </message>
    </context>
    <context>
        <name>MailboxSync</name>
        <message>
            <source>Storing message %1 of %2: %3</source>
            <translation>%2 のメッセージ %1 を保存できません: %3</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceCheck</name>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1時間%2分</translation>
        </message>
        <message>
            <source>announced only %1 before it starts; the agreement asks for 14 days</source>
            <translation>開始の %1 前にしか告知されていません（契約では14日前まで）</translation>
        </message>
        <message>
            <source>not announced, and it starts in less than 14 days</source>
            <translation>未告知のまま、開始まで14日を切っています</translation>
        </message>
        <message>
            <source>outside the weekend window (Friday 21:00 to Monday 03:00 JST)</source>
            <translation>週末の枠（金曜21:00〜月曜03:00 JST）の外です</translation>
        </message>
        <message>
            <source>stops the client function for %1; at most 8 hours</source>
            <translation>クライアント機能を %1 停止します（上限8時間）</translation>
        </message>
        <message>
            <source>stops the consumer function for %1; at most 4 hours</source>
            <translation>コンシューマ機能を %1 停止します（上限4時間）</translation>
        </message>
        <message>
            <source>ran %1 past its announced end (counted as downtime)</source>
            <translation>告知した終了時刻を %1 超過しました（停止時間に計上）</translation>
        </message>
    </context>
    <context>
        <name>MboxFile</name>
        <message>
            <source>Cannot read the mailbox file %1: %2</source>
            <translation>メールボックスファイル %1 を読み込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>MessageKind</name>
        <message>
            <source>Customer</source>
            <translation>お客様</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>返信</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>社内メモ</translation>
        </message>
        <message>
            <source>Auto-reply</source>
            <translation>自動応答</translation>
        </message>
        <message>
            <source>Delivery failure</source>
            <translation>配信エラー</translation>
        </message>
        <message>
            <source>Automatic acknowledgement</source>
            <translation>受付自動返信</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>転送</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>お知らせ</translation>
        </message>
    </context>
    <context>
        <name>MimeParser</name>
        <message>
            <source>The message is truncated: it ends before its last part is closed.</source>
            <translation>メールが途中で切れています（最後のパートが閉じられていません）。</translation>
        </message>
        <message>
            <source>A multipart section has no parts.</source>
            <translation>マルチパートにパートがありません。</translation>
        </message>
        <message>
            <source>The message is malformed near byte %1.</source>
            <translation>%1 バイト付近でメールの形式が崩れています。</translation>
        </message>
        <message>
            <source>A multipart section has no boundary; its content is shown as text.</source>
            <translation>マルチパートに区切り文字（boundary）がないため、内容をテキストとして表示しています。</translation>
        </message>
        <message>
            <source>The message nests MIME parts too deeply; the inner parts were not read.</source>
            <translation>MIME パートの入れ子が深すぎるため、内側のパートは読み込んでいません。</translation>
        </message>
        <message>
            <source>A MIME part has neither headers nor content (near byte %1).</source>
            <translation>ヘッダーも内容もない MIME パートがあります（%1 バイト付近）。</translation>
        </message>
        <message>
            <source>A header line near byte %1 is not valid.</source>
            <translation>%1 バイト付近のヘッダー行が不正です。</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>メールが空です。</translation>
        </message>
        <message>
            <source>The message is larger than %1 MB and was kept unparsed.</source>
            <translation>%1 MB を超えるメールのため、解析せずに原文のまま保存しました。</translation>
        </message>
        <message>
            <source>The message has no readable header section.</source>
            <translation>読み取れるヘッダー部がありません。</translation>
        </message>
        <message>
            <source>A header is longer than %1 characters and was shortened.</source>
            <translation>%1 文字を超えるヘッダーがあったため、短縮しました。</translation>
        </message>
        <message>
            <source>The message nests MIME parts more than %1 levels deep; the inner parts were not read.</source>
            <translation>MIME パートの入れ子が %1 段を超えているため、内側のパートは読み込んでいません。</translation>
        </message>
        <message>
            <source>The message has more than %1 MIME parts; the rest were not read.</source>
            <translation>MIME パートが %1 個を超えているため、残りは読み込んでいません。</translation>
        </message>
        <message>
            <source>the HTML text</source>
            <translation>HTML 本文</translation>
        </message>
        <message>
            <source>the text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>The base64 content of %1 is damaged; what could be decoded was kept.</source>
            <translation>%1 の base64 データが壊れています。復元できた部分のみ保存しました。</translation>
        </message>
        <message>
            <source>The header section is larger than %1 MB; the mail was kept unparsed.</source>
            <translation>ヘッダー部が %1 MB を超えているため、メールを解析せずに保管しました。</translation>
        </message>
        <message>
            <source>A %1 header has more than %2 parameters; the mail was kept unparsed.</source>
            <translation>%1 ヘッダーのパラメーターが %2 個を超えているため、メールを解析せずに保管しました。</translation>
        </message>
    </context>
    <context>
        <name>NoticeKind</name>
        <message>
            <source>First notice of an outage</source>
            <translation>障害発生のお知らせ</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>続報</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>復旧のお知らせ</translation>
        </message>
        <message>
            <source>Maintenance announcement</source>
            <translation>メンテナンスのお知らせ</translation>
        </message>
    </context>
    <context>
        <name>OAuthBrowserSignIn</name>
        <message>
            <source>Cannot wait for the browser on 127.0.0.1 port %1: it is in use.</source>
            <translation>127.0.0.1 のポート %1 は使用中のため、ブラウザーからの応答を待てません。</translation>
        </message>
        <message>
            <source>Madoguchi has your sign-in. You can close this window.</source>
            <translation>窓口がサインインを受け取りました。このウィンドウは閉じてかまいません。</translation>
        </message>
        <message>
            <source>The sign-in service refused the sign-in: %1</source>
            <translation>サインインサービスがサインインを拒否しました: %1</translation>
        </message>
        <message>
            <source>The sign-in service sent no refresh token, so Madoguchi could not stay signed in. Check that the scopes allow offline access.</source>
            <translation>サインインサービスからリフレッシュトークンが届かなかったため、サインインを維持できません。スコープがオフラインアクセスを許可しているか確認してください。</translation>
        </message>
        <message>
            <source>The sign-in was not completed: %1</source>
            <translation>サインインは完了しませんでした: %1</translation>
        </message>
        <message>
            <source>The browser brought back a sign-in that Madoguchi did not ask for (the state does not match), so it was refused. Sign in again.</source>
            <translation>ブラウザーから窓口が要求していないサインインが返ってきたため (state が一致しません)、拒否しました。もう一度サインインしてください。</translation>
        </message>
        <message>
            <source>The browser came back without an authorization code.</source>
            <translation>ブラウザーから認可コードなしで戻ってきました。</translation>
        </message>
    </context>
    <context>
        <name>OAuthDeviceSignIn</name>
        <message>
            <source>%1 offers no sign-in with a code for these scopes; sign in with the browser (through ssh -L on a server).</source>
            <translation>%1 はこのスコープではコードによるサインインを提供していません。ブラウザーでサインインしてください (サーバーでは ssh -L を経由)。</translation>
        </message>
        <message>
            <source>The sign-in service sent no device code.</source>
            <translation>サインインサービスからデバイスコードが届きませんでした。</translation>
        </message>
        <message>
            <source>The code expired before it was entered.</source>
            <translation>コードが入力される前に有効期限が切れました。</translation>
        </message>
    </context>
    <context>
        <name>OAuthSettings</name>
        <message>
            <source>Unknown sign-in provider "%1": use google, microsoft or other.</source>
            <translation>不明なサインイン方法「%1」です。google、microsoft、other のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Google Workspace</source>
            <translation>Google Workspace</translation>
        </message>
        <message>
            <source>Microsoft 365</source>
            <translation>Microsoft 365</translation>
        </message>
        <message>
            <source>OAuth 2.0 (other provider)</source>
            <translation>OAuth 2.0 (その他のプロバイダー)</translation>
        </message>
        <message>
            <source>Enter the client ID of the app you registered with %1.</source>
            <translation>%1 に登録したアプリのクライアント ID を入力してください。</translation>
        </message>
        <message>
            <source>The sign-in address "%1" is not an http(s) URL.</source>
            <translation>サインインのアドレス「%1」は http(s) の URL ではありません。</translation>
        </message>
        <message>
            <source>Enter the scopes that give access to IMAP and SMTP.</source>
            <translation>IMAP と SMTP へのアクセスを許可するスコープを入力してください。</translation>
        </message>
    </context>
    <context>
        <name>OAuthTokenRequest</name>
        <message>
            <source>The sign-in service %1 refused: %2</source>
            <translation>サインインサービス %1 が拒否しました: %2</translation>
        </message>
        <message>
            <source>HTTP status %1</source>
            <translation>HTTP ステータス %1</translation>
        </message>
        <message>
            <source>Cannot reach the sign-in service %1: %2</source>
            <translation>サインインサービス %1 に接続できません: %2</translation>
        </message>
    </context>
    <context>
        <name>OAuthTokenSource</name>
        <message>
            <source>Sign in again: the sign-in to %1 has expired or was revoked (%2). Nothing is lost; mail is read and sent again once you have signed in.</source>
            <translation>再度サインインしてください: %1 へのサインインの有効期限が切れたか、取り消されました (%2)。データは失われていません。サインインするとメールの受信と送信を再開します。</translation>
        </message>
        <message>
            <source>The sign-in was closed.</source>
            <translation>サインインは閉じられました。</translation>
        </message>
        <message>
            <source>not signed in yet</source>
            <translation>まだサインインしていません</translation>
        </message>
        <message>
            <source>no refresh token was saved</source>
            <translation>リフレッシュトークンが保存されていません</translation>
        </message>
        <message>
            <source>The sign-in service sent no access token.</source>
            <translation>サインインサービスからアクセストークンが届きませんでした。</translation>
        </message>
    </context>
    <context>
        <name>OAuthTokenVault</name>
        <message>
            <source>The sign-in saved in the keychain under %1 is damaged; sign in again.</source>
            <translation>キーチェーンの %1 に保存されたサインイン情報が壊れています。再度サインインしてください。</translation>
        </message>
        <message>
            <source>The sign-in file %1 is damaged; sign in again.</source>
            <translation>サインイン ファイル %1 が壊れています。もう一度サインインしてください。</translation>
        </message>
        <message>
            <source>Cannot remove the sign-in file %1.</source>
            <translation>サインイン ファイル %1 を削除できません。</translation>
        </message>
        <message>
            <source>The sign-in file %1 may be read by other users; refusing to use it (only its owner may: chmod 600 %1).</source>
            <translation>サインイン ファイル %1 は他のユーザーも読める状態のため、使用しません (所有者だけが読めるようにしてください: chmod 600 %1)。</translation>
        </message>
        <message>
            <source>The sign-in file %1 does not exist yet.</source>
            <translation>サインイン ファイル %1 はまだありません。</translation>
        </message>
        <message>
            <source>Cannot read the sign-in file %1: %2.</source>
            <translation>サインイン ファイル %1 を読み取れません: %2。</translation>
        </message>
        <message>
            <source>Cannot write the sign-in file %1: %2.</source>
            <translation>サインイン ファイル %1 に書き込めません: %2。</translation>
        </message>
    </context>
    <context>
        <name>OnTimeTarget</name>
        <message>
            <source>The on-time target must be between 1 and 100 %.</source>
            <translation>期限内回答率の目標は1〜100%の範囲で指定してください。</translation>
        </message>
    </context>
    <context>
        <name>OrgCommand</name>
        <message>
            <source>administrator</source>
            <translation>システム管理者</translation>
        </message>
        <message>
            <source>other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>ドメイン</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <source>Administrators</source>
            <translation>システム管理者</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>No contacts yet: madoguchi-cli org contact add %1 --name NAME --address ADDRESS --role admin</source>
            <translation>連絡先はまだありません: madoguchi-cli org contact add %1 --name 氏名 --address アドレス --role admin</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) added or changed</source>
            <translation>
                <numerusform>%n 件の連絡先を追加・更新しました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganisationContacts</name>
        <message>
            <source>"%1" is not a mail address.</source>
            <translation>"%1" はメールアドレスではありません。</translation>
        </message>
        <message>
            <source>There is no organisation %1.</source>
            <translation>組織 %1 はありません。</translation>
        </message>
        <message>
            <source>%1 has no contact %2.</source>
            <translation>%1 に連絡先 %2 はありません。</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>ファイルが空です。</translation>
        </message>
        <message>
            <source>line %1: the header row needs a name (氏名) and an address (メールアドレス) column.</source>
            <translation>%1 行目: 見出し行に氏名とメールアドレスの列が必要です。</translation>
        </message>
        <message>
            <source>line %1: "%2" is not a mail address.</source>
            <translation>%1 行目: "%2" はメールアドレスではありません。</translation>
        </message>
        <message>
            <source>line %1: unknown role "%2" (システム管理者 / admin or その他 / other).</source>
            <translation>%1 行目: 役割 "%2" は使えません（システム管理者 / admin または その他 / other）。</translation>
        </message>
        <message>
            <source>line %1: the name is too long.</source>
            <translation>%1 行目: 氏名が長すぎます。</translation>
        </message>
    </context>
    <context>
        <name>Outage</name>
        <message>
            <source>client function</source>
            <translation>クライアント機能</translation>
        </message>
        <message>
            <source>web forms</source>
            <translation>WEBフォーム機能</translation>
        </message>
        <message>
            <source>click counting</source>
            <translation>クリックカウント機能</translation>
        </message>
        <message>
            <source>our fault</source>
            <translation>当社起因</translation>
        </message>
        <message>
            <source>maintenance</source>
            <translation>メンテナンス</translation>
        </message>
        <message>
            <source>platform (SFDC / Force.com)</source>
            <translation>プラットフォーム起因 (SFDC / Force.com)</translation>
        </message>
        <message>
            <source>force majeure</source>
            <translation>不可抗力</translation>
        </message>
        <message>
            <source>consumer function (web forms and click counting)</source>
            <translation>コンシューマ機能 (WEBフォーム機能・クリックカウント機能)</translation>
        </message>
        <message>
            <source>downtime: our fault</source>
            <translation>停止時間: 当社起因</translation>
        </message>
        <message>
            <source>excluded: caused by the platform</source>
            <translation>除外: プラットフォーム起因</translation>
        </message>
        <message>
            <source>excluded: force majeure</source>
            <translation>除外: 不可抗力</translation>
        </message>
        <message>
            <source>excluded: maintenance announced 14 days ahead</source>
            <translation>除外: 14日前までに告知したメンテナンス</translation>
        </message>
        <message>
            <source>downtime: maintenance not announced 14 days ahead</source>
            <translation>停止時間: 14日前までに告知していないメンテナンス</translation>
        </message>
        <message>
            <source>downtime: maintenance past its announced end</source>
            <translation>停止時間: 告知した終了時刻を超えたメンテナンス</translation>
        </message>
    </context>
    <context>
        <name>OutageStore</name>
        <message>
            <source>There is no %1 %2.</source>
            <translation>%1 %2 はありません。</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>障害</translation>
        </message>
        <message>
            <source>The end (%1) must come after the start (%2).</source>
            <translation>終了 (%1) は開始 (%2) より後にしてください。</translation>
        </message>
        <message>
            <source>maintenance plan</source>
            <translation>メンテナンス計画</translation>
        </message>
        <message>
            <source>An incident needs its start.</source>
            <translation>障害には開始日時が必要です。</translation>
        </message>
        <message>
            <source>Only a maintenance stop has an announcement time.</source>
            <translation>告知日時を指定できるのはメンテナンスによる停止だけです。</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>This reply is being sent or was sent already.</source>
            <translation>この返信は送信中か、すでに送信済みです。</translation>
        </message>
    </context>
    <context>
        <name>OutboxSender</name>
        <message>
            <source>The reply's stored text is missing.</source>
            <translation>保存された返信の本文が見つかりません。</translation>
        </message>
        <message>
            <source>Gave up after %1 attempts. Last: %2</source>
            <translation>%1 回試みましたが送信できませんでした。最後の応答: %2</translation>
        </message>
    </context>
    <context>
        <name>OutgoingAttachment</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>フォルダーです</translation>
        </message>
    </context>
    <context>
        <name>OutgoingMail</name>
        <message>
            <source>"%1" is not a mail address.</source>
            <translation>「%1」はメールアドレスではありません。</translation>
        </message>
        <message>
            <source>The support address to send from is not set.</source>
            <translation>送信元のサポート窓口アドレスが設定されていません。</translation>
        </message>
        <message>
            <source>The reply has no recipient.</source>
            <translation>返信の宛先がありません。</translation>
        </message>
    </context>
    <context>
        <name>PasswordKeychain</name>
        <message>
            <source>%1: the system keychain did not answer within %2 seconds.</source>
            <translation>%1: システムのキーチェーンが %2 秒以内に応答しませんでした。</translation>
        </message>
        <message>
            <source>%1: no password is saved for it.</source>
            <translation>%1: パスワードが保存されていません。</translation>
        </message>
        <message>
            <source>%1: the system keychain is not available or is locked (%2).</source>
            <translation>%1: システムのキーチェーンが利用できないか、ロックされています (%2)。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saving the password for %1</source>
            <translation>%1 のパスワードを保存中</translation>
        </message>
        <message>
            <source>Reading the password for %1</source>
            <translation>%1 のパスワードを読み込み中</translation>
        </message>
        <message>
            <source>Deleting the password for %1</source>
            <translation>%1 のパスワードを削除中</translation>
        </message>
    </context>
    <context>
        <name>RemainingTimeText</name>
        <message>
            <source>%1 min</source>
            <translation>%1分</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1時間</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1時間%2分</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1日</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1日</translation>
        </message>
        <message>
            <source>1 day and %1 h</source>
            <translation>1日と%1時間</translation>
        </message>
        <message>
            <source>%1 days and %2 h</source>
            <translation>%1日と%2時間</translation>
        </message>
        <message>
            <source>1 business day</source>
            <translation>1営業日</translation>
        </message>
        <message>
            <source>%1 business days</source>
            <translation>%1営業日</translation>
        </message>
        <message>
            <source>1 business day and %1 h</source>
            <translation>1営業日と%1時間</translation>
        </message>
        <message>
            <source>%1 business days and %2 h</source>
            <translation>%1営業日と%2時間</translation>
        </message>
        <message>
            <source>Overdue %1</source>
            <translation>超過 %1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>残り %1</translation>
        </message>
    </context>
    <context>
        <name>ReplyApprovals</name>
        <message>
            <source>Reply %1 is no longer waiting for approval.</source>
            <translation>返信 %1 はもう承認待ちではありません。</translation>
        </message>
        <message>
            <source>Only a manager can approve replies or send them back.</source>
            <translation>返信の承認や差し戻しができるのは管理者だけです。</translation>
        </message>
        <message>
            <source>There is no reply %1 waiting for approval.</source>
            <translation>承認待ちの返信 %1 はありません。</translation>
        </message>
        <message>
            <source>Say what to change: a reply is sent back with a comment.</source>
            <translation>直してほしい点を書いてください。返信はコメントを付けて差し戻します。</translation>
        </message>
        <message>
            <source>Reply by %1 sent back for changes: %2</source>
            <translation>%1 さんの返信を差し戻しました: %2</translation>
        </message>
        <message>
            <source>There is no reply %1 sent back to you.</source>
            <translation>あなたに差し戻された返信 %1 はありません。</translation>
        </message>
    </context>
    <context>
        <name>ReplyCommand</name>
        <message>
            <source>%1: --as %2: under the database login %3 it is written as %3</source>
            <translation>%1: --as %2: データベースのログイン %3 では %3 として書かれます</translation>
        </message>
    </context>
    <context>
        <name>ReplyDelivery</name>
        <message>
            <source>waiting to be sent</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>undelivered</source>
            <translation>不達</translation>
        </message>
        <message>
            <source>discarded (not sent)</source>
            <translation>破棄(未送信)</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>承認待ち</translation>
        </message>
    </context>
    <context>
        <name>ReplyRequest</name>
        <message>
            <source>Ticket #%1 does not exist.</source>
            <translation>チケット #%1 はありません。</translation>
        </message>
        <message>
            <source>The desk's support address, which replies are sent from, is not set yet.</source>
            <translation>返信の送信元となる窓口のサポートアドレスがまだ設定されていません。</translation>
        </message>
        <message>
            <source>The reply has no text of its own.</source>
            <translation>返信に本文がありません。</translation>
        </message>
    </context>
    <context>
        <name>ReplyTemplates</name>
        <message>
            <source>A template needs a name and a body.</source>
            <translation>定型文には名前と本文が必要です。</translation>
        </message>
        <message>
            <source>Only a manager can change the team's templates.</source>
            <translation>チームの定型文を変更できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>A personal template belongs to the person who keeps it.</source>
            <translation>個人の定型文はその持ち主だけが変更できます。</translation>
        </message>
        <message>
            <source>Unknown placeholder {{%1}}. Known: {{%2}}.</source>
            <translation>{{%1}} という差し込み項目はありません。使える項目: {{%2}}。</translation>
        </message>
        <message>
            <source>There is already a template 「%1」.</source>
            <translation>「%1」という定型文はすでにあります。</translation>
        </message>
        <message>
            <source>No such template.</source>
            <translation>その定型文はありません。</translation>
        </message>
        <message>
            <source>No such ticket.</source>
            <translation>そのチケットはありません。</translation>
        </message>
        <message>
            <source>There is no template 「%1」.</source>
            <translation>定型文「%1」はありません。</translation>
        </message>
        <message>
            <source>A template stays in the list it was made in.</source>
            <translation>定型文は作成した一覧(チーム共有・自分用)から移せません。</translation>
        </message>
    </context>
    <context>
        <name>ReportGrouping</name>
        <message>
            <source>Whole team</source>
            <translation>チーム全体</translation>
        </message>
        <message>
            <source>Per staff member</source>
            <translation>担当者別</translation>
        </message>
        <message>
            <source>Per organisation</source>
            <translation>取引先別</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>日別</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>月別</translation>
        </message>
    </context>
    <context>
        <name>ReportPrinter</name>
        <message>
            <source>Response report</source>
            <translation>対応状況レポート</translation>
        </message>
        <message>
            <source>%1 to %2 (JST), %3, as of %4</source>
            <translation>%1〜%2 (日本時間)、%3、%4 時点</translation>
        </message>
    </context>
    <context>
        <name>ReportTable</name>
        <message>
            <source>Group</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受信件数</translation>
        </message>
        <message>
            <source>Answered on time</source>
            <translation>期限内回答</translation>
        </message>
        <message>
            <source>On time %</source>
            <translation>期限内回答率(%)</translation>
        </message>
        <message>
            <source>Answered late</source>
            <translation>期限超過回答</translation>
        </message>
        <message>
            <source>Open, overdue</source>
            <translation>未回答(期限超過)</translation>
        </message>
        <message>
            <source>Open, not yet due</source>
            <translation>未回答(期限前)</translation>
        </message>
        <message>
            <source>Closed without reply</source>
            <translation>返信なしで完了</translation>
        </message>
        <message>
            <source>Response per message: median (min)</source>
            <translation>応答時間(メッセージ別) 中央値(営業分)</translation>
        </message>
        <message>
            <source>Response per message: p90 (min)</source>
            <translation>応答時間(メッセージ別) 90パーセンタイル(営業分)</translation>
        </message>
        <message>
            <source>Response per message: mean (min)</source>
            <translation>応答時間(メッセージ別) 平均(営業分)</translation>
        </message>
        <message>
            <source>Response per message: max (min)</source>
            <translation>応答時間(メッセージ別) 最大(営業分)</translation>
        </message>
        <message>
            <source>First response per ticket: median (min)</source>
            <translation>初回応答時間(チケット別) 中央値(営業分)</translation>
        </message>
        <message>
            <source>First response per ticket: p90 (min)</source>
            <translation>初回応答時間(チケット別) 90パーセンタイル(営業分)</translation>
        </message>
        <message>
            <source>First response per ticket: mean (min)</source>
            <translation>初回応答時間(チケット別) 平均(営業分)</translation>
        </message>
        <message>
            <source>First response per ticket: max (min)</source>
            <translation>初回応答時間(チケット別) 最大(営業分)</translation>
        </message>
        <message>
            <source>Urgent: received</source>
            <translation>緊急: 受信件数</translation>
        </message>
        <message>
            <source>Urgent: answered on time</source>
            <translation>緊急: 期限内回答</translation>
        </message>
        <message>
            <source>Urgent: on time %</source>
            <translation>緊急: 期限内回答率(%)</translation>
        </message>
        <message>
            <source>Urgent: late (answered or open)</source>
            <translation>緊急: 期限超過(回答済み・未回答)</translation>
        </message>
        <message>
            <source>Urgent: response median (min, 24×7)</source>
            <translation>緊急: 応答時間 中央値(分・24時間)</translation>
        </message>
        <message>
            <source>Urgent: response p90 (min, 24×7)</source>
            <translation>緊急: 応答時間 90パーセンタイル(分・24時間)</translation>
        </message>
        <message>
            <source>Urgent: response max (min, 24×7)</source>
            <translation>緊急: 応答時間 最大(分・24時間)</translation>
        </message>
    </context>
    <context>
        <name>ResponseDeadline</name>
        <message>
            <source>No deadline (the receipt time is unknown)</source>
            <translation>期限なし (受信日時が不明です)</translation>
        </message>
        <message>
            <source>Received %1 → due %2 (urgent: within %3 min, around the clock)</source>
            <translation>受信 %1 → 期限 %2 (緊急: 24時間体制で%3分以内)</translation>
        </message>
        <message>
            <source>Received %1 → due %2</source>
            <translation>受信 %1 → 期限 %2</translation>
        </message>
        <message>
            <source> (excluding %1 days off, %2 to %3)</source>
            <translation> (%2〜%3の休業日%1日間を除く)</translation>
        </message>
        <message>
            <source> (excluding %1)</source>
            <translation> (%1を除く)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>・</translation>
        </message>
        <message>
            <source>Received: %1 %2 JST</source>
            <translation>受信日時: %1 %2 (日本時間)</translation>
        </message>
        <message>
            <source>Rule: urgent, answered within %1 min on a 24×7 clock</source>
            <translation>規則: 緊急 (24時間365日体制で%1分以内に回答)</translation>
        </message>
        <message>
            <source>Accepted on: %1 (received outside business hours)</source>
            <translation>受付日: %1 (営業時間外の受信)</translation>
        </message>
        <message>
            <source>Accepted on: %1</source>
            <translation>受付日: %1</translation>
        </message>
        <message>
            <source>Skipped: %1, %2</source>
            <translation>除外: %1 %2</translation>
        </message>
        <message>
            <source>Rule: by the close of business on the next business day after the day of receipt</source>
            <translation>規則: 受信日の翌営業日の営業終了時刻まで</translation>
        </message>
        <message>
            <source>Rule: mail received outside business hours is accepted on the next business day; due by the close of business on the business day after acceptance</source>
            <translation>規則: 営業時間外の受信は翌営業日の受付とし、受付日の翌営業日の営業終了時刻まで</translation>
        </message>
        <message>
            <source>Due: %1 %2 JST</source>
            <translation>期限: %1 %2 (日本時間)</translation>
        </message>
        <message>
            <source>Urgent because %1</source>
            <translation>緊急の理由: %1</translation>
        </message>
    </context>
    <context>
        <name>ResponseReport</name>
        <message>
            <source>Whole team</source>
            <translation>チーム全体</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>(未割当)</translation>
        </message>
        <message>
            <source>(no organisation)</source>
            <translation>(取引先なし)</translation>
        </message>
        <message>
            <source>The report period must start on or before its end.</source>
            <translation>集計期間の開始日は終了日以前にしてください。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
    </context>
    <context>
        <name>SampleDataCommand</name>
        <message>
            <source>The database already has tickets; use --force to add the sample anyway.</source>
            <translation>データベースにはすでにチケットがあります。それでもサンプルを追加する場合は --force を指定してください。</translation>
        </message>
        <message>
            <source>Added %1 sample tickets.</source>
            <translation>サンプルのチケットを %1 件追加しました。</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrations</name>
        <message>
            <source>The database has schema version %1, made by a newer Madoguchi; this program knows up to version %2.</source>
            <translation>データベースのスキーマはバージョン %1 で、より新しい Madoguchi で作成されています。このプログラムが扱えるのはバージョン %2 までです。</translation>
        </message>
    </context>
    <context>
        <name>SelectTask</name>
        <message>
            <source>The server did not report UIDVALIDITY for %1, so messages cannot be tracked safely.</source>
            <translation>サーバーが %1 の UIDVALIDITY を通知しないため、メッセージを確実に追跡できません。</translation>
        </message>
    </context>
    <context>
        <name>SentFolderCopy</name>
        <message numerus="yes">
            <source>%n sent repl(y/ies) could not be copied to the folder %1: %2</source>
            <translation>
                <numerusform>送信済みの返信 %n 件をフォルダー「%1」にコピーできませんでした: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SmtpServerSettings</name>
        <message>
            <source>"%1" is not a mail server address like smtp://support@mail.example.co.jp:587: %2</source>
            <translation>「%1」は smtp://support@mail.example.co.jp:587 のようなメールサーバーのアドレスではありません: %2</translation>
        </message>
        <message>
            <source>No outgoing mail server (SMTP) is configured.</source>
            <translation>送信メールサーバー(SMTP)が設定されていません。</translation>
        </message>
        <message>
            <source>the scheme must be smtps or smtp</source>
            <translation>スキームは smtps か smtp にしてください</translation>
        </message>
        <message>
            <source>the host is missing</source>
            <translation>ホスト名がありません</translation>
        </message>
        <message>
            <source>a password does not belong in the address; it is kept in the keychain</source>
            <translation>パスワードはアドレスに含めず、キーチェーンに保存してください</translation>
        </message>
    </context>
    <context>
        <name>SslImapSocket</name>
        <message>
            <source>Cannot read the certificate file %1: %2.</source>
            <translation>証明書ファイル %1 を読み込めません: %2。</translation>
        </message>
        <message>
            <source>The file %1 holds no PEM certificate.</source>
            <translation>ファイル %1 に PEM 形式の証明書が含まれていません。</translation>
        </message>
        <message>
            <source> (certificate for "%1", issued by "%2")</source>
            <translation>（証明書の対象「%1」、発行者「%2」）</translation>
        </message>
        <message>
            <source>The certificate of %1 is not trusted: %2. If the server uses a company certificate authority, add its certificate file in the account settings.</source>
            <translation>%1 の証明書は信頼されていません: %2。社内の認証局を使用しているサーバーの場合は、アカウント設定でその証明書ファイルを追加してください。</translation>
        </message>
        <message>
            <source>Cannot talk to %1 port %2: %3.</source>
            <translation>%1 のポート %2 と通信できません: %3。</translation>
        </message>
    </context>
    <context>
        <name>StaffUser</name>
        <message>
            <source>Madoguchi</source>
            <translation>Madoguchi (システム)</translation>
        </message>
    </context>
    <context>
        <name>StoreOpener</name>
        <message>
            <source>empty entry</source>
            <translation>空の項目</translation>
        </message>
        <message>
            <source>not asked</source>
            <translation>問い合わせていません</translation>
        </message>
        <message>
            <source>The PostgreSQL database %1 wants a password and none was found: not in the system keychain under "%2" (%3), and not in PGPASSWORD, ~/.pgpass or a PGSERVICE entry (docs/store.md says how to give it).</source>
            <translation>PostgreSQL データベース %1 はパスワードを求めていますが、見つかりません: システムのキーチェーンの「%2」にもなく (%3)、PGPASSWORD、~/.pgpass、PGSERVICE の項目にもありません (渡し方は docs/store.md を参照)。</translation>
        </message>
    </context>
    <context>
        <name>StoredAttachments</name>
        <message>
            <source>The attachment %1 of message %2 is not in the message's stored source.</source>
            <translation>メッセージ %2 の添付ファイル %1 が、保存された原文に見つかりません。</translation>
        </message>
    </context>
    <context>
        <name>StoredBytes</name>
        <message>
            <source>The stored source is encoded as "%1", which this version cannot read.</source>
            <translation>保存された原文は「%1」形式で符号化されており、このバージョンでは読めません。</translation>
        </message>
        <message>
            <source>The stored source is damaged (not a zstd frame).</source>
            <translation>保存された原文が壊れています（zstd 形式ではありません）。</translation>
        </message>
        <message>
            <source>The stored source is damaged: %1</source>
            <translation>保存された原文が壊れています: %1</translation>
        </message>
    </context>
    <context>
        <name>TeamCommand</name>
        <message>
            <source>team: run this as the database's owner; %1 is a person's own login.</source>
            <translation>team: データベースの所有者として実行してください。%1 は個人のログインです。</translation>
        </message>
    </context>
    <context>
        <name>TeamDirectory</name>
        <message>
            <source>Only a manager can add users.</source>
            <translation>ユーザーを追加できるのは管理者のみです。</translation>
        </message>
        <message>
            <source>Adding the user %1</source>
            <translation>ユーザー %1 を追加中</translation>
        </message>
        <message>
            <source>Only a manager can change roles.</source>
            <translation>役割を変更できるのは管理者のみです。</translation>
        </message>
        <message>
            <source>No user %1.</source>
            <translation>ユーザー %1 は存在しません。</translation>
        </message>
        <message>
            <source>A login is at most %1 characters.</source>
            <translation>ログイン名は %1 文字までです。</translation>
        </message>
        <message>
            <source>A customer address is longer than %1 characters.</source>
            <translation>顧客のアドレスが %1 文字を超えています。</translation>
        </message>
        <message>
            <source>Only a manager decides whose replies need approval.</source>
            <translation>返信に承認が必要な担当者を決められるのは管理者だけです。</translation>
        </message>
    </context>
    <context>
        <name>TeamSettings</name>
        <message>
            <source>Only a manager can change settings shared by the team.</source>
            <translation>チームで共有する設定を変更できるのは管理者のみです。</translation>
        </message>
    </context>
    <context>
        <name>TicketChanges</name>
        <message>
            <source>Ticket #%1 does not exist.</source>
            <translation>チケット #%1 は存在しません。</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>別の担当者</translation>
        </message>
        <message>
            <source>%1 at %2 JST (%3: %4 → %5)</source>
            <translation>%1 (%2 JST、%3: %4 → %5)</translation>
        </message>
        <message>
            <source>Ticket #%1 was changed by %2 after you opened it (version %3, now %4). Reload the ticket and make your change again.</source>
            <translation>チケット #%1 は、開いた後に %2 によって変更されました (バージョン %3 → 現在 %4)。チケットを再読み込みしてから、もう一度変更してください。</translation>
        </message>
    </context>
    <context>
        <name>TicketForwards</name>
        <message>
            <source>-------- Forwarded Message --------</source>
            <translation>-------- 転送メッセージ --------</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>件名:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日付:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>差出人:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>宛先:</translation>
        </message>
        <message>
            <source>Cc:</source>
            <translation>Cc:</translation>
        </message>
        <message>
            <source>Ticket #%1 does not exist.</source>
            <translation>チケット #%1 は存在しません。</translation>
        </message>
        <message>
            <source>Ticket #%1 has no message %2 to forward.</source>
            <translation>チケット #%1 には転送するメッセージ %2 がありません。</translation>
        </message>
        <message>
            <source>Ticket #%1 has no mail to forward.</source>
            <translation>チケット #%1 には転送できるメールがありません。</translation>
        </message>
    </context>
    <context>
        <name>TicketOperations</name>
        <message>
            <source>Ticket #%1 does not exist.</source>
            <translation>チケット #%1 は存在しません。</translation>
        </message>
        <message>
            <source>No staff user %1.</source>
            <translation>担当者 %1 は存在しません。</translation>
        </message>
        <message>
            <source>A tag cannot be empty or contain a comma.</source>
            <translation>タグは空にできず、カンマも含められません。</translation>
        </message>
        <message>
            <source>A ticket cannot be merged into itself.</source>
            <translation>チケットを自身に統合することはできません。</translation>
        </message>
        <message>
            <source>Ticket #%1 was already merged into another.</source>
            <translation>チケット #%1 はすでに別のチケットに統合されています。</translation>
        </message>
        <message>
            <source>That message is not in ticket #%1.</source>
            <translation>そのメッセージはチケット #%1 にありません。</translation>
        </message>
        <message>
            <source>A tag is at most %1 characters.</source>
            <translation>タグは %1 文字までです。</translation>
        </message>
    </context>
    <context>
        <name>TicketPriority</name>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>通常</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>緊急</translation>
        </message>
    </context>
    <context>
        <name>TicketReplies</name>
        <message>
            <source>Ticket #%1 does not exist.</source>
            <translation>チケット #%1 は存在しません。</translation>
        </message>
        <message>
            <source>The reply is no longer in the outbox.</source>
            <translation>この返信はもう送信トレイにありません。</translation>
        </message>
        <message>
            <source>Discarded by %1</source>
            <translation>%1さんが破棄しました</translation>
        </message>
        <message>
            <source>The attachments come to %1; a reply may carry at most %2 (the limit the administrator set).</source>
            <translation>添付ファイルの合計は %1 です。返信に添付できるのは %2 までです（管理者が設定した上限）。</translation>
        </message>
        <message>
            <source>The reply can no longer be withdrawn: its time to cancel has passed.</source>
            <translation>この返信はもう取り消せません（取り消しできる時間が過ぎました）。</translation>
        </message>
    </context>
    <context>
        <name>TicketStatus</name>
        <message>
            <source>New</source>
            <translation>未対応</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Waiting on customer</source>
            <translation>お客様回答待ち</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>解決済み</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完了</translation>
        </message>
    </context>
    <context>
        <name>TicketStore</name>
        <message>
            <source>Message %1: %2</source>
            <translation>メッセージ %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TicketsCommand</name>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>期限間近</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Received (JST)</source>
            <translation>受信 (JST)</translation>
        </message>
        <message>
            <source>Due (JST)</source>
            <translation>期限 (JST)</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>(reply undelivered)</source>
            <translation>(返信不達)</translation>
        </message>
        <message>
            <source>Overdue %1, due soon %2, new %3 (as of %4 JST)</source>
            <translation>期限超過 %1、期限間近 %2、未対応 %3 (%4 JST 時点)</translation>
        </message>
        <message>
            <source>madoguchi-cli: only the first %1 tickets are shown (--limit N shows more)</source>
            <translation>madoguchi-cli: 先頭の %1 件だけを表示しています（--limit N でさらに表示）</translation>
        </message>
    </context>
    <context>
        <name>UrgencyRules</name>
        <message>
            <source>Rule %1 is empty.</source>
            <translation>ルール %1 が空です。</translation>
        </message>
        <message>
            <source>Rule %1 ("%2") is not a valid regular expression: %3 at offset %4.</source>
            <translation>ルール %1 (「%2」) は正しい正規表現ではありません: %4 文字目で %3</translation>
        </message>
        <message>
            <source>The stored urgent keyword rules are damaged: %1.</source>
            <translation>保存されている緊急キーワードのルールが壊れています: %1</translation>
        </message>
        <message>
            <source>Only a manager can change the urgent keyword rules.</source>
            <translation>緊急キーワードのルールを変更できるのは管理者のみです。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Madoguchi</source>
            <translation>窓口 (Madoguchi)</translation>
        </message>
        <message>
            <source>Open this ticket number.</source>
            <translation>この番号のチケットを開きます。</translation>
        </message>
        <message>
            <source>The desk could not start: %1</source>
            <translation>起動できませんでした: %1</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>Updating the database for this version of Madoguchi (schema %1 to %2).
This happens once after an update and can take a few minutes on a large desk. Please wait.</source>
            <translation>このバージョンの窓口に合わせてデータベースを更新しています (スキーマ %1 → %2)。
更新後の初回だけの処理で、件数の多いデスクでは数分かかることがあります。しばらくお待ちください。</translation>
        </message>
        <message>
            <source>Open this database (a SQLite file or postgresql://user@host:port/name) instead of the one in Settings.</source>
            <translation>設定のデータベースの代わりに、このデータベース (SQLite ファイルまたは postgresql://user@host:port/name) を開きます。</translation>
        </message>
    </context>
</TS>
