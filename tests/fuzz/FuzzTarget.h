#pragma once

// One fuzz target = one function from bytes to nothing, written once with MADOGUCHI_FUZZ_TARGET.
// Built by tests/fuzz/run.sh (clang, -fsanitize=fuzzer) it is libFuzzer's entry point; built
// normally it is registered by name, and madoguchi-fuzz-replay feeds it the committed corpus
// and every regression file (ctest tst_fuzz_NAME), so found inputs stay tested without clang.
// A target checks properties with MADOGUCHI_FUZZ_CHECK: a broken one aborts, which libFuzzer
// and the replay both report as a crash.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Madoguchi::Fuzz {

using Entry = int (*)(const uint8_t *data, size_t size);
bool registerTarget(const char *name, Entry entry);

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void checkFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n", file, line, what);
    std::abort();
}

} // namespace Madoguchi::Fuzz

#define MADOGUCHI_FUZZ_CHECK(condition)                                                                     \
    do {                                                                                                    \
        if (!(condition))                                                                                   \
            Madoguchi::Fuzz::checkFailed(#condition, __FILE__, __LINE__);                                   \
    } while (false)

#ifdef MADOGUCHI_LIBFUZZER
#define MADOGUCHI_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#else
#define MADOGUCHI_FUZZ_TARGET(name)                                                                         \
    static int fuzz_##name(const uint8_t *data, size_t size);                                               \
    [[maybe_unused]] static const bool registered_##name = Madoguchi::Fuzz::registerTarget(#name, fuzz_##name); \
    static int fuzz_##name(const uint8_t *data, size_t size)
#endif
