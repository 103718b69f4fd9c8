#include "templatefunctions.h"

#include "goformat.h"

#include "models/core/duration.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Wk {

namespace {

using Args = QList<TemplateValue>;
using T = TemplateValue::Type;

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::TemplateFunctions)
};

Error fail(const QString &message)
{
    return Error(message);
}

Error wrongType(const QString &expected, const TemplateValue &got)
{
    return fail(QStringLiteral("wrong type for value; expected %1; got %2")
                    .arg(expected, got.goTypeName()));
}

// Prometheus's convertToFloat: numbers as they are, strings parsed as Go's ParseFloat does.
Result<double> toFloat(const TemplateValue &v)
{
    switch (v.type()) {
    case T::Float:
        return v.toFloat();
    case T::Int:
        return double(v.toInt());
    case T::String: {
        const QString s = v.toString();
        const QString lower = s.toLower();
        if (lower == u"inf" || lower == u"+inf" || lower == u"infinity" || lower == u"+infinity")
            return std::numeric_limits<double>::infinity();
        if (lower == u"-inf" || lower == u"-infinity")
            return -std::numeric_limits<double>::infinity();
        if (lower == u"nan")
            return std::numeric_limits<double>::quiet_NaN();
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("strconv.ParseFloat: parsing %1: invalid syntax")
                            .arg(GoFormat::quote(s)));
        return d;
    }
    default:
        return fail(QStringLiteral("can't convert %1 to float").arg(v.goTypeName()));
    }
}

QString g4(double v)
{
    return GoFormat::formatFloat(v, 'g', 4);
}

// Go's conversion of a float to int64 on amd64: out-of-range values become the minimum.
qint64 goInt64(double v)
{
    if (std::isnan(v) || v >= 9223372036854775808.0 || v < -9223372036854775808.0)
        return std::numeric_limits<qint64>::min();
    return qint64(v);
}

Result<TemplateValue> humanize(const Args &a, const TemplateEnvironment &)
{
    const Result<double> f = toFloat(a[0]);
    if (!f)
        return f.error();
    double v = f.value();
    if (v == 0 || std::isnan(v) || std::isinf(v))
        return TemplateValue(g4(v));
    QString prefix;
    if (std::fabs(v) >= 1) {
        for (const char *p : {"k", "M", "G", "T", "P", "E", "Z", "Y"}) {
            if (std::fabs(v) < 1000)
                break;
            prefix = QLatin1String(p);
            v /= 1000;
        }
        return TemplateValue(g4(v) + prefix);
    }
    for (const char *p : {"m", "u", "n", "p", "f", "a", "z", "y"}) {
        if (std::fabs(v) >= 1)
            break;
        prefix = QLatin1String(p);
        v *= 1000;
    }
    return TemplateValue(g4(v) + prefix);
}

Result<TemplateValue> humanize1024(const Args &a, const TemplateEnvironment &)
{
    const Result<double> f = toFloat(a[0]);
    if (!f)
        return f.error();
    double v = f.value();
    if (std::fabs(v) <= 1 || std::isnan(v) || std::isinf(v))
        return TemplateValue(g4(v));
    QString prefix;
    for (const char *p : {"ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"}) {
        if (std::fabs(v) < 1024)
            break;
        prefix = QLatin1String(p);
        v /= 1024;
    }
    return TemplateValue(g4(v) + prefix);
}

Result<TemplateValue> humanizeDuration(const Args &a, const TemplateEnvironment &)
{
    const Result<double> f = toFloat(a[0]);
    if (!f)
        return f.error();
    double v = f.value();
    if (std::isnan(v) || std::isinf(v))
        return TemplateValue(g4(v));
    if (v == 0)
        return TemplateValue(g4(v) + u's');
    if (std::fabs(v) >= 1) {
        QString sign;
        if (v < 0) {
            sign = QStringLiteral("-");
            v = -v;
        }
        const qint64 n = goInt64(v);
        const qint64 seconds = n % 60;
        const qint64 minutes = (n / 60) % 60;
        const qint64 hours = (n / 60 / 60) % 24;
        const qint64 days = n / 60 / 60 / 24;
        if (days != 0)
            return TemplateValue(QStringLiteral("%1%2d %3h %4m %5s")
                                     .arg(sign)
                                     .arg(days)
                                     .arg(hours)
                                     .arg(minutes)
                                     .arg(seconds));
        if (hours != 0)
            return TemplateValue(
                QStringLiteral("%1%2h %3m %4s").arg(sign).arg(hours).arg(minutes).arg(seconds));
        if (minutes != 0)
            return TemplateValue(QStringLiteral("%1%2m %3s").arg(sign).arg(minutes).arg(seconds));
        return TemplateValue(sign + g4(v) + u's');
    }
    QString prefix;
    for (const char *p : {"m", "u", "n", "p", "f", "a", "z", "y"}) {
        if (std::fabs(v) >= 1)
            break;
        prefix = QLatin1String(p);
        v *= 1000;
    }
    return TemplateValue(g4(v) + prefix + u's');
}

Result<TemplateValue> humanizePercentage(const Args &a, const TemplateEnvironment &)
{
    const Result<double> f = toFloat(a[0]);
    if (!f)
        return f.error();
    return TemplateValue(g4(f.value() * 100) + u'%');
}

Result<TemplateValue> humanizeTimestamp(const Args &a, const TemplateEnvironment &)
{
    const Result<double> f = toFloat(a[0]);
    if (!f)
        return f.error();
    const double v = f.value();
    if (std::isnan(v) || std::isinf(v))
        return TemplateValue(g4(v));
    // model.TimeFromUnixNano keeps milliseconds.
    const qint64 nanos = goInt64(v * 1e9);
    return TemplateValue(GoFormat::timeString(nanos / 1000000));
}

Result<TemplateValue> toTime(const Args &a, const TemplateEnvironment &)
{
    const Result<double> f = toFloat(a[0]);
    if (!f)
        return f.error();
    const double v = f.value();
    if (std::isnan(v) || std::isinf(v))
        return fail(QStringLiteral("cannot convert %1 to time.Time").arg(g4(v)));
    return TemplateValue::time(goInt64(v * 1e9) / 1000000);
}

Result<QString> stringArg(const TemplateValue &v)
{
    if (v.type() != T::String)
        return wrongType(QStringLiteral("string"), v);
    return v.toString();
}

Result<TemplateValue> title(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> s = stringArg(a[0]);
    if (!s)
        return s.error();
    // strings.Title: upper-case the first letter of each word; words are separated by
    // anything but letters, digits, underscores and apostrophes.
    QString out = s.value();
    bool previousIsSeparator = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (previousIsSeparator)
            out[i] = c.toTitleCase();
        if (c.unicode() < 0x80)
            previousIsSeparator = !(c.isLetterOrNumber() || c == u'_');
        else
            previousIsSeparator = !(c.isLetterOrNumber()) && c.isSpace();
    }
    return TemplateValue(out);
}

Result<TemplateValue> toUpper(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> s = stringArg(a[0]);
    if (!s)
        return s.error();
    return TemplateValue(s.value().toUpper());
}

Result<TemplateValue> toLower(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> s = stringArg(a[0]);
    if (!s)
        return s.error();
    return TemplateValue(s.value().toLower());
}

Result<QRegularExpression> compile(const QString &pattern)
{
    QRegularExpression re(pattern);
    if (!re.isValid())
        return fail(
            QStringLiteral("error parsing regexp: %1: `%2`").arg(re.errorString(), pattern));
    return re;
}

Result<TemplateValue> match(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> pattern = stringArg(a[0]);
    if (!pattern)
        return pattern.error();
    const Result<QString> text = stringArg(a[1]);
    if (!text)
        return text.error();
    const Result<QRegularExpression> re = compile(pattern.value());
    if (!re)
        return re.error();
    return TemplateValue(re.value().match(text.value()).hasMatch());
}

// Go's Regexp.Expand: $1, ${1}, $name, ${name} and $$; unknown groups expand to nothing.
QString expandReplacement(const QString &repl, const QRegularExpressionMatch &m,
                          const QStringList &names)
{
    QString out;
    for (qsizetype i = 0; i < repl.size(); ++i) {
        const QChar c = repl.at(i);
        if (c != u'$' || i + 1 >= repl.size()) {
            out += c;
            continue;
        }
        if (repl.at(i + 1) == u'$') {
            out += u'$';
            ++i;
            continue;
        }
        QString name;
        qsizetype j = i + 1;
        if (repl.at(j) == u'{') {
            const qsizetype close = repl.indexOf(u'}', j);
            if (close < 0) {
                out += c;
                continue;
            }
            name = repl.mid(j + 1, close - j - 1);
            j = close + 1;
        } else {
            while (j < repl.size() && (repl.at(j).isLetterOrNumber() || repl.at(j) == u'_'))
                ++j;
            name = repl.mid(i + 1, j - i - 1);
        }
        if (name.isEmpty()) {
            out += c;
            continue;
        }
        bool isNumber = false;
        const int index = name.toInt(&isNumber);
        if (isNumber)
            out += index <= m.lastCapturedIndex() ? m.captured(index) : QString();
        else if (names.contains(name))
            out += m.captured(name);
        i = j - 1;
    }
    return out;
}

Result<TemplateValue> reReplaceAll(const Args &a, const TemplateEnvironment &)
{
    QStringList s;
    for (const TemplateValue &v : a) {
        const Result<QString> str = stringArg(v);
        if (!str)
            return str.error();
        s << str.value();
    }
    const Result<QRegularExpression> re = compile(s[0]);
    if (!re)
        return re.error();
    const QStringList names = re.value().namedCaptureGroups();
    QString out;
    qsizetype last = 0;
    auto it = re.value().globalMatch(s[2]);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += s[2].mid(last, m.capturedStart() - last);
        out += expandReplacement(s[1], m, names);
        last = m.capturedEnd();
    }
    out += s[2].mid(last);
    return TemplateValue(out);
}

// Go's net.SplitHostPort: "host:port" or "[host]:port".
std::optional<std::pair<QString, QString>> splitHostPort(const QString &s)
{
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        if (close < 0 || close + 1 >= s.size() || s.at(close + 1) != u':')
            return std::nullopt;
        return std::make_pair(s.mid(1, close - 1), s.mid(close + 2));
    }
    const qsizetype colon = s.lastIndexOf(u':');
    if (colon < 0 || s.left(colon).contains(u':'))
        return std::nullopt;
    return std::make_pair(s.left(colon), s.mid(colon + 1));
}

Result<TemplateValue> stripPort(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> s = stringArg(a[0]);
    if (!s)
        return s.error();
    if (!s.value().contains(u':'))
        return TemplateValue(s.value());
    const auto split = splitHostPort(s.value());
    return TemplateValue(split ? split->first : s.value());
}

Result<TemplateValue> stripDomain(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> s = stringArg(a[0]);
    if (!s)
        return s.error();
    const auto split = splitHostPort(s.value());
    QString host = split ? split->first : s.value();
    const QString port = split ? split->second : QString();
    if (!QHostAddress(host).isNull())
        return TemplateValue(s.value());
    host = host.section(u'.', 0, 0);
    if (port.isEmpty())
        return TemplateValue(host);
    return TemplateValue((host.contains(u':') ? u'[' + host + u']' : host) + u':' + port);
}

Result<TemplateValue> safeHtml(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> s = stringArg(a[0]);
    if (!s)
        return s.error();
    return TemplateValue(s.value());
}

Result<TemplateValue> argsFunction(const Args &a, const TemplateEnvironment &)
{
    QMap<QString, TemplateValue> map;
    for (int i = 0; i < a.size(); ++i)
        map.insert(QStringLiteral("arg%1").arg(i), a[i]);
    return TemplateValue(std::move(map), false);
}

Result<TemplateValue> query(const Args &a, const TemplateEnvironment &env)
{
    const Result<QString> expr = stringArg(a[0]);
    if (!expr)
        return expr.error();
    if (!env.query)
        return fail(Tr::tr("queries are not available in this template"));
    const auto result = env.query(expr.value());
    if (!result)
        return result.error();
    QList<TemplateValue> samples;
    for (const auto &s : result.value())
        samples.append(TemplateValue(s));
    return TemplateValue(std::move(samples));
}

Result<TemplateValue> first(const Args &a, const TemplateEnvironment &)
{
    if (a[0].type() != T::List)
        return wrongType(QStringLiteral("template.queryResult"), a[0]);
    if (a[0].toList().isEmpty())
        return fail(QStringLiteral("first() called on vector with no elements"));
    return a[0].toList().first();
}

Result<TemplateValue> label(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> name = stringArg(a[0]);
    if (!name)
        return name.error();
    if (a[1].type() != T::Sample)
        return wrongType(QStringLiteral("*template.sample"), a[1]);
    return TemplateValue(a[1].toSample().labels.value(name.value()));
}

Result<TemplateValue> value(const Args &a, const TemplateEnvironment &)
{
    if (a[0].type() != T::Sample)
        return wrongType(QStringLiteral("*template.sample"), a[0]);
    return TemplateValue(a[0].toSample().value);
}

Result<TemplateValue> strvalue(const Args &a, const TemplateEnvironment &)
{
    if (a[0].type() != T::Sample)
        return wrongType(QStringLiteral("*template.sample"), a[0]);
    return TemplateValue(a[0].toSample().labels.value(QStringLiteral("__value__")));
}

Result<TemplateValue> sortByLabel(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> name = stringArg(a[0]);
    if (!name)
        return name.error();
    if (a[1].type() != T::List)
        return wrongType(QStringLiteral("template.queryResult"), a[1]);
    QList<TemplateValue> list = a[1].toList();
    std::stable_sort(list.begin(), list.end(), [&](const TemplateValue &x, const TemplateValue &y) {
        return x.toSample().labels.value(name.value()) < y.toSample().labels.value(name.value());
    });
    return TemplateValue(std::move(list));
}

QString queryEscape(const QString &s)
{
    // url.QueryEscape: spaces become '+', everything but unreserved characters is escaped.
    QString out;
    for (const char c : s.toUtf8()) {
        const auto u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            u == '-' || u == '_' || u == '.' || u == '~')
            out += QLatin1Char(c);
        else if (u == ' ')
            out += u'+';
        else
            out += u'%' + QStringLiteral("%1").arg(uint(u), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

Result<TemplateValue> graphLink(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> expr = stringArg(a[0]);
    if (!expr)
        return expr.error();
    return TemplateValue(
        QStringLiteral("/graph?g0.expr=%1&g0.tab=0").arg(queryEscape(expr.value())));
}

Result<TemplateValue> tableLink(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> expr = stringArg(a[0]);
    if (!expr)
        return expr.error();
    return TemplateValue(
        QStringLiteral("/graph?g0.expr=%1&g0.tab=1").arg(queryEscape(expr.value())));
}

Result<TemplateValue> pathPrefix(const Args &, const TemplateEnvironment &env)
{
    return TemplateValue(QUrl(env.externalUrl).path());
}

Result<TemplateValue> externalUrl(const Args &, const TemplateEnvironment &env)
{
    return TemplateValue(env.externalUrl);
}

Result<TemplateValue> parseDurationFunction(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> s = stringArg(a[0]);
    if (!s)
        return s.error();
    const Result<qint64> ms = parseDuration(s.value());
    if (!ms)
        return fail(
            QStringLiteral("not a valid duration string: %1").arg(GoFormat::quote(s.value())));
    return TemplateValue(double(ms.value()) / 1000.0);
}

// ---- Go built-ins ----

enum class Kind { Invalid, Bool, Int, Float, String };

Kind basicKind(const TemplateValue &v)
{
    switch (v.type()) {
    case T::Bool:
        return Kind::Bool;
    case T::Int:
        return Kind::Int;
    case T::Float:
        return Kind::Float;
    case T::String:
        return Kind::String;
    default:
        return Kind::Invalid;
    }
}

Result<bool> equal(const TemplateValue &x, const TemplateValue &y)
{
    const Kind k1 = basicKind(x);
    const Kind k2 = basicKind(y);
    if (k1 != k2) {
        if (x.isValid() && y.isValid())
            return fail(QStringLiteral("incompatible types for comparison"));
        return false;
    }
    switch (k1) {
    case Kind::Bool:
        return x.toBool() == y.toBool();
    case Kind::Int:
        return x.toInt() == y.toInt();
    case Kind::Float:
        return x.toFloat() == y.toFloat();
    case Kind::String:
        return x.toString() == y.toString();
    case Kind::Invalid:
        if (x.type() == T::Nil || y.type() == T::Nil)
            return x.type() == y.type();
        return fail(QStringLiteral("non-comparable type %1: %2").arg(x.print(), x.goTypeName()));
    }
    return false;
}

Result<bool> less(const TemplateValue &x, const TemplateValue &y)
{
    const Kind k1 = basicKind(x);
    const Kind k2 = basicKind(y);
    if (k1 == Kind::Invalid || k1 == Kind::Bool || k2 == Kind::Invalid || k2 == Kind::Bool)
        return fail(QStringLiteral("invalid type for comparison"));
    if (k1 != k2)
        return fail(QStringLiteral("incompatible types for comparison"));
    switch (k1) {
    case Kind::Int:
        return x.toInt() < y.toInt();
    case Kind::Float:
        return x.toFloat() < y.toFloat();
    default:
        return x.toString() < y.toString();
    }
}

Result<TemplateValue> eq(const Args &a, const TemplateEnvironment &)
{
    if (a.size() < 2)
        return fail(QStringLiteral("missing argument for comparison"));
    for (int i = 1; i < a.size(); ++i) {
        const Result<bool> r = equal(a[0], a[i]);
        if (!r)
            return r.error();
        if (r.value())
            return TemplateValue(true);
    }
    return TemplateValue(false);
}

Result<TemplateValue> ne(const Args &a, const TemplateEnvironment &)
{
    const Result<bool> r = equal(a[0], a[1]);
    if (!r)
        return r.error();
    return TemplateValue(!r.value());
}

Result<TemplateValue> lt(const Args &a, const TemplateEnvironment &)
{
    const Result<bool> r = less(a[0], a[1]);
    if (!r)
        return r.error();
    return TemplateValue(r.value());
}

// le, gt and ge are built from lt and eq as Go builds them, which decides NaN: gt(NaN, 1)
// is true because le(NaN, 1) is false.
Result<bool> lessOrEqual(const TemplateValue &x, const TemplateValue &y)
{
    const Result<bool> l = less(x, y);
    if (!l)
        return l.error();
    if (l.value())
        return true;
    return equal(x, y);
}

Result<TemplateValue> le(const Args &a, const TemplateEnvironment &)
{
    const Result<bool> r = lessOrEqual(a[0], a[1]);
    if (!r)
        return r.error();
    return TemplateValue(r.value());
}

Result<TemplateValue> gt(const Args &a, const TemplateEnvironment &)
{
    const Result<bool> r = lessOrEqual(a[0], a[1]);
    if (!r)
        return r.error();
    return TemplateValue(!r.value());
}

Result<TemplateValue> ge(const Args &a, const TemplateEnvironment &)
{
    const Result<bool> r = less(a[0], a[1]);
    if (!r)
        return r.error();
    return TemplateValue(!r.value());
}

Result<TemplateValue> notFunction(const Args &a, const TemplateEnvironment &)
{
    return TemplateValue(!a[0].isTrue());
}

Result<TemplateValue> len(const Args &a, const TemplateEnvironment &)
{
    switch (a[0].type()) {
    case T::String:
        return TemplateValue(qint64(a[0].toString().toUtf8().size()));
    case T::Map:
        return TemplateValue(qint64(a[0].toMap().size()));
    case T::List:
        return TemplateValue(qint64(a[0].toList().size()));
    default:
        return fail(QStringLiteral("len of type %1").arg(a[0].goTypeName()));
    }
}

Result<TemplateValue> index(const Args &a, const TemplateEnvironment &)
{
    TemplateValue item = a[0];
    for (int i = 1; i < a.size(); ++i) {
        const TemplateValue &key = a[i];
        if (item.type() == T::Map) {
            if (key.type() != T::String)
                return fail(
                    QStringLiteral("value has type %1; should be string").arg(key.goTypeName()));
            const auto &map = item.toMap();
            auto it = map.find(key.toString());
            // A missing key gives the map's zero value, as Go's index does.
            item = it != map.end()
                       ? *it
                       : (item.goTypeName() == u"map[string]string" ? TemplateValue("")
                                                                    : TemplateValue::nil());
        } else if (item.type() == T::List) {
            if (key.type() != T::Int)
                return fail(
                    QStringLiteral("cannot index slice/array with type %1").arg(key.goTypeName()));
            const auto &list = item.toList();
            if (key.toInt() < 0 || key.toInt() >= list.size())
                return fail(QStringLiteral("index out of range: %1").arg(key.toInt()));
            item = list.at(key.toInt());
        } else {
            return fail(QStringLiteral("can't index item of type %1").arg(item.goTypeName()));
        }
    }
    return item;
}

// fmt.Sprint: a space between operands when neither side is a string.
Result<TemplateValue> print(const Args &a, const TemplateEnvironment &)
{
    QString out;
    for (int i = 0; i < a.size(); ++i) {
        if (i > 0 && a[i].type() != T::String && a[i - 1].type() != T::String)
            out += u' ';
        out += a[i].print();
    }
    return TemplateValue(out);
}

Result<TemplateValue> println(const Args &a, const TemplateEnvironment &)
{
    QStringList parts;
    for (const TemplateValue &v : a)
        parts << v.print();
    return TemplateValue(parts.join(u' ') + u'\n');
}

Result<TemplateValue> printf(const Args &a, const TemplateEnvironment &)
{
    const Result<QString> format = stringArg(a[0]);
    if (!format)
        return format.error();
    return TemplateValue(GoFormat::sprintf(format.value(), a.mid(1)));
}

QString evalArgsText(const Args &a)
{
    if (a.size() == 1 && a[0].type() == T::String)
        return a[0].toString();
    return print(a, {}).value().toString();
}

Result<TemplateValue> html(const Args &a, const TemplateEnvironment &)
{
    QString out;
    for (const QChar c : evalArgsText(a)) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("&#34;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case 0:
            out += QChar(0xFFFD);
            break;
        default:
            out += c;
        }
    }
    return TemplateValue(out);
}

Result<TemplateValue> js(const Args &a, const TemplateEnvironment &)
{
    QString out;
    for (const QChar c : evalArgsText(a)) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\'':
            out += QStringLiteral("\\'");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '<':
            out += QStringLiteral("\\u003C");
            break;
        case '>':
            out += QStringLiteral("\\u003E");
            break;
        case '&':
            out += QStringLiteral("\\u0026");
            break;
        case '=':
            out += QStringLiteral("\\u003D");
            break;
        case '\n':
            out += QStringLiteral("\\u000A");
            break;
        case '\r':
            out += QStringLiteral("\\u000D");
            break;
        case '\t':
            out += QStringLiteral("\\u0009");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
            else
                out += c;
        }
    }
    return TemplateValue(out);
}

Result<TemplateValue> urlquery(const Args &a, const TemplateEnvironment &)
{
    return TemplateValue(queryEscape(evalArgsText(a)));
}

Result<TemplateValue> slice(const Args &a, const TemplateEnvironment &)
{
    const TemplateValue &item = a[0];
    qint64 size = 0;
    if (item.type() == T::String)
        size = item.toString().toUtf8().size();
    else if (item.type() == T::List)
        size = item.toList().size();
    else
        return fail(QStringLiteral("can't slice item of type %1").arg(item.goTypeName()));
    if (a.size() > 3)
        return fail(QStringLiteral("too many slice indexes: %1").arg(a.size() - 1));
    qint64 idx[2] = {0, size};
    for (int i = 1; i < a.size(); ++i) {
        if (a[i].type() != T::Int)
            return fail(
                QStringLiteral("cannot index slice/array with type %1").arg(a[i].goTypeName()));
        idx[i - 1] = a[i].toInt();
    }
    if (idx[0] < 0 || idx[1] > size || idx[0] > idx[1])
        return fail(QStringLiteral("index out of range: %1").arg(idx[0] < 0 ? idx[0] : idx[1]));
    if (item.type() == T::String)
        return TemplateValue(
            QString::fromUtf8(item.toString().toUtf8().mid(idx[0], idx[1] - idx[0])));
    return TemplateValue(item.toList().mid(idx[0], idx[1] - idx[0]));
}

} // namespace

const TemplateFunctions::Entry *TemplateFunctions::find(const QString &name)
{
    static const QHash<QString, Entry> table = {
        // Go's text/template built-ins.
        {QStringLiteral("and"), {nullptr, 1, -1}},
        {QStringLiteral("or"), {nullptr, 1, -1}},
        {QStringLiteral("not"), {notFunction, 1, 1}},
        {QStringLiteral("len"), {len, 1, 1}},
        {QStringLiteral("index"), {index, 1, -1}},
        {QStringLiteral("slice"), {slice, 1, -1}},
        {QStringLiteral("print"), {print, 0, -1}},
        {QStringLiteral("printf"), {printf, 1, -1}},
        {QStringLiteral("println"), {println, 0, -1}},
        {QStringLiteral("html"), {html, 0, -1}},
        {QStringLiteral("js"), {js, 0, -1}},
        {QStringLiteral("urlquery"), {urlquery, 0, -1}},
        {QStringLiteral("eq"), {eq, 1, -1}},
        {QStringLiteral("ne"), {ne, 2, 2}},
        {QStringLiteral("lt"), {lt, 2, 2}},
        {QStringLiteral("le"), {le, 2, 2}},
        {QStringLiteral("gt"), {gt, 2, 2}},
        {QStringLiteral("ge"), {ge, 2, 2}},
        // Prometheus's.
        {QStringLiteral("query"), {query, 1, 1}},
        {QStringLiteral("first"), {first, 1, 1}},
        {QStringLiteral("label"), {label, 2, 2}},
        {QStringLiteral("value"), {value, 1, 1}},
        {QStringLiteral("strvalue"), {strvalue, 1, 1}},
        {QStringLiteral("args"), {argsFunction, 0, -1}},
        {QStringLiteral("reReplaceAll"), {reReplaceAll, 3, 3}},
        {QStringLiteral("safeHtml"), {safeHtml, 1, 1}},
        {QStringLiteral("match"), {match, 2, 2}},
        {QStringLiteral("title"), {title, 1, 1}},
        {QStringLiteral("toUpper"), {toUpper, 1, 1}},
        {QStringLiteral("toLower"), {toLower, 1, 1}},
        {QStringLiteral("graphLink"), {graphLink, 1, 1}},
        {QStringLiteral("tableLink"), {tableLink, 1, 1}},
        {QStringLiteral("sortByLabel"), {sortByLabel, 2, 2}},
        {QStringLiteral("humanize"), {humanize, 1, 1}},
        {QStringLiteral("humanize1024"), {humanize1024, 1, 1}},
        {QStringLiteral("humanizeDuration"), {humanizeDuration, 1, 1}},
        {QStringLiteral("humanizePercentage"), {humanizePercentage, 1, 1}},
        {QStringLiteral("humanizeTimestamp"), {humanizeTimestamp, 1, 1}},
        {QStringLiteral("toTime"), {toTime, 1, 1}},
        {QStringLiteral("pathPrefix"), {pathPrefix, 0, 0}},
        {QStringLiteral("externalURL"), {externalUrl, 0, 0}},
        {QStringLiteral("parseDuration"), {parseDurationFunction, 1, 1}},
        {QStringLiteral("stripPort"), {stripPort, 1, 1}},
        {QStringLiteral("stripDomain"), {stripDomain, 1, 1}},
    };
    auto it = table.constFind(name);
    return it == table.constEnd() ? nullptr : &*it;
}

} // namespace Wk
