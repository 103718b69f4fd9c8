#pragma once

#include "alertmanagercodec.h"
#include "alertsource.h"

#include "models/core/clock.h"

#include <QHash>
#include <QPointer>

namespace Wk {

class AlertmanagerClient;

// Alerts from an Alertmanager: GET /api/v2/alerts/groups, polled on the clock. An alert that is
// no longer listed has resolved; it stays, resolved, for resolvedRetentionMs. Alertmanager's own
// view of suppression (silencedBy, inhibitedBy) is reported as the external status. A failed
// poll keeps the alerts last seen and reports the error.
class AlertmanagerAlertSource final : public AlertSource
{
    Q_OBJECT
public:
    // client and clock are not owned.
    AlertmanagerAlertSource(AlertmanagerClient *client, Clock *clock, QObject *parent = nullptr);
    ~AlertmanagerAlertSource() override;

    void setPollIntervalMs(qint64 ms) { m_pollMs = ms; }
    void setResolvedRetentionMs(qint64 ms) { m_retentionMs = ms; }
    void start(); // polls now, then every poll interval
    void stop();
    // Polls now (once; a poll already under way makes this a no-op).
    void refresh();

    QList<Alert> alerts() const override;
    std::optional<ExternalStatus> externalStatus(quint64 fingerprint) const override;
    QString name() const override;
    bool isRemote() const override { return true; }
    const QString &lastError() const { return m_error; }
    // A read is under way.
    bool isBusy() const { return m_busy; }
    // The full record of an alert as Alertmanager reported it (receivers, generator URL).
    std::optional<RemoteAlert> remoteAlert(quint64 fingerprint) const;

private:
    void apply(const QList<RemoteAlert> &alerts);
    void scheduleNext();

    QPointer<AlertmanagerClient> m_client; // not owned
    Clock *m_clock;                        // not owned
    qint64 m_pollMs = 15'000;
    qint64 m_retentionMs = 15 * 60'000;
    bool m_running = false;
    bool m_busy = false;
    Clock::TimerId m_timer = 0;
    QString m_error;
    QHash<quint64, RemoteAlert> m_alerts;
    QList<quint64> m_order;
};

} // namespace Wk
