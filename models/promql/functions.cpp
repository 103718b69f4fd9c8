#include "functions.h"

#include <QHash>

namespace Wk::Promql {

namespace {

using VT = ValueType;

QList<Function> buildTable()
{
    const VT S = VT::Scalar;
    const VT V = VT::Vector;
    const VT M = VT::Matrix;
    const VT Str = VT::String;
    using F = FunctionId;
    QList<Function> t = {
        {F::Abs, QStringLiteral("abs"), {V}, 0, V},
        {F::Absent, QStringLiteral("absent"), {V}, 0, V},
        {F::AbsentOverTime, QStringLiteral("absent_over_time"), {M}, 0, V},
        {F::Acos, QStringLiteral("acos"), {V}, 0, V},
        {F::Acosh, QStringLiteral("acosh"), {V}, 0, V},
        {F::Asin, QStringLiteral("asin"), {V}, 0, V},
        {F::Asinh, QStringLiteral("asinh"), {V}, 0, V},
        {F::Atan, QStringLiteral("atan"), {V}, 0, V},
        {F::Atanh, QStringLiteral("atanh"), {V}, 0, V},
        {F::AvgOverTime, QStringLiteral("avg_over_time"), {M}, 0, V},
        {F::Ceil, QStringLiteral("ceil"), {V}, 0, V},
        {F::Changes, QStringLiteral("changes"), {M}, 0, V},
        {F::Clamp, QStringLiteral("clamp"), {V, S, S}, 0, V},
        {F::ClampMax, QStringLiteral("clamp_max"), {V, S}, 0, V},
        {F::ClampMin, QStringLiteral("clamp_min"), {V, S}, 0, V},
        {F::Cos, QStringLiteral("cos"), {V}, 0, V},
        {F::Cosh, QStringLiteral("cosh"), {V}, 0, V},
        {F::CountOverTime, QStringLiteral("count_over_time"), {M}, 0, V},
        {F::DaysInMonth, QStringLiteral("days_in_month"), {V}, 1, V},
        {F::DayOfMonth, QStringLiteral("day_of_month"), {V}, 1, V},
        {F::DayOfWeek, QStringLiteral("day_of_week"), {V}, 1, V},
        {F::DayOfYear, QStringLiteral("day_of_year"), {V}, 1, V},
        {F::Deg, QStringLiteral("deg"), {V}, 0, V},
        {F::Delta, QStringLiteral("delta"), {M}, 0, V},
        {F::Deriv, QStringLiteral("deriv"), {M}, 0, V},
        {F::DoubleExponentialSmoothing,
         QStringLiteral("double_exponential_smoothing"),
         {M, S, S},
         0,
         V},
        {F::End, QStringLiteral("end"), {}, 0, S},
        {F::Exp, QStringLiteral("exp"), {V}, 0, V},
        {F::FirstOverTime, QStringLiteral("first_over_time"), {M}, 0, V},
        {F::Floor, QStringLiteral("floor"), {V}, 0, V},
        {F::HistogramAvg, QStringLiteral("histogram_avg"), {V}, 0, V, true},
        {F::HistogramCount, QStringLiteral("histogram_count"), {V}, 0, V, true},
        {F::HistogramFraction, QStringLiteral("histogram_fraction"), {S, S, V}, 0, V},
        {F::HistogramQuantile, QStringLiteral("histogram_quantile"), {S, V}, 0, V},
        {F::HistogramQuantiles, QStringLiteral("histogram_quantiles"), {V, Str, S, S}, -1, V},
        {F::HistogramStddev, QStringLiteral("histogram_stddev"), {V}, 0, V, true},
        {F::HistogramStdvar, QStringLiteral("histogram_stdvar"), {V}, 0, V, true},
        {F::HistogramSum, QStringLiteral("histogram_sum"), {V}, 0, V, true},
        {F::Hour, QStringLiteral("hour"), {V}, 1, V},
        {F::Idelta, QStringLiteral("idelta"), {M}, 0, V},
        {F::Increase, QStringLiteral("increase"), {M}, 0, V},
        {F::Irate, QStringLiteral("irate"), {M}, 0, V},
        {F::LabelJoin, QStringLiteral("label_join"), {V, Str, Str, Str}, -1, V},
        {F::LabelReplace, QStringLiteral("label_replace"), {V, Str, Str, Str, Str}, 0, V},
        {F::LastOverTime, QStringLiteral("last_over_time"), {M}, 0, V},
        {F::Ln, QStringLiteral("ln"), {V}, 0, V},
        {F::Log10, QStringLiteral("log10"), {V}, 0, V},
        {F::Log2, QStringLiteral("log2"), {V}, 0, V},
        {F::MadOverTime, QStringLiteral("mad_over_time"), {M}, 0, V},
        {F::MaxOf, QStringLiteral("max_of"), {S, S}, 0, S},
        {F::MaxOverTime, QStringLiteral("max_over_time"), {M}, 0, V},
        {F::MinOf, QStringLiteral("min_of"), {S, S}, 0, S},
        {F::MinOverTime, QStringLiteral("min_over_time"), {M}, 0, V},
        {F::Minute, QStringLiteral("minute"), {V}, 1, V},
        {F::Month, QStringLiteral("month"), {V}, 1, V},
        {F::Pi, QStringLiteral("pi"), {}, 0, S},
        {F::PredictLinear, QStringLiteral("predict_linear"), {M, S}, 0, V},
        {F::PresentOverTime, QStringLiteral("present_over_time"), {M}, 0, V},
        {F::QuantileOverTime, QStringLiteral("quantile_over_time"), {S, M}, 0, V},
        {F::Rad, QStringLiteral("rad"), {V}, 0, V},
        {F::Range, QStringLiteral("range"), {}, 0, S},
        {F::Rate, QStringLiteral("rate"), {M}, 0, V},
        {F::Resets, QStringLiteral("resets"), {M}, 0, V},
        {F::Round, QStringLiteral("round"), {V, S}, 1, V},
        {F::Scalar, QStringLiteral("scalar"), {V}, 0, S},
        {F::Sgn, QStringLiteral("sgn"), {V}, 0, V},
        {F::Sin, QStringLiteral("sin"), {V}, 0, V},
        {F::Sinh, QStringLiteral("sinh"), {V}, 0, V},
        {F::Sort, QStringLiteral("sort"), {V}, 0, V},
        {F::SortByLabel, QStringLiteral("sort_by_label"), {V, Str}, -1, V},
        {F::SortByLabelDesc, QStringLiteral("sort_by_label_desc"), {V, Str}, -1, V},
        {F::SortDesc, QStringLiteral("sort_desc"), {V}, 0, V},
        {F::Sqrt, QStringLiteral("sqrt"), {V}, 0, V},
        {F::Start, QStringLiteral("start"), {}, 0, S},
        {F::Step, QStringLiteral("step"), {}, 0, S},
        {F::StddevOverTime, QStringLiteral("stddev_over_time"), {M}, 0, V},
        {F::StdvarOverTime, QStringLiteral("stdvar_over_time"), {M}, 0, V},
        {F::SumOverTime, QStringLiteral("sum_over_time"), {M}, 0, V},
        {F::Tan, QStringLiteral("tan"), {V}, 0, V},
        {F::Tanh, QStringLiteral("tanh"), {V}, 0, V},
        {F::Time, QStringLiteral("time"), {}, 0, S},
        {F::Timestamp, QStringLiteral("timestamp"), {V}, 0, V},
        {F::TsOfFirstOverTime, QStringLiteral("ts_of_first_over_time"), {M}, 0, V},
        {F::TsOfLastOverTime, QStringLiteral("ts_of_last_over_time"), {M}, 0, V},
        {F::TsOfMaxOverTime, QStringLiteral("ts_of_max_over_time"), {M}, 0, V},
        {F::TsOfMinOverTime, QStringLiteral("ts_of_min_over_time"), {M}, 0, V},
        {F::Vector, QStringLiteral("vector"), {S}, 0, V},
        {F::Year, QStringLiteral("year"), {V}, 1, V},
    };
    return t;
}

const QList<Function> &table()
{
    static const QList<Function> t = buildTable();
    return t;
}

const QHash<QString, const Function *> &index()
{
    static const QHash<QString, const Function *> idx = [] {
        QHash<QString, const Function *> h;
        for (const Function &f : table())
            h.insert(f.name, &f);
        return h;
    }();
    return idx;
}

} // namespace

const Function *findFunction(QStringView name)
{
    return index().value(name.toString(), nullptr);
}

bool isAtModifierUnsafe(FunctionId id)
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
    case FunctionId::PredictLinear:
    case FunctionId::Time:
    case FunctionId::Timestamp:
    case FunctionId::Start:
    case FunctionId::End:
    case FunctionId::Step:
    case FunctionId::Range:
        return true;
    default:
        return false;
    }
}

} // namespace Wk::Promql
