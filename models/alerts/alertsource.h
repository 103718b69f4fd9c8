#pragma once

#include "alert.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Wk {

// Where alerts come from: Watchkeeper's own rule evaluator (LocalAlertSource) or an
// Alertmanager (AlertmanagerAlertSource). An alert is identified by its label fingerprint.
class AlertSource : public QObject
{
    Q_OBJECT
public:
    // What the source itself says suppresses an alert (Alertmanager computes silences and
    // inhibition); a local source leaves that to Watchkeeper and reports nothing.
    struct ExternalStatus
    {
        QStringList silencedBy;
        QList<quint64> inhibitedBy;
    };

    using QObject::QObject;

    // Pending, firing and recently resolved alerts (resolved ones have resolvedAtMs).
    virtual QList<Alert> alerts() const = 0;
    virtual std::optional<ExternalStatus> externalStatus(quint64 fingerprint) const
    {
        Q_UNUSED(fingerprint);
        return std::nullopt;
    }
    // "local rules" or the Alertmanager URL, for status lines.
    virtual QString name() const = 0;
    virtual bool isRemote() const { return false; }

Q_SIGNALS:
    // A new alert, or a change of state (pending, firing, resolved) of a known one.
    void alertChanged(const Wk::Alert &alert);
    // The alert left the list (a pending alert that went away, a resolved one after retention).
    void alertRemoved(const Wk::Alert &alert);
    // After an evaluation or a poll: values, annotations or external status may have changed.
    void refreshed();
    // The source cannot be read ("Alertmanager at URL: connection refused"); empty when it
    // recovers.
    void errorChanged(const QString &message);
};

} // namespace Wk
