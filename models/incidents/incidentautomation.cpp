#include "incidentautomation.h"

#include "models/core/logging.h"

namespace Wk {

IncidentAutomation::IncidentAutomation(IncidentRepository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_mapping(defaultSeverityMapping())
{}

QHash<QString, IncidentSeverity> IncidentAutomation::defaultSeverityMapping()
{
    return {{QStringLiteral("critical"), IncidentSeverity::P1},
            {QStringLiteral("high"), IncidentSeverity::P2}};
}

void IncidentAutomation::setSeverityMapping(const QHash<QString, IncidentSeverity> &mapping)
{
    m_mapping.clear();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        m_mapping.insert(it.key().trimmed().toLower(), it.value());
}

QString IncidentAutomation::titleFor(const QMap<QString, QString> &labels, const QString &summary)
{
    const QString name = labels.value(QStringLiteral("alertname"));
    const QString instance = labels.value(QStringLiteral("instance"));
    if (name.isEmpty())
        return summary.isEmpty() ? tr("Alert") : summary;
    return instance.isEmpty() ? name : tr("%1 on %2").arg(name, instance);
}

Incident::LinkedAlert IncidentAutomation::linkedAlert(const QString &fingerprint,
                                                      const QMap<QString, QString> &labels,
                                                      const QString &severity,
                                                      const QString &summary)
{
    Incident::LinkedAlert a;
    a.fingerprint = fingerprint;
    a.alertname = labels.value(QStringLiteral("alertname"));
    a.instance = labels.value(QStringLiteral("instance"));
    a.severity = severity.isEmpty() ? labels.value(QStringLiteral("severity")) : severity;
    a.summary = summary;
    a.state = QStringLiteral("firing");
    return a;
}

IncidentAutomation::Outcome IncidentAutomation::fromResult(const IncidentWriteResult &result,
                                                           Outcome::Action whenApplied)
{
    Outcome out;
    out.incidentId = result.incident.id;
    out.message = result.message;
    switch (result.status) {
    case IncidentWriteResult::Status::Applied:
    case IncidentWriteResult::Status::Queued:
        out.action = whenApplied;
        break;
    case IncidentWriteResult::Status::Unchanged:
        out.action = Outcome::Action::AlreadyLinked;
        break;
    case IncidentWriteResult::Status::Refused:
    case IncidentWriteResult::Status::Failed:
        out.action = Outcome::Action::Failed;
        qCWarning(lcIncidents).noquote() << "incident automation:" << result.message;
        break;
    }
    return out;
}

IncidentAutomation::Outcome IncidentAutomation::onAlertFiring(const QString &fingerprint,
                                                              const QMap<QString, QString> &labels,
                                                              const QString &severity,
                                                              const QString &summary)
{
    const Incident::LinkedAlert alert = linkedAlert(fingerprint, labels, severity, summary);
    const auto mapped = m_mapping.constFind(alert.severity.trimmed().toLower());
    if (mapped == m_mapping.cend()) {
        const auto target = m_repository->activeIncidentFor(alert);
        if (!target)
            return Outcome{Outcome::Action::Ignored, 0, {}};
        IncidentChange change = IncidentChange::alertFired(*target, alert);
        change.who = m_actor;
        return fromResult(m_repository->submit(change), Outcome::Action::Attached);
    }
    IncidentChange change =
        IncidentChange::createFromAlert(titleFor(labels, summary), *mapped, alert, true);
    change.who = m_actor;
    const IncidentWriteResult result = m_repository->submit(change);
    Outcome out = fromResult(result, result.attachedInstead ? Outcome::Action::Attached
                                                            : Outcome::Action::Opened);
    if (out.action == Outcome::Action::Opened) {
        qCInfo(lcIncidents).noquote()
            << "alert" << alert.alertname << "opened incident" << out.incidentId;
        Q_EMIT incidentOpened(out.incidentId);
    }
    return out;
}

IncidentAutomation::Outcome IncidentAutomation::onAlertResolved(const QString &fingerprint,
                                                                const QMap<QString, QString> &)
{
    Outcome out;
    for (const Incident &inc : m_repository->incidents()) {
        const Incident::LinkedAlert *a = inc.alert(fingerprint);
        // Recorded wherever it is still firing, even after the incident moved on to
        // follow-up: the review's timeline should say when the alert stopped.
        if (!a || a->state == QLatin1String("resolved"))
            continue;
        IncidentChange change = IncidentChange::alertResolved(inc.id, fingerprint);
        change.who = m_actor;
        const Outcome one = fromResult(m_repository->submit(change), Outcome::Action::Recorded);
        if (out.incidentId == 0 || one.action == Outcome::Action::Failed)
            out = one;
    }
    return out;
}

IncidentAutomation::Outcome IncidentAutomation::openFromAlert(
    const QString &fingerprint, const QMap<QString, QString> &labels, const QString &severity,
    const QString &summary, std::optional<IncidentSeverity> incidentSeverity, const QString &title)
{
    const Incident::LinkedAlert alert = linkedAlert(fingerprint, labels, severity, summary);
    const IncidentSeverity chosen = incidentSeverity.value_or(
        m_mapping.value(alert.severity.trimmed().toLower(), IncidentSeverity::P3));
    const IncidentChange change = IncidentChange::createFromAlert(
        title.trimmed().isEmpty() ? titleFor(labels, summary) : title.trimmed(), chosen, alert,
        false);
    Outcome out = fromResult(m_repository->submit(change), Outcome::Action::Opened);
    if (out.action == Outcome::Action::Opened)
        Q_EMIT incidentOpened(out.incidentId);
    return out;
}

} // namespace Wk
