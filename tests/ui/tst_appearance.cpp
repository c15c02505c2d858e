// Appearance (issue 13): the program follows the system's light or dark palette — every
// deadline flag's text reads on the list's rows with a WCAG contrast of at least 4.5:1 in
// both, and the thread's message cards read with the palette's text — and the text size of
// Settings → Appearance (small / normal / large) reaches the list, the ticket panel and the
// thread at once.

#include "../common/TestDatabase.h"

#include "Appearance.h"
#include "FlagIcons.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "desk/ConflictBanner.h"
#include "desk/EmptyListNotice.h"
#include "desk/MainWindow.h"
#include "desk/ThreadBrowser.h"
#include "desk/TicketListModel.h"
#include "desk/TicketPanel.h"
#include "mail/outbox/SendChecklist.h"
#include "reply/SendConfirmationDialog.h"
#include "reports/KeyFigureStrip.h"
#include "settings/AppearancePage.h"
#include "store/DesktopSettings.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::Testing;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

// Dark palettes as desktops give them: KDE's Breeze Dark and GNOME's Adwaita-dark.
QPalette darkPalette(const char *window, const char *base, const char *alternate, const char *text)
{
    QPalette p = lightPalette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, QColor(QLatin1StringView(window)));
        p.setColor(group, QPalette::Base, QColor(QLatin1StringView(base)));
        p.setColor(group, QPalette::AlternateBase, QColor(QLatin1StringView(alternate)));
        p.setColor(group, QPalette::Text, QColor(QLatin1StringView(text)));
        p.setColor(group, QPalette::WindowText, QColor(QLatin1StringView(text)));
        p.setColor(group, QPalette::Button, QColor(QLatin1StringView(window)));
        p.setColor(group, QPalette::ButtonText, QColor(QLatin1StringView(text)));
    }
    return p;
}

QList<std::pair<QString, QPalette>> palettes()
{
    return {{u"light (Fusion)"_s, lightPalette()},
            {u"dark (Breeze Dark)"_s, darkPalette("#31363b", "#232629", "#2c3034", "#eff0f1")},
            {u"dark (Adwaita-dark)"_s, darkPalette("#353535", "#2d2d2d", "#323232", "#eeeeec")}};
}

} // namespace

Q_DECLARE_METATYPE(DeadlineFlag)

class TestAppearance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_store;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_sato;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<TestDatabase>();
        QVERIFY(m_store->isValid());
        m_clock = std::make_unique<FixedClock>(jst(u"2026-11-24T16:10"_s));
        m_desk = std::make_unique<TicketDesk>(m_store->db(), *m_clock);
        TicketFixtureBuilder build(*m_desk);
        QVERIFY(build.sampleDesk(m_clock->now()).ok());
        m_sato = m_desk->team().userByLogin(u"sato"_s).valueOr(std::nullopt).value_or(StaffUser{});
        QVERIFY(m_sato.id > 0);
    }

    void cleanup()
    {
        QApplication::setPalette(lightPalette());
        Appearance::applyFontSize(Appearance::FontSize::Normal);
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(std::round(Appearance::contrastRatio(Qt::black, Qt::white) * 100) / 100, 21.0);
        QCOMPARE(Appearance::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the well-known smallest grey that passes 4.5:1
        QVERIFY(Appearance::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(Appearance::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void flagTextReadsOnTheList_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<DeadlineFlag>("flag");
        QTest::addColumn<bool>("urgent");
        for (const auto &[name, palette] : palettes()) {
            for (DeadlineFlag flag : {DeadlineFlag::Overdue, DeadlineFlag::DueSoon, DeadlineFlag::OnTime}) {
                for (bool urgent : {false, true}) {
                    QTest::addRow("%s, %s%s", qPrintable(name), qPrintable(FlagIcons::label(flag)),
                                  urgent ? ", urgent" : "")
                        << palette << flag << urgent;
                }
            }
        }
    }

    void flagTextReadsOnTheList()
    {
        QFETCH(QPalette, palette);
        QFETCH(DeadlineFlag, flag);
        QFETCH(bool, urgent);
        const QColor text = FlagIcons::colour(flag, urgent, palette);
        // Ordinary rows alternate Base and AlternateBase; urgent rows have their own background.
        const QList<QColor> backgrounds = urgent ? QList<QColor>{FlagIcons::urgentBackground(palette)}
                                                 : QList<QColor>{palette.color(QPalette::Base),
                                                                 palette.color(QPalette::AlternateBase)};
        for (const QColor &background : backgrounds) {
            const double ratio = Appearance::contrastRatio(text, background);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on %2: %3:1"_s.arg(text.name(), background.name()).arg(ratio, 0, 'f', 2)));
        }
        // Urgent rows' own background still lets the palette's text read.
        if (urgent)
            QVERIFY(Appearance::contrastRatio(palette.color(QPalette::Text), FlagIcons::urgentBackground(palette)) >= 4.5);
    }

    void theListFollowsThePalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        for (const auto &[name, palette] : palettes())
            QTest::newRow(qPrintable(name)) << palette;
    }

    void theListFollowsThePalette()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        MainWindow window(*m_desk, m_sato);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TicketListModel *model = window.listModel();
        QTableView *view = window.listView();
        QVERIFY(model->rowCount() > 5);
        int coloured = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QVariant foreground = index.data(Qt::ForegroundRole);
                if (!foreground.isValid())
                    continue;
                ++coloured;
                const QVariant own = index.data(Qt::BackgroundRole);
                const QColor background = own.isValid() ? own.value<QColor>()
                    : view->palette().color(row % 2 ? QPalette::AlternateBase : QPalette::Base);
                const double ratio = Appearance::contrastRatio(foreground.value<QColor>(), background);
                QVERIFY2(ratio >= 4.5, qPrintable(u"row %1 column %2: %3 on %4 = %5:1"_s.arg(row).arg(column)
                                                      .arg(foreground.value<QColor>().name(), background.name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
        QVERIFY(coloured >= 3); // overdue, due soon and urgent tickets are coloured
        // MADOGUCHI_SCREENSHOT_DIR=DIR: a picture per palette, for a person to look at.
        if (const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.openTicket(6);
            QCoreApplication::processEvents(); // the panel's layout settles before the picture
            QString name = QString::fromLatin1(QTest::currentDataTag());
            name.replace(QRegularExpression(u"[^A-Za-z-]+"_s), u"-"_s);
            QVERIFY(window.grab().save(u"%1/palette-%2.png"_s.arg(dir, name)));
        }
    }

    void threadCardsReadWithThePalettesText_data()
    {
        theListFollowsThePalette_data();
    }

    void threadCardsReadWithThePalettesText()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        QList<TicketMessage> messages;
        for (MessageKind kind : {MessageKind::CustomerMessage, MessageKind::StaffReply, MessageKind::InternalNote,
                                 MessageKind::AutoReply, MessageKind::Bounce, MessageKind::Forward}) {
            TicketMessage m;
            m.kind = kind;
            m.fromAddress = u"someone@example.jp"_s;
            m.received = m_clock->now();
            m.bodyText = u"本文"_s;
            messages.append(m);
        }
        const QString html = ThreadBrowser::threadHtml(messages, true);
        static const QRegularExpression card(u"margin-bottom:10px; background-color:(#[0-9a-fA-F]{6})"_s);
        // Text colours: the kind's label (in its band's colour) and the greys of dates and headers.
        static const QRegularExpression textColour(u"(?<![-\\w])color:(#[0-9a-fA-F]{3,6})"_s);
        int cards = 0;
        for (const QString &chunk : html.split(u"<table"_s, Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = card.match(chunk);
            QVERIFY(m.hasMatch());
            ++cards;
            const QColor background(m.captured(1));
            const double ratio = Appearance::contrastRatio(palette.color(QPalette::Text), background);
            QVERIFY2(ratio >= 4.5, qPrintable(u"text on card %1: %2:1"_s.arg(background.name()).arg(ratio, 0, 'f', 2)));
            for (const QRegularExpressionMatch &t : textColour.globalMatch(chunk)) {
                const QColor colour(t.captured(1));
                QVERIFY2(Appearance::contrastRatio(colour, background) >= 4.5,
                         qPrintable(colour.name() + u" on "_s + background.name()));
            }
        }
        QCOMPARE(cards, 6);
    }

    void textSizeReachesListPanelAndThread()
    {
        QTemporaryDir dir;
        QSettings stored(dir.filePath(u"desktop.ini"_s), QSettings::IniFormat);
        DesktopSettings desktop(stored);
        QCOMPARE(desktop.fontSize(), u"normal"_s);
        MainWindow window(*m_desk, m_sato);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openTicket(6);
        auto *thread = window.findChild<ThreadBrowser *>();
        QVERIFY(thread);
        TicketPanel *panel = window.ticketPanel();
        QTableView *list = window.listView();
        const double normal = list->font().pointSizeF();
        QVERIFY(normal > 0);

        AppearancePage page(desktop);
        auto *size = page.findChild<QComboBox *>(u"fontSizeComboBox"_s);
        QVERIFY(size);
        for (const auto &[key, scale] : {std::pair{u"large"_s, 1.25}, std::pair{u"small"_s, 0.85}, std::pair{u"normal"_s, 1.0}}) {
            size->setCurrentIndex(size->findData(key));
            QVERIFY(page.apply());
            QCOMPARE(desktop.fontSize(), key);
            for (QWidget *w : std::initializer_list<QWidget *>{list, panel, thread}) {
                QTRY_VERIFY2(std::abs(w->font().pointSizeF() - normal * scale) < 0.01,
                         qPrintable(u"%1 %2: %3"_s.arg(QString::fromLatin1(w->metaObject()->className()), key)
                                        .arg(w->font().pointSizeF())));
            }
            QCOMPARE(thread->document()->defaultFont().pointSizeF(), thread->font().pointSizeF());
            // rows grow with the text, so a large size is not cut
            QTRY_VERIFY2(list->verticalHeader()->defaultSectionSize() >= list->fontMetrics().height(),
                         qPrintable(QString::number(list->verticalHeader()->defaultSectionSize())));
        }
        QCOMPARE(list->font().pointSizeF(), normal); // back to normal: no compounding
    }

    // The program's own notices follow the palette: each kind's text reads on its background
    // (4.5:1), a dark palette gets dark notices, and the conflict banner, the ticket panel's
    // notices and the send confirmation take the colours of the palette in force — the
    // banner and the panel at once when the palette changes.
    void noticesFollowThePalette_data()
    {
        theListFollowsThePalette_data();
    }

    void noticesFollowThePalette()
    {
        using Appearance::Notice;
        QFETCH(QPalette, palette);
        const bool dark = Appearance::isDark(palette);
        for (Notice kind : {Notice::Warning, Notice::Information, Notice::Error, Notice::Caution}) {
            const auto colours = Appearance::noticeColours(kind, palette);
            const double ratio = Appearance::contrastRatio(colours.text, colours.background);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on %2: %3:1"_s.arg(colours.text.name(), colours.background.name())
                                                  .arg(ratio, 0, 'f', 2)));
            if (kind != Notice::Error) // white on red in both: only the others turn dark
                QCOMPARE(colours.background.lightness() < 128, dark);
        }
        for (const QColor &words : {Appearance::warningTextColour(palette), Appearance::errorTextColour(palette)})
            QVERIFY(Appearance::contrastRatio(words, palette.color(QPalette::Window)) >= 4.5);

        QApplication::setPalette(lightPalette());
        ConflictBanner banner;
        TicketPanel panel(*m_desk);
        QApplication::setPalette(palette); // a palette change while they are open
        const auto warning = Appearance::noticeColours(Notice::Warning, palette);
        QTRY_VERIFY2(banner.styleSheet().contains(warning.background.name())
                         && banner.styleSheet().contains(warning.text.name()),
                     qPrintable(banner.styleSheet()));
        const auto information = Appearance::noticeColours(Notice::Information, palette);
        auto *waiting = panel.findChild<QLabel *>(u"replyWaitingLabel"_s);
        QVERIFY(waiting);
        QTRY_VERIFY2(waiting->styleSheet().contains(information.background.name()), qPrintable(waiting->styleSheet()));
        auto *editors = panel.findChild<QLabel *>(u"replyEditorsLabel"_s);
        QVERIFY(editors && editors->styleSheet().contains(warning.background.name()));

        SendChecklist checklist;
        SendChecklist::Item outside;
        outside.text = u"someone@elsewhere.example"_s;
        outside.address = outside.text;
        outside.outside = true;
        checklist.items = {outside};
        checklist.warningWords = {u"社外秘"_s};
        SendConfirmationDialog confirm(checklist, u"件名"_s);
        auto *outsideWarning = confirm.findChild<QLabel *>(u"sendOutsideWarningLabel"_s);
        auto *words = confirm.findChild<QLabel *>(u"sendWarningWordsLabel"_s);
        QVERIFY(outsideWarning && words);
        QVERIFY2(outsideWarning->styleSheet().contains(Appearance::warningTextColour(palette).name()),
                 qPrintable(outsideWarning->styleSheet()));
        QVERIFY2(words->styleSheet().contains(Appearance::errorTextColour(palette).name()), qPrintable(words->styleSheet()));
        const auto caution = Appearance::noticeColours(Notice::Caution, palette);
        QVERIFY(confirm.checkBoxes().first()->styleSheet().contains(caution.background.name()));
    }

    // The texts a widget makes larger itself (the Reports key figures, the empty desk's title)
    // stay larger than the text size setting's size, not a fixed size of their own.
    void ownLargerTextsFollowTheTextSize()
    {
        KeyFigureStrip figures;
        EmptyListNotice empty;
        auto *figure = figures.findChild<QLabel *>(u"receivedValueLabel"_s);
        auto *title = empty.findChild<QLabel *>(u"emptyListTitle"_s);
        QVERIFY(figure && title);
        const double normal = QApplication::font().pointSizeF();
        for (const Appearance::FontSize size : {Appearance::FontSize::Large, Appearance::FontSize::Small,
                                                Appearance::FontSize::Normal}) {
            Appearance::applyFontSize(size);
            const double text = normal * Appearance::fontScale(size);
            QTRY_VERIFY2(std::abs(figure->font().pointSizeF() - text * KeyFigureStrip::valueScale) < 0.01,
                         qPrintable(QString::number(figure->font().pointSizeF())));
            QVERIFY(figure->font().bold());
            QTRY_VERIFY2(std::abs(title->font().pointSizeF() - text * EmptyListNotice::titleScale) < 0.01,
                         qPrintable(QString::number(title->font().pointSizeF())));
        }
    }

    // A palette change redraws the thread's cards at once, on the ticket being read.
    void threadCardsFollowAPaletteChangeAtOnce()
    {
        QApplication::setPalette(lightPalette());
        MainWindow window(*m_desk, m_sato);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openTicket(6);
        auto *thread = window.findChild<ThreadBrowser *>();
        QVERIFY(thread);
        static const QRegularExpression cardColour(u"bgcolor=\"(#[0-9a-fA-F]{6})\""_s);
        const auto cardLightness = [&] {
            const QRegularExpressionMatch m = cardColour.match(thread->toHtml());
            return m.hasMatch() ? QColor(m.captured(1)).lightness() : -1;
        };
        QVERIFY2(cardLightness() >= 128, qPrintable(QString::number(cardLightness())));
        QApplication::setPalette(palettes().at(1).second); // Breeze Dark, same ticket
        QTRY_VERIFY2(cardLightness() >= 0 && cardLightness() < 128, qPrintable(QString::number(cardLightness())));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
