// The IMAP response parser, fed the server's bytes in pieces of a size the input chooses (the
// first byte), with the default limits and with small ones, and every response read the way
// the tasks read it (codes, capabilities, SEARCH numbers, FETCH items, INTERNALDATE).

#include "FuzzTarget.h"
#include "mail/imap/ImapFetchedMessage.h"
#include "mail/imap/ImapParser.h"

using namespace Madoguchi;

namespace {

void readResponse(const ImapResponse &response)
{
    (void)response.codeNumber();
    (void)response.capabilities();
    (void)response.searchResults();
    (void)ImapResponse::statusName(response.status);
    if (response.name == "FETCH") {
        if (auto fetched = ImapFetchedMessage::fromResponse(response); !fetched)
            MADOGUCHI_FUZZ_CHECK(!fetched.error().message.isEmpty());
    }
}

void feed(ImapParser &parser, const QByteArray &data, qsizetype piece)
{
    for (qsizetype at = 0; at < data.size(); at += piece) {
        const auto items = parser.feed(QByteArrayView(data).sliced(at, qMin(piece, data.size() - at)));
        for (const auto &item : items) {
            if (item.response)
                readResponse(*item.response);
            else
                MADOGUCHI_FUZZ_CHECK(!item.response.error().message.isEmpty());
        }
    }
}

} // namespace

MADOGUCHI_FUZZ_TARGET(imap_parser)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArray rest = Fuzz::bytes(data + 1, size - 1);
    ImapParser parser;
    feed(parser, rest, piece);
    ImapParser small(256, 4096);
    feed(small, rest, rest.size() + 1);
    (void)ImapFetchedMessage::parseInternalDate(rest.left(64));
    return 0;
}
