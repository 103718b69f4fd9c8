#include "slastatus.h"

#include "models/core/duration.h"

#include <algorithm>
#include <cmath>

namespace Wk {

namespace {

// Under an hour as minutes:seconds ("4:59"), so a short target visibly counts down; longer as
// hours and minutes.
QString countdown(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return humanAge(ms);
}

} // namespace

SlaStatus SlaStatus::evaluate(const Incident &incident, Kind kind, qint64 nowMs,
                              double amberFraction)
{
    SlaStatus s;
    s.kind = kind;
    const SeverityInfo info = IncidentSeverities::info(incident.severity);
    s.targetMs = kind == Kind::Response ? info.responseMs : info.resolutionMs;
    s.deadlineMs = incident.createdMs + s.targetMs;
    s.amberAtMs = s.deadlineMs - qint64(std::llround(double(s.targetMs) * amberFraction));
    const qint64 stoppedMs = kind == Kind::Response ? incident.acknowledgedMs : incident.resolvedMs;
    if (stoppedMs != 0) {
        s.elapsedMs = stoppedMs - incident.createdMs;
        s.remainingMs = s.deadlineMs - stoppedMs;
        s.state = stoppedMs <= s.deadlineMs ? State::Met : State::Missed;
        return s;
    }
    s.elapsedMs = nowMs - incident.createdMs;
    s.remainingMs = s.deadlineMs - nowMs;
    if (nowMs >= s.deadlineMs)
        s.state = State::Breached;
    else if (nowMs >= s.amberAtMs)
        s.state = State::DueSoon;
    else
        s.state = State::OnTrack;
    return s;
}

QString SlaStatus::key(Kind kind)
{
    return kind == Kind::Response ? QStringLiteral("response") : QStringLiteral("resolution");
}

QString SlaStatus::name(Kind kind)
{
    return kind == Kind::Response ? tr("Response") : tr("Resolution");
}

QString SlaStatus::stateWord(State state)
{
    switch (state) {
    case State::OnTrack:
        return tr("on track");
    case State::DueSoon:
        return tr("DUE SOON");
    case State::Breached:
        return tr("BREACHED");
    case State::Met:
        return tr("met");
    case State::Missed:
        break;
    }
    return tr("missed");
}

QString SlaStatus::text() const
{
    const QString what = name(kind);
    switch (state) {
    case State::OnTrack:
        return tr("%1 %2 left").arg(what, countdown(remainingMs));
    case State::DueSoon:
        return tr("%1 %2 %3 left").arg(what, stateWord(state), countdown(remainingMs));
    case State::Breached:
        return tr("%1 %2 %3 over").arg(what, stateWord(state), countdown(-remainingMs));
    case State::Met:
        return tr("%1 met in %2").arg(what, humanAge(elapsedMs));
    case State::Missed:
        break;
    }
    return tr("%1 missed by %2").arg(what, humanAge(-remainingMs));
}

} // namespace Wk
