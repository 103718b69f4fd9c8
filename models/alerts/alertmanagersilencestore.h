#pragma once

#include "silencestore.h"

#include "models/core/clock.h"

#include <QPointer>

namespace Wk {

class AlertmanagerClient;
class AlertRepository;

// Silences on an Alertmanager: GET /api/v2/silences (polled on the clock and after each
// change), POST /api/v2/silences, DELETE /api/v2/silence/{id}. Alertmanager applies its own
// edit rules; each change it accepts is written to the local audit log.
class AlertmanagerSilenceStore final : public SilenceStore
{
    Q_OBJECT
public:
    // client and clock are not owned; auditLog (not owned) may be null.
    AlertmanagerSilenceStore(AlertmanagerClient *client, Clock *clock, AlertRepository *auditLog,
                             QObject *parent = nullptr);
    ~AlertmanagerSilenceStore() override;

    void setPollIntervalMs(qint64 ms) { m_pollMs = ms; }
    void start(); // reads now, then every poll interval
    void stop();

    QList<Silence> silences() const override { return m_silences; }
    QString name() const override;
    bool isRemote() const override { return true; }
    void expire(const QString &id, const QString &actor, const QString &reason,
                DoneCallback done) override;
    void refresh() override;
    const QString &lastError() const { return m_error; }
    // A read is under way.
    bool isBusy() const { return m_busy; }

protected:
    void saveValidated(const Silence &silence, IdCallback done) override;

private:
    void audit(const QString &actor, const QString &action, const QString &target,
               const QString &details, const QString &reason);
    void scheduleNext();

    QPointer<AlertmanagerClient> m_client; // not owned
    AlertRepository *m_auditLog;           // not owned
    qint64 m_pollMs = 15'000;
    bool m_running = false;
    bool m_busy = false;
    bool m_again = false;
    Clock::TimerId m_timer = 0;
    QString m_error;
    QList<Silence> m_silences;
};

} // namespace Wk
