// madoguchi-fuzz-replay TARGET DIR...: feeds every file in the folders to the fuzz target's entry
// function, as libFuzzer would, and says how many it read. A crash or a broken property aborts,
// so ctest (tst_fuzz_TARGET) fails on it. Files are read in name order.

#include "FuzzTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

#include <cstdio>

namespace Madoguchi::Fuzz {

namespace {
QMap<QByteArray, Entry> &targets()
{
    static QMap<QByteArray, Entry> all;
    return all;
}
} // namespace

bool registerTarget(const char *name, Entry entry)
{
    targets().insert(name, entry);
    return true;
}

} // namespace Madoguchi::Fuzz

int main(int argc, char **argv)
{
    using Madoguchi::Fuzz::targets;
    if (argc < 3 || !targets().contains(argv[1])) {
        std::fprintf(stderr, "usage: madoguchi-fuzz-replay TARGET DIR...\ntargets:");
        for (const QByteArray &name : targets().keys())
            std::fprintf(stderr, " %s", name.constData());
        std::fprintf(stderr, "\n");
        return 2;
    }
    const auto entry = targets().value(argv[1]);
    int files = 0;
    for (int i = 2; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        if (!dir.exists())
            continue; // a target with no regression yet
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray data = file.readAll();
            std::fprintf(stderr, "%s\n", qPrintable(file.fileName()));
            entry(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++files;
        }
    }
    std::printf("%s: %d inputs replayed\n", argv[1], files);
    return files > 0 ? 0 : 1;
}
