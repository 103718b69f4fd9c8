#pragma once

#include "models/core/result.h"
#include "models/incidents/incident.h"

#include <QTextStream>

#include <optional>

namespace Wk {

// The post-incident review (IncidentReview's Markdown) as an A4 PDF, through QTextDocument and
// QPdfWriter. Needs a QGuiApplication (fonts); the offscreen platform will do. Matches
// IncidentPdfWriter, so `runIncidentCommand(..., writeIncidentPdf)` exports PDF too.
std::optional<Error> writeIncidentPdf(const Incident &incident, qint64 nowMs, const QString &file);

// `watchkeeper incident export ID --pdf FILE`: reads the incident from the database and writes
// its review. Exit codes as runIncidentCommand's (0 done, 1 failed).
int exportIncidentPdf(qint64 incidentId, const QString &databaseLocation, const QString &file,
                      QTextStream &out, QTextStream &err);

} // namespace Wk
