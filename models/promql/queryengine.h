#pragma once

#include "models/core/result.h"
#include "models/metrics/labels.h"
#include "models/metrics/sample.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <vector>

namespace Wk {

// One series of a query answer. For an instant vector, samples holds exactly one sample at the
// evaluation time; for a range query (matrix), one sample per step where the series had a value.
struct QuerySeries
{
    Labels labels;
    std::vector<Sample> samples;
};

struct QueryResult
{
    enum class Type { Invalid, Scalar, Vector, Matrix, String };

    Type type = Type::Invalid;
    // Vector and Matrix. A range query always answers a Matrix sorted by labels; a scalar
    // expression is then one label-less series.
    QList<QuerySeries> series;
    double scalar = 0; // Scalar (instant)
    qint64 scalarTime = 0;
    QString string; // String
    Error error;    // set when type is Invalid
    // Annotations as Prometheus words them ("PromQL warning: ...", "PromQL info: ...") and
    // notes such as "unsupported: native histograms (histogram_count)".
    QStringList warnings;

    bool ok() const { return type != Type::Invalid; }
    static QueryResult failure(Error e)
    {
        QueryResult r;
        r.error = std::move(e);
        return r;
    }
};

// The query seam: the local engine over the series store, or a Prometheus-API server.
// A panel or a rule never knows which one answered. Callbacks run on the caller's thread,
// possibly before the call returns (the local engine answers synchronously).
class QueryEngine : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(QueryResult)>;
    using QObject::QObject;

    virtual void instantQuery(const QString &expr, qint64 timeMs, Callback done) = 0;
    // Evaluates at start, start+step, ... <= end (all in milliseconds), as /api/v1/query_range.
    virtual void rangeQuery(const QString &expr, qint64 startMs, qint64 endMs, qint64 stepMs,
                            Callback done) = 0;
    // A short name for status lines: "local" or the server's URL.
    virtual QString name() const = 0;
};

} // namespace Wk
