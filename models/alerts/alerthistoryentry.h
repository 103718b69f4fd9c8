#pragma once

#include "models/metrics/labels.h"

#include <QMap>
#include <QString>

namespace Wk {

// One recorded change of an alert: a state transition (pending, firing, resolved, removed) or an
// escalation step, with the alert's labels and annotations at that moment.
struct AlertHistoryEntry
{
    static inline const QString Pending = QStringLiteral("pending");
    static inline const QString Firing = QStringLiteral("firing");
    static inline const QString Resolved = QStringLiteral("resolved");
    static inline const QString Removed = QStringLiteral("removed");
    static inline const QString Escalated = QStringLiteral("escalated");

    qint64 id = 0;
    quint64 fingerprint = 0;
    qint64 atMs = 0;
    QString event;
    QString alertName;
    Labels labels;
    QMap<QString, QString> annotations;
    double value = 0;
    qint64 activeAtMs = 0; // when the alert became active (pending)
    QString detail;        // the escalation step, for example
    int step = 0;          // escalated: the step's number (restored after a restart)
};

} // namespace Wk
