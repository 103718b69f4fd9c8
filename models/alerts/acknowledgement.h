#pragma once

#include "models/metrics/labels.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Wk {

// "I am on it": one operator's acknowledgement of one alert. It stops escalation and repeating
// notifications, and lasts until the alert resolves or expiresAt, whichever comes first, or
// until someone un-acknowledges it.
struct Acknowledgement
{
    Q_DECLARE_TR_FUNCTIONS(Wk::Acknowledgement)
public:
    enum class EndReason { None, Resolved, Expired, Unacknowledged };

    static constexpr qint64 DefaultExpiryMs = 24 * 3'600'000ll;

    qint64 id = 0; // database row; 0 for an acknowledgement read from an Alertmanager silence
    quint64 fingerprint = 0;
    QString alertName;
    Labels labels;
    QString by;
    qint64 atMs = 0;
    qint64 expiresAtMs = 0;
    QString note;
    std::optional<qint64> endedAtMs;
    EndReason endReason = EndReason::None;
    QString endedBy;
    // Alertmanager mode: the ACK! silence that carries this acknowledgement there.
    QString silenceId;

    bool isInForceAt(qint64 nowMs) const { return !endedAtMs && nowMs < expiresAtMs; }
    qint64 ageMs(qint64 nowMs) const { return nowMs - atMs; }

    static QString endReasonName(EndReason reason); // "resolved", "expired", "unacknowledged"
    static EndReason endReasonFromName(QStringView name);
    // "acknowledged by NAME 12 min ago: NOTE", for tooltips and the command line.
    QString describe(qint64 nowMs) const;
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::Acknowledgement)
