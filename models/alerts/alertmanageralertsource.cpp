#include "alertmanageralertsource.h"

#include "alertmanagerclient.h"

#include "models/core/logging.h"

#include <QSet>

namespace Wk {

AlertmanagerAlertSource::AlertmanagerAlertSource(AlertmanagerClient *client, Clock *clock,
                                                 QObject *parent)
    : AlertSource(parent)
    , m_client(client)
    , m_clock(clock)
{}

AlertmanagerAlertSource::~AlertmanagerAlertSource()
{
    stop();
}

QString AlertmanagerAlertSource::name() const
{
    return m_client ? m_client->baseUrl().toString(QUrl::RemoveUserInfo) : QString();
}

void AlertmanagerAlertSource::start()
{
    m_running = true;
    refresh();
}

void AlertmanagerAlertSource::stop()
{
    m_running = false;
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
}

void AlertmanagerAlertSource::scheduleNext()
{
    if (!m_running || m_timer)
        return;
    m_timer = m_clock->callAfter(m_pollMs, this, [this] {
        m_timer = 0;
        refresh();
    });
}

void AlertmanagerAlertSource::refresh()
{
    if (m_busy || !m_client)
        return;
    m_busy = true;
    QPointer<AlertmanagerAlertSource> self(this);
    m_client->fetchAlertGroups([self](const Result<QList<RemoteAlert>> &r) {
        if (!self)
            return;
        self->m_busy = false;
        if (r) {
            if (!self->m_error.isEmpty()) {
                self->m_error.clear();
                Q_EMIT self->errorChanged(QString());
            }
            self->apply(r.value());
        } else if (self->m_error != r.error().message) {
            self->m_error = r.error().message;
            qCWarning(lcAlerts).noquote() << self->m_error;
            Q_EMIT self->errorChanged(self->m_error);
        }
        self->scheduleNext();
    });
}

void AlertmanagerAlertSource::apply(const QList<RemoteAlert> &alerts)
{
    const qint64 now = m_clock->nowMs();
    QList<Alert> changed;
    QList<Alert> removed;
    QSet<quint64> seen;
    for (const RemoteAlert &incoming : alerts) {
        const quint64 id = incoming.alert.id;
        seen.insert(id);
        auto it = m_alerts.find(id);
        if (it == m_alerts.end()) {
            m_alerts.insert(id, incoming);
            m_order << id;
            changed << incoming.alert;
            continue;
        }
        const bool cameBack = it->alert.isResolved();
        const bool differs = it->alert.activeAtMs != incoming.alert.activeAtMs ||
                             it->alert.annotations != incoming.alert.annotations;
        *it = incoming;
        if (cameBack || differs)
            changed << incoming.alert;
    }
    for (const quint64 id : std::as_const(m_order)) {
        if (seen.contains(id))
            continue;
        RemoteAlert &r = m_alerts[id];
        if (!r.alert.isResolved()) {
            r.alert.state = Alert::State::Inactive;
            r.alert.resolvedAtMs = now;
            r.silencedBy.clear();
            r.inhibitedBy.clear();
            changed << r.alert;
        } else if (now - *r.alert.resolvedAtMs > m_retentionMs) {
            removed << r.alert;
        }
    }
    for (const Alert &a : std::as_const(removed)) {
        m_alerts.remove(a.id);
        m_order.removeOne(a.id);
    }
    for (const Alert &a : std::as_const(changed))
        Q_EMIT alertChanged(a);
    for (const Alert &a : std::as_const(removed))
        Q_EMIT alertRemoved(a);
    Q_EMIT refreshed();
}

QList<Alert> AlertmanagerAlertSource::alerts() const
{
    QList<Alert> out;
    out.reserve(m_order.size());
    for (const quint64 id : m_order)
        out << m_alerts.value(id).alert;
    return out;
}

std::optional<AlertSource::ExternalStatus>
AlertmanagerAlertSource::externalStatus(quint64 fingerprint) const
{
    const auto it = m_alerts.constFind(fingerprint);
    if (it == m_alerts.cend())
        return std::nullopt;
    return ExternalStatus{it->silencedBy, it->inhibitedBy};
}

std::optional<RemoteAlert> AlertmanagerAlertSource::remoteAlert(quint64 fingerprint) const
{
    const auto it = m_alerts.constFind(fingerprint);
    if (it == m_alerts.cend())
        return std::nullopt;
    return *it;
}

} // namespace Wk
