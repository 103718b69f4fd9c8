#include "alertstatus.h"

namespace Wk {

QString AlertStatus::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Firing:
        return QStringLiteral("firing");
    case State::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QString AlertStatus::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("pending");
    case State::Firing:
        return tr("firing");
    case State::Resolved:
        return tr("resolved");
    }
    return {};
}

QString AlertStatus::suppressionText() const
{
    QStringList parts;
    if (isSilenced())
        parts << tr("silenced by %n silence(s)", nullptr, int(silencedBy.size()));
    if (isInhibited())
        parts << tr("inhibited by %1").arg(inhibitedByNames.join(QStringLiteral(", ")));
    if (isInMaintenance())
        parts << tr("in maintenance window %1").arg(maintenanceNames.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

int AlertStatus::severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 0;
    if (severity == QLatin1String("high"))
        return 1;
    if (severity == QLatin1String("medium"))
        return 2;
    if (severity == QLatin1String("low"))
        return 3;
    return 4;
}

namespace {

bool sameAck(const std::optional<Acknowledgement> &a, const std::optional<Acknowledgement> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->id == b->id && a->by == b->by && a->atMs == b->atMs &&
           a->expiresAtMs == b->expiresAtMs && a->note == b->note && a->silenceId == b->silenceId;
}

} // namespace

bool operator==(const AlertStatus &a, const AlertStatus &b)
{
    return a.alert.id == b.alert.id && a.state == b.state && a.alert.state == b.alert.state &&
           a.alert.value == b.alert.value && a.alert.labels == b.alert.labels &&
           a.alert.annotations == b.alert.annotations && a.alert.activeAtMs == b.alert.activeAtMs &&
           a.alert.firedAtMs == b.alert.firedAtMs && a.alert.resolvedAtMs == b.alert.resolvedAtMs &&
           sameAck(a.ack, b.ack) && a.silencedBy == b.silencedBy &&
           a.maintenanceIds == b.maintenanceIds && a.inhibitedBy == b.inhibitedBy &&
           a.escalations.size() == b.escalations.size();
}

} // namespace Wk
