#pragma once

#include "notification.h"

#include <QMetaType>
#include <QString>

namespace Wk {

// One line of the delivery log: what became of one attempt to deliver one notification to
// one channel and recipient. Attempts of one delivery share its id.
struct NotificationDelivery
{
    enum class Outcome {
        Sent,
        Retrying,      // failed for now; nextAttemptMs says when it is tried again
        Failed,        // gave up: a permanent error, or retries used up
        RateLimited,   // over the channel's limit for this recipient; not sent
        NotConfigured, // the alert names a channel type that has no channel for its severity
        Superseded,    // a newer notification of the same alert took its place
        Suppressed,    // desktop: quiet hours or a severity the desktop does not show
        Delegated,     // another desktop of the team holds the notifier lease and sends it
    };

    quint64 id = 0;
    qint64 atMs = 0;
    QString channel;     // the channel's name (or the type, when none is configured)
    QString channelType; // "slack", "pagerduty", ...
    QString recipient;   // a mail address or phone number; empty for one-endpoint channels
    quint64 alertId = 0;
    QString alertName;
    QString severity;
    Notification::Kind kind = Notification::Kind::Firing;
    int attempt = 0; // 1 for the first try; 0 when nothing was sent
    Outcome outcome = Outcome::Sent;
    QString reason;           // why it failed, was limited or suppressed; secrets redacted
    qint64 nextAttemptMs = 0; // Retrying: when
    int code = 0;             // the last HTTP status or SMTP reply code

    bool isFailure() const { return outcome == Outcome::Failed || outcome == Outcome::Retrying; }
    // "sent", "retrying", "failed", "rate-limited", "not configured", "superseded",
    // "suppressed": stable names for logs and exports.
    static QString outcomeName(Outcome outcome);
    // The same, translated, for people.
    static QString outcomeText(Outcome outcome);
    // "retrying at 12:00:30 UTC (attempt 2): HTTP 500 Internal Server Error" (translated).
    QString describe() const;
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::NotificationDelivery)
