#include "notices/NoticeDialog.h"

#include "availability/OutageStore.h"
#include "core/Jst.h"
#include "mail/outbox/SendChecklist.h"
#include "notices/NoticeBook.h"
#include "reply/SendConfirmationDialog.h"
#include "tickets/TicketDesk.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int incidentRole = Qt::UserRole;
constexpr int planRole = Qt::UserRole + 1;

QString shown(const QDateTime &moment)
{
    return moment.isValid() ? Jst::toJst(moment).toString(u"yyyy-MM-dd HH:mm"_s) : u"–"_s;
}

QString organisationText(const NoticeRecipient &r)
{
    return r.name.isEmpty() || r.name == r.domain ? r.domain : QString(r.name + u" ("_s + r.domain + u')');
}

QString deliveryText(ReplyDelivery delivery)
{
    return delivery == ReplyDelivery::Delivered ? NoticeDialog::tr("sent") : replyDeliveryLabel(delivery);
}

} // namespace

NoticeDialog::NoticeDialog(TicketDesk &desk, const StaffUser &me, NoticeTopic topic, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_me(me)
{
    setObjectName(u"noticeDialog"_s);
    setWindowTitle(tr("Send a notice to the administrators"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_topic = new QComboBox(this);
    m_topic->setObjectName(u"noticeTopicComboBox"_s);
    form->addRow(tr("&About:"), m_topic);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"noticeKindComboBox"_s);
    form->addRow(tr("&Notice:"), m_kind);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"noticeLanguageComboBox"_s);
    m_language->addItem(tr("Japanese"), u"ja"_s);
    m_language->addItem(tr("English"), u"en"_s);
    form->addRow(tr("&Language:"), m_language);
    m_charset = new QComboBox(this);
    m_charset->setObjectName(u"noticeCharsetComboBox"_s);
    m_charset->addItem(u"UTF-8"_s, int(OutgoingCharset::Utf8));
    m_charset->addItem(u"ISO-2022-JP"_s, int(OutgoingCharset::Iso2022Jp));
    form->addRow(tr("&Encoding:"), m_charset);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"noticeSubjectEdit"_s);
    form->addRow(tr("&Subject:"), m_subject);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_body = new QPlainTextEdit(splitter);
    m_body->setObjectName(u"noticeBodyEdit"_s);
    m_body->setMinimumWidth(420);
    m_recipients = new QTreeWidget(splitter);
    m_recipients->setObjectName(u"noticeRecipientsTree"_s);
    m_recipients->setHeaderLabels({tr("Organisation / administrator"), tr("Address")});
    m_recipients->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    auto *hint = new QLabel(tr("{{organization}} becomes each organisation's name; one mail goes to each "
                               "organisation, addressed to its registered administrators only."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *sentLabel = new QLabel(tr("Sent before:"), this);
    layout->addWidget(sentLabel);
    m_records = new QTreeWidget(this);
    m_records->setObjectName(u"noticeRecordsTree"_s);
    m_records->setHeaderLabels({tr("Notice"), tr("Organisation"), tr("Addresses"), tr("Queued"), tr("Accepted"),
                                tr("State")});
    m_records->setRootIsDecorated(false);
    m_records->setMaximumHeight(140);
    layout->addWidget(m_records);
    m_result = new QLabel(this);
    m_result->setObjectName(u"noticeResultLabel"_s);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Se&nd…"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(u"noticeSendButton"_s);
    m_send->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    layout->addWidget(buttons);

    m_confirm = [this](const SendChecklist &checklist, const QString &subject) {
        SendConfirmationDialog confirmation(checklist, subject, this);
        return confirmation.exec() == QDialog::Accepted;
    };
    loadTopics();
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] {
        fillKinds();
        showRecords();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticeDialog::preparePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticeDialog::preparePreview);
    if (topic.incidentId != 0 || topic.planId != 0)
        chooseTopic(topic);
    fillKinds();
    showRecords();
    resize(900, 640);
}

void NoticeDialog::loadTopics()
{
    OutageStore outages(m_desk.database(), m_desk.clock());
    NoticeBook book(m_desk);
    const QSignalBlocker quiet(m_topic);
    m_topic->clear();
    // Newest first: the incident going on now is the one a notice is usually about.
    QList<Incident> incidents = outages.incidents().valueOr({});
    std::reverse(incidents.begin(), incidents.end());
    for (const Incident &i : std::as_const(incidents)) {
        m_topic->addItem(book.describe(NoticeTopic::incident(i.id)).valueOr(QString::number(i.id)));
        m_topic->setItemData(m_topic->count() - 1, i.id, incidentRole);
        m_topic->setItemData(m_topic->count() - 1, qint64(0), planRole);
    }
    QList<MaintenancePlan> plans = outages.plans().valueOr({});
    std::reverse(plans.begin(), plans.end());
    for (const MaintenancePlan &p : std::as_const(plans)) {
        m_topic->addItem(book.describe(NoticeTopic::plan(p.id)).valueOr(QString::number(p.id)));
        m_topic->setItemData(m_topic->count() - 1, qint64(0), incidentRole);
        m_topic->setItemData(m_topic->count() - 1, p.id, planRole);
    }
    m_send->setEnabled(m_topic->count() > 0);
    if (m_topic->count() == 0)
        m_result->setText(tr("There is no incident or maintenance plan yet (madoguchi-cli incident add, maintenance add)."));
}

NoticeTopic NoticeDialog::topic() const
{
    if (m_topic->currentIndex() < 0)
        return {};
    return {m_topic->currentData(incidentRole).toLongLong(), m_topic->currentData(planRole).toLongLong()};
}

void NoticeDialog::chooseTopic(const NoticeTopic &wanted)
{
    for (int i = 0; i < m_topic->count(); ++i) {
        if (m_topic->itemData(i, incidentRole).toLongLong() == wanted.incidentId
            && m_topic->itemData(i, planRole).toLongLong() == wanted.planId) {
            m_topic->setCurrentIndex(i);
            return;
        }
    }
}

void NoticeDialog::chooseKind(NoticeKind kind)
{
    const int index = m_kind->findData(noticeKindKey(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

void NoticeDialog::fillKinds()
{
    const NoticeTopic current = topic();
    {
        const QSignalBlocker quiet(m_kind);
        m_kind->clear();
        for (NoticeKind kind : {NoticeKind::First, NoticeKind::Update, NoticeKind::Recovery, NoticeKind::Announcement}) {
            if (NoticeBook::kindFits(kind, current))
                m_kind->addItem(noticeKindLabel(kind), noticeKindKey(kind));
        }
        // An incident that is over wants its recovery notice; a plan its announcement.
        if (current.isPlan()) {
            m_kind->setCurrentIndex(m_kind->findData(noticeKindKey(NoticeKind::Announcement)));
        } else {
            auto incident = OutageStore(m_desk.database(), m_desk.clock()).incident(current.incidentId);
            if (incident && incident->has_value() && (*incident)->end.isValid())
                m_kind->setCurrentIndex(m_kind->findData(noticeKindKey(NoticeKind::Recovery)));
        }
    }
    preparePreview();
}

void NoticeDialog::preparePreview()
{
    m_recipients->clear();
    m_draft.reset();
    const auto kind = noticeKindFromKey(m_kind->currentData().toString());
    if (m_topic->currentIndex() < 0 || !kind)
        return;
    auto draft = NoticeBook(m_desk).prepare(topic(), *kind, m_language->currentData().toString());
    if (!draft) {
        m_result->setText(draft.error().message);
        return;
    }
    m_draft = *draft;
    m_subject->setText(draft->text.subject);
    m_body->setPlainText(draft->text.body);
    for (const NoticeRecipient &r : std::as_const(draft->recipients)) {
        auto *organisation = new QTreeWidgetItem(m_recipients, {organisationText(r)});
        for (const OrganisationContact &c : r.administrators)
            new QTreeWidgetItem(organisation, {c.name, c.address});
        organisation->setExpanded(true);
    }
    for (const NoticeRecipient &r : std::as_const(draft->notNotified)) {
        auto *organisation = new QTreeWidgetItem(m_recipients,
                                                 {organisationText(r), tr("not notified: no administrator")});
        organisation->setForeground(1, QColor(0xb0, 0x00, 0x20));
        organisation->setToolTip(1, organisation->text(1));
    }
    m_send->setEnabled(!draft->recipients.isEmpty());
    m_result->setText(draft->recipients.isEmpty()
                          ? tr("No organisation has a registered administrator: add them under Incidents and "
                               "maintenance ▸ Organisations.")
                          : QString());
}

void NoticeDialog::showRecords()
{
    m_records->clear();
    if (m_topic->currentIndex() < 0)
        return;
    auto records = NoticeBook(m_desk).records(topic());
    if (!records)
        return;
    for (const NoticeRecord &n : std::as_const(*records)) {
        new QTreeWidgetItem(m_records, {noticeKindLabel(n.kind),
                                        n.organisationName.isEmpty() ? n.domain : n.organisationName,
                                        n.addresses.join(u", "_s), shown(n.queued), shown(n.accepted),
                                        deliveryText(n.delivery)});
    }
}

std::optional<NoticeDraft> NoticeDialog::currentDraft()
{
    if (!m_draft)
        return std::nullopt;
    NoticeDraft draft = *m_draft;
    draft.text = {m_subject->text(), m_body->toPlainText()};
    draft.charset = OutgoingCharset(m_charset->currentData().toInt());
    return draft;
}

bool NoticeDialog::send()
{
    const std::optional<NoticeDraft> draft = currentDraft();
    if (!draft || draft->recipients.isEmpty())
        return false;
    SendChecklist checklist;
    for (const NoticeRecipient &r : draft->recipients) {
        for (const OrganisationContact &c : r.administrators) {
            SendChecklist::Item item;
            item.kind = SendChecklist::Kind::To;
            item.address = c.address;
            item.text = organisationText(r) + u": "_s + (c.name.isEmpty() ? c.address : QString(c.name + u" <"_s + c.address + u'>'));
            checklist.items.append(item);
        }
    }
    if (!m_confirm(checklist, draft->text.subject))
        return false;
    auto sent = NoticeBook(m_desk).send(m_me, *draft);
    if (!sent) {
        m_result->setText(sent.error().message);
        return false;
    }
    QString text = tr("Queued %n mail(s), one per organisation.", nullptr, sent->mails);
    for (const NoticeRecipient &r : std::as_const(sent->notNotified))
        text += u' ' + tr("Not notified: %1 (no administrator).").arg(organisationText(r));
    m_result->setText(text);
    showRecords();
    Q_EMIT queued();
    return true;
}

} // namespace Madoguchi
