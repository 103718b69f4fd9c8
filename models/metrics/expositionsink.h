#pragma once

#include "expositionformat.h"

#include <QByteArrayView>
#include <QtGlobal>

#include <span>

namespace Wk {

// A label as the parser hands it over: views valid only during the sink call. The value is
// unescaped (\\ \" \n); it points into the page unless it had escapes.
struct ExpositionLabel
{
    QByteArrayView name;
    QByteArrayView value;
};

// An OpenMetrics exemplar: ` # {labels} value [timestamp]` after a sample.
struct ExpositionExemplar
{
    std::span<const ExpositionLabel> labels;
    double value = 0;
    bool hasTimestamp = false;
    double timestampSeconds = 0;
};

// A metric family's metadata, complete when delivered (before its first sample, or at its
// end when it has no samples).
struct ExpositionFamily
{
    QByteArrayView name;
    MetricType type = MetricType::Unknown;
    QByteArrayView help; // unescaped
    QByteArrayView unit; // empty when none (always empty in Prometheus text)
    bool hasHelp = false;
    bool hasType = false;
    int line = 0; // where the family starts
};

// One sample line. `name` is the full sample name (foo_bucket, foo_total, ...); labels are in
// page order. Timestamps are milliseconds in both formats (OpenMetrics seconds are converted
// and rounded).
struct ExpositionSample
{
    QByteArrayView name;
    std::span<const ExpositionLabel> labels;
    double value = 0;
    bool hasTimestamp = false;
    qint64 timestampMs = 0;
    const ExpositionExemplar *exemplar = nullptr; // not owned; null when the line has none
    int line = 0;
};

// Receives a page's families and samples in page order while ExpositionParser reads it.
// Nothing handed over outlives the call. When the parse ends in an error the sink has already
// seen the lines before it and must drop what it built.
class ExpositionSink
{
public:
    virtual ~ExpositionSink() = default;
    virtual void family(const ExpositionFamily &family) = 0;
    virtual void sample(const ExpositionSample &sample) = 0;
};

} // namespace Wk
