#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Madoguchi {

// A small table from an enum to the key stored in the database (and typed on the command
// line) and to its English label, translated in `context` when shown.
template<typename Enum>
struct KeyedName
{
    Enum value;
    const char *key;
    const char *label; // marked with QT_TRANSLATE_NOOP(context, …)
};

template<typename Enum, std::size_t N>
QString keyOf(const KeyedName<Enum> (&table)[N], Enum value)
{
    for (const KeyedName<Enum> &name : table) {
        if (name.value == value)
            return QString::fromLatin1(name.key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOfKey(const KeyedName<Enum> (&table)[N], const QString &key)
{
    for (const KeyedName<Enum> &name : table) {
        if (key == QLatin1StringView(name.key))
            return name.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString labelOf(const KeyedName<Enum> (&table)[N], Enum value, const char *context)
{
    for (const KeyedName<Enum> &name : table) {
        if (name.value == value)
            return QCoreApplication::translate(context, name.label);
    }
    return {};
}

} // namespace Madoguchi
