#pragma once

#include <QtGlobal>

// Number syntax of exposition pages; used by the exposition parser.
namespace Wk::Exposition {

enum class NumberSyntax {
    OpenMetrics,     // [sign] digits [. digits] [e [sign] digits], [sign] inf|infinity, nan
    OpenMetricsReal, // the same without inf and nan (timestamps)
    Go,              // strconv.ParseFloat, which Prometheus text follows: also 0x1p-3
};

// The whole of [b, e) as a number of that syntax (ASCII letters in any case for inf and nan).
// Values too large for a double are infinite, too small ones zero.
bool parseNumber(const char *b, const char *e, NumberSyntax syntax, double &out);

// [sign] digits within qint64: Prometheus text's millisecond timestamps.
bool parseMillis(const char *b, const char *e, qint64 &out);

// OpenMetrics seconds to milliseconds, rounded to the nearest, saturated at the qint64 range.
qint64 secondsToMillis(double seconds);

} // namespace Wk::Exposition
