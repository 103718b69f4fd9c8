#pragma once

#include "ast.h"

#include <QList>
#include <QString>

namespace Wk::Promql {

enum class FunctionId {
    Abs,
    Absent,
    AbsentOverTime,
    Acos,
    Acosh,
    Asin,
    Asinh,
    Atan,
    Atanh,
    AvgOverTime,
    Ceil,
    Changes,
    Clamp,
    ClampMax,
    ClampMin,
    Cos,
    Cosh,
    CountOverTime,
    DaysInMonth,
    DayOfMonth,
    DayOfWeek,
    DayOfYear,
    Deg,
    Delta,
    Deriv,
    DoubleExponentialSmoothing,
    End,
    Exp,
    FirstOverTime,
    Floor,
    HistogramAvg,
    HistogramCount,
    HistogramFraction,
    HistogramQuantile,
    HistogramQuantiles,
    HistogramStddev,
    HistogramStdvar,
    HistogramSum,
    Hour,
    Idelta,
    Increase,
    Irate,
    LabelJoin,
    LabelReplace,
    LastOverTime,
    Ln,
    Log10,
    Log2,
    MadOverTime,
    MaxOf,
    MaxOverTime,
    MinOf,
    MinOverTime,
    Minute,
    Month,
    Pi,
    PredictLinear,
    PresentOverTime,
    QuantileOverTime,
    Rad,
    Range,
    Rate,
    Resets,
    Round,
    Scalar,
    Sgn,
    Sin,
    Sinh,
    Sort,
    SortByLabel,
    SortByLabelDesc,
    SortDesc,
    Sqrt,
    Start,
    Step,
    StddevOverTime,
    StdvarOverTime,
    SumOverTime,
    Tan,
    Tanh,
    Time,
    Timestamp,
    TsOfFirstOverTime,
    TsOfLastOverTime,
    TsOfMaxOverTime,
    TsOfMinOverTime,
    Vector,
    Year
};

// A PromQL function's signature. With variadic != 0 the last argument type may be omitted;
// variadic > 0 allows that many arguments of the last type, -1 any number.
struct Function
{
    FunctionId id;
    QString name;
    QList<ValueType> argTypes;
    int variadic = 0;
    ValueType returnType = ValueType::Vector;
    // Only meaningful for native histograms, which this engine does not store.
    bool nativeHistogramsOnly = false;
};

// nullptr when PromQL has no function of that name.
const Function *findFunction(QStringView name);

// Functions whose result depends on the evaluation time even when their arguments are pinned
// with @; Prometheus's own list, which the conformance runner uses too.
bool isAtModifierUnsafe(FunctionId id);

} // namespace Wk::Promql
