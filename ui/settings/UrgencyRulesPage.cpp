#include "settings/UrgencyRulesPage.h"

#include "tickets/TicketDesk.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

UrgencyRulesPage::UrgencyRulesPage(TicketDesk &desk, const StaffUser &user, QWidget *parent)
    : SettingsPage(parent)
    , m_desk(desk)
    , m_user(user)
{
    setObjectName(u"urgencyPage"_s);
    auto *intro = new QLabel(tr("Mail whose subject or body contains one of these is marked urgent and must be "
                                "answered around the clock, weekends and holidays included. Full-width and "
                                "half-width characters match each other; case is ignored."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"urgencyRulesTable"_s);
    m_table->setHorizontalHeaderLabels({ tr("Keyword or pattern"), tr("Regular expression") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_add = new QPushButton(tr("Add rule"), this);
    m_add->setObjectName(u"addRuleButton"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeRuleButton"_s);
    m_try = new QLineEdit(this);
    m_try->setObjectName(u"tryLineEdit"_s);
    m_try->setPlaceholderText(tr("Type a subject to try the rules, e.g. メール配信が停止しています"));
    m_tryResult = new QLabel(this);
    m_tryResult->setObjectName(u"tryResultLabel"_s);
    m_tryResult->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"urgencyStatusLabel"_s);
    m_status->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    int row = 0;
    if (!m_user.isManager()) {
        auto *readOnly = new QLabel(tr("Only a manager can change the urgent keyword rules."), this);
        readOnly->setObjectName(u"urgencyReadOnlyLabel"_s);
        layout->addWidget(readOnly, row++, 0, 1, 2);
    }
    layout->addWidget(intro, row++, 0, 1, 2);
    layout->addWidget(m_table, row, 0, 3, 1);
    layout->addWidget(m_add, row, 1);
    layout->addWidget(m_remove, row + 1, 1);
    layout->setRowStretch(row + 2, 1);
    row += 3;
    layout->addWidget(m_try, row++, 0, 1, 2);
    layout->addWidget(m_tryResult, row++, 0, 1, 2);
    layout->addWidget(m_status, row++, 0, 1, 2);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRule({ QString(), false });
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        updateTry();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &UrgencyRulesPage::updateTry);
    connect(m_try, &QLineEdit::textChanged, this, &UrgencyRulesPage::updateTry);

    for (QWidget *editor :
         { static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_remove) })
        editor->setEnabled(m_user.isManager());

    auto loaded = UrgencyRules::load(m_desk.database());
    if (loaded) {
        m_loaded = *loaded;
        setRules(m_loaded);
    } else {
        m_status->setText(loaded.error().message);
    }
}

QString UrgencyRulesPage::title() const
{
    return tr("Urgent keywords");
}

void UrgencyRulesPage::setRules(const UrgencyRules &rules)
{
    m_table->setRowCount(0);
    for (const UrgencyRule &rule : rules.rules())
        addRule(rule);
}

void UrgencyRulesPage::addRule(const UrgencyRule &rule)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(rule.pattern));
    auto *regex = new QTableWidgetItem;
    regex->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    regex->setCheckState(rule.regularExpression ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, 1, regex);
    updateTry();
}

UrgencyRules UrgencyRulesPage::rules() const
{
    QList<UrgencyRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *pattern = m_table->item(row, 0);
        const QTableWidgetItem *regex = m_table->item(row, 1);
        if (!pattern || pattern->text().trimmed().isEmpty())
            continue; // an added row left blank is not a rule
        rules.append({ pattern->text().trimmed(), regex && regex->checkState() == Qt::Checked });
    }
    return UrgencyRules(rules);
}

void UrgencyRulesPage::updateTry()
{
    const UrgencyRules current = rules();
    if (auto valid = current.validate(); !valid) {
        m_tryResult->setText(valid.error().message);
        return;
    }
    if (m_try->text().isEmpty()) {
        m_tryResult->clear();
        return;
    }
    const auto hit = current.firstMatch(m_try->text(), QString());
    m_tryResult->setText(hit ? tr("Urgent: matches \"%1\".").arg(hit->pattern) : tr("Not urgent: no rule matches."));
}

Result<void> UrgencyRulesPage::apply()
{
    if (!m_user.isManager())
        return {};
    const UrgencyRules wanted = rules();
    if (wanted.rules() == m_loaded.rules())
        return {};
    if (auto saved = wanted.save(m_desk.database(), m_desk.audit(), m_user); !saved)
        return saved;
    m_loaded = wanted;
    m_status->setText(tr("Saved."));
    return {};
}

} // namespace Madoguchi
