#pragma once

#include "incident.h"

#include <QCoreApplication>
#include <QString>

namespace Wk {

// The post-incident review of an incident as Markdown: summary, severity, times against the
// guide's targets, impact, time in each stage, timeline, linked alerts, action items and the
// communication checklist. Times are written in UTC so a review reads the same everywhere.
// widgets/ turns the same text into a PDF.
class IncidentReview final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::IncidentReview)
public:
    static QString toMarkdown(const Incident &incident, qint64 nowMs);
    // "INC-42".
    static QString reference(const Incident &incident);
    // "2023-11-14 22:13:20 UTC".
    static QString formatTime(qint64 ms);
    // "45 s", "12 min", "1 h 5 min", "2 d 3 h": durations in a review.
    static QString formatDuration(qint64 ms);
};

} // namespace Wk
