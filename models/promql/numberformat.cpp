#include "numberformat.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

namespace Wk::Promql {

namespace {

QString special(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return {};
}

// Shortest round-trip digits of |v| and the position of the decimal point, as Go's
// decimalSlice holds them: v = 0.d1d2d3... * 10^dp.
struct Digits
{
    bool negative = false;
    std::string digits;
    int dp = 0;
};

Digits shortestDigits(double v)
{
    Digits d;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string s(buf, res.ptr);
    size_t i = 0;
    if (s[i] == '-') {
        d.negative = true;
        ++i;
    }
    const size_t e = s.find('e');
    for (size_t k = i; k < e; ++k) {
        if (s[k] != '.')
            d.digits += s[k];
    }
    const int exp = std::stoi(s.substr(e + 1));
    // Trailing zeros carry no information ("1e+06" has the single digit 1).
    while (d.digits.size() > 1 && d.digits.back() == '0')
        d.digits.pop_back();
    if (d.digits == "0")
        d.dp = 0;
    else
        d.dp = exp + 1;
    return d;
}

} // namespace

QString NumberFormat::shortest(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return special(v);
    char buf[400];
    const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return QString::fromLatin1(buf, int(res.ptr - buf));
}

QString NumberFormat::shortestG(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return special(v);
    const Digits d = shortestDigits(v);
    const int nd = int(d.digits.size());
    const int exp = d.dp - 1;
    std::string out;
    if (d.negative)
        out += '-';
    if (d.digits == "0") {
        out += '0';
        return QString::fromStdString(out);
    }
    if (exp < -4 || exp >= 6) {
        out += d.digits[0];
        if (nd > 1) {
            out += '.';
            out += d.digits.substr(1);
        }
        out += 'e';
        out += exp < 0 ? '-' : '+';
        const int a = std::abs(exp);
        if (a < 10)
            out += '0';
        out += std::to_string(a);
        return QString::fromStdString(out);
    }
    // Fixed notation with max(nd - dp, 0) fraction digits.
    if (d.dp <= 0) {
        out += "0.";
        out += std::string(size_t(-d.dp), '0');
        out += d.digits;
    } else if (d.dp >= nd) {
        out += d.digits;
        out += std::string(size_t(d.dp - nd), '0');
    } else {
        out += d.digits.substr(0, size_t(d.dp));
        out += '.';
        out += d.digits.substr(size_t(d.dp));
    }
    return QString::fromStdString(out);
}

QString NumberFormat::openMetrics(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return special(v);
    QString s = shortestG(v);
    if (!s.contains(u'e') && !s.contains(u'.'))
        s += QStringLiteral(".0");
    return s;
}

std::optional<double> NumberFormat::parseFloat(QStringView text)
{
    const QString lower = text.toString().toLower();
    QStringView s(lower);
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    QStringView body = s;
    if (body.startsWith(u'+') || body.startsWith(u'-')) {
        negative = body.startsWith(u'-');
        body = body.mid(1);
    }
    if (body == u"inf" || body == u"infinity") {
        const double inf = std::numeric_limits<double>::infinity();
        return negative ? -inf : inf;
    }
    if (body == u"nan")
        return s == u"nan" ? std::optional<double>(std::numeric_limits<double>::quiet_NaN())
                           : std::nullopt;
    if (body.startsWith(u"0x")) {
        // Hexadecimal floats need a binary exponent, as in Go.
        if (!body.contains(u'p'))
            return std::nullopt;
        const std::string str = s.toString().toStdString();
        char *end = nullptr;
        const double v = std::strtod(str.c_str(), &end);
        if (end != str.c_str() + str.size() || std::isinf(v))
            return std::nullopt;
        return v;
    }
    // Decimal: digits [. digits] [e [+-] digits], at least one mantissa digit.
    int i = 0;
    int mantissaDigits = 0;
    while (i < body.size() && body[i].isDigit()) {
        ++i;
        ++mantissaDigits;
    }
    if (i < body.size() && body[i] == u'.') {
        ++i;
        while (i < body.size() && body[i].isDigit()) {
            ++i;
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0)
        return std::nullopt;
    if (i < body.size() && body[i] == u'e') {
        ++i;
        if (i < body.size() && (body[i] == u'+' || body[i] == u'-'))
            ++i;
        int expDigits = 0;
        while (i < body.size() && body[i].isDigit()) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return std::nullopt;
    }
    if (i != body.size())
        return std::nullopt;
    const std::string str = body.toString().toStdString();
    double v = 0;
    const auto res = std::from_chars(str.data(), str.data() + str.size(), v);
    if (res.ec == std::errc::result_out_of_range) {
        // Go returns ±Inf with an error for overflow and 0 for underflow; only the latter is
        // accepted by PromQL's callers.
        if (str.find('e') != std::string::npos && str[str.find('e') + 1] == '-')
            return negative ? -0.0 : 0.0;
        return std::nullopt;
    }
    if (res.ec != std::errc() || res.ptr != str.data() + str.size())
        return std::nullopt;
    return negative ? -v : v;
}

std::optional<double> NumberFormat::parseNumber(QStringView text)
{
    QStringView s = text;
    bool negative = false;
    if (s.startsWith(u'+') || s.startsWith(u'-')) {
        negative = s.startsWith(u'-');
        s = s.mid(1);
    }
    int base = 10;
    QStringView digits = s;
    if (s.size() > 1 && s[0] == u'0') {
        const QChar p = s[1].toLower();
        if (p == u'x') {
            base = 16;
            digits = s.mid(2);
        } else if (p == u'o') {
            base = 8;
            digits = s.mid(2);
        } else if (p == u'b') {
            base = 2;
            digits = s.mid(2);
        } else {
            base = 8;
            digits = s.mid(1);
        }
    }
    bool isInt = !digits.isEmpty();
    quint64 value = 0;
    for (QChar c : digits) {
        int d = -1;
        if (c >= u'0' && c <= u'9')
            d = c.unicode() - '0';
        else if (c.toLower() >= u'a' && c.toLower() <= u'f')
            d = c.toLower().unicode() - 'a' + 10;
        if (d < 0 || d >= base) {
            isInt = false;
            break;
        }
        if (value > (std::numeric_limits<quint64>::max() - quint64(d)) / quint64(base)) {
            isInt = false;
            break;
        }
        value = value * quint64(base) + quint64(d);
    }
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (isInt && value <= limit) {
        const double v = double(value);
        return negative ? -v : v;
    }
    return parseFloat(text);
}

} // namespace Wk::Promql
