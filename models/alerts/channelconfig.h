#pragma once

#include "notificationsecret.h"

#include "models/config/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace Wk {

// Where notifications can go. An alert's `channels` label names types; the workspace maps a
// type and a severity to concrete channels (ChannelConfig::severities).
enum class ChannelType { Slack, PagerDuty, Webhook, Email, Sms, Desktop };

// One configured notification channel, as the `notifications: channels:` list of the workspace
// describes it (NotificationConfigLoader). Secrets are NotificationSecret values, never text.
struct ChannelConfig
{
    // At most `count` notifications per `perMs` to one recipient of this channel.
    struct RateLimit
    {
        int count = 0;
        qint64 perMs = 0;
        bool isSet() const { return count > 0 && perMs > 0; }
    };

    // Waits before each retry; after the last one the delivery has failed. A Retry-After
    // answer lengthens a wait, up to maxRetryAfterMs.
    struct Retry
    {
        QList<qint64> backoffMs{5'000, 30'000, 120'000, 600'000};
        qint64 maxRetryAfterMs = 3'600'000;
    };

    // An SMTP relay: a local MTA or a trusted relay without authentication, or a provider's
    // submission port with STARTTLS (or TLS from the start on port 465) and a user name and
    // password. Credentials are never sent over an unencrypted connection.
    struct Smtp
    {
        QString host;
        quint16 port = 25;
        QString hello;            // the EHLO name; empty = the local host name
        bool requireTls = false;  // STARTTLS must be offered and is used
        bool implicitTls = false; // TLS from the first byte (port 465)
        QString username;         // AUTH PLAIN or LOGIN when set
        NotificationSecret password;
    };

    // A daily span in a time zone in which the desktop shows only critical alerts. The span may
    // cross midnight ("22:00" to "07:00").
    struct QuietHours
    {
        QTime start;
        QTime end;
        QTimeZone timeZone = QTimeZone::systemTimeZone();
        bool isSet() const { return start.isValid() && end.isValid() && start != end; }
        bool contains(qint64 utcMs) const;
    };

    QString name;
    ChannelType type = ChannelType::Slack;
    QStringList severities; // the severities this channel serves; empty = every severity

    NotificationSecret url;        // slack, webhook, sms: the endpoint URL (a secret)
    QUrl endpoint;                 // pagerduty: the Events API v2 URL (not a secret)
    NotificationSecret routingKey; // pagerduty: the integration's routing key
    NotificationSecret token;      // sms: an optional bearer token for the gateway

    QString slackChannel;   // slack: overrides the webhook's default channel ("#alerts-critical")
    QString username;       // slack: overrides the webhook's default name
    QString source;         // pagerduty: payload.source; empty = the alert's instance or job
    QStringList recipients; // email addresses or phone numbers
    QString from;           // email: the From address
    Smtp smtp;              // email
    int maxLength = 160;    // sms: longer messages are cut with an ellipsis

    RateLimit rateLimit;
    Retry retry;
    qint64 timeoutMs = 10'000;
    bool sendResolved = true;
    TlsConfig tls;

    // desktop
    qint64 reminderIntervalMs = 60'000;
    QStringList repeatSeverities{QStringLiteral("critical")};
    QuietHours quietHours;

    bool servesSeverity(const QString &severity) const;
    // Whether an acknowledgement is worth a message here: Slack, PagerDuty (acknowledges the
    // incident), email and desktop; the webhook format and SMS have no such message.
    bool sendsAcknowledged() const;
    bool sendsResolved() const { return sendResolved; }
    // The secrets this channel holds, read now, for redaction.
    QStringList secretValues() const;

    static QString typeName(ChannelType type);
    static std::optional<ChannelType> typeFromName(QStringView name);
    static QStringList typeNames();
    // The settings a channel of this type starts from (SMS: at most 1 per 5 minutes per
    // recipient and no resolved messages, as the guide says).
    static ChannelConfig defaults(ChannelType type);
    // The Events API v2 endpoint.
    static QUrl pagerDutyEventsUrl();
};

} // namespace Wk
