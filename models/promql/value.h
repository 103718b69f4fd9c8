#pragma once

#include "ast.h"

#include "models/metrics/labels.h"
#include "models/metrics/sample.h"

#include <vector>

namespace Wk::Promql {

// One series of an evaluation result: a point per evaluation step where it has a value, or the
// raw samples of a range selector. dropName defers removing __name__ to the end of the query,
// as Prometheus's delayed name removal does, so that label_replace and friends still see it.
struct Series
{
    Labels labels;
    std::vector<Sample> points;
    bool dropName = false;
};

using Matrix = std::vector<Series>;

// What evaluating a node yields: every scalar or instant-vector node evaluates to a matrix with
// one point per step (a scalar is one label-less series); strings stay strings.
struct Value
{
    ValueType type = ValueType::None;
    Matrix matrix;
    QString string;
};

} // namespace Wk::Promql
