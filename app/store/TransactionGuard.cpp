#include "store/TransactionGuard.h"

#include "store/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

TransactionGuard::TransactionGuard(Database &database) : m_database(database), m_begun(database.beginTransaction())
{
    m_open = m_begun.ok();
}

TransactionGuard::~TransactionGuard()
{
    if (m_open)
        m_database.rollbackTransaction();
}

Result<void> TransactionGuard::commit()
{
    if (!m_open)
        return makeError(u"sql"_s, u"Committing: the transaction was never started or is already finished"_s);
    m_open = false;
    auto done = m_database.commitTransaction();
    if (!done)
        m_database.rollbackTransaction();
    return done;
}

} // namespace Madoguchi
