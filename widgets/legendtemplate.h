#pragma once

#include "models/metrics/labels.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Wk {

// The legend text of a series: "{{endpoint}} {{ method }}" takes label values (a missing label
// gives an empty string); an empty template writes the label set in Prometheus notation, or the
// metric name alone when there are no other labels.
QString expandLegendTemplate(const QString &legendTemplate, const Labels &labels);

// Legend texts for several series at once. With a template, each series' expansion. Without one,
// only the labels that tell the series apart: a single such label gives its bare value
// ("/api/health"), several give {endpoint="/api/health", method="GET"}; when nothing tells them
// apart (or there is one series), expandLegendTemplate() with an empty template.
QStringList legendTexts(const QString &legendTemplate, const QList<Labels> &labels);

} // namespace Wk
