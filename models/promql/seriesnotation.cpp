#include "seriesnotation.h"

#include "lexer.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::SeriesNotation)
};

Error errorAt(int column, const QString &message)
{
    return Error(message, {}, TextPosition{1, column});
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Reads a signed number at i (digits, fraction, exponent, Inf, NaN); advances i.
std::optional<double> readNumber(QStringView s, int &i)
{
    const int start = i;
    const int n = int(s.size());
    if (i < n && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    if (i < n && s[i].isLetter()) {
        int j = i;
        while (j < n && s[j].isLetter())
            ++j;
        const QString word = s.mid(i, j - i).toString().toLower();
        if (word != u"inf" && word != u"nan" && word != u"infinity") {
            i = start;
            return std::nullopt;
        }
        i = j;
    } else {
        int digits = 0;
        while (i < n && s[i].isDigit()) {
            ++i;
            ++digits;
        }
        if (i < n && s[i] == u'.') {
            ++i;
            while (i < n && s[i].isDigit()) {
                ++i;
                ++digits;
            }
        }
        if (digits == 0) {
            i = start;
            return std::nullopt;
        }
        if (i < n && (s[i] == u'e' || s[i] == u'E')) {
            int j = i + 1;
            if (j < n && (s[j] == u'+' || s[j] == u'-'))
                ++j;
            if (j < n && s[j].isDigit()) {
                while (j < n && s[j].isDigit())
                    ++j;
                i = j;
            }
        }
    }
    const std::optional<double> v = Promql::NumberFormat::parseFloat(s.mid(start, i - start));
    if (!v)
        i = start;
    return v;
}

std::optional<qint64> readCount(QStringView s, int &i)
{
    const int start = i;
    while (i < s.size() && s[i].isDigit())
        ++i;
    if (i == start)
        return std::nullopt;
    bool ok = false;
    const qint64 v = s.mid(start, i - start).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

Result<QList<SeriesNotation::Value>> expandAt(QStringView s, int columnOffset)
{
    QList<SeriesNotation::Value> out;
    const int n = int(s.size());
    int i = 0;
    constexpr qint64 MaxValues = 10'000'000;
    while (true) {
        while (i < n && isSpace(s[i]))
            ++i;
        if (i >= n)
            break;
        const int itemStart = i;
        auto col = [&](int at) { return columnOffset + at + 1; };
        if (s.mid(i).startsWith(u"{{"))
            return errorAt(col(i), Tr::tr("native histogram notation is not supported"));
        if (s[i] == u'_') {
            ++i;
            qint64 count = 1;
            if (i < n && s[i] == u'x') {
                ++i;
                const std::optional<qint64> c = readCount(s, i);
                if (!c)
                    return errorAt(col(i), Tr::tr("expected a repetition count after 'x'"));
                count = *c;
            }
            if (qint64(out.size()) + count > MaxValues)
                return errorAt(col(itemStart), Tr::tr("too many values"));
            for (qint64 k = 0; k < count; ++k)
                out.append(SeriesNotation::Value{0, true});
        } else if (s.mid(i).startsWith(u"stale") && (i + 5 >= n || isSpace(s[i + 5]))) {
            i += 5;
            out.append(SeriesNotation::Value{staleNaN(), false});
        } else {
            std::optional<double> a = readNumber(s, i);
            if (!a)
                return errorAt(col(i), Tr::tr("expected a number, '_' or 'stale'"));
            if (i < n && (s[i] == u'+' || s[i] == u'-')) {
                const bool minus = s[i] == u'-';
                ++i;
                const std::optional<double> b = readNumber(s, i);
                if (!b)
                    return errorAt(
                        col(i),
                        Tr::tr("expected a number after '%1'").arg(QChar(minus ? u'-' : u'+')));
                if (i >= n || s[i] != u'x')
                    return errorAt(col(i), Tr::tr("expected 'x' and a repetition count"));
                ++i;
                const std::optional<qint64> c = readCount(s, i);
                if (!c)
                    return errorAt(col(i), Tr::tr("expected a repetition count after 'x'"));
                if (qint64(out.size()) + *c + 1 > MaxValues)
                    return errorAt(col(itemStart), Tr::tr("too many values"));
                const double step = minus ? -*b : *b;
                double cur = *a;
                for (qint64 k = 0; k <= *c; ++k) {
                    out.append(SeriesNotation::Value{cur, false});
                    cur += step;
                }
            } else if (i < n && s[i] == u'x') {
                ++i;
                const std::optional<qint64> c = readCount(s, i);
                if (!c)
                    return errorAt(col(i), Tr::tr("expected a repetition count after 'x'"));
                if (qint64(out.size()) + *c + 1 > MaxValues)
                    return errorAt(col(itemStart), Tr::tr("too many values"));
                for (qint64 k = 0; k <= *c; ++k)
                    out.append(SeriesNotation::Value{*a, false});
            } else {
                out.append(SeriesNotation::Value{*a, false});
            }
        }
        if (i < n && !isSpace(s[i]))
            return errorAt(col(i), Tr::tr("unexpected character '%1' in series values").arg(s[i]));
    }
    return out;
}

} // namespace

Result<QList<SeriesNotation::Value>> SeriesNotation::expand(QStringView text)
{
    return expandAt(text, 0);
}

bool SeriesNotation::hasNativeHistogram(QStringView text)
{
    return text.contains(u"{{");
}

Result<Labels> SeriesNotation::parseMetric(QStringView text)
{
    Promql::Lexer lexer(text.toString());
    const Result<QList<Promql::Token>> tokens = lexer.tokenize();
    if (!tokens)
        return tokens.error();
    const QList<Promql::Token> &t = tokens.value();
    using K = Promql::TokenKind;
    auto fail = [&](const Promql::Token &at, const QString &message) {
        return Error(message, {}, Promql::Lexer::position(text, at.pos));
    };
    int i = 0;
    QList<Label> labels;
    if (t[i].kind == K::Identifier || t[i].kind == K::MetricIdentifier) {
        labels << Label{QStringLiteral("__name__"), t[i].text};
        ++i;
    }
    if (t[i].kind == K::LeftBrace) {
        ++i;
        while (t[i].kind != K::RightBrace) {
            QString name;
            if (t[i].kind == K::Identifier)
                name = t[i].text;
            else if (t[i].kind == K::String)
                name = t[i].value;
            else
                return fail(
                    t[i],
                    Tr::tr("expected a label name, got %1").arg(Promql::Lexer::describe(t[i])));
            ++i;
            if (t[i].kind != K::Assign)
                return fail(t[i], Tr::tr("expected '=' after label name, got %1")
                                      .arg(Promql::Lexer::describe(t[i])));
            ++i;
            if (t[i].kind != K::String)
                return fail(t[i], Tr::tr("expected a quoted label value, got %1")
                                      .arg(Promql::Lexer::describe(t[i])));
            labels << Label{name, t[i].value};
            ++i;
            if (t[i].kind == K::Comma) {
                ++i;
                continue;
            }
            if (t[i].kind != K::RightBrace)
                return fail(
                    t[i], Tr::tr("expected ',' or '}', got %1").arg(Promql::Lexer::describe(t[i])));
        }
        ++i;
    }
    if (labels.isEmpty() && i == 0)
        return fail(t[0], Tr::tr("expected a metric name or '{'"));
    if (t[i].kind != K::End)
        return fail(t[i],
                    Tr::tr("unexpected %1 after the series").arg(Promql::Lexer::describe(t[i])));
    return Labels::fromList(labels);
}

Result<SeriesNotation::Line> SeriesNotation::parseLine(QStringView text)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n && text[i].isSpace())
        ++i;
    const int metricStart = i;
    while (i < n && (text[i].isLetterOrNumber() || text[i] == u'_' || text[i] == u':'))
        ++i;
    if (i < n && text[i] == u'{') {
        QChar quote;
        bool escape = false;
        for (++i; i < n; ++i) {
            const QChar c = text[i];
            if (!quote.isNull()) {
                if (escape)
                    escape = false;
                else if (c == u'\\')
                    escape = true;
                else if (c == quote)
                    quote = QChar();
                continue;
            }
            if (c == u'"' || c == u'\'' || c == u'`') {
                quote = c;
            } else if (c == u'}') {
                ++i;
                break;
            }
        }
    }
    Result<Labels> labels = parseMetric(text.mid(metricStart, i - metricStart));
    if (!labels) {
        Error e = labels.error();
        e.pos.column += metricStart;
        return e;
    }
    Result<QList<Value>> values = expandAt(text.mid(i), i);
    if (!values)
        return values.error();
    return Line{std::move(labels).value(), std::move(values).value()};
}

std::vector<Sample> SeriesNotation::toSamples(const QList<Value> &values, qint64 startMs,
                                              qint64 intervalMs)
{
    std::vector<Sample> out;
    out.reserve(size_t(values.size()));
    for (qsizetype k = 0; k < values.size(); ++k) {
        if (!values[k].omitted)
            out.push_back({startMs + qint64(k) * intervalMs, values[k].v});
    }
    return out;
}

} // namespace Wk
