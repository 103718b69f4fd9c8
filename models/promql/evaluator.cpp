#include "evaluator.h"

#include "classichistogram.h"
#include "floatmath.h"
#include "functions.h"
#include "lexer.h"
#include "numberformat.h"
#include "rangefunctions.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Wk::Promql {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

const QString NameLabel = QStringLiteral("__name__");

// Thrown inside the evaluator only; evaluate() turns it into an Error value.
struct EvalError
{
    QString message;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::Promql::Evaluator", text);
}

[[noreturn]] void raise(const QString &message)
{
    throw EvalError{message};
}

const QString SameLabelset = QStringLiteral("vector cannot contain metrics with the same labelset");

// Label edits build a new set: editing a Labels that shares its list with another copy goes
// through Labels::fromList so that the copies stay independent.
Labels withLabel(const Labels &labels, const QString &name, const QString &value)
{
    QList<Label> list;
    list.reserve(labels.size() + 1);
    for (const Label &l : labels) {
        if (l.name != name)
            list << l;
    }
    if (!value.isEmpty())
        list << Label{name, value};
    return Labels::fromList(list);
}

Labels withoutLabel(const Labels &labels, const QString &name)
{
    if (!labels.has(name))
        return labels;
    return withLabel(labels, name, QString());
}

// Go's strconv.Quote, which Prometheus's error messages use for label values.
QString goQuote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\a':
            out += QStringLiteral("\\a");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\v':
            out += QStringLiteral("\\v");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

// A label set as Prometheus prints it in messages: {__name__="x", a="b"}.
QString goLabels(const Labels &labels)
{
    QStringList parts;
    for (const Label &l : labels)
        parts << l.name + u'=' + goQuote(l.value);
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

// A string literal as Prometheus prints it: the literal itself when it holds bytes that are not
// UTF-8, so "a\xc5z" reads as written.
QString literalText(const Expr &s)
{
    if (!s.validUtf8)
        return s.literal;
    return goQuote(s.text);
}

bool isValidLabelName(const Expr &s)
{
    return s.validUtf8 && !s.text.isEmpty();
}

// The key two series match on: the values of the on(...) labels, or of all labels but the
// ignoring(...) ones and the metric name.
QString signature(const Labels &labels, const QStringList &names, bool on)
{
    QString key;
    for (const Label &l : labels) {
        const bool listed = names.contains(l.name);
        if (on ? listed : (!listed && l.name != NameLabel)) {
            key += l.name;
            key += QChar(0xFFFF);
            key += l.value;
            key += QChar(0xFFFF);
        }
    }
    return key;
}

Labels matchLabels(const Labels &labels, const QStringList &names, bool on)
{
    QList<Label> out;
    for (const Label &l : labels) {
        const bool listed = names.contains(l.name);
        if (on == listed && (on || l.name != NameLabel))
            out << l;
    }
    return Labels::fromList(out);
}

Labels keepOnly(const Labels &labels, const QStringList &names)
{
    QList<Label> out;
    for (const Label &l : labels) {
        if (names.contains(l.name))
            out << l;
    }
    return Labels::fromList(out);
}

Labels without(const Labels &labels, const QStringList &names)
{
    QList<Label> out;
    for (const Label &l : labels) {
        if (!names.contains(l.name))
            out << l;
    }
    return Labels::fromList(out);
}

double scalarBinop(BinaryOp op, double l, double r)
{
    switch (op) {
    case BinaryOp::Add:
        return l + r;
    case BinaryOp::Sub:
        return l - r;
    case BinaryOp::Mul:
        return l * r;
    case BinaryOp::Div:
        return l / r;
    case BinaryOp::Pow:
        return std::pow(l, r);
    case BinaryOp::Mod:
        return std::fmod(l, r);
    case BinaryOp::Eq:
        return l == r ? 1 : 0;
    case BinaryOp::Ne:
        return l != r ? 1 : 0;
    case BinaryOp::Gt:
        return l > r ? 1 : 0;
    case BinaryOp::Lt:
        return l < r ? 1 : 0;
    case BinaryOp::Ge:
        return l >= r ? 1 : 0;
    case BinaryOp::Le:
        return l <= r ? 1 : 0;
    case BinaryOp::Atan2:
        return std::atan2(l, r);
    default:
        return NaN;
    }
}

// The value and whether to keep the sample: comparisons filter, arithmetic always keeps.
std::pair<double, bool> elementBinop(BinaryOp op, double l, double r)
{
    switch (op) {
    case BinaryOp::Eq:
        return {l, l == r};
    case BinaryOp::Ne:
        return {l, l != r};
    case BinaryOp::Gt:
        return {l, l > r};
    case BinaryOp::Lt:
        return {l, l < r};
    case BinaryOp::Ge:
        return {l, l >= r};
    case BinaryOp::Le:
        return {l, l <= r};
    default:
        return {scalarBinop(op, l, r), true};
    }
}

// Go's regexp.Expand: $1, ${1}, $name, ${name}, $$.
QString expandTemplate(const QString &tmpl, const QRegularExpressionMatch &m,
                       const QStringList &groupNames)
{
    QString out;
    int i = 0;
    const int n = int(tmpl.size());
    while (i < n) {
        const int dollar = int(tmpl.indexOf(u'$', i));
        if (dollar < 0) {
            out += tmpl.mid(i);
            break;
        }
        out += tmpl.mid(i, dollar - i);
        i = dollar + 1;
        if (i < n && tmpl[i] == u'$') {
            out += u'$';
            ++i;
            continue;
        }
        bool brace = false;
        int j = i;
        if (j < n && tmpl[j] == u'{') {
            brace = true;
            ++j;
        }
        const int nameStart = j;
        while (j < n && (tmpl[j].isLetterOrNumber() || tmpl[j] == u'_'))
            ++j;
        const QString name = tmpl.mid(nameStart, j - nameStart);
        bool ok = !name.isEmpty();
        if (ok && brace) {
            if (j < n && tmpl[j] == u'}')
                ++j;
            else
                ok = false;
        }
        if (!ok) {
            out += u'$';
            continue;
        }
        i = j;
        bool isNumber = true;
        qint64 num = 0;
        for (QChar c : name) {
            if (c < u'0' || c > u'9' || num >= 100000000) {
                isNumber = false;
                break;
            }
            num = num * 10 + (c.unicode() - '0');
        }
        if (isNumber && name.size() > 1 && name[0] == u'0')
            isNumber = false;
        if (isNumber) {
            if (num <= m.lastCapturedIndex() && m.capturedStart(int(num)) >= 0)
                out += m.captured(int(num));
        } else {
            const int idx = int(groupNames.indexOf(name));
            if (idx > 0 && m.capturedStart(idx) >= 0)
                out += m.captured(idx);
        }
    }
    return out;
}

// facette/natsort, which sort_by_label uses: digit runs compare as numbers.
QStringList natChunks(const QString &s)
{
    QStringList chunks;
    int i = 0;
    while (i < s.size()) {
        const bool digit = s[i].isDigit();
        int j = i;
        while (j < s.size() && s[j].isDigit() == digit)
            ++j;
        chunks << s.mid(i, j - i);
        i = j;
    }
    return chunks;
}

bool natLess(const QString &a, const QString &b)
{
    const QStringList ca = natChunks(a);
    const QStringList cb = natChunks(b);
    for (int i = 0; i < ca.size(); ++i) {
        if (i >= cb.size())
            return false;
        bool okA = false, okB = false;
        const qlonglong ia = ca[i].toLongLong(&okA);
        const qlonglong ib = cb[i].toLongLong(&okB);
        if (okA && okB) {
            if (ia == ib) {
                if (i == ca.size() - 1)
                    return true;
                if (i == cb.size() - 1)
                    return false;
                continue;
            }
            return ia < ib;
        }
        if (ca[i] == cb[i]) {
            if (i == ca.size() - 1)
                return true;
            if (i == cb.size() - 1)
                return false;
            continue;
        }
        return ca[i] < cb[i];
    }
    return false;
}

// Calendar fields of a Unix time in UTC.
struct Civil
{
    qint64 year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int weekday = 4;
    int yearDay = 1;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(qint64 year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeap(year))
        return 29;
    return days[month - 1];
}

Civil civilFromUnix(qint64 secs)
{
    Civil c;
    const qint64 days = floorDiv(secs, 86400);
    const qint64 rem = secs - days * 86400;
    c.hour = int(rem / 3600);
    c.minute = int((rem % 3600) / 60);
    c.weekday = int(((days + 4) % 7 + 7) % 7);
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    if (c.month <= 2)
        ++y;
    c.year = y;
    int yd = c.day;
    for (int m = 1; m < c.month; ++m)
        yd += daysInMonth(y, m);
    c.yearDay = yd;
    return c;
}

// Go's int64(f) for the float seconds the date functions take.
qint64 goInt64(double f)
{
    if (!(std::fabs(f) < 9.2e18))
        return std::numeric_limits<qint64>::min();
    return qint64(f);
}

double dateField(FunctionId id, qint64 secs)
{
    const Civil c = civilFromUnix(secs);
    switch (id) {
    case FunctionId::DaysInMonth:
        return daysInMonth(c.year, c.month);
    case FunctionId::DayOfMonth:
        return c.day;
    case FunctionId::DayOfWeek:
        return c.weekday;
    case FunctionId::DayOfYear:
        return c.yearDay;
    case FunctionId::Hour:
        return c.hour;
    case FunctionId::Minute:
        return c.minute;
    case FunctionId::Month:
        return c.month;
    case FunctionId::Year:
        return double(c.year);
    default:
        return NaN;
    }
}

bool isDateFunction(FunctionId id)
{
    switch (id) {
    case FunctionId::DaysInMonth:
    case FunctionId::DayOfMonth:
    case FunctionId::DayOfWeek:
    case FunctionId::DayOfYear:
    case FunctionId::Hour:
    case FunctionId::Minute:
    case FunctionId::Month:
    case FunctionId::Year:
        return true;
    default:
        return false;
    }
}

std::optional<double (*)(double)> simpleFunction(FunctionId id)
{
    switch (id) {
    case FunctionId::Abs:
        return [](double v) { return std::fabs(v); };
    case FunctionId::Ceil:
        return [](double v) { return std::ceil(v); };
    case FunctionId::Floor:
        return [](double v) { return std::floor(v); };
    case FunctionId::Exp:
        return [](double v) { return std::exp(v); };
    case FunctionId::Sqrt:
        return [](double v) { return std::sqrt(v); };
    case FunctionId::Ln:
        return [](double v) { return std::log(v); };
    case FunctionId::Log2:
        return [](double v) { return std::log2(v); };
    case FunctionId::Log10:
        return [](double v) { return std::log10(v); };
    case FunctionId::Sin:
        return [](double v) { return std::sin(v); };
    case FunctionId::Cos:
        return [](double v) { return std::cos(v); };
    case FunctionId::Tan:
        return [](double v) { return std::tan(v); };
    case FunctionId::Asin:
        return [](double v) { return std::asin(v); };
    case FunctionId::Acos:
        return [](double v) { return std::acos(v); };
    case FunctionId::Atan:
        return [](double v) { return std::atan(v); };
    case FunctionId::Sinh:
        return [](double v) { return std::sinh(v); };
    case FunctionId::Cosh:
        return [](double v) { return std::cosh(v); };
    case FunctionId::Tanh:
        return [](double v) { return std::tanh(v); };
    case FunctionId::Asinh:
        return [](double v) { return std::asinh(v); };
    case FunctionId::Acosh:
        return [](double v) { return std::acosh(v); };
    case FunctionId::Atanh:
        return [](double v) { return std::atanh(v); };
    case FunctionId::Rad:
        return [](double v) { return v * M_PI / 180; };
    case FunctionId::Deg:
        return [](double v) { return v * 180 / M_PI; };
    case FunctionId::Sgn:
        return [](double v) { return v < 0 ? -1.0 : (v > 0 ? 1.0 : v); };
    default:
        return std::nullopt;
    }
}

// absent() and absent_over_time(): the labels an absent series would have had, from the
// selector's equality matchers.
Labels absentLabels(const Expr &arg)
{
    const Expr *e = arg.unwrapped();
    const Expr *vs = nullptr;
    if (e->kind == Expr::Kind::VectorSelector)
        vs = e;
    else if (e->kind == Expr::Kind::MatrixSelector)
        vs = e->child(0);
    if (!vs)
        return {};
    Labels out;
    QSet<QString> seen;
    for (const LabelMatcher &m : vs->matchers) {
        if (m.name() == NameLabel)
            continue;
        if (m.op() == LabelMatcher::Op::Equal && !seen.contains(m.name())) {
            out = withLabel(out, m.name(), m.value());
            seen.insert(m.name());
        } else {
            out = withoutLabel(out, m.name());
        }
    }
    return out;
}

// Room for a series' points: all steps for short queries, a start for long ones.
size_t reserveFor(int steps)
{
    return size_t(std::clamp(steps, 0, 4096));
}

bool hasCounterSuffix(const QString &name)
{
    return name.endsWith(u"_total") || name.endsWith(u"_sum") || name.endsWith(u"_count") ||
           name.endsWith(u"_bucket");
}

} // namespace

Evaluator::Evaluator(const SeriesStore &store, const Options &options, Query query)
    : m_store(store)
    , m_options(options)
    , m_query(std::move(query))
{
    m_start = m_query.startMs;
    m_end = m_query.isRange ? m_query.endMs : m_query.startMs;
    m_interval = (m_query.isRange && m_query.stepMs > 0) ? m_query.stepMs : 1;
}

void Evaluator::addAnnotation(bool warning, const QString &message, const PosRange &pos)
{
    const TextPosition p = Lexer::position(m_query.text, pos.start);
    const QString text =
        (warning ? QStringLiteral("PromQL warning: ") : QStringLiteral("PromQL info: ")) + message +
        QStringLiteral(" (%1:%2)").arg(p.line).arg(p.column);
    if (m_seenAnnotations.contains(text))
        return;
    m_seenAnnotations.insert(text);
    m_annotations << text;
}

int Evaluator::numSteps() const
{
    if (m_end < m_start)
        return 0;
    return int((m_end - m_start) / m_interval) + 1;
}

Result<Value> Evaluator::evaluate(const Expr &root)
{
    try {
        Value v = eval(root);
        if (v.type == ValueType::String)
            return v;
        for (Series &s : v.matrix) {
            if (s.dropName)
                s.labels = withoutLabel(s.labels, NameLabel);
            s.dropName = false;
        }
        v.matrix.erase(std::remove_if(v.matrix.begin(), v.matrix.end(),
                                      [](const Series &s) { return s.points.empty(); }),
                       v.matrix.end());
        if (!m_query.isRange && v.type != ValueType::Matrix) {
            QSet<Labels> seen;
            for (const Series &s : v.matrix) {
                if (seen.contains(s.labels))
                    raise(SameLabelset);
                seen.insert(s.labels);
            }
        } else {
            v.matrix = mergeSameLabelsets(std::move(v.matrix));
        }
        return v;
    } catch (const EvalError &e) {
        return Error(e.message);
    }
}

void Evaluator::checkSamples(const Matrix &m) const
{
    qint64 n = 0;
    for (const Series &s : m)
        n += qint64(s.points.size());
    if (n > m_options.maxSamples)
        raise(tr("query processing would load too many samples into memory in query execution"));
}

Matrix Evaluator::mergeSameLabelsets(Matrix m)
{
    if (m.size() <= 1)
        return m;
    QHash<Labels, int> index;
    Matrix out;
    out.reserve(m.size());
    std::vector<bool> needsSort;
    for (Series &s : m) {
        auto it = index.constFind(s.labels);
        if (it == index.constEnd()) {
            index.insert(s.labels, int(out.size()));
            out.push_back(std::move(s));
            needsSort.push_back(false);
            continue;
        }
        Series &base = out[size_t(*it)];
        base.points.insert(base.points.end(), s.points.begin(), s.points.end());
        needsSort[size_t(*it)] = true;
    }
    for (size_t i = 0; i < out.size(); ++i) {
        if (!needsSort[i])
            continue;
        auto &pts = out[i].points;
        std::stable_sort(pts.begin(), pts.end(),
                         [](const Sample &a, const Sample &b) { return a.t < b.t; });
        for (size_t k = 1; k < pts.size(); ++k) {
            if (pts[k].t == pts[k - 1].t)
                raise(SameLabelset);
        }
    }
    return out;
}

Matrix Evaluator::rangeEval(const std::vector<const Matrix *> &inputs, const StepFunction &fn)
{
    const int steps = numSteps();
    std::vector<std::vector<size_t>> cursors(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i)
        cursors[i].assign(inputs[i] ? inputs[i]->size() : 0, 0);
    std::vector<StepVector> vectors(inputs.size());
    std::vector<OutSample> outs;
    Matrix result;
    QHash<Labels, int> byLabels;
    std::vector<int> byKey;
    std::vector<qint64> lastTs;
    for (int step = 0; step < steps; ++step) {
        const qint64 ts = m_start + qint64(step) * m_interval;
        for (size_t i = 0; i < inputs.size(); ++i) {
            vectors[i].clear();
            if (!inputs[i])
                continue;
            const Matrix &m = *inputs[i];
            for (size_t j = 0; j < m.size(); ++j) {
                const auto &pts = m[j].points;
                size_t &c = cursors[i][j];
                while (c < pts.size() && pts[c].t < ts)
                    ++c;
                if (c < pts.size() && pts[c].t == ts) {
                    vectors[i].push_back({int(j), pts[c].v});
                    ++c;
                }
            }
        }
        outs.clear();
        fn(ts, vectors, outs);
        if (m_start == m_end) {
            // An instant evaluation keeps the function's order (sort, topk).
            result.reserve(outs.size());
            for (OutSample &o : outs)
                result.push_back(Series{std::move(o.labels), {{ts, o.v}}, o.dropName});
            return result;
        }
        for (OutSample &o : outs) {
            int idx = -1;
            if (o.key >= 0) {
                if (size_t(o.key) >= byKey.size())
                    byKey.resize(size_t(o.key) + 1, -1);
                idx = byKey[size_t(o.key)];
                if (idx < 0) {
                    idx = int(result.size());
                    byKey[size_t(o.key)] = idx;
                }
            } else {
                auto it = byLabels.constFind(o.labels);
                if (it != byLabels.constEnd()) {
                    idx = *it;
                } else {
                    idx = int(result.size());
                    byLabels.insert(o.labels, idx);
                }
            }
            if (idx == int(result.size())) {
                result.push_back(Series{std::move(o.labels), {}, o.dropName});
                result.back().points.reserve(reserveFor(steps));
                lastTs.push_back(std::numeric_limits<qint64>::min());
            } else if (lastTs[size_t(idx)] == ts) {
                raise(SameLabelset);
            }
            result[size_t(idx)].points.push_back({ts, o.v});
            lastTs[size_t(idx)] = ts;
        }
    }
    return result;
}

std::vector<double> Evaluator::scalarPerStep(const Expr &e)
{
    const Matrix m = evalMatrix(e);
    std::vector<double> out(size_t(std::max(0, numSteps())), NaN);
    if (!m.empty()) {
        for (const Sample &p : m.front().points) {
            const qint64 idx = (p.t - m_start) / m_interval;
            if (idx >= 0 && idx < qint64(out.size()))
                out[size_t(idx)] = p.v;
        }
    }
    return out;
}

QList<SeriesId> Evaluator::selectSeries(const Expr &vs) const
{
    QList<SeriesId> ids = m_store.select(vs.matchers);
    // Storage order is by label set, which orders aggregation groups and sort ties.
    std::sort(ids.begin(), ids.end(),
              [this](SeriesId a, SeriesId b) { return m_store.labels(a) < m_store.labels(b); });
    return ids;
}

qint64 Evaluator::atTime(const Expr &e) const
{
    switch (e.at) {
    case AtAnchor::Timestamp:
        return e.atMs;
    case AtAnchor::Start:
        return m_query.startMs;
    case AtAnchor::End:
        return m_query.isRange ? m_query.endMs : m_query.startMs;
    case AtAnchor::None:
        break;
    }
    return 0;
}

Matrix Evaluator::evalVectorSelector(const Expr &vs, bool sampleTimesAsValues)
{
    const QList<SeriesId> ids = selectSeries(vs);
    const bool pinned = vs.at != AtAnchor::None;
    const qint64 pin = pinned ? atTime(vs) - vs.offsetMs : 0;
    const qint64 firstRef = pinned ? pin : m_start - vs.offsetMs;
    const qint64 lastRef = pinned ? pin : m_end - vs.offsetMs;
    const qint64 lookback = m_options.lookbackDeltaMs;
    const int steps = numSteps();
    std::vector<Sample> buf;
    Matrix out;
    out.reserve(size_t(ids.size()));
    for (SeriesId id : ids) {
        buf.clear();
        m_store.read(id, firstRef - lookback + 1, lastRef, buf);
        if (buf.empty())
            continue;
        Series s{m_store.labels(id), {}, false};
        s.points.reserve(reserveFor(steps));
        size_t next = 0; // the first sample after the reference time
        for (int step = 0; step < steps; ++step) {
            const qint64 ts = m_start + qint64(step) * m_interval;
            const qint64 ref = pinned ? pin : ts - vs.offsetMs;
            while (next < buf.size() && buf[next].t <= ref)
                ++next;
            if (next == 0)
                continue;
            const Sample &cand = buf[next - 1];
            // Left-open lookback: a sample exactly lookback-delta old no longer counts.
            if (cand.t <= ref - lookback || isStaleNaN(cand.v))
                continue;
            s.points.push_back({ts, sampleTimesAsValues ? double(cand.t) / 1000.0 : cand.v});
        }
        if (!s.points.empty())
            out.push_back(std::move(s));
    }
    return out;
}

Matrix Evaluator::evalMatrixSelectorRaw(const Expr &ms)
{
    const Expr &vs = *ms.child(0);
    const qint64 ref = (vs.at != AtAnchor::None ? atTime(vs) : m_start) - vs.offsetMs;
    std::vector<Sample> buf;
    Matrix out;
    for (SeriesId id : selectSeries(vs)) {
        buf.clear();
        m_store.read(id, ref - ms.rangeMs + 1, ref, buf);
        Series s{m_store.labels(id), {}, false};
        for (const Sample &smp : buf) {
            if (!isStaleNaN(smp.v))
                s.points.push_back(smp);
        }
        if (!s.points.empty())
            out.push_back(std::move(s));
    }
    return out;
}

Matrix Evaluator::evalSubqueryInner(const Expr &sq)
{
    const qint64 step = sq.stepMs > 0 ? sq.stepMs : m_options.defaultSubqueryStepMs;
    const bool pinned = sq.at != AtAnchor::None;
    const qint64 refStart = (pinned ? atTime(sq) : m_start) - sq.offsetMs;
    const qint64 refEnd = (pinned ? atTime(sq) : m_end) - sq.offsetMs;
    // The first time after (start - range) that is a multiple of the step.
    const qint64 from = refStart - sq.rangeMs;
    qint64 newStart = step * (from / step);
    if (newStart <= from)
        newStart += step;
    const qint64 savedStart = m_start, savedEnd = m_end, savedInterval = m_interval;
    m_start = newStart;
    m_end = refEnd;
    m_interval = step;
    Matrix m;
    if (m_end >= m_start)
        m = evalMatrix(*sq.child(0));
    m_start = savedStart;
    m_end = savedEnd;
    m_interval = savedInterval;
    return m;
}

Value Evaluator::eval(const Expr &e)
{
    Value v = evalNode(e);
    checkSamples(v.matrix);
    return v;
}

Value Evaluator::evalNode(const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Number: {
        const double v = e.number;
        return {
            ValueType::Scalar,
            rangeEval({},
                      [v](qint64, const std::vector<StepVector> &, std::vector<OutSample> &out) {
                          out.push_back({{}, v, false, 0});
                      }),
            {}};
    }
    case Expr::Kind::String:
        return {ValueType::String, {}, e.text};
    case Expr::Kind::Paren:
        return eval(*e.child(0));
    case Expr::Kind::VectorSelector:
        return {ValueType::Vector, evalVectorSelector(e), {}};
    case Expr::Kind::MatrixSelector:
        if (m_start != m_end)
            raise(tr("cannot do range evaluation of matrix selector"));
        return {ValueType::Matrix, evalMatrixSelectorRaw(e), {}};
    case Expr::Kind::Subquery:
        return {ValueType::Matrix, evalSubqueryInner(e), {}};
    case Expr::Kind::Unary: {
        Value v = eval(*e.child(0));
        if (e.negate) {
            for (Series &s : v.matrix) {
                if (v.type == ValueType::Vector)
                    s.dropName = true;
                for (Sample &p : s.points)
                    p.v = -p.v;
            }
        }
        return v;
    }
    case Expr::Kind::Binary:
        return evalBinary(e);
    case Expr::Kind::Aggregate:
        return evalAggregate(e);
    case Expr::Kind::Call:
        return evalCall(e);
    }
    return {};
}

// ---- Binary operators ------------------------------------------------------------------------

Value Evaluator::evalBinary(const Expr &e)
{
    const ValueType lt = e.child(0)->type();
    const ValueType rt = e.child(1)->type();
    const BinaryOp op = e.binaryOp;
    if (lt == ValueType::Scalar && rt == ValueType::Scalar) {
        const Matrix l = evalMatrix(*e.child(0));
        const Matrix r = evalMatrix(*e.child(1));
        return {
            ValueType::Scalar,
            rangeEval({&l, &r},
                      [op](qint64, const std::vector<StepVector> &in, std::vector<OutSample> &out) {
                          if (in[0].empty() || in[1].empty())
                              return;
                          out.push_back({{}, scalarBinop(op, in[0][0].v, in[1][0].v), false, 0});
                      }),
            {}};
    }
    if (lt == ValueType::Vector && rt == ValueType::Vector) {
        const Matrix l = evalMatrix(*e.child(0));
        const Matrix r = evalMatrix(*e.child(1));
        return {ValueType::Vector, vectorBinop(e, l, r), {}};
    }
    // One side is a vector, the other a scalar.
    const bool scalarLeft = lt == ValueType::Scalar;
    const Matrix vec = evalMatrix(*e.child(scalarLeft ? 1 : 0));
    const Matrix sc = evalMatrix(*e.child(scalarLeft ? 0 : 1));
    const bool returnBool = e.returnBool;
    const bool comparison = isComparison(op);
    const bool dropsName = changesMetricSchema(op) || returnBool;
    return {
        ValueType::Vector,
        rangeEval({&vec, &sc},
                  [&](qint64, const std::vector<StepVector> &in, std::vector<OutSample> &out) {
                      if (in[1].empty())
                          return;
                      const double s = in[1][0].v;
                      for (const InSample &x : in[0]) {
                          const double l = scalarLeft ? s : x.v;
                          const double r = scalarLeft ? x.v : s;
                          auto [value, keep] = elementBinop(op, l, r);
                          // A comparison keeps the vector's value whichever side it is on.
                          if (comparison && scalarLeft)
                              value = r;
                          if (returnBool) {
                              value = keep ? 1 : 0;
                              keep = true;
                          }
                          if (!keep)
                              continue;
                          const Series &src = vec[size_t(x.series)];
                          out.push_back({src.labels, value, src.dropName || dropsName, x.series});
                      }
                  }),
        {}};
}

Matrix Evaluator::vectorBinop(const Expr &e, const Matrix &lhs, const Matrix &rhs)
{
    const BinaryOp op = e.binaryOp;
    const VectorMatching &vm = e.matching;
    // Signature ordinals per series, computed once for all steps.
    QHash<QString, int> sigIndex;
    auto ordinals = [&](const Matrix &m) {
        std::vector<int> out(m.size());
        for (size_t i = 0; i < m.size(); ++i) {
            const QString sig = signature(m[i].labels, vm.matchingLabels, vm.on);
            auto it = sigIndex.constFind(sig);
            if (it == sigIndex.constEnd())
                it = sigIndex.insert(sig, int(sigIndex.size()));
            out[i] = *it;
        }
        return out;
    };
    const std::vector<int> sigL = ordinals(lhs);
    const std::vector<int> sigR = ordinals(rhs);
    const int numSigs = int(sigIndex.size());
    std::vector<char> present(size_t(numSigs), 0);

    if (isSetOperator(op)) {
        return rangeEval({&lhs, &rhs}, [&](qint64, const std::vector<StepVector> &in,
                                           std::vector<OutSample> &out) {
            const StepVector &l = in[0];
            const StepVector &r = in[1];
            std::fill(present.begin(), present.end(), 0);
            auto emitL = [&](const InSample &x) {
                const Series &s = lhs[size_t(x.series)];
                out.push_back({s.labels, x.v, s.dropName, op == BinaryOp::Or ? -1 : x.series});
            };
            auto emitR = [&](const InSample &x) {
                const Series &s = rhs[size_t(x.series)];
                out.push_back({s.labels, x.v, s.dropName, -1});
            };
            switch (op) {
            case BinaryOp::And:
                if (l.empty() || r.empty())
                    return;
                for (const InSample &x : r)
                    present[size_t(sigR[size_t(x.series)])] = 1;
                for (const InSample &x : l) {
                    if (present[size_t(sigL[size_t(x.series)])])
                        emitL(x);
                }
                break;
            case BinaryOp::Or:
                for (const InSample &x : l) {
                    present[size_t(sigL[size_t(x.series)])] = 1;
                    emitL(x);
                }
                for (const InSample &x : r) {
                    if (!present[size_t(sigR[size_t(x.series)])])
                        emitR(x);
                }
                break;
            case BinaryOp::Unless:
                for (const InSample &x : r)
                    present[size_t(sigR[size_t(x.series)])] = 1;
                for (const InSample &x : l) {
                    if (!present[size_t(sigL[size_t(x.series)])])
                        emitL(x);
                }
                break;
            default:
                break;
            }
        });
    }

    const bool swap = vm.card == Cardinality::OneToMany;
    const Matrix &many = swap ? rhs : lhs;
    const Matrix &one = swap ? lhs : rhs;
    const std::vector<int> &sigMany = swap ? sigR : sigL;
    const std::vector<int> &sigOne = swap ? sigL : sigR;
    const int manyInput = swap ? 1 : 0;
    const bool returnBool = e.returnBool;
    std::vector<int> oneAt(size_t(numSigs), -1);
    std::vector<char> matched(size_t(numSigs), 0);
    std::vector<QSet<Labels>> matchedLabels(vm.card == Cardinality::OneToOne ? 0 : size_t(numSigs));
    QHash<quint64, Labels> resultLabels;

    auto resultMetric = [&](int manyIdx, int oneIdx) -> const Labels & {
        const quint64 key = (quint64(quint32(manyIdx)) << 32) | quint32(oneIdx);
        auto it = resultLabels.constFind(key);
        if (it != resultLabels.constEnd())
            return *it;
        Labels l = many[size_t(manyIdx)].labels;
        if (changesMetricSchema(op))
            l = withoutLabel(l, NameLabel);
        if (vm.card == Cardinality::OneToOne) {
            l = vm.on ? keepOnly(l, vm.matchingLabels) : without(l, vm.matchingLabels);
        }
        const Labels &oneLabels = one[size_t(oneIdx)].labels;
        for (const QString &name : vm.include) {
            const QString v = oneLabels.value(name);
            l = withLabel(l, name, v);
        }
        return *resultLabels.insert(key, l);
    };

    return rangeEval(
        {&lhs, &rhs}, [&](qint64, const std::vector<StepVector> &in, std::vector<OutSample> &out) {
            const StepVector &manyVec = in[size_t(manyInput)];
            const StepVector &oneVec = in[size_t(1 - manyInput)];
            if (manyVec.empty() || oneVec.empty())
                return;
            std::fill(oneAt.begin(), oneAt.end(), -1);
            std::fill(matched.begin(), matched.end(), 0);
            for (auto &s : matchedLabels)
                s.clear();
            for (size_t k = 0; k < oneVec.size(); ++k) {
                const int sig = sigOne[size_t(oneVec[k].series)];
                if (oneAt[size_t(sig)] >= 0) {
                    const Labels &a = one[size_t(oneVec[k].series)].labels;
                    const Labels &b = one[size_t(oneVec[size_t(oneAt[size_t(sig)])].series)].labels;
                    QString first = goLabels(a), second = goLabels(b);
                    if (second < first)
                        std::swap(first, second);
                    raise(tr("found duplicate series for the match group %1 on the %2 hand-side "
                             "of the operation: [%3, %4];many-to-many matching not allowed: "
                             "matching labels must be unique on one side")
                              .arg(goLabels(matchLabels(a, vm.matchingLabels, vm.on)),
                                   swap ? QStringLiteral("left") : QStringLiteral("right"), first,
                                   second));
                }
                oneAt[size_t(sig)] = int(k);
            }
            for (const InSample &m : manyVec) {
                const int sig = sigMany[size_t(m.series)];
                const int k = oneAt[size_t(sig)];
                if (k < 0)
                    continue;
                const InSample &o = oneVec[size_t(k)];
                const double l = swap ? o.v : m.v;
                const double r = swap ? m.v : o.v;
                auto [value, keep] = elementBinop(op, l, r);
                if (returnBool)
                    value = keep ? 1 : 0;
                const Labels &metric = resultMetric(m.series, o.series);
                if (vm.card == Cardinality::OneToOne) {
                    if (matched[size_t(sig)]) {
                        raise(tr("multiple matches for labels: many-to-one matching must be "
                                 "explicit (group_left/group_right)"));
                    }
                    matched[size_t(sig)] = 1;
                } else {
                    QSet<Labels> &seen = matchedLabels[size_t(sig)];
                    if (seen.contains(metric)) {
                        raise(tr("multiple matches for labels: grouping labels must ensure "
                                 "unique matches"));
                    }
                    seen.insert(metric);
                }
                if (!keep && !returnBool)
                    continue;
                out.push_back({metric, value, returnBool, -1});
            }
        });
}

// ---- Aggregation -----------------------------------------------------------------------------

namespace {

struct Group
{
    bool seen = false;
    double value = 0;
    double mean = 0;
    double kahanC = 0;
    double count = 0;
    bool incrementalMean = false;
    bool dropName = false;
    std::vector<double> values;
};

// The key and labels of the group a series belongs to.
QString groupKey(const Labels &labels, const QStringList &grouping, bool without)
{
    QString key;
    for (const Label &l : labels) {
        const bool listed = grouping.contains(l.name);
        if (without ? (!listed && l.name != NameLabel) : listed) {
            key += l.name;
            key += QChar(0xFFFF);
            key += l.value;
            key += QChar(0xFFFF);
        }
    }
    return key;
}

Labels groupLabels(const Labels &labels, const QStringList &grouping, bool without)
{
    if (without) {
        QStringList drop = grouping;
        drop << NameLabel;
        return ::Wk::Promql::without(labels, drop);
    }
    return keepOnly(labels, grouping);
}

// container/heap over samples ordered by a "less" relation, as topk/bottomk use it, so that
// ties and NaNs select the same series Prometheus selects.
struct HeapItem
{
    int series;
    double v;
};

template<typename Less>
void heapUp(std::vector<HeapItem> &h, size_t j, Less less)
{
    while (j > 0) {
        const size_t i = (j - 1) / 2;
        if (!less(h[j], h[i]))
            break;
        std::swap(h[i], h[j]);
        j = i;
    }
}

template<typename Less>
bool heapDown(std::vector<HeapItem> &h, size_t i0, Less less)
{
    size_t i = i0;
    const size_t n = h.size();
    for (;;) {
        const size_t j1 = 2 * i + 1;
        if (j1 >= n)
            break;
        size_t j = j1;
        if (j1 + 1 < n && less(h[j1 + 1], h[j1]))
            j = j1 + 1;
        if (!less(h[j], h[i]))
            break;
        std::swap(h[i], h[j]);
        i = j;
    }
    return i > i0;
}

template<typename Less>
void heapPush(std::vector<HeapItem> &h, HeapItem x, Less less)
{
    h.push_back(x);
    heapUp(h, h.size() - 1, less);
}

template<typename Less>
void heapFix(std::vector<HeapItem> &h, size_t i, Less less)
{
    if (!heapDown(h, i, less))
        heapUp(h, i, less);
}

} // namespace

Value Evaluator::evalAggregate(const Expr &e)
{
    const AggregateOp op = e.aggregateOp;
    if (op == AggregateOp::CountValues)
        return {ValueType::Vector, evalCountValues(e), {}};

    std::vector<double> params;
    if (e.param)
        params = scalarPerStep(*e.param);
    const Matrix input = evalMatrix(*e.child(0));

    QStringList grouping = e.grouping;
    std::sort(grouping.begin(), grouping.end());
    const bool kOp = op == AggregateOp::Topk || op == AggregateOp::Bottomk ||
                     op == AggregateOp::Limitk || op == AggregateOp::LimitRatio;

    // Map every input series to its group once.
    QHash<QString, int> groupIndex;
    std::vector<int> groupOf(input.size());
    Matrix result;
    for (size_t i = 0; i < input.size(); ++i) {
        const QString key = groupKey(input[i].labels, grouping, e.without);
        auto it = groupIndex.constFind(key);
        if (it == groupIndex.constEnd()) {
            it = groupIndex.insert(key, int(groupIndex.size()));
            if (!kOp)
                result.push_back(
                    Series{groupLabels(input[i].labels, grouping, e.without), {}, false});
        }
        groupOf[i] = *it;
    }
    const int groupCount = int(groupIndex.size());

    if (kOp)
        return {ValueType::Vector, evalTopK(e, input, groupOf, groupCount, params), {}};

    if (op == AggregateOp::Quantile && !params.empty()) {
        bool anyNaN = false;
        double mx = -std::numeric_limits<double>::infinity();
        double mn = std::numeric_limits<double>::infinity();
        for (double q : params) {
            if (std::isnan(q)) {
                anyNaN = true;
                continue;
            }
            mx = std::max(mx, q);
            mn = std::min(mn, q);
        }
        const PosRange &pp = e.param->pos;
        if (anyNaN)
            addWarning(tr("quantile value should be between 0 and 1, got %1")
                           .arg(NumberFormat::shortestG(NaN)),
                       pp);
        if (mx > 1)
            addWarning(tr("quantile value should be between 0 and 1, got %1")
                           .arg(NumberFormat::shortestG(mx)),
                       pp);
        if (mn < 0)
            addWarning(tr("quantile value should be between 0 and 1, got %1")
                           .arg(NumberFormat::shortestG(mn)),
                       pp);
    }

    // Series by series within blocks of steps rather than step by step: each series' points are
    // read in one pass per block, and every (group, step) still sees its inputs in series order,
    // so sums come out the same. Blocks bound the accumulator memory for long, wide queries.
    const int steps = numSteps();
    const size_t groups = size_t(groupCount);
    constexpr size_t MaxCells = size_t(1) << 18;
    const int block = int(std::clamp<size_t>(groups > 0 ? MaxCells / groups : size_t(steps), 1,
                                             size_t(std::max(steps, 1))));
    std::vector<Group> acc;
    std::vector<size_t> cursor(input.size(), 0);
    for (int b0 = 0; b0 < steps; b0 += block) {
        const int b1 = std::min(steps, b0 + block);
        const int len = b1 - b0;
        acc.assign(groups * size_t(len), Group{});
        const qint64 blockEnd = m_start + qint64(b1) * m_interval;
        for (size_t si = 0; si < input.size(); ++si) {
            const Series &series = input[si];
            Group *row = acc.data() + size_t(groupOf[si]) * size_t(len);
            const auto &pts = series.points;
            size_t &c = cursor[si];
            for (; c < pts.size() && pts[c].t < blockEnd; ++c) {
                const Sample &pt = pts[c];
                const qint64 offset = pt.t - m_start;
                if (offset < 0 || offset % m_interval != 0)
                    continue;
                const qint64 step = offset / m_interval - b0;
                if (step < 0 || step >= len)
                    continue;
                const double f = pt.v;
                Group &g = row[step];
                if (!g.seen) {
                    g.seen = true;
                    g.value = f;
                    g.mean = f;
                    g.count = 1;
                    g.dropName = series.dropName;
                    switch (op) {
                    case AggregateOp::Stddev:
                    case AggregateOp::Stdvar:
                        g.value = (std::isnan(f) || std::isinf(f)) ? NaN : 0;
                        break;
                    case AggregateOp::Quantile:
                        g.values.assign(1, f);
                        break;
                    case AggregateOp::Group:
                        g.value = 1;
                        break;
                    default:
                        break;
                    }
                    continue;
                }
                if (series.dropName)
                    g.dropName = true;
                switch (op) {
                case AggregateOp::Sum:
                    FloatMath::kahanInc(f, g.value, g.kahanC);
                    break;
                case AggregateOp::Avg:
                    g.count++;
                    if (!g.incrementalMean) {
                        double newV = g.value, newC = g.kahanC;
                        FloatMath::kahanInc(f, newV, newC);
                        if (!std::isinf(newV)) {
                            g.value = newV;
                            g.kahanC = newC;
                            break;
                        }
                        // The running sum would overflow: continue with an incremental mean.
                        g.incrementalMean = true;
                        g.mean = g.value / (g.count - 1);
                        g.kahanC /= g.count - 1;
                    }
                    {
                        const double q = (g.count - 1) / g.count;
                        double m = q * g.mean;
                        double mc = q * g.kahanC;
                        FloatMath::kahanInc(f / g.count, m, mc);
                        g.mean = m;
                        g.kahanC = mc;
                    }
                    break;
                case AggregateOp::Group:
                    break;
                case AggregateOp::Max:
                    if (g.value < f || std::isnan(g.value))
                        g.value = f;
                    break;
                case AggregateOp::Min:
                    if (g.value > f || std::isnan(g.value))
                        g.value = f;
                    break;
                case AggregateOp::Count:
                    g.count++;
                    break;
                case AggregateOp::Stddev:
                case AggregateOp::Stdvar: {
                    g.count++;
                    const double delta = f - g.mean;
                    g.mean += delta / g.count;
                    g.value += delta * (f - g.mean);
                    break;
                }
                case AggregateOp::Quantile:
                    g.values.push_back(f);
                    break;
                default:
                    break;
                }
            }
        }
        for (size_t gi = 0; gi < result.size(); ++gi) {
            Series &out = result[gi];
            Group *row = acc.data() + gi * size_t(len);
            for (int k = 0; k < len; ++k) {
                const int step = b0 + k;
                Group &g = row[k];
                if (!g.seen)
                    continue;
                double v = g.value;
                switch (op) {
                case AggregateOp::Avg:
                    v = g.incrementalMean ? g.mean + g.kahanC
                                          : g.value / g.count + g.kahanC / g.count;
                    break;
                case AggregateOp::Count:
                    v = g.count;
                    break;
                case AggregateOp::Stdvar:
                    v = g.value / g.count;
                    break;
                case AggregateOp::Stddev:
                    v = std::sqrt(g.value / g.count);
                    break;
                case AggregateOp::Quantile:
                    v = FloatMath::quantile(params.empty() ? NaN : params[size_t(step)], g.values);
                    break;
                case AggregateOp::Sum:
                    v = g.value + g.kahanC;
                    break;
                default:
                    break;
                }
                if (out.points.empty())
                    out.points.reserve(reserveFor(steps - step));
                out.points.push_back({m_start + qint64(step) * m_interval, v});
                out.dropName = g.dropName;
            }
        }
    }
    result.erase(std::remove_if(result.begin(), result.end(),
                                [](const Series &s) { return s.points.empty(); }),
                 result.end());
    return {ValueType::Vector, std::move(result), {}};
}

Matrix Evaluator::evalTopK(const Expr &e, const Matrix &input, const std::vector<int> &groupOf,
                           int groupCount, const std::vector<double> &params)
{
    const AggregateOp op = e.aggregateOp;
    bool anyNaN = false;
    double mx = -std::numeric_limits<double>::infinity();
    double mn = std::numeric_limits<double>::infinity();
    for (double p : params) {
        if (std::isnan(p)) {
            anyNaN = true;
            continue;
        }
        mx = std::max(mx, p);
        mn = std::min(mn, p);
    }
    if (op == AggregateOp::LimitRatio) {
        if (anyNaN)
            raise(tr("Ratio value is NaN"));
        if (mx == 0 && mn == 0)
            return {};
        raise(tr("limit_ratio is not supported by the local engine"));
    }
    if (anyNaN)
        raise(tr("Parameter value is NaN"));
    if (mx < 1)
        return {};
    if (mn <= -9.223372036854775e18)
        raise(tr("Scalar value %1 underflows int64").arg(NumberFormat::shortestG(mn)));
    if (mx >= 9.223372036854775e18)
        raise(tr("Scalar value %1 overflows int64").arg(NumberFormat::shortestG(mx)));

    auto topLess = [](const HeapItem &a, const HeapItem &b) {
        return std::isnan(a.v) || a.v < b.v;
    };
    auto bottomLess = [](const HeapItem &a, const HeapItem &b) {
        return std::isnan(a.v) || a.v > b.v;
    };

    const bool instant = m_start == m_end;
    Matrix result;
    std::vector<int> outIndex(input.size(), -1); // range mode: output series per input series
    std::vector<std::vector<HeapItem>> heaps(static_cast<size_t>(groupCount));
    std::vector<char> seen(size_t(groupCount), 0);
    std::vector<size_t> cursor(input.size(), 0);
    const int steps = numSteps();
    for (int step = 0; step < steps; ++step) {
        const qint64 ts = m_start + qint64(step) * m_interval;
        const qint64 k = std::min<qint64>(qint64(params[size_t(step)]), qint64(input.size()));
        std::fill(seen.begin(), seen.end(), 0);
        for (auto &h : heaps)
            h.clear();
        for (size_t si = 0; si < input.size(); ++si) {
            const auto &pts = input[si].points;
            size_t &c = cursor[si];
            while (c < pts.size() && pts[c].t < ts)
                ++c;
            if (c >= pts.size() || pts[c].t != ts)
                continue;
            const HeapItem item{int(si), pts[c].v};
            ++c;
            if (k < 1)
                continue;
            const size_t g = size_t(groupOf[si]);
            std::vector<HeapItem> &h = heaps[g];
            if (!seen[g]) {
                seen[g] = 1;
                h.push_back(item);
                continue;
            }
            switch (op) {
            case AggregateOp::Topk:
                if (qint64(h.size()) < k) {
                    heapPush(h, item, topLess);
                } else if (h[0].v < item.v || (std::isnan(h[0].v) && !std::isnan(item.v))) {
                    h[0] = item;
                    if (k > 1)
                        heapFix(h, 0, topLess);
                }
                break;
            case AggregateOp::Bottomk:
                if (qint64(h.size()) < k) {
                    heapPush(h, item, bottomLess);
                } else if (h[0].v > item.v || (std::isnan(h[0].v) && !std::isnan(item.v))) {
                    h[0] = item;
                    if (k > 1)
                        heapFix(h, 0, bottomLess);
                }
                break;
            case AggregateOp::Limitk:
                if (qint64(h.size()) < k)
                    heapPush(h, item, topLess);
                break;
            default:
                break;
            }
        }
        for (size_t g = 0; g < heaps.size(); ++g) {
            if (!seen[g])
                continue;
            std::vector<HeapItem> &h = heaps[g];
            if (op == AggregateOp::Topk) {
                std::stable_sort(h.begin(), h.end(), [&](const HeapItem &a, const HeapItem &b) {
                    return topLess(b, a);
                });
            } else if (op == AggregateOp::Bottomk) {
                std::stable_sort(h.begin(), h.end(), [&](const HeapItem &a, const HeapItem &b) {
                    return bottomLess(b, a);
                });
            }
            for (const HeapItem &item : h) {
                const Series &src = input[size_t(item.series)];
                if (instant) {
                    result.push_back(Series{src.labels, {{ts, item.v}}, src.dropName});
                    continue;
                }
                int &idx = outIndex[size_t(item.series)];
                if (idx < 0) {
                    idx = int(result.size());
                    result.push_back(Series{src.labels, {}, src.dropName});
                }
                result[size_t(idx)].points.push_back({ts, item.v});
            }
        }
    }
    return result;
}

Matrix Evaluator::evalCountValues(const Expr &e)
{
    const Expr &labelArg = *e.param;
    if (!isValidLabelName(labelArg))
        raise(tr("invalid label name %1").arg(literalText(labelArg)));
    const QString valueLabel = labelArg.text;
    QStringList grouping = e.grouping;
    if (!e.without)
        grouping << valueLabel;
    std::sort(grouping.begin(), grouping.end());
    const Matrix input = evalMatrix(*e.child(0));
    const bool without = e.without;
    return rangeEval({&input},
                     [&](qint64, const std::vector<StepVector> &in, std::vector<OutSample> &out) {
                         QHash<QString, int> index;
                         for (const InSample &x : in[0]) {
                             Labels l = input[size_t(x.series)].labels;
                             l = withLabel(l, valueLabel, NumberFormat::shortest(x.v));
                             const QString key = groupKey(l, grouping, without);
                             auto it = index.constFind(key);
                             if (it == index.constEnd()) {
                                 index.insert(key, int(out.size()));
                                 out.push_back({groupLabels(l, grouping, without), 1, false, -1});
                             } else {
                                 out[size_t(*it)].v += 1;
                             }
                         }
                     });
}

// ---- Functions -------------------------------------------------------------------------------

Value Evaluator::evalCall(const Expr &e)
{
    const Function &f = *e.function;
    for (int i = 0; i < int(e.children.size()); ++i) {
        if (e.child(i)->type() == ValueType::Matrix)
            return {ValueType::Vector, evalRangeFunction(e, i), {}};
    }
    switch (f.id) {
    case FunctionId::LabelReplace:
        return {ValueType::Vector, evalLabelReplace(e), {}};
    case FunctionId::LabelJoin:
        return {ValueType::Vector, evalLabelJoin(e), {}};
    case FunctionId::Timestamp:
        if (e.child(0)->kind == Expr::Kind::VectorSelector)
            return {ValueType::Vector, evalTimestampOfSelector(*e.child(0)), {}};
        break;
    case FunctionId::HistogramQuantile:
    case FunctionId::HistogramQuantiles:
    case FunctionId::HistogramFraction:
        return {ValueType::Vector, evalHistogramFunction(e), {}};
    default:
        break;
    }
    if (f.nativeHistogramsOnly) {
        // Only native histogram samples have counts and sums of their own; float samples are
        // ignored by these functions, and this store holds floats only.
        addWarning(tr("unsupported: native histograms (%1)").arg(f.name), e.pos);
        return {ValueType::Vector, {}, {}};
    }

    const int n = int(e.children.size());
    std::vector<Matrix> args(static_cast<size_t>(n));
    std::vector<const Matrix *> inputs(size_t(n), nullptr);
    for (int i = 0; i < n; ++i) {
        if (e.child(i)->type() != ValueType::String) {
            args[size_t(i)] = evalMatrix(*e.child(i));
            inputs[size_t(i)] = &args[size_t(i)];
        }
    }
    const FunctionId id = f.id;
    const Matrix *vec = n > 0 ? &args[0] : nullptr;

    if ((id == FunctionId::Sort || id == FunctionId::SortDesc || id == FunctionId::SortByLabel ||
         id == FunctionId::SortByLabelDesc) &&
        m_query.isRange) {
        addWarning(tr("sort is ineffective for range queries since results are always ordered "
                      "by labels"),
                   e.pos);
    }

    QStringList sortLabels;
    if (id == FunctionId::SortByLabel || id == FunctionId::SortByLabelDesc) {
        for (int i = 1; i < n; ++i)
            sortLabels << e.child(i)->text;
    }
    Labels absent;
    if (id == FunctionId::Absent)
        absent = absentLabels(*e.child(0));

    const std::optional<double (*)(double)> simple = simpleFunction(id);
    const ValueType returnType = f.returnType;

    Matrix m = rangeEval(
        inputs, [&](qint64 ts, const std::vector<StepVector> &in, std::vector<OutSample> &out) {
            auto scalarOut = [&](double v) { out.push_back({{}, v, false, 0}); };
            auto each = [&](auto fn) {
                for (const InSample &x : in[0]) {
                    const Series &s = (*vec)[size_t(x.series)];
                    out.push_back({s.labels, fn(x.v), true, x.series});
                }
            };
            if (simple) {
                each(*simple);
                return;
            }
            if (isDateFunction(id)) {
                if (n == 0) {
                    scalarOut(dateField(id, ts / 1000));
                    return;
                }
                each([id](double v) { return dateField(id, goInt64(v)); });
                return;
            }
            switch (id) {
            case FunctionId::Round: {
                const double toNearest = n > 1 && !in[1].empty() ? in[1][0].v : 1.0;
                const double inverse = 1.0 / toNearest;
                each([inverse](double v) { return std::floor(v * inverse + 0.5) / inverse; });
                break;
            }
            case FunctionId::Clamp:
            case FunctionId::ClampMin:
            case FunctionId::ClampMax: {
                double lo = -std::numeric_limits<double>::infinity();
                double hi = std::numeric_limits<double>::infinity();
                if (id == FunctionId::Clamp) {
                    lo = in[1][0].v;
                    hi = in[2][0].v;
                } else if (id == FunctionId::ClampMin) {
                    lo = in[1][0].v;
                } else {
                    hi = in[1][0].v;
                }
                if (hi < lo)
                    break;
                each([lo, hi](double v) { return FloatMath::goMax(lo, FloatMath::goMin(hi, v)); });
                break;
            }
            case FunctionId::Timestamp:
                each([ts](double) { return double(ts) / 1000.0; });
                break;
            case FunctionId::Absent:
                if (in[0].empty())
                    out.push_back({absent, 1, false, 0});
                break;
            case FunctionId::Scalar: {
                if (in[0].size() == 1)
                    scalarOut(in[0][0].v);
                else
                    scalarOut(NaN);
                break;
            }
            case FunctionId::Vector:
                out.push_back({{}, in[0][0].v, false, 0});
                break;
            case FunctionId::Time:
                scalarOut(double(ts) / 1000.0);
                break;
            case FunctionId::Pi:
                scalarOut(M_PI);
                break;
            case FunctionId::Step:
                scalarOut(m_query.isRange ? double(m_query.stepMs) / 1000.0 : 0.0);
                break;
            case FunctionId::Range:
                scalarOut(m_query.isRange ? double(m_query.endMs - m_query.startMs) / 1000.0 : 0.0);
                break;
            case FunctionId::Start:
                scalarOut(double(m_query.startMs) / 1000.0);
                break;
            case FunctionId::End:
                scalarOut(double(m_query.isRange ? m_query.endMs : m_query.startMs) / 1000.0);
                break;
            case FunctionId::MinOf:
                scalarOut(FloatMath::goMin(in[0][0].v, in[1][0].v));
                break;
            case FunctionId::MaxOf:
                scalarOut(FloatMath::goMax(in[0][0].v, in[1][0].v));
                break;
            case FunctionId::Sort:
            case FunctionId::SortDesc: {
                std::vector<InSample> v = in[0];
                const bool desc = id == FunctionId::SortDesc;
                // NaN sorts last either way.
                std::stable_sort(v.begin(), v.end(), [desc](const InSample &a, const InSample &b) {
                    if (std::isnan(a.v) || std::isnan(b.v))
                        return !std::isnan(a.v) && std::isnan(b.v);
                    return desc ? a.v > b.v : a.v < b.v;
                });
                for (const InSample &x : v) {
                    const Series &s = (*vec)[size_t(x.series)];
                    out.push_back({s.labels, x.v, s.dropName, x.series});
                }
                break;
            }
            case FunctionId::SortByLabel:
            case FunctionId::SortByLabelDesc: {
                std::vector<InSample> v = in[0];
                const bool desc = id == FunctionId::SortByLabelDesc;
                std::stable_sort(v.begin(), v.end(), [&](const InSample &a, const InSample &b) {
                    const Labels &la = (*vec)[size_t(a.series)].labels;
                    const Labels &lb = (*vec)[size_t(b.series)].labels;
                    for (const QString &name : std::as_const(sortLabels)) {
                        const QString va = la.value(name);
                        const QString vb = lb.value(name);
                        if (va == vb)
                            continue;
                        return desc ? !natLess(va, vb) : natLess(va, vb);
                    }
                    return desc ? lb < la : la < lb;
                });
                for (const InSample &x : v) {
                    const Series &s = (*vec)[size_t(x.series)];
                    out.push_back({s.labels, x.v, s.dropName, x.series});
                }
                break;
            }
            default:
                raise(tr("function %1 is not implemented").arg(f.name));
            }
        });
    return {returnType, std::move(m), {}};
}

Matrix Evaluator::evalTimestampOfSelector(const Expr &vs)
{
    Matrix m = evalVectorSelector(vs, true);
    for (Series &s : m)
        s.dropName = true;
    return m;
}

Matrix Evaluator::evalRangeFunction(const Expr &call, int matrixArg)
{
    const FunctionId id = call.function->id;
    const int n = int(call.children.size());
    std::vector<std::vector<double>> scalars;
    for (int i = 0; i < n; ++i) {
        if (i != matrixArg)
            scalars.push_back(scalarPerStep(*call.child(i)));
    }
    const Expr &arg = *call.child(matrixArg)->unwrapped();

    qint64 rangeMs = arg.rangeMs;
    qint64 offsetMs = 0;
    bool pinned = false;
    qint64 pin = 0;
    if (arg.kind == Expr::Kind::MatrixSelector) {
        offsetMs = arg.child(0)->offsetMs;
        pinned = arg.child(0)->at != AtAnchor::None;
        pin = pinned ? atTime(*arg.child(0)) - offsetMs : 0;
    } else {
        offsetMs = arg.offsetMs;
        pinned = arg.at != AtAnchor::None;
        pin = pinned ? atTime(arg) - offsetMs : 0;
    }

    // last_over_time and first_over_time act like offset: they keep the metric name.
    const bool dropName = id != FunctionId::LastOverTime && id != FunctionId::FirstOverTime;
    const int steps = numSteps();
    const PosRange &argPos = call.child(matrixArg)->pos;
    Matrix out;

    // Slides the window over one series' samples across all steps.
    const bool counterFunction = id == FunctionId::Rate || id == FunctionId::Increase;
    std::vector<int> resetsBefore; // resets among samples [0, i], for counter functions
    auto evalSeries = [&](const Labels &labels, std::span<const Sample> smp) {
        size_t lo = 0, hi = 0;
        Series s{labels, {}, dropName};
        s.points.reserve(reserveFor(steps));
        if (counterFunction) {
            resetsBefore.resize(smp.size());
            int resets = 0;
            for (size_t i = 0; i < smp.size(); ++i) {
                if (i > 0 && smp[i].v < smp[i - 1].v)
                    ++resets;
                resetsBefore[i] = resets;
            }
        }
        for (int step = 0; step < steps; ++step) {
            const qint64 ts = m_start + qint64(step) * m_interval;
            const qint64 end = pinned ? pin : ts - offsetMs;
            const qint64 start = end - rangeMs;
            while (hi < smp.size() && smp[hi].t <= end)
                ++hi;
            while (lo < hi && smp[lo].t <= start)
                ++lo;
            if (lo >= hi)
                continue;
            WindowParams p;
            p.evalTime = ts;
            p.rangeStart = start;
            p.rangeEnd = end;
            p.rangeMs = rangeMs;
            for (size_t k = 0; k < scalars.size() && k < 2; ++k)
                p.params[k] = scalars[k][size_t(step)];
            if (counterFunction) {
                p.resets = resetsBefore[hi - 1] == resetsBefore[lo] ? WindowParams::Resets::None
                                                                    : WindowParams::Resets::Some;
            }
            if (id == FunctionId::QuantileOverTime) {
                const double q = p.params[0];
                if (std::isnan(q) || q < 0 || q > 1) {
                    addWarning(tr("quantile value should be between 0 and 1, got %1")
                                   .arg(NumberFormat::shortestG(q)),
                               call.child(0)->pos);
                }
            } else if (id == FunctionId::DoubleExponentialSmoothing) {
                const double sf = p.params[0];
                const double tf = p.params[1];
                if (sf <= 0 || sf >= 1 || std::isnan(sf))
                    raise(tr("invalid smoothing factor. Expected: 0 < sf < 1, got: %1")
                              .arg(sf, 0, 'f', 6));
                if (tf <= 0 || tf >= 1 || std::isnan(tf))
                    raise(tr("invalid trend factor. Expected: 0 < tf < 1, got: %1")
                              .arg(tf, 0, 'f', 6));
            }
            const std::optional<double> r = RangeFunctions::apply(id, smp.subspan(lo, hi - lo), p);
            if (r)
                s.points.push_back({ts, *r});
        }
        if ((id == FunctionId::Rate || id == FunctionId::Increase) && !s.points.empty()) {
            const QString name = labels.metricName();
            if (!name.isEmpty() && !hasCounterSuffix(name)) {
                addInfo(tr("metric might not be a counter, name does not end in "
                           "_total/_sum/_count/_bucket: \"%1\"")
                            .arg(name),
                        argPos);
            }
        }
        if (!s.points.empty())
            out.push_back(std::move(s));
    };

    if (arg.kind == Expr::Kind::MatrixSelector) {
        const Expr &vs = *arg.child(0);
        const qint64 firstEnd = pinned ? pin : m_start - offsetMs;
        const qint64 lastEnd = pinned ? pin : m_end - offsetMs;
        std::vector<Sample> buf;
        const QList<SeriesId> ids = selectSeries(vs);
        out.reserve(size_t(ids.size()));
        for (SeriesId sid : ids) {
            buf.clear();
            m_store.read(sid, firstEnd - rangeMs + 1, lastEnd, buf);
            buf.erase(std::remove_if(buf.begin(), buf.end(),
                                     [](const Sample &x) { return isStaleNaN(x.v); }),
                      buf.end());
            if (!buf.empty())
                evalSeries(m_store.labels(sid), buf);
        }
    } else {
        const Matrix inner = evalSubqueryInner(arg);
        out.reserve(inner.size());
        for (const Series &series : inner)
            evalSeries(series.labels, series.points);
    }

    if (id == FunctionId::AbsentOverTime) {
        // One series with 1 at every step where no input series had a sample.
        std::vector<char> found(size_t(steps), 0);
        for (const Series &s : out) {
            for (const Sample &p : s.points)
                found[size_t((p.t - m_start) / m_interval)] = 1;
        }
        Series absent{absentLabels(*call.child(matrixArg)), {}, true};
        for (int step = 0; step < steps; ++step) {
            if (!found[size_t(step)])
                absent.points.push_back({m_start + qint64(step) * m_interval, 1});
        }
        Matrix m;
        if (!absent.points.empty())
            m.push_back(std::move(absent));
        return m;
    }
    return out;
}

Matrix Evaluator::evalLabelReplace(const Expr &call)
{
    const Expr &dstArg = *call.child(1);
    const QString dst = dstArg.text;
    const QString repl = call.child(2)->text;
    const QString src = call.child(3)->text;
    const QString regexText = call.child(4)->text;
    const QRegularExpression re(QStringLiteral("\\A(?s:") + regexText + QStringLiteral(")\\z"));
    if (!re.isValid())
        raise(tr("invalid regular expression in label_replace(): %1").arg(regexText));
    if (!isValidLabelName(dstArg))
        raise(tr("invalid destination label name in label_replace(): %1").arg(dst));
    const QStringList groupNames = re.namedCaptureGroups();
    Matrix m = evalMatrix(*call.child(0));
    for (Series &s : m) {
        const QRegularExpressionMatch match = re.match(s.labels.value(src));
        if (!match.hasMatch())
            continue;
        s.labels = withLabel(s.labels, dst, expandTemplate(repl, match, groupNames));
        if (dst == NameLabel)
            s.dropName = false;
    }
    return mergeSameLabelsets(std::move(m));
}

Matrix Evaluator::evalLabelJoin(const Expr &call)
{
    const Expr &dstArg = *call.child(1);
    const QString dst = dstArg.text;
    const QString sep = call.child(2)->text;
    QStringList srcLabels;
    for (int i = 3; i < int(call.children.size()); ++i) {
        if (!isValidLabelName(*call.child(i)))
            raise(tr("invalid source label name in label_join(): %1").arg(call.child(i)->text));
        srcLabels << call.child(i)->text;
    }
    if (!isValidLabelName(dstArg))
        raise(tr("invalid destination label name in label_join(): %1").arg(dst));
    Matrix m = evalMatrix(*call.child(0));
    for (Series &s : m) {
        QStringList values;
        for (const QString &l : std::as_const(srcLabels))
            values << s.labels.value(l);
        s.labels = withLabel(s.labels, dst, values.join(sep));
        if (dst == NameLabel)
            s.dropName = false;
    }
    return mergeSameLabelsets(std::move(m));
}

Matrix Evaluator::evalHistogramFunction(const Expr &call)
{
    const FunctionId id = call.function->id;
    int vecArg = 1;
    std::vector<std::vector<double>> qs; // quantiles, or lower and upper for the fraction
    std::vector<PosRange> qPos;
    QString quantileLabel;
    if (id == FunctionId::HistogramQuantile) {
        qs.push_back(scalarPerStep(*call.child(0)));
        qPos.push_back(call.child(0)->pos);
    } else if (id == FunctionId::HistogramFraction) {
        vecArg = 2;
        qs.push_back(scalarPerStep(*call.child(0)));
        qs.push_back(scalarPerStep(*call.child(1)));
    } else {
        vecArg = 0;
        quantileLabel = call.child(1)->text;
        for (int i = 2; i < int(call.children.size()); ++i) {
            qs.push_back(scalarPerStep(*call.child(i)));
            qPos.push_back(call.child(i)->pos);
        }
    }
    const Matrix input = evalMatrix(*call.child(vecArg));
    const PosRange vecPos = call.child(vecArg)->pos;

    // Per input series, once: its bucket bound and the histogram (label set without le) it
    // belongs to.
    struct Info
    {
        bool valid = false;
        double le = 0;
        int group = -1;
    };
    std::vector<Info> info(input.size());
    QHash<QString, int> groupIndex;
    std::vector<Labels> groupLabelSets;
    // With delayed name removal the metric name is part of a histogram's identity; it is
    // dropped at the end of the query, where two histograms differing only by name collide.
    const QStringList excluded = {QStringLiteral("le")};
    for (size_t i = 0; i < input.size(); ++i) {
        const Labels &l = input[i].labels;
        const std::optional<double> le = NumberFormat::parseFloat(l.value(u"le"));
        if (!le)
            continue;
        info[i].valid = true;
        info[i].le = *le;
        QString key;
        for (const Label &x : l) {
            if (x.name != u"le") {
                key += x.name;
                key += QChar(0xFFFF);
                key += x.value;
                key += QChar(0xFFFF);
            }
        }
        auto it = groupIndex.constFind(key);
        if (it == groupIndex.constEnd()) {
            it = groupIndex.insert(key, int(groupLabelSets.size()));
            groupLabelSets.push_back(without(l, excluded));
        }
        info[i].group = *it;
    }
    const int groups = int(groupLabelSets.size());
    std::vector<std::vector<ClassicHistogram::Bucket>> buckets(static_cast<size_t>(groups));
    std::vector<int> order;
    order.reserve(size_t(groups));
    std::vector<ClassicHistogram::Bucket> work;

    return rangeEval({&input}, [&](qint64 ts, const std::vector<StepVector> &in,
                                   std::vector<OutSample> &out) {
        const int step = int((ts - m_start) / m_interval);
        for (size_t k = 0; k < qPos.size(); ++k) {
            const double q = qs[k][size_t(step)];
            if (std::isnan(q) || q < 0 || q > 1) {
                addWarning(tr("quantile value should be between 0 and 1, got %1")
                               .arg(NumberFormat::shortestG(q)),
                           qPos[k]);
            }
        }
        for (int g : order)
            buckets[size_t(g)].clear();
        order.clear();
        for (const InSample &x : in[0]) {
            const Info &inf = info[size_t(x.series)];
            const Labels &l = input[size_t(x.series)].labels;
            if (!inf.valid) {
                const QString name = l.metricName();
                QString msg = tr("bucket label \"le\" is missing or has a malformed value of %1")
                                  .arg(goQuote(l.value(u"le")));
                if (!name.isEmpty())
                    msg += tr(" for metric name %1").arg(goQuote(name));
                addWarning(msg, vecPos);
                continue;
            }
            auto &b = buckets[size_t(inf.group)];
            if (b.empty())
                order.push_back(inf.group);
            b.push_back({inf.le, x.v});
        }
        for (int g : order) {
            const Labels &labels = groupLabelSets[size_t(g)];
            if (id == FunctionId::HistogramFraction) {
                work = buckets[size_t(g)];
                out.push_back(
                    {labels,
                     ClassicHistogram::fraction(qs[0][size_t(step)], qs[1][size_t(step)], work),
                     true, g});
                continue;
            }
            for (size_t k = 0; k < qs.size(); ++k) {
                work = buckets[size_t(g)];
                const double q = qs[k][size_t(step)];
                const ClassicHistogram::QuantileResult r = ClassicHistogram::quantile(q, work);
                if (r.forcedMonotonic) {
                    QString msg = tr("input to histogram_quantile needed to be fixed for "
                                     "monotonicity (see https://prometheus.io/docs/prometheus/"
                                     "latest/querying/functions/#histogram_quantile)");
                    if (!labels.metricName().isEmpty())
                        msg += tr(" for metric name %1").arg(goQuote(labels.metricName()));
                    addInfo(msg, vecPos);
                }
                if (id == FunctionId::HistogramQuantile) {
                    out.push_back({labels, r.value, true, g});
                } else {
                    out.push_back({withLabel(labels, quantileLabel, NumberFormat::openMetrics(q)),
                                   r.value, true, -1});
                }
            }
        }
    });
}

} // namespace Wk::Promql
