#pragma once

#include "incidentrepository.h"

namespace Wk {

// A realistic set of incidents for the demo workspace, screenshots and tests: one in every
// board column, countdowns on track, due soon and breached, and a P1 taken through all five
// stages with alerts, notes, checklist ticks and action items, whose review reads like a real
// post-incident review. Times are relative to `nowMs`.
class IncidentDemo final
{
public:
    // Writes the incidents into `repository` (which should be empty). Returns the id of the
    // fully worked P1, or 0 when a write failed.
    static qint64 populate(IncidentRepository *repository, qint64 nowMs);
};

} // namespace Wk
