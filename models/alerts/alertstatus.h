#pragma once

#include "acknowledgement.h"
#include "alert.h"
#include "escalationpolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace Wk {

// An alert as the on-call engineer sees it: its state and everything Watchkeeper knows about
// it, acknowledgement, suppressions with their reasons and escalation steps. Suppressed and
// inhibited alerts keep their status, so a view can show them with the reason.
struct AlertStatus
{
    Q_DECLARE_TR_FUNCTIONS(Wk::AlertStatus)
public:
    enum class State { Pending, Firing, Resolved };

    Alert alert;
    State state = State::Firing;
    std::optional<Acknowledgement> ack;
    QStringList silencedBy;       // silence ids, acknowledgement silences not included
    QList<qint64> maintenanceIds; // windows in force that cover the alert
    QStringList maintenanceNames; // their names, in the same order
    QList<quint64> inhibitedBy;   // fingerprints of the firing alerts that inhibit it
    QStringList inhibitedByNames; // their alertnames, in the same order
    QList<EscalationRecord> escalations;

    quint64 id() const { return alert.id; }
    QString alertName() const { return alert.alertName(); }
    QString severity() const { return alert.severity(); }
    bool isFiring() const { return state == State::Firing; }
    bool isAcknowledged() const { return ack.has_value(); }
    bool isSilenced() const { return !silencedBy.isEmpty(); }
    bool isInMaintenance() const { return !maintenanceIds.isEmpty(); }
    bool isInhibited() const { return !inhibitedBy.isEmpty(); }
    bool isSuppressed() const { return isSilenced() || isInMaintenance() || isInhibited(); }
    // Firing, not acknowledged, not suppressed: what the tray counts and what may page.
    bool needsAttention() const { return isFiring() && !isAcknowledged() && !isSuppressed(); }
    // When it became active: pending since, or firing since when it skipped pending.
    qint64 activeAtMs() const { return alert.activeAtMs; }
    int lastEscalationStep() const { return escalations.isEmpty() ? 0 : escalations.last().step; }

    QString stateName() const { return stateName(state); }
    static QString stateName(State state); // "pending", "firing", "resolved"
    static QString stateText(State state); // the same, translated for display
    // "silenced by 1 silence, inhibited by SystemDown, in maintenance window Nightly", or empty.
    QString suppressionText() const;

    // critical 0, high 1, medium 2, low 3, anything else 4: for sorting, worst first.
    static int severityRank(const QString &severity);

    friend bool operator==(const AlertStatus &a, const AlertStatus &b);
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::AlertStatus)
