#pragma once

#include <QString>

#include <optional>

namespace Wk::Promql {

// Number reading and writing exactly as Go's strconv does it, because PromQL's text forms
// (label values written by count_values, quantile labels, error messages) are defined by it.
class NumberFormat
{
public:
    // strconv.FormatFloat(v, 'f', -1, 64): shortest fixed notation; "+Inf", "-Inf", "NaN".
    static QString shortest(double v);
    // strconv.FormatFloat(v, 'g', -1, 64), as %g prints a float.
    static QString shortestG(double v);
    // labels.FormatOpenMetricsFloat: like shortestG, with ".0" added to integers.
    static QString openMetrics(double v);

    // strconv.ParseFloat(s, 64): decimal and hexadecimal floats, "Inf", "+inf", "NaN", "1_000"
    // is rejected. nullopt when s is not a number.
    static std::optional<double> parseFloat(QStringView s);
    // PromQL number literals: strconv.ParseInt(s, 0, 64) first (so "0x1F" and "017" are
    // integers in base 16 and 8), then ParseFloat.
    static std::optional<double> parseNumber(QStringView s);
};

} // namespace Wk::Promql
