#pragma once

#include "models/alerts/alertsource.h"

#include <QHash>

// An AlertSource a test drives by hand: fire, make pending, resolve, remove; and, for the
// Alertmanager paths, an external status per alert.
class FakeAlertSource final : public Wk::AlertSource
{
public:
    QList<Wk::Alert> alerts() const override
    {
        QList<Wk::Alert> out;
        for (const quint64 id : m_order)
            out << m_alerts.value(id);
        return out;
    }
    QString name() const override { return QStringLiteral("fake"); }
    std::optional<ExternalStatus> externalStatus(quint64 id) const override
    {
        if (!m_external.contains(id))
            return std::nullopt;
        return m_external.value(id);
    }

    static Wk::Labels labels(const QString &name, const QString &instance, const QString &severity)
    {
        Wk::Labels l{{QStringLiteral("alertname"), name}, {QStringLiteral("severity"), severity}};
        if (!instance.isEmpty())
            l.set(QStringLiteral("instance"), instance);
        return l;
    }

    // A firing alert (or pending) with these labels, active since atMs.
    Wk::Alert fire(const Wk::Labels &labels, qint64 atMs, bool pending = false)
    {
        Wk::Alert a;
        a.labels = labels;
        a.id = Wk::Alert::fingerprint(labels);
        a.ruleName = labels.value(u"alertname");
        a.annotations.insert(QStringLiteral("summary"), a.ruleName + QStringLiteral(" summary"));
        a.state = pending ? Wk::Alert::State::Pending : Wk::Alert::State::Firing;
        a.activeAtMs = atMs;
        if (!pending)
            a.firedAtMs = atMs;
        set(a);
        return a;
    }
    Wk::Alert fire(const QString &name, const QString &instance, const QString &severity,
                   qint64 atMs)
    {
        return fire(labels(name, instance, severity), atMs);
    }
    // A pending alert moves to firing.
    void promote(quint64 id, qint64 atMs)
    {
        Wk::Alert a = m_alerts.value(id);
        a.state = Wk::Alert::State::Firing;
        a.firedAtMs = atMs;
        set(a);
    }
    void resolve(quint64 id, qint64 atMs)
    {
        Wk::Alert a = m_alerts.value(id);
        a.state = Wk::Alert::State::Inactive;
        a.resolvedAtMs = atMs;
        set(a);
    }
    void remove(quint64 id)
    {
        const Wk::Alert a = m_alerts.take(id);
        m_order.removeOne(id);
        m_external.remove(id);
        Q_EMIT alertRemoved(a);
    }
    void set(const Wk::Alert &a)
    {
        if (!m_alerts.contains(a.id))
            m_order << a.id;
        m_alerts.insert(a.id, a);
        Q_EMIT alertChanged(a);
    }
    void setExternal(quint64 id, const ExternalStatus &status)
    {
        m_external.insert(id, status);
        Q_EMIT refreshed();
    }

private:
    QHash<quint64, Wk::Alert> m_alerts;
    QList<quint64> m_order;
    QHash<quint64, ExternalStatus> m_external;
};
