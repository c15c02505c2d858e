// The desk and the reports as a Japanese-speaking manager sees them (issue 13): every chart
// string in Japanese, whole histogram labels, round axes, thinned day labels, business time
// in the table as 「5時間30分」, and an urgent ticket that never wears the green 「期限内」.
// Runs under tests/scripts/with-pending-ja.sh, which builds the Japanese translation with the
// strings still waiting in translations/pending/ (MADOGUCHI_QM_DIR); without it, the embedded one.

#include "../common/TestDatabase.h"
#include "../reports/ReportFixture.h"
#include "DeskLayoutChecks.h"

#include "FlagIcons.h"
#include "desk/EmptyListNotice.h"
#include "desk/MainWindow.h"
#include "desk/TicketListColumns.h"
#include "desk/TicketListModel.h"
#include "desk/TicketPanel.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsView.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QLegendMarker>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::Testing;

namespace {

const ReportPeriod novDec{QDate(2025, 11, 1), QDate(2025, 12, 31)};

// Latin letters in a Japanese UI are English left untranslated (dates and numbers are not).
bool looksEnglish(const QString &text)
{
    static const QRegularExpression latin(u"[A-Za-z]{2,}"_s);
    return latin.match(text).hasMatch();
}

QStringList chartTexts(QChart *chart)
{
    QStringList texts{chart->title()};
    for (QLegendMarker *marker : chart->legend()->markers())
        texts.append(marker->label());
    for (QAbstractAxis *axis : chart->axes()) {
        texts.append(axis->titleText());
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
            texts.append(bars->categories());
        else if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            texts.append(categories->categoriesLabels());
    }
    texts.removeAll(QString());
    return texts;
}

QImage iconImage(const QIcon &icon)
{
    return icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

private:
    QTranslator m_japanese;
    std::unique_ptr<TestDatabase> m_store;
    FixedClock m_clock;
    std::unique_ptr<ReportFixture> m_fixture;

    std::unique_ptr<ReportsView> openReports(QSize size)
    {
        auto view = std::make_unique<ReportsView>(m_fixture->desk(), m_fixture->tanaka);
        view->resize(size);
        view->setPeriod(novDec);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("window not exposed");
        return view;
    }

    QChart *chart(ReportsView &view, const char *name)
    {
        auto *chartView = view.findChild<QChartView *>(QString::fromLatin1(name));
        return chartView ? chartView->chart() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(loadJapanese(m_japanese));
        QCoreApplication::installTranslator(&m_japanese);
        m_store = std::make_unique<TestDatabase>();
        QVERIFY(m_store->isValid());
        m_fixture = std::make_unique<ReportFixture>(m_store->db(), m_clock);
        QVERIFY(m_fixture->build());
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        m_store.reset();
    }

    void everyChartStringIsJapanese()
    {
        auto view = openReports({1024, 700});
        for (const char *name : {"dailyChartView", "trendChartView", "histogramChartView"}) {
            QChart *c = chart(*view, name);
            QVERIFY2(c, name);
            const QStringList texts = chartTexts(c);
            QVERIFY2(texts.size() >= 3, name);
            for (const QString &text : texts)
                QVERIFY2(!looksEnglish(text), qPrintable(u"%1: \"%2\""_s.arg(QString::fromLatin1(name), text)));
        }
        QCOMPARE(chart(*view, "dailyChartView")->title(), u"日別 受信件数と期限超過"_s);
        // nothing elided into "…" at this size
        for (const char *name : {"dailyChartView", "trendChartView", "histogramChartView"}) {
            for (QAbstractAxis *axis : chart(*view, name)->axes())
                QVERIFY2(!axis->labelsTruncated(), name);
        }
        if (const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR"); !dir.isEmpty()) {
            for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
                view->resize(size);
                QTest::qWait(50);
                QVERIFY(view->grab().save(u"%1/reports-%2x%3-ja.png"_s.arg(dir).arg(size.width()).arg(size.height())));
            }
        }
    }

    void histogramBinsHaveWholeLabels()
    {
        auto view = openReports({1024, 700});
        QChart *c = chart(*view, "histogramChartView");
        QBarCategoryAxis *bins = nullptr;
        for (QAbstractAxis *axis : c->axes())
            bins = bins ? bins : qobject_cast<QBarCategoryAxis *>(axis);
        QVERIFY(bins);
        QCOMPARE(bins->categories(), (QStringList{u"30分未満"_s, u"30分〜1時間"_s, u"1〜2時間"_s, u"2〜4時間"_s,
                                                  u"4〜7時間"_s, u"1〜2営業日"_s, u"2営業日以上"_s}));
        // Horizontal bars: the labels stand on the left, each as wide as it needs.
        QCOMPARE(bins->alignment(), Qt::AlignLeft);
        const QFontMetrics metrics(bins->labelsFont());
        for (const QString &label : bins->categories())
            QVERIFY2(metrics.horizontalAdvance(label) < c->plotArea().left(), qPrintable(label));
    }

    void axesAreRoundAndLabelsFit()
    {
        auto view = openReports({1024, 700});
        // percentages 0–100 in steps of 20
        QValueAxis *percent = nullptr;
        for (QAbstractAxis *axis : chart(*view, "trendChartView")->axes(Qt::Vertical))
            percent = qobject_cast<QValueAxis *>(axis);
        QVERIFY(percent);
        QCOMPARE(percent->min(), 0.0);
        QCOMPARE(percent->max(), 100.0);
        QCOMPARE(percent->tickCount(), 6);
        // counts: whole-number steps
        for (const char *name : {"dailyChartView", "histogramChartView"}) {
            for (QAbstractAxis *axis : chart(*view, name)->axes()) {
                auto *counts = qobject_cast<QValueAxis *>(axis);
                if (!counts || qobject_cast<QCategoryAxis *>(axis))
                    continue;
                const double step = (counts->max() - counts->min()) / (counts->tickCount() - 1);
                QVERIFY2(step >= 1 && step == std::floor(step), qPrintable(u"%1: step %2"_s.arg(QString::fromLatin1(name)).arg(step)));
            }
        }
        // days: a label on each Monday only, and each label fits the room until the next one
        QChart *daily = chart(*view, "dailyChartView");
        QCategoryAxis *days = nullptr;
        for (QAbstractAxis *axis : daily->axes(Qt::Horizontal))
            days = qobject_cast<QCategoryAxis *>(axis);
        QVERIFY(days);
        const QStringList labels = days->categoriesLabels();
        QVERIFY2(labels.size() >= 8 && labels.size() <= 13, qPrintable(labels.join(u' ')));
        for (const QString &label : labels) {
            const QDate date = QDate::fromString(u"2025/"_s + label, u"yyyy/M/d"_s);
            QVERIFY2(date.isValid() && date.dayOfWeek() == Qt::Monday, qPrintable(label));
        }
        const double room = daily->plotArea().width() * 7 / 61.0; // a week of the 61 days
        const QFontMetrics metrics(days->labelsFont());
        for (const QString &label : labels)
            QVERIFY2(metrics.horizontalAdvance(label) < room, qPrintable(label));
        // months: 「2025年1月」 on the first and on January, 「2月」 … after it
        QCategoryAxis *months = nullptr;
        for (QAbstractAxis *axis : chart(*view, "trendChartView")->axes(Qt::Horizontal))
            months = qobject_cast<QCategoryAxis *>(axis);
        QVERIFY(months);
        QCOMPARE(months->categoriesLabels().value(0), u"2025年1月"_s);
        QCOMPARE(months->categoriesLabels().value(1), u"2月"_s);
        QCOMPARE(months->categoriesLabels().value(11), u"12月"_s);
    }

    void firstMonthLabelIsDrawn_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080)})
            QTest::addRow("%dx%d", size.width(), size.height()) << size;
    }

    // The trend chart draws its first month (「2025年1月」): Qt Charts hid it as an edge label
    // wider than its slot. Every month's label is drawn, inside the chart.
    void firstMonthLabelIsDrawn()
    {
        QFETCH(QSize, size);
        auto view = openReports(size);
        auto *chartView = view->findChild<QChartView *>(u"trendChartView"_s);
        QVERIFY(chartView);
        const auto drawn = [&](const QString &label) {
            for (QGraphicsItem *item : chartView->scene()->items()) {
                const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (text && text->toPlainText() == label && text->isVisible()
                    && chartView->chart()->boundingRect().contains(text->mapRectToItem(chartView->chart(), text->boundingRect()).center()))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(drawn(u"2025年1月"_s));
        for (const QString &month : {u"2月"_s, u"6月"_s, u"12月"_s})
            QVERIFY2(drawn(month), qPrintable(month));
    }

    void tableShowsBusinessTimeInHoursAndMinutes()
    {
        auto view = openReports({1024, 700});
        auto *table = view->findChild<QTableView *>(u"reportTableView"_s);
        QVERIFY(table);
        // the fixture's median 90 business minutes, 90th percentile 721 (tst_reports.cpp)
        QCOMPARE(table->model()->index(0, 8).data().toString(), u"1時間30分"_s);
        QCOMPARE(table->model()->index(0, 9).data().toString(), u"12時間1分"_s);
        const QString header = table->model()->headerData(8, Qt::Horizontal).toString();
        QVERIFY2(!header.contains(u"分"_s) && header.contains(u"中央値"_s), qPrintable(header));
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!looksEnglish(text), qPrintable(text));
        }
    }

    void cleanup()
    {
        // Layout rows switch the language; every other test reads Japanese.
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCoreApplication::removeTranslator(&m_japanese);
        QCoreApplication::installTranslator(&m_japanese);
    }

    void listColumnsFitAtEverySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("japanese");
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(1600, 900), QSize(1920, 1080)}) {
            for (bool japanese : {true, false})
                QTest::addRow("%dx%d %s", size.width(), size.height(), japanese ? "ja" : "en") << size << japanese;
        }
    }

    // At each size and language: the flag, number, subject, customer, deadline and time-left
    // columns are on screen without scrolling, the deadline and time-left texts fit their
    // columns (font metrics, bold rows bold), and the subject has the spare width.
    void listColumnsFitAtEverySize()
    {
        QFETCH(QSize, size);
        QFETCH(bool, japanese);
        if (!japanese) {
            QCoreApplication::removeTranslator(&m_japanese);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        TestDatabase db;
        QVERIFY(db.isValid());
        FixedClock clock(jst(u"2026-11-24T16:30"_s)); // Tuesday, after the Monday holiday
        TicketDesk desk(db.db(), clock);
        TicketFixtureBuilder build(desk);
        auto sato = build.staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(sato.ok());
        const struct { const char *from, *subject, *at; } mails[] = {
            {"yamada@kabushiki-kaisha-yamada-shoji.example.co.jp", "ログインできません（管理画面・二段階認証）", "2026-11-16T11:00"},
            {"ito@minato.example.co.jp", "CSVの文字化け", "2026-11-19T14:00"},
            {"kato@sapporo.example.jp", "配信予約について", "2026-11-21T23:40"},
            {"inoue@kobe.example.jp", "API上限", "2026-11-24T09:00"},
            {"ops@kobe.example.jp", "【緊急】メール配信が停止しています", "2026-11-24T16:10"},
        };
        for (const auto &m : mails) {
            QVERIFY(build.customerMail(QString::fromUtf8(m.from), QString::fromUtf8(m.subject), u"本文"_s,
                                       jst(QString::fromLatin1(m.at)))
                        .ok());
        }
        MainWindow window(desk, sato.value());
        // never larger than the screen it opens on
        const QSize room = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
                 qPrintable(u"%1x%2 on %3x%4"_s.arg(window.width()).arg(window.height()).arg(room.width()).arg(room.height())));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.refreshLive();
        // the ticket panel keeps a usable share, beside the list or below it
        auto *panel = window.findChild<QWidget *>(u"ticketPanelScrollArea"_s);
        QVERIFY(panel);
        QTRY_VERIFY2(panel->width() >= size.width() / 4 || panel->height() >= size.height() / 4,
                     qPrintable(u"panel %1x%2"_s.arg(panel->width()).arg(panel->height())));
        QTableView *view = window.listView();
        QHeaderView *header = view->horizontalHeader();
        TicketListModel *model = window.listModel();
        QCOMPARE(model->rowCount(), 5);
        QTRY_VERIFY(view->viewport()->width() > 300);
        const int viewportWidth = view->viewport()->width();
        if (qEnvironmentVariableIsSet("MADOGUCHI_DEBUG_COLUMNS")) {
            QStringList widths;
            for (int c = 0; c < TicketListModel::ColumnCount; ++c)
                widths.append(u"%1=%2%3"_s.arg(model->headerData(c, Qt::Horizontal).toString()).arg(header->sectionSize(c)).arg(header->isSectionHidden(c) ? u"(hidden)"_s : QString()));
            qInfo("viewport %d: %s", viewportWidth, qPrintable(widths.join(u", "_s)));
        }
        for (int column : TicketListColumns::requiredColumns()) {
            const QString name = model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!header->isSectionHidden(column), qPrintable(name));
            const int left = header->sectionViewportPosition(column);
            QVERIFY2(left >= 0 && left + header->sectionSize(column) <= viewportWidth,
                     qPrintable(u"%1: %2+%3 > %4"_s.arg(name).arg(left).arg(header->sectionSize(column)).arg(viewportWidth)));
        }
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        // The subject keeps about 30 characters (English at 1024×700 left it 4): the flag's
        // words and the customer give way first.
        QVERIFY2(header->sectionSize(TicketListModel::SubjectColumn) >= 30 * view->fontMetrics().averageCharWidth(),
                 qPrintable(u"subject %1, 30 characters %2"_s.arg(header->sectionSize(TicketListModel::SubjectColumn))
                                .arg(30 * view->fontMetrics().averageCharWidth())));
        if (size.width() >= 1600)
            QVERIFY(model->flagTextShown()); // the flag's words give way on a narrow list only
        // The queues read whole: 「Waiting for customer (3)」 was cut.
        auto *queues = window.findChild<QListWidget *>(u"queueListWidget"_s);
        QVERIFY(queues);
        for (int row = 0; row < queues->count(); ++row) {
            const QRect item = queues->visualItemRect(queues->item(row));
            QVERIFY2(queues->sizeHintForIndex(queues->model()->index(row, 0)).width() <= queues->viewport()->width()
                         && item.right() < queues->viewport()->width(),
                     qPrintable(queues->item(row)->text()));
        }
        QVERIFY(!queues->horizontalScrollBar()->isVisible());
        // The search box never collapses to "…", every filter is inside the bar, and the empty
        // ticket panel is never wider than its place (no sideways scroll bar).
        const QString layoutProblem = deskLayoutProblem(window);
        QVERIFY2(layoutProblem.isEmpty(), qPrintable(layoutProblem));
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column : {int(TicketListModel::FlagColumn), int(TicketListModel::DueColumn),
                               int(TicketListModel::RemainingColumn)}) {
                const QModelIndex index = model->index(row, column);
                QFont font = view->font();
                if (const QVariant bold = index.data(Qt::FontRole); bold.isValid())
                    font = bold.value<QFont>().resolve(font);
                const QString text = index.data().toString();
                int needed = QFontMetrics(font).horizontalAdvance(text) + 8; // the item's margins
                if (column == TicketListModel::FlagColumn) // icon alone on a narrow list, its words in the tooltip
                    needed += view->iconSize().width() + (model->flagTextShown() ? 4 : 0);
                if (column == TicketListModel::FlagColumn && !model->flagTextShown())
                    QVERIFY(text.isEmpty() && !index.data(Qt::ToolTipRole).toString().isEmpty());
                QVERIFY2(needed <= header->sectionSize(column),
                         qPrintable(u"\"%1\" needs %2, column %3"_s.arg(text).arg(needed).arg(header->sectionSize(column))));
            }
        }
        // every shown column at least as wide as its header's words
        for (int c = 0; c < TicketListModel::ColumnCount; ++c) {
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->isSectionHidden(c) || header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(title),
                     qPrintable(title));
        }
        // The subject column takes the spare width: no empty space beside cut subjects.
        int total = 0;
        for (int c = 0; c < TicketListModel::ColumnCount; ++c)
            total += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
        QVERIFY2(total >= viewportWidth - 1, qPrintable(u"%1 of %2"_s.arg(total).arg(viewportWidth)));
        if (qEnvironmentVariableIsSet("MADOGUCHI_SCREENSHOT_DIR")) {
            QVERIFY(window.grab().save(u"%1/desk-%2x%3-%4.png"_s.arg(qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR"))
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(japanese ? u"ja"_s : u"en"_s)));
        }
    }

    // A column the person resized by dragging its edge keeps that width when the window is
    // resized and in the next session; the subject still keeps its 30 characters, and a
    // deadline column is never made narrower than its texts.
    void chosenColumnWidthsAreKept()
    {
        QSettings().remove(QString::fromLatin1(TicketListColumns::chosenWidthsKey));
        const auto forget = qScopeGuard([] { QSettings().remove(QString::fromLatin1(TicketListColumns::chosenWidthsKey)); });
        TestDatabase db;
        QVERIFY(db.isValid());
        FixedClock clock(jst(u"2026-11-24T16:30"_s));
        TicketDesk desk(db.db(), clock);
        TicketFixtureBuilder build(desk);
        auto sato = build.staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(sato.ok());
        QVERIFY(build.customerMail(u"yamada@kabushiki-kaisha-yamada-shoji.example.co.jp"_s, u"ログインできません"_s,
                                   u"本文"_s, jst(u"2026-11-19T14:00"_s))
                    .ok());
        int dueNeeded = 0;
        {
            MainWindow window(desk, sato.value());
            window.resize(1920, 1080);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView *header = window.listView()->horizontalHeader();
            QTRY_VERIFY(header->sectionSize(TicketListModel::CustomerColumn) > 150); // as it fits itself
            dueNeeded = header->sectionSize(TicketListModel::DueColumn);
            // what a drag of the edges does
            header->resizeSection(TicketListModel::CustomerColumn, 150); // narrower than it fits itself
            header->resizeSection(TicketListModel::DueColumn, 40);
            window.resize(1900, 1050); // the list refits
            QTRY_COMPARE(header->sectionSize(TicketListModel::CustomerColumn), 150);
            QCOMPARE(header->sectionSize(TicketListModel::DueColumn), dueNeeded);
        }
        MainWindow again(desk, sato.value());
        again.resize(1920, 1080);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QHeaderView *header = again.listView()->horizontalHeader();
        QTRY_COMPARE(header->sectionSize(TicketListModel::CustomerColumn), 150);
        QCOMPARE(header->sectionSize(TicketListModel::DueColumn), dueNeeded);
        QVERIFY(header->sectionSize(TicketListModel::SubjectColumn) >= 30 * again.listView()->fontMetrics().averageCharWidth());
    }

    // Issue 13: a search that finds nothing says 「該当するチケットはありません」 with the
    // filters in force, and Clear brings the whole list back.
    void emptySearchSaysSoAndClears()
    {
        TestDatabase db;
        QVERIFY(db.isValid());
        FixedClock clock(jst(u"2026-11-24T16:30"_s));
        TicketDesk desk(db.db(), clock);
        TicketFixtureBuilder build(desk);
        auto sato = build.staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(sato.ok());
        QVERIFY(build.customerMail(u"ito@minato.example.co.jp"_s, u"CSVの文字化け"_s, u"本文"_s,
                                   jst(u"2026-11-19T14:00"_s)).ok());
        MainWindow window(desk, sato.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EmptyListNotice *notice = window.emptyListNotice();
        QVERIFY(!notice->isVisible());
        QLineEdit *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
        QVERIFY(search);
        search->setText(u"存在しない語"_s);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(!window.listView()->isVisible());
        QVERIFY2(notice->text().startsWith(u"該当するチケットはありません\n"_s), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(u"検索: 存在しない語"_s), qPrintable(notice->text()));
        auto *clear = notice->findChild<QPushButton *>(u"clearFiltersButton"_s);
        QVERIFY(clear && clear->isVisible());
        QVERIFY(!notice->findChild<QPushButton *>(u"sampleDeskButton"_s)->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_VERIFY(window.listView()->isVisible());
        QVERIFY(search->text().isEmpty());
        QCOMPARE(window.listModel()->rowCount(), 1);
    }

    // An urgent ticket 40 minutes before its 24×7 deadline is on time, but it is urgent: its
    // own label, icon and colour, never the green tick of 「期限内」.
    void urgentTicketNeverShowsTheOnTimeTick()
    {
        TestDatabase db;
        QVERIFY(db.isValid());
        FixedClock clock(jst(u"2026-11-22T03:00"_s)); // Sunday night
        TicketDesk desk(db.db(), clock);
        TicketFixtureBuilder build(desk);
        auto sato = build.staff(u"sato"_s, u"佐藤"_s);
        QVERIFY(sato.ok());
        auto stored = build.customerMail(u"ops@kobe.example.jp"_s, u"メール配信が停止しています"_s, u"至急"_s,
                                         clock.now());
        QVERIFY(stored.ok());
        auto ticket = desk.tickets().ticket(stored->ticketId);
        QVERIFY(desk.operations()
                    .setPriority(sato.value(), stored->ticketId, ticket.value()->version, TicketPriority::Urgent)
                    .ok());
        clock.advanceSecs(20 * 60); // 40 minutes left of the hour
        MainWindow window(desk, sato.value());
        window.refreshLive();
        TicketListModel *model = window.listModel();
        const int row = model->rowOfTicket(stored->ticketId);
        QVERIFY(row >= 0);
        const QModelIndex flag = model->index(row, TicketListModel::FlagColumn);
        QCOMPARE(flag.data(TicketListModel::FlagRole).toInt(), int(DeadlineFlag::OnTime));
        QCOMPARE(flag.data().toString(), u"緊急"_s);
        const QColor green = FlagIcons::colour(DeadlineFlag::OnTime);
        QVERIFY(flag.data(Qt::ForegroundRole).value<QColor>() != green);
        QVERIFY(flag.data(Qt::ForegroundRole).value<QColor>().isValid());
        const QImage tick = iconImage(FlagIcons::icon(DeadlineFlag::OnTime));
        QVERIFY(iconImage(flag.data(Qt::DecorationRole).value<QIcon>()) != tick);
        // the urgent icon holds no pixel of the on-time green, in any state
        for (DeadlineFlag state : {DeadlineFlag::OnTime, DeadlineFlag::DueSoon, DeadlineFlag::Overdue}) {
            const QImage image = iconImage(FlagIcons::icon(state, true));
            bool hasGreen = false;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    hasGreen = hasGreen || (pixel.alpha() == 255 && pixel.rgb() == green.rgb());
                }
            }
            QVERIFY(!hasGreen);
            QVERIFY(!FlagIcons::label(state, true).contains(u"期限内"_s));
        }
        window.openTicket(stored->ticketId);
        const QString header = QTextDocumentFragment::fromHtml(window.ticketPanel()->deadlineSummary()).toPlainText();
        QVERIFY2(header.startsWith(u"緊急 — "_s) && !header.contains(u"期限内"_s), qPrintable(header));
        QVERIFY2(!window.ticketPanel()->deadlineSummary().contains(green.name()), qPrintable(header));
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
