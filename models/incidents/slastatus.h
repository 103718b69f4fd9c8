#pragma once

#include "incident.h"

#include <QCoreApplication>
#include <QString>

namespace Wk {

// Where one of an incident's two targets stands at a moment. Response runs from creation to
// acknowledgement, resolution from creation to resolution (entering the Resolution stage), with
// the guide's limits for the incident's severity. The countdown is "due soon" (amber) once no
// more than `amberFraction` (20 %) of the limit is left, and "breached" (red) from the limit on;
// once stopped it is "met" or "missed".
struct SlaStatus
{
    Q_DECLARE_TR_FUNCTIONS(Wk::SlaStatus)
public:
    enum class Kind { Response, Resolution };
    enum class State { OnTrack, DueSoon, Breached, Met, Missed };

    static constexpr double defaultAmberFraction = 0.2;

    Kind kind = Kind::Response;
    State state = State::OnTrack;
    qint64 targetMs = 0;    // the limit: 5 min for a P1's response
    qint64 deadlineMs = 0;  // created + target
    qint64 amberAtMs = 0;   // when it turns amber
    qint64 elapsedMs = 0;   // created until now, or until it stopped
    qint64 remainingMs = 0; // deadline - now (negative once overdue); for a stopped one,
                            // deadline - stop

    static SlaStatus evaluate(const Incident &incident, Kind kind, qint64 nowMs,
                              double amberFraction = defaultAmberFraction);

    bool isRunning() const
    {
        return state == State::OnTrack || state == State::DueSoon || state == State::Breached;
    }
    bool isAmber() const { return state == State::DueSoon; }
    bool isRed() const { return state == State::Breached || state == State::Missed; }

    // "response" / "resolution": stable, the data of a breach on the timeline.
    static QString key(Kind kind);
    // "Response" / "Resolution" (translated).
    static QString name(Kind kind);
    // "on track", "due soon", "BREACHED", "met", "missed" (translated): the word that goes with
    // the colour.
    static QString stateWord(State state);
    // One line for a card: "Response 3 min left", "Response DUE SOON 45 s left",
    // "Response BREACHED 2 min over", "Response met in 2 min", "Response missed by 3 min".
    QString text() const;
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::SlaStatus)
