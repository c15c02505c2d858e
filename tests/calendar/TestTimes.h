#pragma once

#include "core/Jst.h"

#include <QDateTime>

// Test timestamps are written as ISO 8601 with an offset; a typo must stop the test run.
inline QDateTime iso(const QString &text)
{
    const auto parsed = Madoguchi::Jst::parseIso(text);
    if (!parsed)
        qFatal("bad test timestamp %s", qPrintable(text));
    return *parsed;
}
