#pragma once

#include "incidentrepository.h"
#include "slastatus.h"

#include <QHash>
#include <QObject>

namespace Wk {

// Watches the response and resolution targets of every incident on the injected clock. It
// wakes only when a countdown turns amber or passes its limit (never polls), tells the UI
// (slaChanged), and records each breach once on the incident's timeline, dated when the limit
// passed. Breaches that passed while no Watchkeeper ran are recorded when it starts; several
// desktops recording the same breach store it once (the repository checks in the transaction).
class SlaTimer final : public QObject
{
    Q_OBJECT
public:
    // Both must outlive the timer; not owned. Starts watching at once.
    SlaTimer(IncidentRepository *repository, Clock *clock, QObject *parent = nullptr);
    ~SlaTimer() override;

    void setAmberFraction(double fraction);
    double amberFraction() const { return m_amberFraction; }
    // Whether breaches go on the timeline (default on; a read-only wall display turns it off).
    void setRecordBreaches(bool record) { m_recordBreaches = record; }

    SlaStatus status(qint64 incidentId, SlaStatus::Kind kind) const;
    // Timers waiting (two per incident at most); for tests.
    int scheduledCount() const;

Q_SIGNALS:
    // A countdown turned amber or red, or stopped.
    void slaChanged(qint64 incidentId, Wk::SlaStatus::Kind kind);
    void breached(qint64 incidentId, Wk::SlaStatus::Kind kind);

private:
    void rescan();
    void schedule(qint64 incidentId);
    void cancel(qint64 incidentId);
    void fire(qint64 incidentId, SlaStatus::Kind kind);
    void recordBreach(const Incident &incident, const SlaStatus &status);

    IncidentRepository *m_repository; // not owned
    Clock *m_clock;                   // not owned
    double m_amberFraction = SlaStatus::defaultAmberFraction;
    bool m_recordBreaches = true;
    // Per incident: the pending timer of each kind and the state last announced.
    struct Watch
    {
        Clock::TimerId timer[2] = {0, 0};
        SlaStatus::State announced[2] = {SlaStatus::State::OnTrack, SlaStatus::State::OnTrack};
    };
    QHash<qint64, Watch> m_watches;
};

} // namespace Wk
