#pragma once

#include "incidentrepository.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

namespace Wk {

// Turns alert events into incidents. It knows alerts only as plain values (fingerprint, labels,
// severity label), so it does not depend on the alerts module; app/ forwards the alert
// source's events here.
//
// A firing alert whose severity maps to an incident severity (critical -> P1, high -> P2 by
// default; configurable) opens an incident, unless an active incident already links it or
// another alert of the same `instance` label: then it is attached there. A firing alert of an
// unmapped severity is only attached, never opens one. A resolved alert is recorded on every
// incident where it is linked and still firing.
class IncidentAutomation final : public QObject
{
    Q_OBJECT
public:
    // `repository` must outlive the automation; not owned.
    explicit IncidentAutomation(IncidentRepository *repository, QObject *parent = nullptr);

    static QHash<QString, IncidentSeverity> defaultSeverityMapping();
    // Alert severity label (lower case) -> incident severity. An empty map opens nothing.
    void setSeverityMapping(const QHash<QString, IncidentSeverity> &mapping);
    QHash<QString, IncidentSeverity> severityMapping() const { return m_mapping; }
    // The name automation writes on the timeline (default "watchkeeper").
    void setActorName(const QString &name) { m_actor = name; }
    QString actorName() const { return m_actor; }

    struct Outcome
    {
        enum class Action {
            Opened,        // a new incident
            Attached,      // linked to an existing active incident
            AlreadyLinked, // the incident already had it firing; nothing new
            Recorded,      // a resolution recorded on the timeline
            Ignored,       // unmapped severity with no incident to attach to, or unknown alert
            Failed,
        };
        Action action = Action::Ignored;
        qint64 incidentId = 0;
        QString message;
    };

    Outcome onAlertFiring(const QString &fingerprint, const QMap<QString, QString> &labels,
                          const QString &severity, const QString &summary = {});
    Outcome onAlertResolved(const QString &fingerprint, const QMap<QString, QString> &labels = {});
    // "Open incident from alert" in the alerts page: always a new incident, by the operator,
    // with the alert linked. Without `incidentSeverity`, the mapping's (else P3).
    Outcome openFromAlert(const QString &fingerprint, const QMap<QString, QString> &labels,
                          const QString &severity, const QString &summary = {},
                          std::optional<IncidentSeverity> incidentSeverity = std::nullopt,
                          const QString &title = {});

    // "DatabaseUnavailable on db-1:5432", or the summary when there is no alertname.
    static QString titleFor(const QMap<QString, QString> &labels, const QString &summary);

Q_SIGNALS:
    void incidentOpened(qint64 incidentId);

private:
    static Incident::LinkedAlert linkedAlert(const QString &fingerprint,
                                             const QMap<QString, QString> &labels,
                                             const QString &severity, const QString &summary);
    Outcome fromResult(const IncidentWriteResult &result, Outcome::Action whenApplied);

    IncidentRepository *m_repository; // not owned
    QHash<QString, IncidentSeverity> m_mapping;
    QString m_actor = QStringLiteral("watchkeeper");
};

} // namespace Wk
