#pragma once

#include "alert.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Wk {

// One thing to tell people about an alert: it fires, resolves, was acknowledged, escalated a
// step; or a test message for a channel. The formatter turns it into each channel's payload.
struct Notification
{
    enum class Kind { Firing, Resolved, Acknowledged, Escalation, Test };

    Kind kind = Kind::Firing;
    Alert alert;
    qint64 atMs = 0;
    QString who;      // Acknowledged: who acknowledged
    QString note;     // Acknowledged: their note
    int step = 0;     // Escalation: 1, 2, 3 ...
    QString target;   // Escalation: who the step reaches ("secondary on-call"); may be empty
    QUrl externalUrl; // where Watchkeeper can be opened (the configuration's external_url)
    QUrl link;        // this alert in Watchkeeper or a graph of its rule; may be empty

    QString severity() const; // the severity label, lower case; "" when absent
    QString alertName() const;
    // The summary annotation, else the alert's name.
    QString summary() const;
    QString description() const;
    QString runbookUrl() const; // the runbook_url annotation when it is an http(s) URL
    // Alertmanager's notation: the 64-bit label fingerprint as 16 hex digits.
    QString fingerprint() const;
    // "firing", "resolved", "acknowledged", "escalation", "test": stable names for payloads.
    static QString kindName(Kind kind);
    // "[FIRING] CRITICAL DatabaseUnavailable: Database unavailable for db:5432" (translated).
    QString headline() const;
    // "FIRING", "RESOLVED", "ACKNOWLEDGED by alice", "ESCALATION step 2 (secondary on-call)",
    // "TEST" (translated).
    QString statusText() const;

    // A test message for the named channel; severity is the channel's first, or "low".
    static Notification test(const QString &channelName, const QString &severity, qint64 atMs);

    // Everything above as JSON, for the outbox that keeps undelivered notifications across a
    // restart; fromJson gives nothing for an object that is not one.
    QJsonObject toJson() const;
    static std::optional<Notification> fromJson(const QJsonObject &object);
};

} // namespace Wk
