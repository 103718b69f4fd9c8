#include "conformancerunner.h"

#include "models/core/duration.h"
#include "models/metrics/labelmatcher.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/functions.h"
#include "models/promql/localengine.h"
#include "models/promql/numberformat.h"

#include <QFile>
#include <QMap>
#include <QSet>

#include <cmath>
#include <limits>

namespace Wk {

using Promql::Expr;
using Promql::NumberFormat;

namespace {

// model.ParseDuration: Prometheus durations, and "0".
std::optional<qint64> parseModelDuration(const QString &s)
{
    if (s == u"0")
        return 0;
    const Result<qint64> d = parseDuration(s);
    if (!d)
        return std::nullopt;
    return d.value();
}

// util/almost.Equal with Prometheus's test epsilon.
bool almostEqual(double a, double b, double epsilon = 0.000001)
{
    if (std::isnan(a) && std::isnan(b))
        return true;
    if (a == b)
        return true;
    const double minNormal = std::numeric_limits<double>::min();
    const double absSum = std::fabs(a) + std::fabs(b);
    const double diff = std::fabs(a - b);
    if (a == 0 || b == 0 || absSum < minNormal)
        return diff < epsilon * minNormal;
    return diff / std::min(absSum, std::numeric_limits<double>::max()) < epsilon;
}

QString fmt(double v)
{
    return NumberFormat::shortestG(v);
}

QString labelsText(const Labels &l)
{
    QStringList parts;
    for (const Label &x : l)
        parts << x.name + QStringLiteral("=\"") + x.value + u'"';
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString pointsText(const std::vector<Sample> &pts)
{
    QStringList parts;
    for (const Sample &p : pts)
        parts << fmt(p.v) + u'@' + QString::number(double(p.t) / 1000.0);
    return u'[' + parts.join(QStringLiteral(" ")) + u']';
}

bool hasUnsafeFunction(const Expr &e)
{
    if (e.kind == Expr::Kind::Call && e.function && Promql::isAtModifierUnsafe(e.function->id))
        return true;
    if (e.param && hasUnsafeFunction(*e.param))
        return true;
    for (const auto &c : e.children) {
        if (hasUnsafeFunction(*c))
            return true;
    }
    return false;
}

// Pins every selector and subquery not yet pinned and not inside a subquery to ts, as
// Prometheus's test framework does to check that @ gives the same answer at any time.
void pinToTime(Expr &e, qint64 ts)
{
    switch (e.kind) {
    case Expr::Kind::VectorSelector:
        if (e.at == Promql::AtAnchor::None) {
            e.at = Promql::AtAnchor::Timestamp;
            e.atMs = ts;
        }
        return;
    case Expr::Kind::Subquery:
        if (e.at == Promql::AtAnchor::None) {
            e.at = Promql::AtAnchor::Timestamp;
            e.atMs = ts;
        }
        return;
    default:
        break;
    }
    if (e.param)
        pinToTime(*e.param, ts);
    for (auto &c : e.children)
        pinToTime(*c, ts);
}

// The time windows (lo, hi] in which a selector reads samples when the expression is evaluated
// from start to end: the lookback for instant selectors, the range for range selectors, and
// through subqueries with their own steps.
struct ReadWindow
{
    const Expr *selector;
    qint64 lo;
    qint64 hi;
};

struct ReadContext
{
    qint64 queryStart;
    qint64 queryEnd;
    qint64 lookback;
    qint64 defaultStep;
};

qint64 pinnedTime(const Expr &e, const ReadContext &c)
{
    switch (e.at) {
    case Promql::AtAnchor::Timestamp:
        return e.atMs;
    case Promql::AtAnchor::Start:
        return c.queryStart;
    case Promql::AtAnchor::End:
        return c.queryEnd;
    case Promql::AtAnchor::None:
        break;
    }
    return 0;
}

void collectReads(const Expr &e, qint64 start, qint64 end, const ReadContext &c,
                  std::vector<ReadWindow> &out)
{
    auto window = [&](const Expr &vs, qint64 span) {
        const bool pinned = vs.at != Promql::AtAnchor::None;
        const qint64 first = (pinned ? pinnedTime(vs, c) : start) - vs.offsetMs;
        const qint64 last = (pinned ? pinnedTime(vs, c) : end) - vs.offsetMs;
        out.push_back({&vs, first - span, last});
    };
    switch (e.kind) {
    case Expr::Kind::VectorSelector:
        window(e, c.lookback);
        return;
    case Expr::Kind::MatrixSelector:
        window(*e.child(0), e.rangeMs);
        return;
    case Expr::Kind::Subquery: {
        const qint64 step = e.stepMs > 0 ? e.stepMs : c.defaultStep;
        const bool pinned = e.at != Promql::AtAnchor::None;
        const qint64 refStart = (pinned ? pinnedTime(e, c) : start) - e.offsetMs;
        const qint64 refEnd = (pinned ? pinnedTime(e, c) : end) - e.offsetMs;
        const qint64 from = refStart - e.rangeMs;
        qint64 innerStart = step * (from / step);
        if (innerStart <= from)
            innerStart += step;
        if (innerStart <= refEnd)
            collectReads(*e.child(0), innerStart, refEnd, c, out);
        return;
    }
    default:
        break;
    }
    if (e.param)
        collectReads(*e.param, start, end, c, out);
    for (const auto &ch : e.children)
        collectReads(*ch, start, end, c, out);
}

// The value positions of a load line whose values include native histograms ("{{...}}",
// "{{...}}x3", "{{...}}+{{...}}x3"): float samples to load and the times of the histograms.
bool splitMixedValues(const QString &text, qint64 step, std::vector<Sample> &floats,
                      std::vector<qint64> &histogramTimes)
{
    qint64 pos = 0;
    int i = 0;
    const int n = int(text.size());
    auto readCount = [&](int &k) -> std::optional<qint64> {
        if (k >= n || text[k] != u'x')
            return std::nullopt;
        int d = k + 1;
        while (d < n && text[d].isDigit())
            ++d;
        if (d == k + 1)
            return std::nullopt;
        const qint64 v = text.mid(k + 1, d - k - 1).toLongLong();
        k = d;
        return v;
    };
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        if (text.mid(i, 2) == u"{{") {
            int j = int(text.indexOf(QStringLiteral("}}"), i));
            if (j < 0)
                return false;
            j += 2;
            qint64 count = 1;
            if (j < n && (text[j] == u'+' || text[j] == u'-') && text.mid(j + 1, 2) == u"{{") {
                j = int(text.indexOf(QStringLiteral("}}"), j));
                if (j < 0)
                    return false;
                j += 2;
                const std::optional<qint64> c = readCount(j);
                if (!c)
                    return false;
                count = *c + 1;
            } else if (const std::optional<qint64> c = readCount(j)) {
                count = *c + 1;
            }
            for (qint64 k = 0; k < count; ++k)
                histogramTimes.push_back((pos++) * step);
            i = j;
            continue;
        }
        int j = i;
        while (j < n && !text[j].isSpace())
            ++j;
        const Result<QList<SeriesNotation::Value>> values =
            SeriesNotation::expand(QStringView(text).mid(i, j - i));
        if (!values)
            return false;
        for (const SeriesNotation::Value &v : values.value()) {
            if (!v.omitted)
                floats.push_back({pos * step, v.v});
            ++pos;
        }
        i = j;
    }
    return true;
}

const Promql::Function *nativeOnlyFunction(const Expr &e)
{
    if (e.kind == Expr::Kind::Call && e.function && e.function->nativeHistogramsOnly)
        return e.function;
    if (e.param) {
        if (const auto *f = nativeOnlyFunction(*e.param))
            return f;
    }
    for (const auto &c : e.children) {
        if (const auto *f = nativeOnlyFunction(*c))
            return f;
    }
    return nullptr;
}

// Go's strconv.Unquote for the "expect string" lines.
std::optional<QString> unquote(const QString &s)
{
    if (s.size() < 2)
        return std::nullopt;
    const QChar q = s.front();
    if (s.back() != q || (q != u'"' && q != u'`' && q != u'\''))
        return std::nullopt;
    if (q == u'`')
        return s.mid(1, s.size() - 2);
    QString out;
    for (int i = 1; i < s.size() - 1; ++i) {
        if (s[i] != u'\\') {
            out += s[i];
            continue;
        }
        ++i;
        switch (s[i].unicode()) {
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case '\\':
            out += u'\\';
            break;
        case '"':
            out += u'"';
            break;
        default:
            out += s[i];
        }
    }
    return out;
}

// The series part of a load line: the name and the braces, up to the values.
QString metricPart(const QString &line)
{
    int i = 0;
    const int n = int(line.size());
    while (i < n && (line[i].isLetterOrNumber() || line[i] == u'_' || line[i] == u':'))
        ++i;
    if (i < n && line[i] == u'{') {
        QChar quote;
        for (++i; i < n; ++i) {
            const QChar c = line[i];
            if (!quote.isNull()) {
                if (c == u'\\')
                    ++i;
                else if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'}') {
                ++i;
                break;
            }
        }
    }
    return line.left(i);
}

bool parseThree(const QString &a, const QString &b, const QString &c, qint64 &x, qint64 &y,
                qint64 &z)
{
    const std::optional<qint64> pa = parseModelDuration(a);
    const std::optional<qint64> pb = parseModelDuration(b);
    const std::optional<qint64> pc = parseModelDuration(c);
    if (!pa || !pb || !pc)
        return false;
    x = *pa;
    y = *pb;
    z = *pc;
    return true;
}

} // namespace

bool ConformanceRunner::Expect::matches(const QString &s) const
{
    if (!regex)
        return message == s;
    return regex->match(s).hasMatch();
}

QString ConformanceRunner::Expect::describe() const
{
    return regex ? QStringLiteral("pattern \"%1\"").arg(regex->pattern())
                 : QStringLiteral("message \"%1\"").arg(message);
}

bool ConformanceRunner::Eval::isOrdered() const
{
    if (ordered)
        return true;
    for (const Expect &e : expects) {
        if (e.kind == Expect::Ordered)
            return true;
    }
    return false;
}

bool ConformanceRunner::Eval::isFail() const
{
    if (fail)
        return true;
    for (const Expect &e : expects) {
        if (e.kind == Expect::Fail)
            return true;
    }
    return false;
}

ConformanceRunner::ConformanceRunner()
{
    clear();
}

ConformanceRunner::~ConformanceRunner() = default;

void ConformanceRunner::clear()
{
    m_engine.reset();
    m_store = std::make_unique<SeriesStore>();
    LocalEngine::Options o;
    m_engine = std::make_unique<LocalEngine>(*m_store, o);
    m_nativeSeries.clear();
}

ConformanceRunner::FileReport ConformanceRunner::runFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        FileReport r;
        r.file = path;
        r.failed = 1;
        r.failures << Failure{0, {}, QStringLiteral("cannot open: %1").arg(f.errorString())};
        return r;
    }
    return runText(path, QString::fromUtf8(f.readAll()));
}

ConformanceRunner::FileReport ConformanceRunner::runText(const QString &name, const QString &text)
{
    clear();
    FileReport report;
    report.file = name;
    QStringList lines = text.split(u'\n');
    for (QString &l : lines) {
        l = l.trimmed();
        if (l.startsWith(u'#'))
            l.clear();
    }
    static const QRegularExpression space(QStringLiteral("[\\t ]+"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i];
        if (l.isEmpty())
            continue;
        const QString word = l.split(space).first().toLower();
        if (word == u"clear") {
            clear();
        } else if (word.startsWith(u"load")) {
            const QString err = load(lines, i, report);
            if (!err.isEmpty()) {
                ++report.failed;
                report.failures << Failure{i + 1, l, err};
            }
        } else if (word.startsWith(u"eval")) {
            Eval ev;
            const int first = i;
            const QString err = parseEval(lines, i, ev);
            if (!err.isEmpty()) {
                ++report.failed;
                report.failures << Failure{first + 1, lines[first], err};
                continue;
            }
            runEval(ev, report);
        } else {
            ++report.failed;
            report.failures << Failure{i + 1, l, QStringLiteral("invalid command")};
        }
    }
    return report;
}

QString ConformanceRunner::load(const QStringList &lines, int &i, FileReport &)
{
    static const QRegularExpression pat(QStringLiteral("^load(?:_(with_nhcb))?\\s+(.+?)$"));
    const QRegularExpressionMatch m = pat.match(lines[i]);
    if (!m.hasMatch())
        return QStringLiteral("invalid load command");
    const bool withNhcb = !m.captured(1).isEmpty();
    const std::optional<qint64> step = parseModelDuration(m.captured(2));
    if (!step)
        return QStringLiteral("invalid step definition \"%1\"").arg(m.captured(2));
    // Later lines for the same series replace earlier ones, as in Prometheus's loader.
    QMap<Labels, std::vector<Sample>> defs;
    QList<Labels> order;
    while (i + 1 < lines.size()) {
        ++i;
        const QString &def = lines[i];
        if (def.isEmpty()) {
            --i;
            break;
        }
        if (SeriesNotation::hasNativeHistogram(def)) {
            // Load the float samples; remember when the histograms are, so that evals that
            // read them count as unsupported.
            const QString metric = metricPart(def);
            const Result<Labels> labels = SeriesNotation::parseMetric(metric);
            std::vector<Sample> floats;
            std::vector<qint64> histogramTimes;
            if (!labels || !splitMixedValues(def.mid(metric.size()), *step, floats, histogramTimes))
                return QStringLiteral("line %1: cannot read the series").arg(i + 1);
            addNativeSeries(labels.value(), histogramTimes);
            if (!floats.empty()) {
                if (!defs.contains(labels.value()))
                    order << labels.value();
                defs[labels.value()] = floats;
            }
            continue;
        }
        const Result<SeriesNotation::Line> line = SeriesNotation::parseLine(def);
        if (!line)
            return QStringLiteral("line %1: %2").arg(i + 1).arg(line.error().toString());
        const Labels &labels = line.value().labels;
        if (!defs.contains(labels))
            order << labels;
        defs[labels] = SeriesNotation::toSamples(line.value().values, 0, *step);
        if (withNhcb) {
            // The loader also stores these classic histograms converted to native ones.
            const QString name = labels.metricName();
            for (const QString &suffix :
                 {QStringLiteral("_bucket"), QStringLiteral("_count"), QStringLiteral("_sum")}) {
                if (name.endsWith(suffix)) {
                    QList<Label> list;
                    for (const Label &l : labels) {
                        if (l.name != u"le" && l.name != u"__name__")
                            list << l;
                    }
                    list << Label{QStringLiteral("__name__"),
                                  name.left(name.size() - suffix.size())};
                    std::vector<qint64> times;
                    for (const Sample &smp : defs[labels])
                        times.push_back(smp.t);
                    addNativeSeries(Labels::fromList(list), times);
                }
            }
        }
    }
    for (const Labels &labels : std::as_const(order)) {
        const SeriesId id = m_store->intern(labels);
        for (const Sample &s : defs[labels])
            m_store->append(id, s.t, s.v);
    }
    return {};
}

QString ConformanceRunner::parseEval(const QStringList &lines, int &i, Eval &ev)
{
    static const QRegularExpression instant(QStringLiteral(
        "^eval(?:_(fail|warn|ordered|info))?\\s+instant\\s+(?:at\\s+(.+?))?\\s+(.+)$"));
    static const QRegularExpression range(QStringLiteral(
        "^eval(?:_(fail|warn|info))?\\s+range\\s+from\\s+(.+)\\s+to\\s+(.+)\\s+step\\s+(.+?)\\s+"
        "(.+)$"));
    static const QRegularExpression expectPat(QStringLiteral(
        "^expect\\s+(ordered|fail|warn|no_warn|info|no_info)(?:\\s+(regex|msg):(.+))?$"));
    static const QRegularExpression rangeVector(
        QStringLiteral("^expect range vector\\s+from\\s+(.+)\\s+to\\s+(.+)\\s+step\\s+(.+)$"));
    const QString &l = lines[i];
    ev.line = i + 1;
    QString mod;
    const QRegularExpressionMatch mi = instant.match(l);
    const QRegularExpressionMatch mr = range.match(l);
    if (mi.hasMatch()) {
        mod = mi.captured(1);
        ev.expr = mi.captured(3);
        const std::optional<qint64> at = parseModelDuration(mi.captured(2));
        if (!at)
            return QStringLiteral("invalid timestamp definition \"%1\"").arg(mi.captured(2));
        ev.startMs = ev.evalMs = *at;
    } else if (mr.hasMatch()) {
        mod = mr.captured(1);
        ev.expr = mr.captured(5);
        ev.isRange = true;
        if (!parseThree(mr.captured(2), mr.captured(3), mr.captured(4), ev.startMs, ev.endMs,
                        ev.stepMs))
            return QStringLiteral("invalid range definition");
    } else {
        return QStringLiteral("invalid evaluation command");
    }
    ev.fail = mod == u"fail";
    ev.warn = mod == u"warn";
    ev.ordered = mod == u"ordered";
    ev.info = mod == u"info";
    bool rangeVectorExpected = false;
    for (int j = 1; i + 1 < lines.size(); ++j) {
        ++i;
        const QString &def = lines[i];
        if (def.isEmpty()) {
            --i;
            break;
        }
        if (ev.fail && def.startsWith(u"expected_fail_message")) {
            ev.expectedFailMessage = def.mid(21).trimmed();
            break;
        }
        if (ev.fail && def.startsWith(u"expected_fail_regexp")) {
            ev.expectedFailRegex = QRegularExpression(def.mid(20).trimmed());
            break;
        }
        if (def.startsWith(u"expect range vector")) {
            const QRegularExpressionMatch m = rangeVector.match(def);
            if (!m.hasMatch() || !parseThree(m.captured(1), m.captured(2), m.captured(3),
                                             ev.startMs, ev.endMs, ev.stepMs))
                return QStringLiteral("invalid range vector definition \"%1\"").arg(def);
            rangeVectorExpected = true;
            ev.evalMs = ev.endMs;
            ev.excludeFromRangeQuery = true;
            continue;
        }
        if (def.startsWith(u"expect string")) {
            const std::optional<QString> s = unquote(def.mid(14).trimmed());
            if (!s)
                return QStringLiteral("expected string literal not valid");
            ev.expectedString = *s;
            ev.excludeFromRangeQuery = true;
            continue;
        }
        if (def.section(u' ', 0, 0) == u"expect") {
            const QRegularExpressionMatch m = expectPat.match(def.trimmed());
            if (!m.hasMatch())
                return QStringLiteral("invalid expect statement \"%1\"").arg(def);
            static const QHash<QString, Expect::Kind> kinds = {
                {QStringLiteral("ordered"), Expect::Ordered},
                {QStringLiteral("fail"), Expect::Fail},
                {QStringLiteral("warn"), Expect::Warn},
                {QStringLiteral("no_warn"), Expect::NoWarn},
                {QStringLiteral("info"), Expect::Info},
                {QStringLiteral("no_info"), Expect::NoInfo}};
            Expect e{kinds.value(m.captured(1)), {}, std::nullopt};
            if (m.captured(2) == u"msg")
                e.message = m.captured(3).trimmed();
            else if (m.captured(2) == u"regex")
                e.regex = QRegularExpression(m.captured(3).trimmed());
            else
                e.regex = QRegularExpression(QStringLiteral("^.*$"));
            ev.expects << e;
            --j;
            continue;
        }
        if (const std::optional<double> v = NumberFormat::parseNumber(def)) {
            ev.expectScalar = true;
            ev.scalar = *v;
            break;
        }
        if (SeriesNotation::hasNativeHistogram(def)) {
            ev.usesNativeHistogramNotation = true;
            continue;
        }
        const Result<SeriesNotation::Line> line = SeriesNotation::parseLine(def);
        if (!line)
            return QStringLiteral("line %1: %2").arg(i + 1).arg(line.error().toString());
        if (line.value().values.size() > 1 && !ev.isRange && !rangeVectorExpected)
            return QStringLiteral("expecting multiple values in instant evaluation not allowed");
        ev.metrics.insert(line.value().labels, ExpectedSeries{j, line.value().values});
    }
    return {};
}

QString ConformanceRunner::unsupportedReason(const Eval &ev, const Expr *expr,
                                             const QString &parseError)
{
    if (ev.usesNativeHistogramNotation)
        return QStringLiteral("expects native histogram values");
    if (!expr) {
        if (parseError.contains(u"unknown function"))
            return parseError;
        return {};
    }
    if (const Promql::Function *f = nativeOnlyFunction(*expr))
        return QStringLiteral("native histogram function %1").arg(f->name);
    if (readsNativeHistograms(ev, *expr))
        return QStringLiteral("reads native histogram samples");
    return {};
}

void ConformanceRunner::addNativeSeries(const Labels &labels, const std::vector<qint64> &times)
{
    for (NativeSeries &ns : m_nativeSeries) {
        if (ns.labels == labels) {
            ns.histogramTimes.insert(ns.histogramTimes.end(), times.begin(), times.end());
            return;
        }
    }
    m_nativeSeries << NativeSeries{labels, times};
}

bool ConformanceRunner::readsNativeHistograms(const Eval &ev, const Expr &expr) const
{
    if (m_nativeSeries.isEmpty())
        return false;
    const LocalEngine::Options &o = m_engine->options();
    std::vector<ReadWindow> reads;
    if (ev.isRange) {
        collectReads(expr, ev.startMs, ev.endMs,
                     {ev.startMs, ev.endMs, o.lookbackDeltaMs, o.defaultSubqueryStepMs}, reads);
    } else {
        // The instant query, the same pinned with @, and the range query around it.
        const qint64 t = ev.evalMs;
        collectReads(expr, t, t, {t, t, o.lookbackDeltaMs, o.defaultSubqueryStepMs}, reads);
        collectReads(expr, t - 60000, t + 60000,
                     {t - 60000, t + 60000, o.lookbackDeltaMs, o.defaultSubqueryStepMs}, reads);
    }
    for (const ReadWindow &w : reads) {
        for (const NativeSeries &ns : m_nativeSeries) {
            if (!matchesAll(w.selector->matchers, ns.labels))
                continue;
            for (qint64 h : ns.histogramTimes) {
                if (h > w.lo && h <= w.hi)
                    return true;
            }
        }
    }
    return false;
}

void ConformanceRunner::runEval(const Eval &ev, FileReport &report)
{
    const Result<std::shared_ptr<const Expr>> parsed = m_engine->parse(ev.expr);
    const Expr *expr = parsed ? parsed.value().get() : nullptr;
    const QString reason =
        unsupportedReason(ev, expr, parsed ? QString() : parsed.error().toString());
    if (!reason.isEmpty()) {
        ++report.unsupported;
        report.unsupportedEvals << Failure{ev.line, ev.expr, reason};
        return;
    }
    QString err;
    if (!expr) {
        err = ev.isFail() ? checkFailure(ev, parsed.error().message)
                          : QStringLiteral("parse error: %1").arg(parsed.error().toString());
    } else if (ev.isRange) {
        err = runRange(ev, *expr);
    } else {
        err = runInstant(ev, *expr, ev.evalMs, ev.expr);
        if (err.isEmpty() && !hasUnsafeFunction(*expr)) {
            // The same answer must come out with @ pinned to the eval time, whenever evaluated.
            const qint64 ts = ev.evalMs;
            QList<qint64> times = ts == 0 ? QList<qint64>{-1000, 0, 1000}
                                          : QList<qint64>{-10 * ts, 0, ts / 5, ts, 10 * ts};
            std::unique_ptr<Expr> pinned = expr->clone();
            pinToTime(*pinned, ts);
            for (qint64 t : std::as_const(times)) {
                err = runInstant(ev, *pinned, t, pinned->toString());
                if (!err.isEmpty()) {
                    err = QStringLiteral("with @ %1 evaluated at %2: %3")
                              .arg(double(ts) / 1000.0)
                              .arg(double(t) / 1000.0)
                              .arg(err);
                    break;
                }
            }
        }
    }
    if (err.contains(u"not supported by the local engine")) {
        ++report.unsupported;
        report.unsupportedEvals << Failure{ev.line, ev.expr, err};
        return;
    }
    if (err.isEmpty()) {
        ++report.passed;
    } else {
        ++report.failed;
        report.failures << Failure{ev.line, ev.expr, err};
    }
}

QString ConformanceRunner::checkFailure(const Eval &ev, const QString &error) const
{
    if (!ev.expectedFailMessage.isEmpty() && ev.expectedFailMessage != error)
        return QStringLiteral("expected error \"%1\", got \"%2\"")
            .arg(ev.expectedFailMessage, error);
    if (ev.expectedFailRegex && !ev.expectedFailRegex->match(error).hasMatch())
        return QStringLiteral("expected error matching \"%1\", got \"%2\"")
            .arg(ev.expectedFailRegex->pattern(), error);
    for (const Expect &e : ev.expects) {
        if (e.kind == Expect::Fail) {
            if (!e.matches(error))
                return QStringLiteral("expected error matching %1, got \"%2\"")
                    .arg(e.describe(), error);
            break;
        }
    }
    return {};
}

QString ConformanceRunner::checkAnnotations(const Eval &ev, const QStringList &annotations) const
{
    QStringList warnings, infos;
    for (const QString &a : annotations) {
        if (a.startsWith(u"PromQL info"))
            infos << a;
        else
            warnings << a;
    }
    if (ev.warn && warnings.isEmpty())
        return QStringLiteral("expected warnings but got none");
    if (ev.info && infos.isEmpty())
        return QStringLiteral("expected info annotations but got none");
    auto validate = [&](Expect::Kind kind, const QStringList &actual, const QString &type) {
        QList<const Expect *> expected;
        for (const Expect &e : ev.expects) {
            if (e.kind == kind)
                expected << &e;
        }
        if (expected.isEmpty())
            return QString();
        if (actual.isEmpty())
            return QStringLiteral("expected %1 annotations but none were found").arg(type);
        for (const Expect *e : std::as_const(expected)) {
            bool found = false;
            for (const QString &a : actual)
                found = found || e->matches(a);
            if (!found)
                return QStringLiteral("expected %1 annotation matching %2 but found: %3")
                    .arg(type, e->describe(), actual.join(QStringLiteral("; ")));
        }
        for (const QString &a : actual) {
            bool found = false;
            for (const Expect *e : std::as_const(expected))
                found = found || e->matches(a);
            if (!found)
                return QStringLiteral("unexpected %1 annotation \"%2\"").arg(type, a);
        }
        return QString();
    };
    QString err = validate(Expect::Warn, warnings, QStringLiteral("warn"));
    if (err.isEmpty())
        err = validate(Expect::Info, infos, QStringLiteral("info"));
    if (!err.isEmpty())
        return err;
    for (const Expect &e : ev.expects) {
        if (e.kind == Expect::NoWarn && !warnings.isEmpty())
            return QStringLiteral("unexpected warning annotations: %1").arg(warnings.join(u"; "));
        if (e.kind == Expect::NoInfo && !infos.isEmpty())
            return QStringLiteral("unexpected info annotations: %1").arg(infos.join(u"; "));
    }
    return {};
}

QString ConformanceRunner::compare(const Eval &ev, const QueryResult &r, qint64 start,
                                   qint64 step) const
{
    switch (r.type) {
    case QueryResult::Type::Matrix: {
        if (ev.isOrdered())
            return QStringLiteral("expected ordered result, but query returned a matrix");
        if (ev.expectScalar)
            return QStringLiteral("expected scalar result, but got a matrix");
        for (int k = 1; k < r.series.size(); ++k) {
            if (r.series[k].labels < r.series[k - 1].labels)
                return QStringLiteral("matrix results should always be sorted by labels");
        }
        QSet<Labels> seen;
        for (const QuerySeries &s : r.series) {
            auto it = ev.metrics.constFind(s.labels);
            if (it == ev.metrics.constEnd())
                return QStringLiteral("unexpected metric %1 in result, has %2")
                    .arg(labelsText(s.labels), pointsText(s.samples));
            seen.insert(s.labels);
            std::vector<Sample> expected;
            for (qsizetype k = 0; k < it->values.size(); ++k) {
                const qint64 t = start + qint64(k) * step;
                if (t > ev.endMs)
                    return QStringLiteral("expected %1 points for %2, but query time range "
                                          "cannot return this many points")
                        .arg(it->values.size())
                        .arg(labelsText(s.labels));
                if (!it->values[k].omitted)
                    expected.push_back({t, it->values[k].v});
            }
            if (expected.size() != s.samples.size())
                return QStringLiteral("expected %1 points for %2, but got %3")
                    .arg(expected.size())
                    .arg(labelsText(s.labels), pointsText(s.samples));
            for (size_t k = 0; k < expected.size(); ++k) {
                if (expected[k].t != s.samples[k].t)
                    return QStringLiteral("expected point %1 of %2 at %3, but it is at %4 (%5)")
                        .arg(k)
                        .arg(labelsText(s.labels))
                        .arg(double(expected[k].t) / 1000.0)
                        .arg(double(s.samples[k].t) / 1000.0)
                        .arg(pointsText(s.samples));
                if (!almostEqual(expected[k].v, s.samples[k].v))
                    return QStringLiteral("expected %1 at t=%2 for %3, but got %4 (%5)")
                        .arg(fmt(expected[k].v))
                        .arg(double(expected[k].t) / 1000.0)
                        .arg(labelsText(s.labels), fmt(s.samples[k].v), pointsText(s.samples));
            }
        }
        for (auto it = ev.metrics.constBegin(); it != ev.metrics.constEnd(); ++it) {
            if (!seen.contains(it.key()))
                return QStringLiteral("expected metric %1 not found").arg(labelsText(it.key()));
        }
        return {};
    }
    case QueryResult::Type::Vector: {
        if (ev.expectScalar)
            return QStringLiteral("expected scalar result, but got a vector");
        QSet<Labels> seen;
        for (int k = 0; k < r.series.size(); ++k) {
            const QuerySeries &s = r.series[k];
            const double v = s.samples.empty() ? std::nan("") : s.samples.front().v;
            auto it = ev.metrics.constFind(s.labels);
            if (it == ev.metrics.constEnd())
                return QStringLiteral("unexpected metric %1 in result, has value %2")
                    .arg(labelsText(s.labels), fmt(v));
            if (ev.isOrdered() && it->pos != k + 1)
                return QStringLiteral("expected metric %1 at position %2 but was at %3")
                    .arg(labelsText(s.labels))
                    .arg(it->pos)
                    .arg(k + 1);
            const double want = it->values.isEmpty() ? std::nan("") : it->values.front().v;
            if (!almostEqual(want, v))
                return QStringLiteral("expected %1 for %2 but got %3")
                    .arg(fmt(want), labelsText(s.labels), fmt(v));
            seen.insert(s.labels);
        }
        for (auto it = ev.metrics.constBegin(); it != ev.metrics.constEnd(); ++it) {
            if (!seen.contains(it.key()))
                return QStringLiteral("expected metric %1 with %2 not found")
                    .arg(labelsText(it.key()),
                         fmt(it->values.isEmpty() ? std::nan("") : it->values.front().v));
        }
        return {};
    }
    case QueryResult::Type::Scalar:
        if (!ev.expectScalar)
            return QStringLiteral("expected vector or matrix result, but got scalar %1")
                .arg(fmt(r.scalar));
        if (!almostEqual(ev.scalar, r.scalar))
            return QStringLiteral("expected scalar %1 but got %2")
                .arg(fmt(ev.scalar), fmt(r.scalar));
        return {};
    case QueryResult::Type::String:
        if (ev.expectedString.value_or(QString()) != r.string)
            return QStringLiteral("expected string \"%1\" but got \"%2\"")
                .arg(ev.expectedString.value_or(QString()), r.string);
        return {};
    case QueryResult::Type::Invalid:
        break;
    }
    return QStringLiteral("invalid result");
}

QString ConformanceRunner::runInstant(const Eval &ev, const Expr &expr, qint64 evalMs,
                                      const QString &shownExpr)
{
    const QueryResult r = m_engine->evaluate(expr, ev.expr, evalMs, evalMs, 0);
    if (!r.ok()) {
        if (ev.isFail())
            return checkFailure(ev, r.error.message);
        return QStringLiteral("error evaluating query: %1").arg(r.error.toString());
    }
    if (ev.isFail())
        return QStringLiteral("expected error evaluating query but got none");
    if (const QString a = checkAnnotations(ev, r.warnings); !a.isEmpty())
        return a;
    if (const QString c = compare(ev, r, ev.startMs, ev.stepMs); !c.isEmpty())
        return c;
    if (ev.excludeFromRangeQuery)
        return {};
    static const QRegularExpression contextFunctions(
        QStringLiteral("(start|end|range|step)\\(\\)"));
    if (contextFunctions.match(shownExpr).hasMatch())
        return {};
    // The same answer must come out of a range query at the eval time.
    const QueryResult rr = m_engine->evaluate(expr, ev.expr, evalMs - 60000, evalMs + 60000, 60000);
    if (!rr.ok())
        return QStringLiteral("error evaluating query in range mode: %1").arg(rr.error.toString());
    if (ev.isOrdered())
        return {};
    for (int k = 1; k < rr.series.size(); ++k) {
        if (rr.series[k].labels < rr.series[k - 1].labels)
            return QStringLiteral("range mode: matrix results should always be sorted by labels");
    }
    QueryResult vec;
    vec.type = QueryResult::Type::Vector;
    for (const QuerySeries &s : rr.series) {
        for (const Sample &p : s.samples) {
            if (p.t == evalMs) {
                vec.series.append(QuerySeries{s.labels, {p}});
                break;
            }
        }
    }
    if (r.type == QueryResult::Type::Scalar) {
        if (vec.series.isEmpty())
            return QStringLiteral("range mode: no value at the eval time");
        vec.type = QueryResult::Type::Scalar;
        vec.scalar = vec.series.front().samples.front().v;
    }
    if (const QString c = compare(ev, vec, ev.startMs, ev.stepMs); !c.isEmpty())
        return QStringLiteral("range mode: %1").arg(c);
    return {};
}

QString ConformanceRunner::runRange(const Eval &ev, const Expr &expr)
{
    const QueryResult r = m_engine->evaluate(expr, ev.expr, ev.startMs, ev.endMs, ev.stepMs);
    if (!r.ok()) {
        if (ev.isFail())
            return checkFailure(ev, r.error.message);
        return QStringLiteral("error evaluating query: %1").arg(r.error.toString());
    }
    if (ev.isFail())
        return QStringLiteral("expected error evaluating query but got none");
    if (const QString a = checkAnnotations(ev, r.warnings); !a.isEmpty())
        return a;
    return compare(ev, r, ev.startMs, ev.stepMs);
}

} // namespace Wk
