<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>CalendarStore</name>
        <message>
            <source>Only a manager can change the business calendar.</source>
            <translation>営業日カレンダーを変更できるのは管理者のみです。</translation>
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
        <name>Madoguchi::CalendarPage</name>
        <message>
            <source>National holiday</source>
            <translation>祝日・休日</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 refused to start TLS: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 offers no encryption (no STARTTLS), so the password would travel in clear text. Madoguchi refuses to log in like that. Use imaps:// (port 993), or allow plaintext login in the account settings if this network is trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not accept a login without encryption (LOGINDISABLED) and offers no STARTTLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rejected the user name or password for "%2": %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 requires an encrypted connection before login: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected to the mailbox server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Madoguchi::MainWindow</name>
        <message>
            <source>Madoguchi</source>
            <translation>窓口</translation>
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
            <source>Acknowledgement</source>
            <translation>受付確認</translation>
        </message>
        <message>
            <source>Delivery failure</source>
            <translation>配信エラー</translation>
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
        <name>main</name>
        <message>
            <source>Madoguchi</source>
            <translation>窓口 (Madoguchi)</translation>
        </message>
    </context>
</TS>
