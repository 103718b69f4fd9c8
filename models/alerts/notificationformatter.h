#pragma once

#include "channelconfig.h"
#include "notification.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Wk {

// The payload of a notification in each channel's format. Pure functions of their input, so
// every field is testable without a network.
class NotificationFormatter
{
public:
    // A Slack incoming-webhook message: `text` for notifications and clients without blocks,
    // one attachment coloured by severity whose blocks hold the headline, summary and
    // description, severity / status / times, the labels and a runbook button.
    static QJsonObject slack(const Notification &n, const ChannelConfig &channel);
    static QString slackColour(const Notification &n);

    // A PagerDuty Events API v2 event: trigger (firing, escalation, test), acknowledge or
    // resolve, all with the same dedup_key for one alert.
    static QJsonObject pagerDuty(const Notification &n, const ChannelConfig &channel,
                                 const QString &routingKey);
    // "watchkeeper-" and the fingerprint: stable across restarts and desktops, so every
    // Watchkeeper watching the same alert talks about the same incident.
    static QString dedupKey(const Notification &n);
    // critical -> critical, high -> error, medium -> warning, low -> info; PagerDuty's own
    // names pass through; anything else -> warning.
    static QString pagerDutySeverity(const QString &severity);

    // Alertmanager's webhook JSON (version 4) with this one alert, grouped by all its labels.
    static QJsonObject alertmanagerWebhook(const Notification &n, const QString &receiver);

    // The JSON Watchkeeper posts to an SMS gateway for one recipient: to, message (at most
    // the channel's max_length characters), severity, status, alertname, fingerprint.
    static QJsonObject sms(const Notification &n, const ChannelConfig &channel, const QString &to);
    static QString smsText(const Notification &n, int maxLength);

    // An RFC 5322 message (CRLF line ends, quoted-printable UTF-8 body, RFC 2047 subject).
    // Messages of one alert share a thread: later ones refer to the firing one's Message-ID.
    static QByteArray email(const Notification &n, const ChannelConfig &channel, const QString &to,
                            const QString &domain);
    static QString emailSubject(const Notification &n);
    static QString emailBody(const Notification &n);

    // Go's time.Time JSON form as Alertmanager writes it: RFC 3339, UTC, fraction without
    // trailing zeros; ms <= 0 is Go's zero time "0001-01-01T00:00:00Z".
    static QString rfc3339(qint64 ms);
    static QByteArray quotedPrintable(const QByteArray &utf8);
    static QByteArray encodeHeaderWord(const QString &text);
};

} // namespace Wk
