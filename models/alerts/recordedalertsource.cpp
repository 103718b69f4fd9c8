#include "recordedalertsource.h"

#include "alertrepository.h"

namespace Wk {

RecordedAlertSource::RecordedAlertSource(AlertRepository *repository, QObject *parent)
    : AlertSource(parent)
    , m_repository(repository)
{
    load();
}

QString RecordedAlertSource::name() const
{
    return tr("alert history");
}

std::optional<Error> RecordedAlertSource::load()
{
    Result<QList<AlertHistoryEntry>> entries = m_repository->lastRecordedActive();
    if (!entries)
        return entries.error();
    m_alerts.clear();
    for (const AlertHistoryEntry &e : entries.value()) {
        Alert a;
        a.id = e.fingerprint;
        a.ruleName = e.alertName;
        a.labels = e.labels;
        a.annotations = e.annotations;
        a.value = e.value;
        a.activeAtMs = e.activeAtMs;
        a.lastEvaluatedMs = e.atMs;
        if (e.event == AlertHistoryEntry::Firing) {
            a.state = Alert::State::Firing;
            a.firedAtMs = e.atMs;
        } else {
            a.state = Alert::State::Pending;
        }
        m_alerts << a;
    }
    return std::nullopt;
}

} // namespace Wk
