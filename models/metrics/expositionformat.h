#pragma once

#include <QByteArrayView>
#include <QString>

namespace Wk {

// The two text formats a metrics endpoint may answer with.
enum class ExpositionFormat {
    PrometheusText, // text/plain; version=0.0.4
    OpenMetrics,    // application/openmetrics-text; version=1.0.0
};

// How much of a format's specification a parse enforces.
// Strict: every rule of the spec, the syntax and the meaning of the values (counters not
// negative, histogram buckets ascending with a +Inf bucket equal to _count, groups contiguous,
// series unique, ...). `metrics check` and the conformance suite use it.
// Lenient: syntax, names, labels and metadata only, which is what Prometheus itself enforces
// when it scrapes; real client libraries publish pages that break the value rules (a histogram
// with negative buckets and a _sum, negative quantile values) and Prometheus ingests them.
enum class ExpositionValidation { Strict, Lenient };

// A metric family's type. Unknown is OpenMetrics's "unknown" and Prometheus text's "untyped".
enum class MetricType {
    Unknown,
    Counter,
    Gauge,
    Histogram,
    GaugeHistogram,
    Summary,
    Info,
    StateSet
};

// The Accept header Prometheus sends when it scrapes: OpenMetrics first, then text 0.0.4.
inline constexpr char ScrapeAcceptHeader[] =
    "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;"
    "q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

// The format of a response from its Content-Type: application/openmetrics-text (any version,
// as Prometheus does) is OpenMetrics; everything else, a missing header included, is
// Prometheus text 0.0.4.
ExpositionFormat expositionFormatForContentType(QByteArrayView contentType);

// "OpenMetrics 1.0" or "Prometheus text 0.0.4".
QString expositionFormatName(ExpositionFormat format);

// The type's keyword in the given format ("untyped" for Unknown in Prometheus text).
QByteArrayView metricTypeKeyword(MetricType type, ExpositionFormat format);

} // namespace Wk
