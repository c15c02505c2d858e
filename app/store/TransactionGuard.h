#pragma once

#include "core/Result.h"

namespace Madoguchi {

class Database;

// Begins a transaction (or, inside another one, a savepoint) and rolls it back when it goes
// out of scope without commit(), so an early return on error never leaves half a change.
//
//     TransactionGuard transaction(database);
//     if (!transaction.ok()) return transaction.error();
//     … store calls …
//     return transaction.commit();
class TransactionGuard
{
public:
    explicit TransactionGuard(Database &database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool ok() const { return m_begun.ok(); }
    const Error &error() const { return m_begun.error(); }
    Result<void> begun() const { return m_begun; }

    Result<void> commit();

private:
    Database &m_database;
    Result<void> m_begun;
    bool m_open = false;
};

} // namespace Madoguchi
