#pragma once

#include "communicationchecklist.h"
#include "incidentseverity.h"
#include "incidentstage.h"
#include "timelineentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Wk {

// One incident as stored: what it is, where it stands and everything that happened to it.
// Times are milliseconds since the epoch, 0 when not (yet) reached. `version` counts edits of
// the incident's fields; an edit made against an older version is refused (see
// IncidentRepository). An id below zero names an incident created while the database was
// unreachable, not yet stored.
struct Incident
{
    Q_DECLARE_TR_FUNCTIONS(Wk::Incident)
public:
    // An alert linked to the incident, with the facts the incident needs (no alert classes).
    struct LinkedAlert
    {
        QString fingerprint;
        QString alertname;
        QString instance;
        QString severity; // the alert's severity label: critical, high, ...
        QString state;    // "firing" or "resolved"
        QString summary;
        qint64 firedMs = 0;
        qint64 resolvedMs = 0;
        bool operator==(const LinkedAlert &) const = default;
    };
    // A post-incident review action item.
    struct ActionItem
    {
        int id = 0; // unique within the incident
        QString text;
        QString owner;
        QDate due;
        bool done = false;
        bool operator==(const ActionItem &) const = default;
    };
    // A ticked communication checklist item.
    struct CommunicationTick
    {
        CommunicationChannel channel = CommunicationChannel::SlackIncidents;
        QString who;
        qint64 atMs = 0;
        bool operator==(const CommunicationTick &) const = default;
    };

    qint64 id = 0;
    QString title;
    IncidentSeverity severity = IncidentSeverity::P3;
    IncidentStage stage = IncidentStage::Detection;
    QString commander;
    QStringList assignees;
    QString impact;
    qint64 createdMs = 0;
    QString createdBy;
    qint64 acknowledgedMs = 0;
    QString acknowledgedBy;
    qint64 resolvedMs = 0;
    qint64 closedMs = 0;
    QList<LinkedAlert> alerts;
    QList<CommunicationTick> communication;
    QList<ActionItem> actionItems;
    int version = 0;
    qint64 updatedMs = 0;
    QString updatedBy;
    QList<TimelineEntry> timeline;
    int pendingChanges = 0; // changes queued while offline, shown but not yet stored

    bool isOpen() const { return stage != IncidentStage::Closed; }
    bool isActive() const { return IncidentStages::isActive(stage); }
    // `who` is the commander or one of the assignees.
    bool involves(const QString &who) const;
    bool isTicked(CommunicationChannel channel) const;
    const LinkedAlert *alert(const QString &fingerprint) const;
    const ActionItem *actionItem(int id) const;
    // Active (Detection to Resolution) and linking this alert, or another alert of its
    // instance: where a new firing of `alert` belongs.
    bool takesAlert(const LinkedAlert &alert) const;
    // Of several incidents that take an alert, the one to attach it to: the most severe, then
    // the oldest.
    static bool attachesBefore(const Incident &a, const Incident &b);
    // Whether a breach of the named SLA ("response" or "resolution") is on the timeline.
    bool hasSlaBreachRecorded(const QString &slaKey) const;

    QJsonObject toJson() const;
    static Incident fromJson(const QJsonObject &object);

    bool operator==(const Incident &) const = default;
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::Incident)
