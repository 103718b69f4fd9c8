#pragma once

#include "ast.h"
#include "queryengine.h"

#include "models/core/result.h"

#include <QCache>
#include <QMutex>

#include <memory>

namespace Wk {

class SeriesStore;

// PromQL over the in-memory series store. Answers synchronously: the callback of
// instantQuery/rangeQuery runs before the call returns. Parsed expressions are cached, so the
// same dashboard query costs no parsing on later refreshes.
class LocalEngine final : public QueryEngine
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 lookbackDeltaMs = 5 * 60 * 1000;
        qint64 defaultSubqueryStepMs = 60 * 1000; // a subquery written without ":step"
        int maxCachedExpressions = 512;
        int maxPointsPerSeries = 11000; // range queries with more steps are refused
        qint64 maxSamples = 50'000'000; // points one step of the evaluation may hold
    };

    explicit LocalEngine(const SeriesStore &store, QObject *parent = nullptr);
    LocalEngine(const SeriesStore &store, const Options &options, QObject *parent = nullptr);
    ~LocalEngine() override;

    void instantQuery(const QString &expr, qint64 timeMs, Callback done) override;
    void rangeQuery(const QString &expr, qint64 startMs, qint64 endMs, qint64 stepMs,
                    Callback done) override;
    QString name() const override;

    // Synchronous forms for the rule evaluator and tests.
    QueryResult evaluateInstant(const QString &expr, qint64 timeMs) const;
    QueryResult evaluateRange(const QString &expr, qint64 startMs, qint64 endMs,
                              qint64 stepMs) const;

    // The parsed, type-checked expression, from the cache when it was parsed before.
    Result<std::shared_ptr<const Promql::Expr>> parse(const QString &expr) const;
    // Evaluates an already parsed expression; text is the query it came from (for the
    // positions in annotations). stepMs == 0 makes it an instant query at startMs.
    QueryResult evaluate(const Promql::Expr &expr, const QString &text, qint64 startMs,
                         qint64 endMs, qint64 stepMs) const;

    const Options &options() const { return m_options; }
    int cachedExpressionCount() const;

private:
    const SeriesStore &m_store; // not owned
    Options m_options;
    mutable QMutex m_cacheMutex;
    mutable QCache<QString, std::shared_ptr<const Promql::Expr>> m_cache;
};

} // namespace Wk
