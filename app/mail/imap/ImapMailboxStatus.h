#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Madoguchi {

// What SELECT/EXAMINE reports about a mailbox. UIDVALIDITY and UIDNEXT are what exactly-once
// sync keys on: a changed UIDVALIDITY means every stored UID of the folder is void.
struct ImapMailboxStatus
{
    QString name;
    quint32 exists = 0;
    quint32 recent = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0; // 0 when the server did not say
    bool readOnly = true;
    QList<QByteArray> flags;
};

} // namespace Madoguchi
