#pragma once

#include "incident.h"
#include "models/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Wk {

// One user or automation action on an incident, as a value: what, on which incident, by whom,
// when, and (for edits of the incident's fields) the version the author saw. The repository
// applies it in one transaction, and queues it (as JSON) while the database is unreachable.
//
// Edits of fields (stage, severity, title, commander, assignees, impact, checklist, action
// items) are checked: they are refused when the incident's version is no longer `baseVersion`.
// Appends (notes, acknowledgement, alert events, SLA breaches) commute with everything else,
// so they are never refused and do not change the version.
struct IncidentChange
{
    Q_DECLARE_TR_FUNCTIONS(Wk::IncidentChange)
public:
    enum class Kind {
        Create,
        MoveStage,
        SetSeverity,
        SetTitle,
        SetCommander,
        SetAssignees,
        SetImpact,
        TickCommunication,
        AddActionItem,
        UpdateActionItem,
        AddNote,
        Acknowledge,
        AlertFired,
        AlertResolved,
        RecordSlaBreach,
    };

    Kind kind = Kind::AddNote;
    qint64 incidentId = 0;
    int baseVersion = 0;
    QString who;
    qint64 atMs = 0;
    QJsonObject args; // the kind's arguments, see the factory functions
    // A unique id (a UUID) given when the change is submitted: a change replayed from the
    // offline queue after a crash is applied only once.
    QString uid;

    // Whether a stale baseVersion refuses the change.
    bool isChecked() const;
    // "move", "note", ...: stable keys in the queue file.
    static QString kindKey(Kind kind);
    // A short description for refusal messages: "move to Response", "note \"...\"".
    QString describe() const;

    static IncidentChange create(const QString &title, IncidentSeverity severity,
                                 const QString &commander = {}, const QString &impact = {});
    // Opens an incident with `alert` linked. With attachToActive, the repository attaches the
    // alert instead to an active incident (Detection to Resolution) that already links the
    // alert or another alert of the same instance, deciding inside the write transaction so
    // two desktops seeing the same alert do not open two incidents.
    static IncidentChange createFromAlert(const QString &title, IncidentSeverity severity,
                                          const Incident::LinkedAlert &alert, bool attachToActive);
    static IncidentChange moveStage(qint64 id, int baseVersion, IncidentStage stage);
    static IncidentChange setSeverity(qint64 id, int baseVersion, IncidentSeverity severity);
    static IncidentChange setTitle(qint64 id, int baseVersion, const QString &title);
    static IncidentChange setCommander(qint64 id, int baseVersion, const QString &commander);
    static IncidentChange setAssignees(qint64 id, int baseVersion, const QStringList &assignees);
    static IncidentChange setImpact(qint64 id, int baseVersion, const QString &impact);
    static IncidentChange tickCommunication(qint64 id, int baseVersion,
                                            CommunicationChannel channel, bool ticked);
    static IncidentChange addActionItem(qint64 id, int baseVersion, const QString &text,
                                        const QString &owner, const QDate &due);
    static IncidentChange updateActionItem(qint64 id, int baseVersion,
                                           const Incident::ActionItem &item);
    static IncidentChange addNote(qint64 id, const QString &text);
    static IncidentChange acknowledge(qint64 id);
    static IncidentChange alertFired(qint64 id, const Incident::LinkedAlert &alert);
    static IncidentChange alertResolved(qint64 id, const QString &fingerprint);
    // `slaKey` is "response" or "resolution"; `atMs` of the change is when the target passed.
    static IncidentChange recordSlaBreach(qint64 id, const QString &slaKey, qint64 targetMs);

    // The alert a Create or AlertFired change carries.
    std::optional<Incident::LinkedAlert> linkedAlert() const;
    bool attachesToActiveIncident() const;
    // This Create-from-alert as an AlertFired on incident `id` (same author, time and uid).
    IncidentChange attachedTo(qint64 id) const;

    // What applying the change to an incident gives.
    struct Outcome
    {
        Incident incident;            // the new state (timeline included)
        QList<TimelineEntry> added;   // the entries the change appends
        bool fieldsChanged = false;   // a checked edit that changed something: version + 1
        bool anythingChanged = false; // false: nothing to store (already acknowledged, ...)
    };
    // Applies the change to `current` (for Create, `current` is ignored) without any version
    // check; an error says why the change cannot apply ("no action item 4").
    Result<Outcome> applyTo(const Incident &current) const;

    // A target as the guide writes it: "5 min", "1 h", "72 h".
    static QString formatTarget(qint64 ms);

    QJsonObject toJson() const;
    static Result<IncidentChange> fromJson(const QJsonObject &object);
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::IncidentChange)
