#include "slatimer.h"

#include <algorithm>

namespace Wk {

namespace {

constexpr SlaStatus::Kind kinds[] = {SlaStatus::Kind::Response, SlaStatus::Kind::Resolution};

} // namespace

SlaTimer::SlaTimer(IncidentRepository *repository, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_clock(clock)
{
    connect(m_repository, &IncidentRepository::changed, this, &SlaTimer::schedule);
    rescan();
}

SlaTimer::~SlaTimer()
{
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        for (Clock::TimerId t : it->timer) {
            if (t)
                m_clock->cancel(t);
        }
    }
}

void SlaTimer::setAmberFraction(double fraction)
{
    m_amberFraction = std::clamp(fraction, 0.0, 1.0);
    rescan();
}

SlaStatus SlaTimer::status(qint64 incidentId, SlaStatus::Kind kind) const
{
    const auto inc = m_repository->incident(incidentId);
    if (!inc)
        return {};
    return SlaStatus::evaluate(*inc, kind, m_clock->nowMs(), m_amberFraction);
}

int SlaTimer::scheduledCount() const
{
    int n = 0;
    for (const Watch &w : m_watches)
        n += (w.timer[0] ? 1 : 0) + (w.timer[1] ? 1 : 0);
    return n;
}

void SlaTimer::rescan()
{
    const QList<qint64> ids = m_repository->ids();
    for (qint64 id : ids)
        schedule(id);
}

void SlaTimer::cancel(qint64 incidentId)
{
    const auto it = m_watches.find(incidentId);
    if (it == m_watches.end())
        return;
    for (Clock::TimerId &t : it->timer) {
        if (t)
            m_clock->cancel(t);
        t = 0;
    }
}

void SlaTimer::schedule(qint64 incidentId)
{
    cancel(incidentId);
    const auto inc = m_repository->incident(incidentId);
    if (!inc) {
        m_watches.remove(incidentId);
        return;
    }
    Watch &watch = m_watches[incidentId];
    const qint64 now = m_clock->nowMs();
    QList<SlaStatus> breaches;
    QList<SlaStatus::Kind> announce;
    for (SlaStatus::Kind kind : kinds) {
        const int k = int(kind);
        const SlaStatus s = SlaStatus::evaluate(*inc, kind, now, m_amberFraction);
        if (s.state != watch.announced[k]) {
            watch.announced[k] = s.state;
            announce << kind;
        }
        if (s.state == SlaStatus::State::Breached) {
            breaches << s;
            continue;
        }
        if (!s.isRunning() || !inc->isOpen())
            continue;
        const qint64 at = s.state == SlaStatus::State::OnTrack ? s.amberAtMs : s.deadlineMs;
        watch.timer[k] =
            m_clock->callAt(at, this, [this, incidentId, kind] { fire(incidentId, kind); });
    }
    // Signals and writes last: both may come back here (changed() reschedules).
    for (SlaStatus::Kind kind : std::as_const(announce))
        Q_EMIT slaChanged(incidentId, kind);
    for (const SlaStatus &s : std::as_const(breaches))
        recordBreach(*inc, s);
}

void SlaTimer::fire(qint64 incidentId, SlaStatus::Kind kind)
{
    const auto it = m_watches.find(incidentId);
    if (it != m_watches.end())
        it->timer[int(kind)] = 0;
    const auto inc = m_repository->incident(incidentId);
    if (!inc)
        return;
    const SlaStatus s = SlaStatus::evaluate(*inc, kind, m_clock->nowMs(), m_amberFraction);
    if (s.state == SlaStatus::State::Breached)
        Q_EMIT breached(incidentId, kind);
    schedule(incidentId);
}

void SlaTimer::recordBreach(const Incident &incident, const SlaStatus &status)
{
    const QString key = SlaStatus::key(status.kind);
    if (!m_recordBreaches || incident.hasSlaBreachRecorded(key))
        return;
    IncidentChange change = IncidentChange::recordSlaBreach(incident.id, key, status.targetMs);
    change.who = QStringLiteral("watchkeeper");
    change.atMs = status.deadlineMs;
    // Applying it emits changed(), which reschedules; the breach is on the timeline by then.
    m_repository->submit(change);
}

} // namespace Wk
