// One file through the import's scanner: an mbox is indexed and every message read back;
// anything else is one mail whose bytes come back exactly as written (nothing lost, issue 17
// item 9). Also the From_ line and mboxrd unquoting on their own.

#include "FuzzTarget.h"
#include "ScratchFolder.h"
#include "mail/import/MailFileScanner.h"

using namespace Madoguchi;
using namespace Qt::Literals::StringLiterals;

MADOGUCHI_FUZZ_TARGET(mbox)
{
    static Fuzz::ScratchFolder scratch;
    const QByteArray input = Fuzz::bytes(data, size);
    scratch.clear();
    const QString path = scratch.write(u"in.mbox"_s, input);

    const auto scanned = MailFileScanner::scan({path});
    MADOGUCHI_FUZZ_CHECK(scanned.ok());
    qint64 covered = 0;
    for (const MailFileEntry &entry : *scanned) {
        const auto read = MailFileScanner::read(entry);
        MADOGUCHI_FUZZ_CHECK(read.ok());
        if (entry.kind == MailFileEntry::Kind::MboxMessage) {
            MADOGUCHI_FUZZ_CHECK(entry.mbox.offset >= 0 && entry.mbox.length >= 0);
            MADOGUCHI_FUZZ_CHECK(entry.mbox.offset + entry.mbox.length <= input.size());
            MADOGUCHI_FUZZ_CHECK(entry.mbox.offset >= covered); // in file order, no overlap
            covered = entry.mbox.offset + entry.mbox.length;
        } else {
            MADOGUCHI_FUZZ_CHECK(*read == input);
        }
    }
    MADOGUCHI_FUZZ_CHECK(!scanned->isEmpty());

    const qsizetype lineEnd = input.indexOf('\n');
    (void)MboxFile::parseFromLine(QByteArrayView(input).first(lineEnd < 0 ? input.size() : lineEnd));
    const QByteArray unquoted = MboxFile::unquote(input);
    MADOGUCHI_FUZZ_CHECK(unquoted.size() <= input.size());
    return 0;
}
