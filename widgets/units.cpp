#include "widgets/units.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace Wk {

namespace {

struct UnitName
{
    const char *name;
    Unit unit;
};

constexpr std::array<UnitName, 22> unitNames{{
    {"none", Unit::None},
    {"", Unit::None},
    {"seconds", Unit::Seconds},
    {"s", Unit::Seconds},
    {"ratio", Unit::PercentRatio},
    {"percentunit", Unit::PercentRatio},
    {"percent_ratio", Unit::PercentRatio},
    {"percent", Unit::Percent},
    {"%", Unit::Percent},
    {"reqps", Unit::RequestsPerSecond},
    {"rps", Unit::RequestsPerSecond},
    {"requests_per_second", Unit::RequestsPerSecond},
    {"req/s", Unit::RequestsPerSecond},
    {"bytes", Unit::Bytes},
    {"decbytes", Unit::Bytes},
    {"usd", Unit::Usd},
    {"currencyusd", Unit::Usd},
    {"dollars", Unit::Usd},
    {"count", Unit::Count},
    {"short", Unit::Count},
    {"ops", Unit::Count},
    {"number", Unit::Count},
}};

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::Units)
};

// Whether the dollar sign goes before the number: in English (and the C locale), else where the
// locale puts a currency symbol ("12,50 $" in German and Spanish).
bool dollarBefore()
{
    const QLocale locale;
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return true;
    return locale.toCurrencyString(1.0, QStringLiteral("$")).startsWith(u'$');
}

// Decimals that give `significant` significant digits for a number of magnitude |v|.
int decimalsFor(double v, int significant)
{
    const double a = std::fabs(v);
    if (a == 0 || !std::isfinite(a))
        return 0;
    const int magnitude = int(std::floor(std::log10(a)));
    return std::clamp(significant - 1 - magnitude, 0, 6);
}

QString percentText(double pct)
{
    // Never round 99.95 up to 100: a 99.9 % target must not look met when it is not.
    int decimals = std::fabs(pct) >= 100 ? 0 : 1;
    while (decimals < 4 && std::fabs(pct) < 100 &&
           std::fabs(QString::number(pct, 'f', decimals).toDouble()) >= 100)
        ++decimals;
    return QLocale().toString(pct, 'f', decimals) + QStringLiteral(" %");
}

} // namespace

Unit unitFromString(QStringView name, bool *ok)
{
    const QString lower = name.trimmed().toString().toLower();
    for (const UnitName &n : unitNames) {
        if (lower == QLatin1String(n.name)) {
            if (ok)
                *ok = true;
            return n.unit;
        }
    }
    if (ok)
        *ok = false;
    return Unit::None;
}

QString unitName(Unit unit)
{
    switch (unit) {
    case Unit::None:
        return QStringLiteral("none");
    case Unit::Seconds:
        return QStringLiteral("seconds");
    case Unit::PercentRatio:
        return QStringLiteral("ratio");
    case Unit::Percent:
        return QStringLiteral("percent");
    case Unit::RequestsPerSecond:
        return QStringLiteral("reqps");
    case Unit::Bytes:
        return QStringLiteral("bytes");
    case Unit::Usd:
        return QStringLiteral("usd");
    case Unit::Count:
        return QStringLiteral("count");
    }
    return QStringLiteral("none");
}

UnitScale unitScale(Unit unit, double maxAbs)
{
    maxAbs = std::isfinite(maxAbs) ? std::fabs(maxAbs) : 0;
    switch (unit) {
    case Unit::Seconds:
        if (maxAbs < 0.001 && maxAbs > 0)
            return {1e6, {}, QStringLiteral(" µs")};
        if (maxAbs < 1)
            return {1000, {}, Tr::tr(" ms")};
        if (maxAbs < 120)
            return {1, {}, Tr::tr(" s")};
        if (maxAbs < 7200)
            return {1.0 / 60, {}, Tr::tr(" min")};
        if (maxAbs < 172800)
            return {1.0 / 3600, {}, Tr::tr(" h")};
        return {1.0 / 86400, {}, Tr::tr(" d")};
    case Unit::PercentRatio:
        return {100, {}, QStringLiteral(" %")};
    case Unit::Percent:
        return {1, {}, QStringLiteral(" %")};
    case Unit::RequestsPerSecond:
        if (maxAbs < 1e4)
            return {1, {}, Tr::tr(" req/s")};
        if (maxAbs < 1e6)
            return {1e-3, {}, Tr::tr("k req/s")};
        return {1e-6, {}, Tr::tr("M req/s")};
    case Unit::Bytes: {
        static const std::array<const char *, 6> suffixes{" B",   " KiB", " MiB",
                                                          " GiB", " TiB", " PiB"};
        double factor = 1;
        size_t i = 0;
        while (i + 1 < suffixes.size() && maxAbs * factor >= 1024) {
            factor /= 1024;
            ++i;
        }
        return {factor, {}, QString::fromLatin1(suffixes[i])};
    }
    case Unit::Usd: {
        // "$12k" in English, "12k $" where the locale writes the currency after the number.
        const bool before = dollarBefore();
        const QString prefix = before ? QStringLiteral("$") : QString();
        const QString after = before ? QString() : QStringLiteral("\u00A0$");
        if (maxAbs < 1e4)
            return {1, prefix, after};
        if (maxAbs < 1e6)
            return {1e-3, prefix, Tr::tr("k") + after};
        if (maxAbs < 1e9)
            return {1e-6, prefix, Tr::tr("M") + after};
        return {1e-9, prefix, Tr::tr("B") + after};
    }
    case Unit::None:
    case Unit::Count:
        if (maxAbs < 1e4)
            return {1, {}, {}};
        if (maxAbs < 1e6)
            return {1e-3, {}, Tr::tr("k")};
        if (maxAbs < 1e9)
            return {1e-6, {}, Tr::tr("M")};
        return {1e-9, {}, Tr::tr("G")};
    }
    return {};
}

QString formatNumber(double value, int significant)
{
    if (std::isnan(value))
        return QStringLiteral("\u2013");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("\u221E") : QStringLiteral("-\u221E");
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimalsFor(value, significant));
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString formatValue(double value, Unit unit)
{
    if (std::isnan(value))
        return QStringLiteral("\u2013");
    switch (unit) {
    case Unit::PercentRatio:
        return percentText(value * 100);
    case Unit::Percent:
        return percentText(value);
    case Unit::Usd: {
        const QString sign = value < 0 ? QStringLiteral("-") : QString();
        const double a = std::fabs(value);
        if (a < 1e4 && !dollarBefore()) // the locale's own way: "12,50 $", "4.321 $"
            return QLocale().toCurrencyString(value, QStringLiteral("$"), a < 1000 ? 2 : 0);
        if (a < 1000)
            return sign + QStringLiteral("$") + QLocale().toString(a, 'f', 2);
        if (a < 1e4)
            return sign + QStringLiteral("$") + QLocale().toString(a, 'f', 0);
        const UnitScale s = unitScale(unit, a);
        return sign + s.prefix + formatNumber(a * s.factor) + s.suffix;
    }
    case Unit::Count:
    case Unit::None:
        if (std::fabs(value) < 1e4 && value == std::round(value))
            return QLocale().toString(value, 'f', 0);
        break;
    case Unit::Seconds:
    case Unit::RequestsPerSecond:
    case Unit::Bytes:
        break;
    }
    const UnitScale s = unitScale(unit, value);
    if (unit == Unit::Bytes && s.factor == 1)
        return QLocale().toString(value, 'f', 0) + s.suffix;
    return s.prefix + formatNumber(value * s.factor) + s.suffix;
}

QString formatElapsed(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min").arg(s / 60);
    if (s < 86400)
        return Tr::tr("%1 h").arg(s / 3600);
    return Tr::tr("%1 d").arg(s / 86400);
}

} // namespace Wk
