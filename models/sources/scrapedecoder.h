#pragma once

#include "models/config/workspace.h"
#include "models/core/result.h"
#include "models/metrics/labels.h"

#include <QByteArray>

namespace Wk {

// Turns a scraped exposition page into labelled samples for the series store, adding the
// target's job and instance labels as Prometheus does (a page's own job/instance labels are
// kept as exported_job/exported_instance).
class ScrapeDecoder
{
public:
    static QByteArray acceptHeader();
    static Result<QList<QPair<Labels, double>>> decode(const QByteArray &body,
                                                       const QString &contentType,
                                                       const TargetConfig &target,
                                                       qint64 scrapeTimeMs);
};

} // namespace Wk
