#include "alert.h"

namespace Wk {

QString Alert::stateName(State state)
{
    switch (state) {
    case State::Inactive:
        return QStringLiteral("inactive");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Firing:
        return QStringLiteral("firing");
    }
    return {};
}

quint64 Alert::fingerprint(const Labels &labels)
{
    quint64 h = 14695981039346656037ull;
    const auto mix = [&h](const QString &s) {
        for (const char c : s.toUtf8()) {
            h ^= quint8(c);
            h *= 1099511628211ull;
        }
        h ^= 0xff; // separator: no valid UTF-8 contains this byte
        h *= 1099511628211ull;
    };
    for (const Label &l : labels) {
        mix(l.name);
        mix(l.value);
    }
    return h;
}

QString Alert::fingerprintToString(quint64 fingerprint)
{
    return QStringLiteral("%1").arg(fingerprint, 16, 16, QLatin1Char('0'));
}

std::optional<quint64> Alert::fingerprintFromString(QStringView text)
{
    if (text.isEmpty() || text.size() > 16)
        return std::nullopt;
    bool ok = false;
    const quint64 v = text.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return v;
}

} // namespace Wk
