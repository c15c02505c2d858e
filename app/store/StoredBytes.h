#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace Madoguchi {

// How the store keeps a message's raw source (schema version 20, docs/store.md "Size").
//
// messages.raw_codec names the encoding of messages.raw_source: '' for the bytes as received
// (every row written before version 20, and any source zstd would not make smaller), 'zstd'
// for one zstd frame. Only TicketStore and MailIntake read or write raw_source, through here.
namespace StoredBytes {

inline const QString kPlain;
inline const QString kZstd = QStringLiteral("zstd");

struct Packed
{
    QByteArray bytes;
    QString codec; // kPlain or kZstd
};

// The bytes to store and their codec: zstd when that saves space, else the bytes as they are.
// A null source stays null (a message without a raw source keeps raw_source NULL).
Packed pack(const QByteArray &source);

// The bytes as received, byte for byte. Fails with one clear message on an unknown codec or
// a damaged frame rather than returning anything else.
Result<QByteArray> unpack(const QByteArray &stored, const QString &codec);

} // namespace StoredBytes

} // namespace Madoguchi
