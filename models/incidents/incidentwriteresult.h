#pragma once

#include "incident.h"

#include <QString>

namespace Wk {

// What became of one change handed to IncidentRepository.
struct IncidentWriteResult
{
    enum class Status {
        Applied,   // stored
        Unchanged, // nothing to store (already in that stage, already acknowledged, ...)
        Queued,    // the database is unreachable: kept in the offline queue, shown as pending
        Refused,   // the incident changed since the version the change was made on
        Failed,    // invalid, unknown incident, or a database error; `message` says which
    };

    Status status = Status::Failed;
    Incident incident; // the state after the change; on a refusal, the current state
    QString message;   // for Refused: "... changed by X at T ..."; for Failed: the error
    // A create-from-alert found an active incident for the alert and attached it there.
    bool attachedInstead = false;

    bool ok() const
    {
        return status == Status::Applied || status == Status::Unchanged || status == Status::Queued;
    }
};

} // namespace Wk
