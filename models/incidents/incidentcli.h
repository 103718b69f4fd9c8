#pragma once

#include "incident.h"
#include "models/core/result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace Wk {

// Writes an incident's review as PDF (widgets/ has one: writeIncidentPdf); models/ cannot.
using IncidentPdfWriter = std::function<std::optional<Error>(const Incident &incident, qint64 nowMs,
                                                             const QString &file)>;

// `watchkeeper incident ...` on the database at `databaseLocation` (a path or a postgresql://
// URL). `args` start after "incident":
//   list [--json] [--open]
//   show ID
//   open --title TEXT --severity P1..P4 [--commander NAME] [--impact TEXT]
//   move ID STAGE                 (detection, assessment, response, resolution, follow-up, closed)
//   note ID TEXT...
//   ack ID
//   export ID --markdown FILE     (FILE "-" is standard output)
//   export ID --pdf FILE          (only with a pdfWriter)
// A global --as NAME sets the name on the timeline (default: the OS user).
// Exit codes: 0 done, 1 failed (database, unknown incident), 2 usage, 3 refused (the incident
// changed meanwhile; the message names who changed it).
int runIncidentCommand(const QStringList &args, const QString &databaseLocation, QTextStream &out,
                       QTextStream &err, const IncidentPdfWriter &pdfWriter = {});

QString incidentCommandUsage();

} // namespace Wk
