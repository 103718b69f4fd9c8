#include "expositionformat.h"

#include <QCoreApplication>

namespace Wk {

ExpositionFormat expositionFormatForContentType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView mediaType =
        (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    if (mediaType.compare("application/openmetrics-text", Qt::CaseInsensitive) == 0)
        return ExpositionFormat::OpenMetrics;
    return ExpositionFormat::PrometheusText;
}

QString expositionFormatName(ExpositionFormat format)
{
    switch (format) {
    case ExpositionFormat::OpenMetrics:
        return QCoreApplication::translate("Wk::Exposition", "OpenMetrics 1.0");
    case ExpositionFormat::PrometheusText:
        break;
    }
    return QCoreApplication::translate("Wk::Exposition", "Prometheus text 0.0.4");
}

QByteArrayView metricTypeKeyword(MetricType type, ExpositionFormat format)
{
    switch (type) {
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    case MetricType::GaugeHistogram:
        return "gaugehistogram";
    case MetricType::Summary:
        return "summary";
    case MetricType::Info:
        return "info";
    case MetricType::StateSet:
        return "stateset";
    case MetricType::Unknown:
        break;
    }
    return format == ExpositionFormat::OpenMetrics ? "unknown" : "untyped";
}

} // namespace Wk
