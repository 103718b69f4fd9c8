#pragma once

#include "models/metrics/labelmatcher.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Wk::Promql {

struct Function;

// The static type of an expression, as PromQL's type checker sees it.
enum class ValueType { None, Scalar, Vector, Matrix, String };
QString valueTypeName(ValueType type); // "scalar", "instant vector", "range vector", "string"

// Character offsets into the query text, half-open [start, end).
struct PosRange
{
    int start = 0;
    int end = 0;
};

enum class BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Atan2,
    Eq,
    Ne,
    Gt,
    Lt,
    Ge,
    Le,
    And,
    Or,
    Unless
};
bool isComparison(BinaryOp op);
bool isSetOperator(BinaryOp op);
// Arithmetic operators change what a sample means, so they drop the metric name.
bool changesMetricSchema(BinaryOp op);
QString binaryOpName(BinaryOp op);

enum class AggregateOp {
    Sum,
    Avg,
    Count,
    Min,
    Max,
    Group,
    Stddev,
    Stdvar,
    Topk,
    Bottomk,
    CountValues,
    Quantile,
    Limitk,
    LimitRatio
};
QString aggregateOpName(AggregateOp op);
bool aggregateHasParam(AggregateOp op);

enum class Cardinality { OneToOne, ManyToOne, OneToMany, ManyToMany };

struct VectorMatching
{
    Cardinality card = Cardinality::OneToOne;
    QStringList matchingLabels; // on(...) or ignoring(...)
    bool on = false;
    QStringList include; // group_left(...) / group_right(...)
};

// Where an @ modifier pins a selector or subquery.
enum class AtAnchor { None, Timestamp, Start, End };

// One node of a parsed PromQL expression. A single node type keeps cloning, printing and the
// evaluator's dispatch simple; only the fields of the node's kind are meaningful.
struct Expr
{
    enum class Kind {
        Number,
        String,
        VectorSelector,
        MatrixSelector, // children[0] is the VectorSelector carrying offset and @
        Subquery,       // children[0] is the inner expression
        Aggregate,      // children[0] is the expression, param the optional parameter
        Binary,         // children[0] lhs, children[1] rhs
        Unary,          // children[0]
        Call,           // children are the arguments
        Paren           // children[0]
    };

    explicit Expr(Kind k)
        : kind(k)
    {}

    Kind kind;
    PosRange pos;

    double number = 0; // Number

    QString text;          // String: the decoded value
    QString literal;       // String: the literal as written, quotes included
    bool validUtf8 = true; // String: false when escapes produced invalid UTF-8

    QString metricName;     // VectorSelector
    LabelMatchers matchers; // VectorSelector, the metric name included as __name__

    qint64 offsetMs = 0;          // VectorSelector, Subquery
    AtAnchor at = AtAnchor::None; // VectorSelector, Subquery
    qint64 atMs = 0;              // with AtAnchor::Timestamp
    qint64 rangeMs = 0;           // MatrixSelector, Subquery
    qint64 stepMs = 0;            // Subquery; 0 means the engine's default step

    AggregateOp aggregateOp = AggregateOp::Sum; // Aggregate
    QStringList grouping;                       // Aggregate
    bool without = false;                       // Aggregate
    std::unique_ptr<Expr> param;                // Aggregate

    BinaryOp binaryOp = BinaryOp::Add; // Binary
    bool returnBool = false;           // Binary
    VectorMatching matching;           // Binary, meaningful when both sides are vectors

    bool negate = false; // Unary: true for '-'

    const Function *function = nullptr; // Call

    std::vector<std::unique_ptr<Expr>> children;

    ValueType type() const;
    const Expr *child(int i = 0) const { return children.at(size_t(i)).get(); }
    // The expression without enclosing parentheses.
    const Expr *unwrapped() const;
    std::unique_ptr<Expr> clone() const;
    // Canonical PromQL text, as Prometheus prints expressions.
    QString toString() const;
};

using ExprPtr = std::unique_ptr<Expr>;

} // namespace Wk::Promql
