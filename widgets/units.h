#pragma once

#include <QString>
#include <QtGlobal>

namespace Wk {

// What a panel's numbers measure; decides how values and axis labels are written.
enum class Unit {
    None,
    Seconds,           // shown as µs, ms, s, min or h
    PercentRatio,      // a 0..1 ratio shown as percent
    Percent,           // already 0..100
    RequestsPerSecond, // req/s, k req/s
    Bytes,             // IEC: B, KiB, MiB, GiB, TiB
    Usd,               // $12.50, $12.3k
    Count,             // 12, 12.3k, 4.5M
};

// Accepts our names ("seconds", "ratio", "percent", "reqps", "bytes", "usd", "count", "none")
// and the common Grafana ones ("s", "percentunit", "currencyUSD", "short", ...).
Unit unitFromString(QStringView name, bool *ok = nullptr);
QString unitName(Unit unit);

// How values of one magnitude are shown: displayed = raw * factor, written prefix + number +
// suffix.
struct UnitScale
{
    double factor = 1;
    QString prefix;
    QString suffix;
};

// The scale for an axis or a set of numbers whose largest magnitude is maxAbs.
UnitScale unitScale(Unit unit, double maxAbs);

// One value, written for people: "45 ms", "99.95 %", "1.5 MiB", "$12.50", "12.3k req/s".
// NaN is written as an en dash.
QString formatValue(double value, Unit unit);

// A number with `significant` significant digits but never in exponent notation.
QString formatNumber(double value, int significant = 3);

// An elapsed time in compact words: "45 ms", "12 s", "3 min", "2 h", "4 d".
QString formatElapsed(qint64 ms);

} // namespace Wk
