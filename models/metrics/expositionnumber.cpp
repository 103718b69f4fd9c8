#include "expositionnumber.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace Wk::Exposition {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Lowercase literal against a case-insensitive token.
bool equalsIgnoreCase(const char *b, const char *e, const char *lower)
{
    const size_t n = std::strlen(lower);
    if (size_t(e - b) != n)
        return false;
    for (size_t i = 0; i < n; ++i) {
        if ((b[i] | 0x20) != lower[i])
            return false;
    }
    return true;
}

// A decimal number too large or too small for a double: where its first significant digit
// lies, exponent included, tells overflow from underflow.
double outOfRange(const char *p, const char *e)
{
    long long exponent = 0;
    bool seenNonZero = false;
    bool afterPoint = false;
    long long magnitude = 0; // position of the first non-zero digit relative to the point
    for (; p != e && *p != 'e' && *p != 'E'; ++p) {
        if (*p == '.') {
            afterPoint = true;
            continue;
        }
        if (!seenNonZero) {
            if (*p != '0') {
                seenNonZero = true;
                if (!afterPoint)
                    magnitude = 1;
            } else if (afterPoint) {
                --magnitude;
            }
        } else if (!afterPoint) {
            ++magnitude;
        }
    }
    if (p != e) {
        ++p;
        bool negative = false;
        if (p != e && (*p == '+' || *p == '-'))
            negative = *p++ == '-';
        for (; p != e && exponent < 100000; ++p)
            exponent = exponent * 10 + (*p - '0');
        if (negative)
            exponent = -exponent;
    }
    return magnitude + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

} // namespace

bool parseNumber(const char *b, const char *e, NumberSyntax syntax, double &out)
{
    if (b == e)
        return false;
    const char *p = b;
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
        if (p == e)
            return false;
    }
    // Most values are small integers: no need for the general conversion.
    {
        const char *q = p;
        quint64 acc = 0;
        while (q != e && isDigit(*q) && q - p < 19) {
            acc = acc * 10 + quint64(*q - '0');
            ++q;
        }
        if (q == e && q != p) {
            out = negative ? -double(acc) : double(acc);
            return true;
        }
    }
    if (!isDigit(*p) && *p != '.') {
        if (syntax == NumberSyntax::OpenMetricsReal)
            return false;
        if (equalsIgnoreCase(p, e, "inf") || equalsIgnoreCase(p, e, "infinity")) {
            out = negative ? -std::numeric_limits<double>::infinity()
                           : std::numeric_limits<double>::infinity();
            return true;
        }
        if (p == b && equalsIgnoreCase(p, e, "nan")) {
            out = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        return false;
    }
    if (syntax == NumberSyntax::Go && e - p > 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        // Go's hexadecimal floats need the binary exponent.
        const char *h = p + 2;
        bool hasExponent = false;
        for (const char *q = h; q != e; ++q)
            hasExponent |= (*q | 0x20) == 'p';
        if (!hasExponent || *h == '+' || *h == '-')
            return false;
        double value = 0;
        const auto [ptr, ec] = std::from_chars(h, e, value, std::chars_format::hex);
        if (ptr != e || (ec != std::errc() && ec != std::errc::result_out_of_range))
            return false;
        out = negative ? -value : value;
        return true;
    }
    // Check the decimal grammar first: from_chars accepts a prefix and more spellings.
    const char *q = p;
    int digits = 0;
    while (q != e && isDigit(*q)) {
        ++q;
        ++digits;
    }
    if (q != e && *q == '.') {
        ++q;
        while (q != e && isDigit(*q)) {
            ++q;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (q != e && (*q == 'e' || *q == 'E')) {
        ++q;
        if (q != e && (*q == '+' || *q == '-'))
            ++q;
        const char *expDigits = q;
        while (q != e && isDigit(*q))
            ++q;
        if (q == expDigits)
            return false;
    }
    if (q != e)
        return false;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(p, e, value, std::chars_format::general);
    if (ec == std::errc::result_out_of_range)
        value = outOfRange(p, e);
    else if (ec != std::errc() || ptr != e)
        return false;
    out = negative ? -value : value;
    return true;
}

bool parseMillis(const char *b, const char *e, qint64 &out)
{
    const char *p = b;
    bool negative = false;
    if (p != e && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        ++p;
    }
    if (p == e)
        return false;
    quint64 acc = 0;
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    for (; p != e; ++p) {
        if (!isDigit(*p))
            return false;
        const quint64 digit = quint64(*p - '0');
        if (acc > (limit - digit) / 10)
            return false;
        acc = acc * 10 + digit;
    }
    out = negative ? qint64(0 - acc) : qint64(acc);
    return true;
}

qint64 secondsToMillis(double seconds)
{
    const double ms = std::round(seconds * 1000.0);
    if (ms >= 9.2e18)
        return std::numeric_limits<qint64>::max();
    if (ms <= -9.2e18)
        return std::numeric_limits<qint64>::min();
    return qint64(ms);
}

} // namespace Wk::Exposition
