#pragma once

#include <QTest>

// QVERIFY for a Result<T>: fails with the error's own sentence.
#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                              \
    } while (false)
