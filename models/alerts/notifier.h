#pragma once

#include "alert.h"
#include "notificationconfig.h"
#include "notificationdelivery.h"
#include "notificationratelimiter.h"

#include "models/core/clock.h"
#include "models/core/result.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace Wk {

class NotificationOutbox;

class NotificationDeliveryModel;
class NotificationHttpClient;
class NotificationSmtpClient;
class NotificationTray;
struct NotificationAttempt;

// Sends alert notifications to the configured channels and keeps the delivery log.
//
// Routing: a firing alert goes to every configured channel whose type its `channels` label
// names (or whose name it names) and whose `severities` include the alert's severity; with
// no `channels` label, to every channel serving its severity. A named type without such a
// channel is logged as "not configured". The desktop (NotificationTray) hears of every alert.
// Resolved and acknowledged notifications go where the firing one went; an escalation step
// goes to that step's channels (names or types) and they hear of the resolve too.
//
// Delivery: per channel and recipient rate limits (a limited notification is logged as
// rate-limited, not dropped silently); retries on network errors, HTTP 5xx and 429 (after at
// least Retry-After) and SMTP 4xx, with the channel's backoff, never on other 4xx; one
// delivery at a time per alert, channel and recipient, a newer one replacing a waiting retry
// so a resolve never arrives before its trigger. All waiting is on the injected clock.
// Secrets never reach the log, the model or an error string.
class Notifier final : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(Clock *clock, QObject *parent = nullptr); // clock: not owned
    ~Notifier() override;

    // Replaces the channels. Deliveries under way carry on with their channel's new settings,
    // or fail if the channel is gone.
    void setConfig(const NotificationConfig &config);
    const NotificationConfig &config() const { return m_config; }
    // Whether this desktop sends to the non-desktop channels (Slack, PagerDuty, webhook, email,
    // SMS). Off while another desktop of a team holds the notifier lease: its deliveries are
    // recorded as delegated, and the desktop popups still show here.
    void setExternalDelivery(bool enabled) { m_external = enabled; }
    bool externalDelivery() const { return m_external; }
    // Keeps each notification on its way out in `outbox` (not owned; null: in memory only)
    // until it is delivered or given up.
    void setOutbox(NotificationOutbox *outbox) { m_outbox = outbox; }
    // Takes up what the outbox holds (left by an earlier run, or by another desktop that sent
    // for the team): each goes at its retry time, or at once; one whose channel is gone fails.
    // Returns how many were taken up.
    int resumeFromOutbox();
    // Where the "Open in Watchkeeper" link of an alert points (a page of the app, a graph of the
    // rule's expression); without one, messages carry no such link.
    void setLinkBuilder(std::function<QUrl(const Alert &)> build);

    void notifyFiring(const Alert &alert);
    void notifyResolved(const Alert &alert);
    void notifyAcknowledged(const Alert &alert, const QString &who, const QString &note);
    // Back to unacknowledged: the desktop counts it again and its reminder resumes.
    void notifyUnacknowledged(const Alert &alert);
    // channels: the step's channel names or types ("pagerduty", "sms-oncall"); target: who the
    // step reaches ("secondary on-call"), shown in the messages when given.
    void notifyEscalation(const Alert &alert, int step, const QStringList &channels,
                          const QString &target = {});

    // A test message to one channel, past its rate limit; the outcome shows in the log.
    // Returns how many deliveries started (one per recipient), or why none could.
    Result<int> sendTestNotification(const QString &channelName);

    // The channels (names) a firing notification of this alert would go to.
    QStringList channelsFor(const Alert &alert) const;
    // The channel types the alert names that have no channel for its severity.
    QStringList missingChannelTypes(const Alert &alert) const;

    NotificationDeliveryModel *deliveries() const { return m_deliveries; }
    NotificationTray *tray() const { return m_tray; }
    // Deliveries in flight, waiting for a retry or queued behind one.
    int pendingCount() const;

Q_SIGNALS:
    void deliveryRecorded(const Wk::NotificationDelivery &delivery);
    // A delivery failed for good (a permanent error, or its retries used up).
    void deliveryFailed(const Wk::NotificationDelivery &delivery);

private:
    struct Target
    {
        QString channel;
        QString recipient;
        friend bool operator==(const Target &, const Target &) = default;
    };
    struct Job;
    struct Lane
    {
        std::shared_ptr<Job> active;
        std::shared_ptr<Job> queued;
    };
    struct Route
    {
        QList<const ChannelConfig *> channels;
        QStringList missing; // requested types or names without a channel
    };

    Notification make(Notification::Kind kind, const Alert &alert) const;
    Route route(const Alert &alert) const;
    QList<Target> targetsOf(const Route &route) const;
    static QStringList recipientsOf(const ChannelConfig &channel);
    bool dispatch(const Notification &n, const ChannelConfig &channel, const QString &recipient,
                  bool limited);
    // Puts a job in its lane: it goes at once (or at notBeforeMs), after the one in flight, or
    // in place of one waiting for a retry.
    void place(const QString &laneKey, const std::shared_ptr<Job> &job, qint64 notBeforeMs = 0);
    void keep(const Job &job, qint64 nextAtMs = 0); // into the outbox
    void forget(const Job &job);                    // out of it
    void start(const QString &laneKey);
    void send(const ChannelConfig &channel, const Job &job,
              std::function<void(const NotificationAttempt &)> done);
    void complete(const QString &laneKey, const std::shared_ptr<Job> &job,
                  const NotificationAttempt &attempt);
    void advance(const QString &laneKey);
    void record(const Job &job, NotificationDelivery::Outcome outcome, const QString &reason,
                int code = 0, qint64 nextAttemptMs = 0);
    void recordDesktop(const Notification &n, bool shown);
    void recordNotConfigured(const Notification &n, const QString &what);
    void rememberSecrets(const ChannelConfig &channel);
    QString redact(const QString &text) const;

    Clock *m_clock; // not owned
    NotificationConfig m_config;
    bool m_external = true;
    NotificationOutbox *m_outbox = nullptr; // not owned
    std::function<QUrl(const Alert &)> m_linkBuilder;
    NotificationDeliveryModel *m_deliveries; // owned (child)
    NotificationTray *m_tray;                // owned (child)
    NotificationHttpClient *m_http;          // owned (child)
    NotificationSmtpClient *m_smtp;          // owned (child)
    NotificationRateLimiter m_limiter;
    QHash<QString, Lane> m_lanes;             // channel, recipient and alert -> deliveries
    QHash<quint64, QList<Target>> m_notified; // alert id -> where its firing went
    QStringList m_secrets;                    // every secret value seen, for redaction
    quint64 m_nextId = 1;
};

} // namespace Wk
