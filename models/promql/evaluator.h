#pragma once

#include "ast.h"
#include "value.h"

#include "models/core/result.h"
#include "models/metrics/seriesstore.h"

#include <QSet>
#include <QStringList>

#include <functional>

namespace Wk::Promql {

// Evaluates a parsed expression over a series store for one query: an instant query is a range
// evaluation with a single step. Every node is evaluated once over the whole range (selectors
// read each series once and slide their windows across the steps), as Prometheus's engine does.
//
// Semantics follow Prometheus 3: the lookback window and range selectors are left-open
// (a sample exactly lookback-delta old no longer counts), staleness markers end a series, and
// the metric name is removed at the end of the query ("delayed name removal").
class Evaluator
{
public:
    struct Options
    {
        qint64 lookbackDeltaMs = 5 * 60 * 1000;
        qint64 defaultSubqueryStepMs = 60 * 1000; // a subquery without ":step"
        qint64 maxSamples = 50'000'000; // points one node may produce, as Prometheus limits
    };

    struct Query
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint64 stepMs = 0; // 0 for an instant query
        QString text;      // for the positions in annotations
        bool isRange = false;
    };

    Evaluator(const SeriesStore &store, const Options &options, Query query);

    // The cleaned-up result (names dropped, same label sets merged) or the evaluation error.
    Result<Value> evaluate(const Expr &root);
    // "PromQL warning: ..." and "PromQL info: ..." annotations, each once, in order of arrival.
    const QStringList &annotations() const { return m_annotations; }

private:
    struct InSample
    {
        int series; // index into the input matrix
        double v;
    };
    using StepVector = std::vector<InSample>;
    struct OutSample
    {
        Labels labels;
        double v = 0;
        bool dropName = false;
        int key = -1; // stable identity of the output series when >= 0, else the labels are
    };
    using StepFunction = std::function<void(qint64 ts, const std::vector<StepVector> &in,
                                            std::vector<OutSample> &out)>;

    Value eval(const Expr &e); // evalNode with the sample limit enforced
    Value evalNode(const Expr &e);
    Matrix evalMatrix(const Expr &e) { return eval(e).matrix; }

    Matrix rangeEval(const std::vector<const Matrix *> &inputs, const StepFunction &fn);
    int numSteps() const;

    QList<SeriesId> selectSeries(const Expr &vs) const;
    qint64 atTime(const Expr &e) const; // the pinned time of an @ modifier
    Matrix evalVectorSelector(const Expr &vs, bool sampleTimesAsValues = false);
    Matrix evalMatrixSelectorRaw(const Expr &ms);
    Matrix evalSubqueryInner(const Expr &sq);

    Value evalBinary(const Expr &e);
    Matrix vectorBinop(const Expr &e, const Matrix &lhs, const Matrix &rhs);
    Value evalAggregate(const Expr &e);
    Matrix evalTopK(const Expr &e, const Matrix &input, const std::vector<int> &groupOf,
                    int groupCount, const std::vector<double> &params);
    Matrix evalCountValues(const Expr &e);
    Value evalCall(const Expr &e);
    Matrix evalRangeFunction(const Expr &call, int matrixArg);
    Matrix evalLabelReplace(const Expr &call);
    Matrix evalLabelJoin(const Expr &call);
    Matrix evalTimestampOfSelector(const Expr &vs);
    Matrix evalHistogramFunction(const Expr &call);

    Matrix mergeSameLabelsets(Matrix m);
    void checkSamples(const Matrix &m) const;
    std::vector<double> scalarPerStep(const Expr &e);

    void addAnnotation(bool warning, const QString &message, const PosRange &pos);
    void addWarning(const QString &message, const PosRange &pos)
    {
        addAnnotation(true, message, pos);
    }
    void addInfo(const QString &message, const PosRange &pos)
    {
        addAnnotation(false, message, pos);
    }

    const SeriesStore &m_store; // not owned
    Options m_options;
    Query m_query;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_interval = 1;
    QStringList m_annotations;
    QSet<QString> m_seenAnnotations;
};

} // namespace Wk::Promql
