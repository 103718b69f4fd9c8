#include "localengine.h"

#include "evaluator.h"
#include "parser.h"

#include "models/metrics/seriesstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace Wk {

namespace {

QueryResult toQueryResult(Promql::Value value, bool range, qint64 timeMs,
                          const QStringList &annotations)
{
    QueryResult r;
    r.warnings = annotations;
    if (value.type == Promql::ValueType::String) {
        r.type = QueryResult::Type::String;
        r.string = value.string;
        return r;
    }
    if (!range && value.type == Promql::ValueType::Scalar) {
        r.type = QueryResult::Type::Scalar;
        r.scalarTime = timeMs;
        r.scalar = value.matrix.empty() || value.matrix.front().points.empty()
                       ? std::numeric_limits<double>::quiet_NaN()
                       : value.matrix.front().points.front().v;
        return r;
    }
    r.type = (range || value.type == Promql::ValueType::Matrix) ? QueryResult::Type::Matrix
                                                                : QueryResult::Type::Vector;
    if (range) {
        std::sort(
            value.matrix.begin(), value.matrix.end(),
            [](const Promql::Series &a, const Promql::Series &b) { return a.labels < b.labels; });
    }
    r.series.reserve(qsizetype(value.matrix.size()));
    for (Promql::Series &s : value.matrix)
        r.series.append(QuerySeries{std::move(s.labels), std::move(s.points)});
    return r;
}

} // namespace

LocalEngine::LocalEngine(const SeriesStore &store, QObject *parent)
    : LocalEngine(store, Options{}, parent)
{}

LocalEngine::LocalEngine(const SeriesStore &store, const Options &options, QObject *parent)
    : QueryEngine(parent)
    , m_store(store)
    , m_options(options)
    , m_cache(std::max(1, options.maxCachedExpressions))
{}

LocalEngine::~LocalEngine() = default;

QString LocalEngine::name() const
{
    return QStringLiteral("local");
}

void LocalEngine::instantQuery(const QString &expr, qint64 timeMs, Callback done)
{
    if (done)
        done(evaluateInstant(expr, timeMs));
}

void LocalEngine::rangeQuery(const QString &expr, qint64 startMs, qint64 endMs, qint64 stepMs,
                             Callback done)
{
    if (done)
        done(evaluateRange(expr, startMs, endMs, stepMs));
}

int LocalEngine::cachedExpressionCount() const
{
    QMutexLocker lock(&m_cacheMutex);
    return int(m_cache.count());
}

Result<std::shared_ptr<const Promql::Expr>> LocalEngine::parse(const QString &expr) const
{
    {
        QMutexLocker lock(&m_cacheMutex);
        if (const auto *cached = m_cache.object(expr))
            return *cached;
    }
    Result<Promql::ExprPtr> parsed = Promql::Parser::parse(expr);
    if (!parsed)
        return parsed.error();
    std::shared_ptr<const Promql::Expr> shared(std::move(parsed).value().release());
    QMutexLocker lock(&m_cacheMutex);
    m_cache.insert(expr, new std::shared_ptr<const Promql::Expr>(shared));
    return shared;
}

QueryResult LocalEngine::evaluateInstant(const QString &expr, qint64 timeMs) const
{
    const Result<std::shared_ptr<const Promql::Expr>> parsed = parse(expr);
    if (!parsed)
        return QueryResult::failure(parsed.error());
    return evaluate(*parsed.value(), expr, timeMs, timeMs, 0);
}

QueryResult LocalEngine::evaluateRange(const QString &expr, qint64 startMs, qint64 endMs,
                                       qint64 stepMs) const
{
    if (stepMs <= 0) {
        return QueryResult::failure(
            Error(tr("zero or negative query resolution step widths are not accepted")));
    }
    const Result<std::shared_ptr<const Promql::Expr>> parsed = parse(expr);
    if (!parsed)
        return QueryResult::failure(parsed.error());
    return evaluate(*parsed.value(), expr, startMs, endMs, stepMs);
}

QueryResult LocalEngine::evaluate(const Promql::Expr &expr, const QString &text, qint64 startMs,
                                  qint64 endMs, qint64 stepMs) const
{
    const bool range = stepMs > 0;
    if (range) {
        if (endMs < startMs)
            return QueryResult::failure(Error(tr("end timestamp must not be before start time")));
        if ((endMs - startMs) / stepMs + 1 > m_options.maxPointsPerSeries) {
            return QueryResult::failure(
                Error(tr("exceeded maximum resolution of %1 points per timeseries; "
                         "try decreasing the query resolution (?step=XX)")
                          .arg(m_options.maxPointsPerSeries)));
        }
        const Promql::ValueType t = expr.type();
        if (t != Promql::ValueType::Scalar && t != Promql::ValueType::Vector) {
            return QueryResult::failure(
                Error(tr("invalid expression type \"%1\" for range query, must be Scalar or "
                         "instant Vector")
                          .arg(Promql::valueTypeName(t))));
        }
    }
    Promql::Evaluator::Options eo;
    eo.lookbackDeltaMs = m_options.lookbackDeltaMs;
    eo.defaultSubqueryStepMs = m_options.defaultSubqueryStepMs;
    eo.maxSamples = m_options.maxSamples;
    Promql::Evaluator::Query q;
    q.startMs = startMs;
    q.endMs = range ? endMs : startMs;
    q.stepMs = range ? stepMs : 0;
    q.text = text;
    q.isRange = range;
    Promql::Evaluator ev(m_store, eo, q);
    Result<Promql::Value> v = ev.evaluate(expr);
    if (!v) {
        QueryResult failed = QueryResult::failure(v.error());
        failed.warnings = ev.annotations();
        return failed;
    }
    return toQueryResult(std::move(v).value(), range, startMs, ev.annotations());
}

} // namespace Wk
