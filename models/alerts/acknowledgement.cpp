#include "acknowledgement.h"

#include "models/core/duration.h"

namespace Wk {

QString Acknowledgement::endReasonName(EndReason reason)
{
    switch (reason) {
    case EndReason::None:
        return {};
    case EndReason::Resolved:
        return QStringLiteral("resolved");
    case EndReason::Expired:
        return QStringLiteral("expired");
    case EndReason::Unacknowledged:
        return QStringLiteral("unacknowledged");
    }
    return {};
}

Acknowledgement::EndReason Acknowledgement::endReasonFromName(QStringView name)
{
    for (EndReason r : {EndReason::Resolved, EndReason::Expired, EndReason::Unacknowledged}) {
        if (name == endReasonName(r))
            return r;
    }
    return EndReason::None;
}

QString Acknowledgement::describe(qint64 nowMs) const
{
    const QString head = tr("acknowledged by %1 %2 ago").arg(by, humanAge(ageMs(nowMs)));
    return note.isEmpty() ? head : head + QStringLiteral(": ") + note;
}

} // namespace Wk
