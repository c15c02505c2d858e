#include "store/StoredBytes.h"

#include <QCoreApplication>

#include <zstd.h>

#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::StoredBytes {

namespace {

// Level 3 is zstd's default: on mail (text, base64 attachments) it keeps the import's pace
// (about 300 MB/s on one core here) and saves nearly what level 19 would.
constexpr int kLevel = 3;

// Not worth a frame for a few hundred bytes: the saving is smaller than the header.
constexpr qsizetype kSmallest = 256;

} // namespace

Packed pack(const QByteArray &source)
{
    if (source.size() < kSmallest)
        return {source, kPlain};
    // One compression context per thread, kept: ZSTD_compress would allocate and set up its
    // working memory (about 1 MB at level 3) for every message of an import.
    thread_local const std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> context(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    QByteArray packed(qsizetype(ZSTD_compressBound(size_t(source.size()))), Qt::Uninitialized);
    const size_t written =
        context ? ZSTD_compressCCtx(context.get(), packed.data(), size_t(packed.size()), source.constData(),
                                    size_t(source.size()), kLevel)
                : ZSTD_compress(packed.data(), size_t(packed.size()), source.constData(), size_t(source.size()), kLevel);
    if (ZSTD_isError(written) || qsizetype(written) >= source.size())
        return {source, kPlain};
    packed.truncate(qsizetype(written));
    return {packed, kZstd};
}

Result<QByteArray> unpack(const QByteArray &stored, const QString &codec)
{
    if (codec.isEmpty())
        return stored;
    if (codec != kZstd) {
        return makeError(u"store"_s, QCoreApplication::translate("StoredBytes", "The stored source is encoded as "
                                                                                   "\"%1\", which this version "
                                                                                   "cannot read.")
                                          .arg(codec));
    }
    const unsigned long long size = ZSTD_getFrameContentSize(stored.constData(), size_t(stored.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN
        || size > static_cast<unsigned long long>(std::numeric_limits<int>::max())) {
        return makeError(u"store"_s,
                         QCoreApplication::translate("StoredBytes", "The stored source is damaged (not a zstd frame)."));
    }
    QByteArray source(qsizetype(size), Qt::Uninitialized);
    const size_t read = ZSTD_decompress(source.data(), size_t(source.size()), stored.constData(), size_t(stored.size()));
    if (ZSTD_isError(read) || read != size) {
        return makeError(u"store"_s, QCoreApplication::translate("StoredBytes", "The stored source is damaged: %1")
                                          .arg(QString::fromLatin1(ZSTD_getErrorName(read))));
    }
    return source;
}

} // namespace Madoguchi::StoredBytes
