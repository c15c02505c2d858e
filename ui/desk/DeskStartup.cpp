#include "desk/DeskStartup.h"

#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/DatabaseAddress.h"
#include "store/DatabaseRoles.h"
#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"
#include "store/StoreOpener.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// The system clock, wrapped so DeskStartup can own it like a FixedClock.
class SystemClockRef final : public Clock
{
public:
    QDateTime now() const override { return Clock::system().now(); }
};

} // namespace

DeskStartup::DeskStartup() = default;
DeskStartup::~DeskStartup()
{
    m_desk.reset();
    m_database.reset();
}

Result<void> DeskStartup::open(const std::function<void(int from, int to)> &beforeUpgrade)
{
    const QString fixedNow = qEnvironmentVariable("MADOGUCHI_NOW");
    if (!fixedNow.isEmpty()) {
        auto now = Jst::parseIso(fixedNow);
        if (!now) {
            return makeError(u"config"_s, QCoreApplication::translate("DeskStartup",
                                                                      "MADOGUCHI_NOW must be an ISO time with an "
                                                                      "offset, e.g. 2026-11-24T10:00:00+09:00: %1")
                                              .arg(fixedNow));
        }
        m_clock = std::make_unique<FixedClock>(*now);
    } else {
        m_clock = std::make_unique<SystemClockRef>();
    }

    // The environment wins (scripts, the screenshot fixture); otherwise what the first-run
    // setup stored for this desktop. A PostgreSQL password comes through StoreOpener: the
    // keychain, then libpq's own sources (PGPASSWORD, ~/.pgpass, PGSERVICE), as for madoguchi-cli.
    QSettings settings;
    DesktopSettings desktop(settings);
    const QString environment = qEnvironmentVariable("MADOGUCHI_DATABASE");
    const QString addressText = m_databaseOption.isEmpty() ? environment : m_databaseOption;
    m_firstRun = addressText.isEmpty() && !desktop.isSetUp();
    auto address = addressText.isEmpty() ? desktop.databaseAddress() : DatabaseAddress::parse(addressText);
    using Origin = Database::Origin;
    const Origin origin = !m_databaseOption.isEmpty() ? Origin::CommandLine
                          : !environment.isEmpty()    ? Origin::Environment
                          : !desktop.databaseAddressText().isEmpty() ? Origin::Setting
                                                         : Origin::BuiltIn;
    if (!address)
        return address.error();
    if (address->backend == DatabaseBackend::Sqlite)
        QDir().mkpath(QFileInfo(address->filePath).absolutePath());
    PasswordKeychain keychain;
    auto opened = StoreOpener::open(*address, &keychain, beforeUpgrade);
    if (!opened)
        return opened.error();
    m_databasePassword = opened->password;
    m_database = std::move(opened.value().database);
    m_database->setOrigin(origin);
    m_desk = std::make_unique<TicketDesk>(*m_database, *m_clock);
    return findMe();
}

Result<void> DeskStartup::findMe()
{
    // A person's own PostgreSQL login says who they are; nothing on the desktop overrides
    // it, so the desk acts (and the audit log names them) as the database knows them.
    auto personal = DatabaseRoles::personalLogin(*m_database);
    if (!personal)
        return personal.error();
    QString login = *personal;
    if (login.isEmpty())
        login = qEnvironmentVariable("MADOGUCHI_USER");
    if (login.isEmpty()) {
        QSettings settings;
        login = DesktopSettings(settings).staffLogin();
    }
    auto found = m_desk->team().userByLogin(login);
    if (!found)
        return found.error();
    if (found->has_value()) {
        m_me = **found;
        return {};
    }
    auto users = m_desk->team().users();
    if (!users)
        return users.error();
    m_me.login = login;
    m_me.displayName = login;
    if (users->isEmpty()) {
        // The first person on an empty desk administers it (TeamDirectory makes them a manager).
        auto added = m_desk->team().addUser(StaffUser::system(), m_me);
        if (!added)
            return added.error();
        m_me = added.value();
    }
    return {};
}

} // namespace Madoguchi
