#include "goformat.h"

#include <QDateTime>

#include <charconv>
#include <cmath>
#include <cstring>

namespace Wk {

namespace {

// A decimal number 0.d1d2d3... x 10^dp, as Go's strconv keeps it; zero has no digits.
struct Decimal
{
    QByteArray digits;
    int dp = 0;
};

// Parses the output of std::to_chars in scientific form ("1.2345e+06") into digits and point.
Decimal fromScientific(const char *begin, const char *end)
{
    Decimal d;
    const char *p = begin;
    for (; p < end && *p != 'e'; ++p) {
        if (*p >= '0' && *p <= '9')
            d.digits.append(*p);
    }
    int exponent = 0;
    if (p < end)
        std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);
    d.dp = exponent + 1;
    // Go's decimal has no leading or trailing zeros, and zero has no digits at all.
    while (!d.digits.isEmpty() && d.digits.endsWith('0'))
        d.digits.chop(1);
    if (d.digits.isEmpty())
        d.dp = 0;
    return d;
}

Decimal shortestDecimal(double v)
{
    char buf[64];
    const auto r =
        std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
    return fromScientific(buf, r.ptr);
}

// v rounded to `significant` digits (at least 1), trailing zeros removed.
Decimal roundedDecimal(double v, int significant)
{
    char buf[512];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific,
                                 std::max(0, significant - 1));
    return fromScientific(buf, r.ptr);
}

QString fmtE(bool neg, const Decimal &d, int prec, char fmt)
{
    QByteArray out;
    if (neg)
        out += '-';
    const int nd = int(d.digits.size());
    out += nd == 0 ? '0' : d.digits[0];
    if (prec > 0) {
        out += '.';
        int i = 1;
        const int m = std::min(nd, prec + 1);
        if (i < m) {
            out += d.digits.mid(i, m - i);
            i = m;
        }
        for (; i <= prec; ++i)
            out += '0';
    }
    out += fmt;
    int exp = nd == 0 ? 0 : d.dp - 1;
    out += exp < 0 ? '-' : '+';
    exp = std::abs(exp);
    if (exp < 10)
        out += '0';
    out += QByteArray::number(exp);
    return QString::fromLatin1(out);
}

QString fmtF(bool neg, const Decimal &d, int prec)
{
    QByteArray out;
    if (neg)
        out += '-';
    const int nd = int(d.digits.size());
    if (d.dp > 0) {
        int m = std::min(nd, d.dp);
        out += d.digits.left(m);
        for (; m < d.dp; ++m)
            out += '0';
    } else {
        out += '0';
    }
    if (prec > 0) {
        out += '.';
        for (int i = 1; i <= prec; ++i) {
            char ch = '0';
            const int j = d.dp + i - 1;
            if (j >= 0 && j < nd)
                ch = d.digits[j];
            out += ch;
        }
    }
    return QString::fromLatin1(out);
}

} // namespace

QString GoFormat::formatFloat(double v, char format, int precision)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    const bool neg = std::signbit(v);
    const bool shortest = precision < 0;
    int prec = precision;
    Decimal d;
    if (shortest) {
        d = shortestDecimal(v);
        switch (format) {
        case 'e':
        case 'E':
            prec = std::max(int(d.digits.size()) - 1, 0);
            break;
        case 'f':
            prec = std::max(int(d.digits.size()) - d.dp, 0);
            break;
        default:
            prec = int(d.digits.size());
            break;
        }
    } else {
        switch (format) {
        case 'e':
        case 'E':
            d = roundedDecimal(v, prec + 1);
            break;
        case 'f': {
            char buf[512];
            const auto r =
                std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::fixed, prec);
            QString out = QString::fromLatin1(buf, int(r.ptr - buf));
            return neg ? QLatin1Char('-') + out : out;
        }
        default:
            if (prec == 0)
                prec = 1;
            d = roundedDecimal(v, prec);
            break;
        }
    }

    switch (format) {
    case 'e':
    case 'E':
        return fmtE(neg, d, prec, format);
    case 'f':
        return fmtF(neg, d, prec);
    default: {
        const int nd = int(d.digits.size());
        int eprec = prec;
        if (eprec > nd && nd >= d.dp)
            eprec = nd;
        // Go decides %e against a precision of 6 for the shortest form.
        if (shortest)
            eprec = 6;
        const int exp = d.dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > nd)
                prec = nd;
            return fmtE(neg, d, prec - 1, format == 'G' ? 'E' : 'e');
        }
        if (prec > d.dp)
            prec = nd;
        return fmtF(neg, d, std::max(prec - d.dp, 0));
    }
    }
}

QString GoFormat::floatV(double v)
{
    return formatFloat(v, 'g', -1);
}

namespace {

bool isGoPrintable(char32_t c)
{
    if (c == U' ')
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

QString hex(uint v, int width)
{
    return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0'));
}

} // namespace

QString GoFormat::quote(const QString &s)
{
    QString out = QStringLiteral("\"");
    const QList<uint> runes = s.toUcs4();
    for (uint r : runes) {
        switch (r) {
        case '"':
            out += QStringLiteral("\\\"");
            continue;
        case '\\':
            out += QStringLiteral("\\\\");
            continue;
        case '\a':
            out += QStringLiteral("\\a");
            continue;
        case '\b':
            out += QStringLiteral("\\b");
            continue;
        case '\f':
            out += QStringLiteral("\\f");
            continue;
        case '\n':
            out += QStringLiteral("\\n");
            continue;
        case '\r':
            out += QStringLiteral("\\r");
            continue;
        case '\t':
            out += QStringLiteral("\\t");
            continue;
        case '\v':
            out += QStringLiteral("\\v");
            continue;
        default:
            break;
        }
        const char32_t c = char32_t(r);
        if (isGoPrintable(c))
            out += QString::fromUcs4(&c, 1);
        else if (r < 0x20 || r == 0x7f)
            out += QStringLiteral("\\x") + hex(r, 2);
        else if (r < 0x10000)
            out += QStringLiteral("\\u") + hex(r, 4);
        else
            out += QStringLiteral("\\U") + hex(r, 8);
    }
    out += u'"';
    return out;
}

QString GoFormat::modelDuration(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    const auto part = [&](const char *unit, qint64 mult, bool exact) {
        if (exact && ms % mult != 0)
            return;
        if (const qint64 v = ms / mult; v > 0) {
            out += QString::number(v) + QLatin1String(unit);
            ms -= v * mult;
        }
    };
    part("y", 1000ll * 60 * 60 * 24 * 365, true);
    part("w", 1000ll * 60 * 60 * 24 * 7, true);
    part("d", 1000ll * 60 * 60 * 24, false);
    part("h", 1000ll * 60 * 60, false);
    part("m", 1000ll * 60, false);
    part("s", 1000, false);
    part("ms", 1, false);
    return out;
}

QString GoFormat::goDuration(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString sign;
    if (ms < 0) {
        sign = QStringLiteral("-");
        ms = -ms;
    }
    if (ms < 1000)
        return sign + QString::number(ms) + QStringLiteral("ms");
    QString seconds = QString::number((ms % 60000) / 1000);
    if (const qint64 frac = ms % 1000) {
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        seconds += u'.' + f;
    }
    seconds += u's';
    const qint64 minutes = ms / 60000;
    if (minutes == 0)
        return sign + seconds;
    if (minutes < 60)
        return sign + QString::number(minutes) + u'm' + seconds;
    return sign + QString::number(minutes / 60) + u'h' + QString::number(minutes % 60) + u'm' +
           seconds;
}

QString GoFormat::timeString(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QString out = t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (const int frac = t.time().msec()) {
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        out += u'.' + f;
    }
    return out + QStringLiteral(" +0000 UTC");
}

// ---- fmt.Sprintf ----

namespace {

struct Spec
{
    bool plus = false;
    bool minus = false;
    bool sharp = false;
    bool space = false;
    bool zero = false;
    int width = -1;
    int prec = -1;
    QChar verb;
};

QString pad(const QString &s, const Spec &spec, bool zeroAllowed = true)
{
    const int n = int(s.toUcs4().size());
    if (spec.width <= n)
        return s;
    const QString fill(spec.width - n, spec.zero && zeroAllowed && !spec.minus ? u'0' : u' ');
    return spec.minus ? s + fill : fill + s;
}

QString badVerb(const Spec &spec, const TemplateValue &arg)
{
    if (arg.type() == TemplateValue::Type::Nil)
        return QStringLiteral("%!") + spec.verb + QStringLiteral("(<nil>)");
    return QStringLiteral("%!") + spec.verb + u'(' + arg.goTypeName() + u'=' + arg.print() + u')';
}

QString formatFloatArg(double v, const Spec &spec)
{
    char verb = char(spec.verb.toLatin1());
    int prec = spec.prec;
    switch (verb) {
    case 'v':
        verb = 'g';
        prec = -1;
        break;
    case 'F':
        verb = 'f';
        [[fallthrough]];
    case 'e':
    case 'E':
    case 'f':
        if (prec < 0)
            prec = 6;
        break;
    default:
        break;
    }
    QString num = GoFormat::formatFloat(v, verb, prec);
    if (!num.startsWith(u'-') && !num.startsWith(u'+'))
        num.prepend(u'+');
    if (spec.space && num.startsWith(u'+') && !spec.plus)
        num[0] = u' ';
    if (num.at(1) == u'I' || num.at(1) == u'N') {
        if (num.at(1) == u'N' && !spec.space && !spec.plus)
            num.remove(0, 1);
        return pad(num, spec, false);
    }
    if (spec.plus || !num.startsWith(u'+')) {
        if (spec.zero && !spec.minus && spec.width > num.size()) {
            return num.left(1) + QString(spec.width - num.size(), u'0') + num.mid(1);
        }
        return pad(num, spec);
    }
    return pad(num.mid(1), spec);
}

QString formatIntArg(qint64 v, const Spec &spec)
{
    const char verb = char(spec.verb.toLatin1());
    if (verb == 'c') {
        const char32_t c = char32_t(v);
        return pad(QString::fromUcs4(&c, 1), spec, false);
    }
    if (verb == 'q') {
        const char32_t c = char32_t(v);
        QString q = GoFormat::quote(QString::fromUcs4(&c, 1));
        q = u'\'' + q.mid(1, q.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\"")) +
            u'\'';
        if (c == U'\'')
            q = QStringLiteral("'\\''");
        return pad(q, spec, false);
    }
    if (verb == 'U') {
        QString u = QStringLiteral("U+") +
                    QString::number(quint64(v), 16).toUpper().rightJustified(4, u'0');
        return pad(u, spec, false);
    }
    int base = 10;
    switch (verb) {
    case 'b':
        base = 2;
        break;
    case 'o':
    case 'O':
        base = 8;
        break;
    case 'x':
    case 'X':
        base = 16;
        break;
    default:
        break;
    }
    const bool negative = v < 0;
    QString digits = QString::number(negative ? quint64(0) - quint64(v) : quint64(v), base);
    if (verb == 'X')
        digits = digits.toUpper();
    int prec = spec.prec;
    if (prec < 0 && spec.zero && !spec.minus && spec.width > 0) {
        prec = spec.width;
        if (negative || spec.plus || spec.space)
            --prec;
    }
    if (prec == 0 && v == 0)
        digits.clear();
    if (prec > digits.size())
        digits = QString(prec - digits.size(), u'0') + digits;
    if (spec.sharp) {
        if (base == 16)
            digits.prepend(verb == 'X' ? QStringLiteral("0X") : QStringLiteral("0x"));
        else if (base == 8 && !digits.startsWith(u'0'))
            digits.prepend(u'0');
        else if (base == 2)
            digits.prepend(QStringLiteral("0b"));
    }
    if (verb == 'O')
        digits.prepend(QStringLiteral("0o"));
    if (negative)
        digits.prepend(u'-');
    else if (spec.plus)
        digits.prepend(u'+');
    else if (spec.space)
        digits.prepend(u' ');
    return pad(digits, spec, false);
}

QString formatStringArg(const QString &s, const Spec &spec)
{
    const char verb = char(spec.verb.toLatin1());
    QString text = s;
    if (spec.prec >= 0) {
        const QList<uint> runes = s.toUcs4();
        if (runes.size() > spec.prec)
            text =
                QString::fromUcs4(reinterpret_cast<const char32_t *>(runes.constData()), spec.prec);
    }
    switch (verb) {
    case 'q':
        if (spec.sharp && !text.contains(u'`'))
            return pad(u'`' + text + u'`', spec);
        return pad(GoFormat::quote(text), spec);
    case 'x':
    case 'X': {
        QString h = QString::fromLatin1(text.toUtf8().toHex());
        return pad(verb == 'X' ? h.toUpper() : h, spec);
    }
    default:
        return pad(text, spec);
    }
}

QString formatArg(const TemplateValue &arg, const Spec &spec)
{
    const char verb = char(spec.verb.toLatin1());
    using T = TemplateValue::Type;
    if (verb == 'T')
        return pad(arg.type() == T::Nil ? QStringLiteral("<nil>") : arg.goTypeName(), spec);
    switch (arg.type()) {
    case T::Bool:
        if (verb == 't' || verb == 'v')
            return pad(arg.toBool() ? QStringLiteral("true") : QStringLiteral("false"), spec);
        return badVerb(spec, arg);
    case T::Int:
        if (QByteArrayView("vdbcoOqxXU").contains(verb))
            return formatIntArg(arg.toInt(), spec);
        return badVerb(spec, arg);
    case T::Float:
        if (QByteArrayView("veEfFgG").contains(verb))
            return formatFloatArg(arg.toFloat(), spec);
        return badVerb(spec, arg);
    case T::String:
        if (QByteArrayView("vsqxX").contains(verb))
            return formatStringArg(arg.toString(), spec);
        return badVerb(spec, arg);
    case T::Nil:
        if (verb == 'v' || verb == 's')
            return pad(QStringLiteral("<nil>"), spec);
        return badVerb(spec, arg);
    default:
        if (verb == 'v' || verb == 's')
            return pad(arg.print(), spec);
        return badVerb(spec, arg);
    }
}

} // namespace

QString GoFormat::sprintf(const QString &format, const QList<TemplateValue> &args)
{
    QString out;
    int argIndex = 0;
    const qsizetype n = format.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = format.at(i);
        if (c != u'%') {
            out += c;
            ++i;
            continue;
        }
        ++i;
        Spec spec;
        for (; i < n; ++i) {
            const QChar f = format.at(i);
            if (f == u'+')
                spec.plus = true;
            else if (f == u'-')
                spec.minus = true;
            else if (f == u'#')
                spec.sharp = true;
            else if (f == u' ')
                spec.space = true;
            else if (f == u'0')
                spec.zero = !spec.minus;
            else
                break;
        }
        const auto number = [&](int &target) {
            if (i < n && format.at(i) == u'*') {
                ++i;
                if (argIndex < args.size() && args.at(argIndex).type() == TemplateValue::Type::Int)
                    target = int(args.at(argIndex).toInt());
                ++argIndex;
                return;
            }
            const qsizetype start = i;
            while (i < n && format.at(i).isDigit())
                ++i;
            if (i > start)
                target = format.mid(start, i - start).toInt();
        };
        number(spec.width);
        if (spec.width < -1) {
            spec.minus = true;
            spec.width = -spec.width;
        }
        if (i < n && format.at(i) == u'.') {
            ++i;
            spec.prec = 0;
            number(spec.prec);
        }
        if (i >= n) {
            out += QStringLiteral("%!(NOVERB)");
            break;
        }
        spec.verb = format.at(i++);
        if (spec.verb == u'%') {
            out += u'%';
            continue;
        }
        if (argIndex >= args.size()) {
            out += QStringLiteral("%!") + spec.verb + QStringLiteral("(MISSING)");
            continue;
        }
        out += formatArg(args.at(argIndex++), spec);
    }
    if (argIndex < args.size()) {
        out += QStringLiteral("%!(EXTRA ");
        for (int k = argIndex; k < args.size(); ++k) {
            if (k > argIndex)
                out += QStringLiteral(", ");
            const TemplateValue &a = args.at(k);
            out += a.type() == TemplateValue::Type::Nil ? QStringLiteral("<nil>")
                                                        : a.goTypeName() + u'=' + a.print();
        }
        out += u')';
    }
    return out;
}

} // namespace Wk
