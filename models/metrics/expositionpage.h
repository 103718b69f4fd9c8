#pragma once

#include "expositionformat.h"
#include "labels.h"
#include "models/core/result.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Wk {

class ExpositionParser;

// A metric family of a parsed page with its samples' range in ExpositionPage::samples.
struct ExpositionPageFamily
{
    QString name;
    MetricType type = MetricType::Unknown;
    QString help;
    QString unit;
    int firstSample = 0;
    int sampleCount = 0;
};

// A whole page in owned form, ready for SeriesStore::ingest: each sample's labels carry its
// name as __name__ (labels with empty values dropped, as Prometheus does), timestamps are
// milliseconds and parallel to samples.
struct ExpositionPage
{
    ExpositionFormat format = ExpositionFormat::PrometheusText;
    QList<ExpositionPageFamily> families;
    QList<QPair<Labels, double>> samples;
    QList<std::optional<qint64>> timestamps;
    int exemplars = 0;

    int seriesCount() const; // distinct label sets among the samples
};

// Parses a page into an ExpositionPage (allocates per sample; the scrape hot path can use
// ExpositionParser with its own sink instead).
Result<ExpositionPage>
parseExpositionPage(QByteArrayView page, ExpositionFormat format,
                    ExpositionValidation validation = ExpositionValidation::Strict);
// The same with a caller's parser, so its buffers are reused between pages.
Result<ExpositionPage> parseExpositionPage(QByteArrayView page, ExpositionParser &parser);

} // namespace Wk
