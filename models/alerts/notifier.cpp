#include "notifier.h"

#include "notificationdeliverymodel.h"
#include "notificationformatter.h"
#include "notificationhttpclient.h"
#include "notificationoutbox.h"
#include "notificationsmtpclient.h"
#include "notificationtray.h"

#include "models/core/duration.h"
#include "models/core/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace Wk {

struct Notifier::Job
{
    quint64 id = 0;
    QString uid; // the outbox row's key
    qint64 createdAtMs = 0;
    Notification n;
    QString channel;
    QString channelType;
    QString recipient;
    int attempt = 0;
    Clock::TimerId timer = 0;
    bool inFlight = false;
};

namespace {

QString laneKeyOf(const QString &channel, const QString &recipient, quint64 alertId)
{
    return channel + u'\n' + recipient + u'\n' + QString::number(alertId);
}

QStringList requestedChannels(const Alert &alert)
{
    QStringList out;
    const QStringList parts = alert.labels.value(u"channels").split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed().toLower();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

QString mailDomain(const QString &from)
{
    const qsizetype at = from.lastIndexOf(u'@');
    return at < 0 ? QString() : from.mid(at + 1);
}

} // namespace

Notifier::Notifier(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_deliveries(new NotificationDeliveryModel(this))
    , m_tray(new NotificationTray(clock, this))
    , m_http(new NotificationHttpClient(this))
    , m_smtp(new NotificationSmtpClient(this))
{
    m_config = NotificationConfig::desktopOnly();
}

Notifier::~Notifier()
{
    for (const Lane &lane : std::as_const(m_lanes)) {
        if (lane.active && lane.active->timer)
            m_clock->cancel(lane.active->timer);
    }
}

void Notifier::setConfig(const NotificationConfig &config)
{
    m_config = config;
    m_config.ensureDesktop();
    m_tray->setSettings(m_config.desktop());
    for (const ChannelConfig &c : std::as_const(m_config.channels))
        rememberSecrets(c);
}

void Notifier::setLinkBuilder(std::function<QUrl(const Alert &)> build)
{
    m_linkBuilder = std::move(build);
}

Notification Notifier::make(Notification::Kind kind, const Alert &alert) const
{
    Notification n;
    n.kind = kind;
    n.alert = alert;
    n.atMs = m_clock->nowMs();
    n.externalUrl = m_config.externalUrl;
    if (m_linkBuilder)
        n.link = m_linkBuilder(alert);
    return n;
}

Notifier::Route Notifier::route(const Alert &alert) const
{
    Route r;
    const QString severity = alert.labels.value(u"severity").trimmed().toLower();
    const QStringList requested = requestedChannels(alert);
    for (const ChannelConfig &c : m_config.channels) {
        if (c.type == ChannelType::Desktop)
            continue;
        const bool byType =
            requested.isEmpty() || requested.contains(ChannelConfig::typeName(c.type));
        if ((byType && c.servesSeverity(severity)) || requested.contains(c.name.toLower()))
            r.channels << &c;
    }
    for (const QString &want : requested) {
        const auto type = ChannelConfig::typeFromName(want);
        if (type == ChannelType::Desktop)
            continue;
        const bool covered =
            std::any_of(r.channels.cbegin(), r.channels.cend(), [&](const ChannelConfig *c) {
                return type ? c->type == *type : c->name.toLower() == want;
            });
        if (!covered)
            r.missing << want;
    }
    return r;
}

QList<Notifier::Target> Notifier::targetsOf(const Route &route) const
{
    QList<Target> out;
    for (const ChannelConfig *c : route.channels) {
        for (const QString &to : recipientsOf(*c))
            out << Target{c->name, to};
    }
    return out;
}

QStringList Notifier::recipientsOf(const ChannelConfig &channel)
{
    return channel.recipients.isEmpty() ? QStringList{QString()} : channel.recipients;
}

QStringList Notifier::channelsFor(const Alert &alert) const
{
    QStringList out;
    for (const ChannelConfig *c : route(alert).channels)
        out << c->name;
    if (m_config.desktop().servesSeverity(alert.labels.value(u"severity").toLower()))
        out << m_config.desktop().name;
    return out;
}

QStringList Notifier::missingChannelTypes(const Alert &alert) const
{
    return route(alert).missing;
}

void Notifier::notifyFiring(const Alert &alert)
{
    if (m_notified.contains(alert.id)) {
        qCDebug(lcAlerts).noquote()
            << "notifier:" << alert.labels.value(u"alertname") << "already notified as firing";
        return;
    }
    const Notification n = make(Notification::Kind::Firing, alert);
    recordDesktop(n, m_tray->firing(alert));
    const Route r = route(alert);
    QList<Target> reached;
    for (const ChannelConfig *c : r.channels) {
        for (const QString &to : recipientsOf(*c)) {
            if (dispatch(n, *c, to, true))
                reached << Target{c->name, to};
        }
    }
    for (const QString &what : r.missing)
        recordNotConfigured(n, what);
    m_notified.insert(alert.id, reached);
}

void Notifier::notifyResolved(const Alert &alert)
{
    const Notification n = make(Notification::Kind::Resolved, alert);
    recordDesktop(n, m_tray->resolved(alert));
    const QList<Target> targets =
        m_notified.contains(alert.id) ? m_notified.take(alert.id) : targetsOf(route(alert));
    for (const Target &t : targets) {
        const ChannelConfig *c = m_config.channel(t.channel);
        if (c && c->sendsResolved())
            dispatch(n, *c, t.recipient, true);
    }
}

void Notifier::notifyAcknowledged(const Alert &alert, const QString &who, const QString &note)
{
    Notification n = make(Notification::Kind::Acknowledged, alert);
    n.who = who;
    n.note = note;
    recordDesktop(n, m_tray->acknowledged(alert, who, note));
    const QList<Target> targets =
        m_notified.contains(alert.id) ? m_notified.value(alert.id) : targetsOf(route(alert));
    for (const Target &t : targets) {
        const ChannelConfig *c = m_config.channel(t.channel);
        if (c && c->sendsAcknowledged())
            dispatch(n, *c, t.recipient, true);
    }
}

void Notifier::notifyUnacknowledged(const Alert &alert)
{
    m_tray->unacknowledged(alert);
}

void Notifier::notifyEscalation(const Alert &alert, int step, const QStringList &channels,
                                const QString &target)
{
    Notification n = make(Notification::Kind::Escalation, alert);
    n.step = step;
    n.target = target;
    recordDesktop(n, m_tray->escalated(alert, step));
    const QString severity = n.severity();
    QList<const ChannelConfig *> chosen;
    const auto choose = [&chosen](const ChannelConfig *c) {
        if (!chosen.contains(c))
            chosen << c;
    };
    for (const QString &entry : channels) {
        const QString want = entry.trimmed();
        if (want.isEmpty())
            continue;
        if (const ChannelConfig *c = m_config.channel(want)) {
            if (c->type != ChannelType::Desktop)
                choose(c);
            continue;
        }
        const auto type = ChannelConfig::typeFromName(want);
        if (type == ChannelType::Desktop)
            continue;
        bool found = false;
        for (const ChannelConfig &c : m_config.channels) {
            if (type && c.type == *type && c.servesSeverity(severity)) {
                choose(&c);
                found = true;
            }
        }
        if (!found)
            recordNotConfigured(n, want.toLower());
    }
    QList<Target> &reached = m_notified[alert.id];
    for (const ChannelConfig *c : std::as_const(chosen)) {
        for (const QString &to : recipientsOf(*c)) {
            if (dispatch(n, *c, to, true) && !reached.contains(Target{c->name, to}))
                reached << Target{c->name, to};
        }
    }
}

Result<int> Notifier::sendTestNotification(const QString &channelName)
{
    const ChannelConfig *c = m_config.channel(channelName);
    if (!c)
        return Error(tr("there is no notification channel named \"%1\"").arg(channelName));
    const Notification n = Notification::test(
        c->name, c->severities.value(0, QStringLiteral("low")), m_clock->nowMs());
    if (c->type == ChannelType::Desktop) {
        recordDesktop(n, m_tray->test());
        return 1;
    }
    int started = 0;
    for (const QString &to : recipientsOf(*c)) {
        Notification copy = n;
        copy.externalUrl = m_config.externalUrl;
        if (dispatch(copy, *c, to, false))
            ++started;
    }
    return started;
}

int Notifier::pendingCount() const
{
    int n = 0;
    for (const Lane &lane : m_lanes)
        n += (lane.active ? 1 : 0) + (lane.queued ? 1 : 0);
    return n;
}

bool Notifier::dispatch(const Notification &n, const ChannelConfig &channel,
                        const QString &recipient, bool limited)
{
    auto job = std::make_shared<Job>();
    job->id = m_nextId++;
    job->uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job->createdAtMs = m_clock->nowMs();
    job->n = n;
    job->channel = channel.name;
    job->channelType = ChannelConfig::typeName(channel.type);
    job->recipient = recipient;

    if (!m_external && limited) { // a test notification is asked for here and goes from here
        record(*job, NotificationDelivery::Outcome::Delegated,
               tr("another Watchkeeper of the team holds the notifier lease"));
        return false;
    }

    if (limited && channel.rateLimit.isSet()) {
        const QString key = channel.name + u'\n' + recipient;
        const qint64 now = m_clock->nowMs();
        const auto &rl = channel.rateLimit;
        if (!m_limiter.tryAcquire(key, rl.count, rl.perMs, now)) {
            const qint64 next = m_limiter.nextAllowedMs(key, rl.count, rl.perMs, now);
            record(*job, NotificationDelivery::Outcome::RateLimited,
                   tr("at most %1 per %2 to %3; the next one can go at %4 UTC")
                       .arg(rl.count)
                       .arg(formatDuration(rl.perMs),
                            recipient.isEmpty() ? channel.name : recipient,
                            QDateTime::fromMSecsSinceEpoch(next, Qt::UTC)
                                .toString(QStringLiteral("HH:mm:ss"))));
            return false;
        }
    }

    keep(*job);
    const QString key = laneKeyOf(channel.name, recipient, n.alert.id);
    place(key, job);
    return true;
}

void Notifier::place(const QString &key, const std::shared_ptr<Job> &job, qint64 notBeforeMs)
{
    Lane &lane = m_lanes[key];
    if (!lane.active) {
        lane.active = job;
    } else if (!lane.active->inFlight) {
        // Waiting for a retry: the newer notification goes now, in its place.
        if (lane.active->timer)
            m_clock->cancel(lane.active->timer);
        lane.active->timer = 0;
        record(*lane.active, NotificationDelivery::Outcome::Superseded,
               tr("replaced by the %1 notification before its retry")
                   .arg(Notification::kindName(job->n.kind)));
        forget(*lane.active);
        lane.active = job;
    } else {
        // In flight: the newer one waits for it, so the receiver sees them in order.
        if (lane.queued) {
            record(*lane.queued, NotificationDelivery::Outcome::Superseded,
                   tr("replaced by the %1 notification before it was sent")
                       .arg(Notification::kindName(job->n.kind)));
            forget(*lane.queued);
        }
        lane.queued = job;
        return;
    }
    if (notBeforeMs > m_clock->nowMs()) {
        job->timer = m_clock->callAt(notBeforeMs, this, [this, key, job] {
            job->timer = 0;
            const auto it = m_lanes.constFind(key);
            if (it != m_lanes.cend() && it->active == job)
                start(key);
        });
        return;
    }
    start(key);
}

void Notifier::keep(const Job &job, qint64 nextAtMs)
{
    if (!m_outbox || job.n.kind == Notification::Kind::Test)
        return;
    NotificationOutbox::Entry e;
    e.uid = job.uid;
    e.channel = job.channel;
    e.recipient = job.recipient;
    e.notification = job.n;
    e.attempt = job.attempt;
    e.nextAtMs = nextAtMs;
    e.createdAtMs = job.createdAtMs;
    if (auto err = m_outbox->put(e))
        qCWarning(lcAlerts).noquote() << err->toString();
}

void Notifier::forget(const Job &job)
{
    if (!m_outbox || job.n.kind == Notification::Kind::Test)
        return;
    if (auto err = m_outbox->remove(job.uid))
        qCWarning(lcAlerts).noquote() << err->toString();
}

int Notifier::resumeFromOutbox()
{
    if (!m_outbox || !m_external)
        return 0;
    const auto pending = m_outbox->pending();
    if (!pending) {
        qCWarning(lcAlerts).noquote() << pending.error().toString();
        return 0;
    }
    QSet<QString> live;
    for (const Lane &lane : std::as_const(m_lanes)) {
        for (const auto &j : {lane.active, lane.queued}) {
            if (j)
                live.insert(j->uid);
        }
    }
    int taken = 0;
    for (const NotificationOutbox::Entry &e : pending.value()) {
        if (live.contains(e.uid))
            continue;
        auto job = std::make_shared<Job>();
        job->id = m_nextId++;
        job->uid = e.uid;
        job->createdAtMs = e.createdAtMs;
        job->n = e.notification;
        job->channel = e.channel;
        job->recipient = e.recipient;
        job->attempt = e.attempt;
        const ChannelConfig *channel = m_config.channel(e.channel);
        job->channelType = channel ? ChannelConfig::typeName(channel->type) : QString();
        if (!channel) {
            record(*job, NotificationDelivery::Outcome::Failed,
                   tr("the channel is no longer configured"));
            forget(*job);
            continue;
        }
        if (e.nextAtMs > m_clock->nowMs()) {
            record(*job, NotificationDelivery::Outcome::Retrying,
                   tr("carried over from before the restart"), 0, e.nextAtMs);
        }
        place(laneKeyOf(e.channel, e.recipient, e.notification.alert.id), job, e.nextAtMs);
        ++taken;
    }
    return taken;
}

void Notifier::start(const QString &laneKey)
{
    const auto it = m_lanes.find(laneKey);
    if (it == m_lanes.end() || !it->active)
        return;
    std::shared_ptr<Job> job = it->active;
    job->attempt += 1;
    job->inFlight = true;
    const ChannelConfig *channel = m_config.channel(job->channel);
    if (!channel) {
        job->inFlight = false;
        record(*job, NotificationDelivery::Outcome::Failed,
               tr("the channel is no longer configured"));
        forget(*job);
        advance(laneKey);
        return;
    }
    send(*channel, *job,
         [this, laneKey, job](const NotificationAttempt &a) { complete(laneKey, job, a); });
}

void Notifier::send(const ChannelConfig &channel, const Job &job,
                    std::function<void(const NotificationAttempt &)> done)
{
    // Failures found before anything goes out still answer from the event loop, like the
    // network does, so callers never re-enter.
    const auto failNow = [this, &done](const QString &error) {
        NotificationAttempt a;
        a.status = NotificationAttempt::Status::Permanent;
        a.error = error;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), a] { done(a); }, Qt::QueuedConnection);
    };
    const auto secret = [this](const NotificationSecret &s) -> Result<QString> {
        auto value = s.read();
        if (value && !m_secrets.contains(value.value()))
            m_secrets << value.value();
        return value;
    };

    NotificationHttpClient::Request request;
    request.timeoutMs = channel.timeoutMs;
    request.tls = channel.tls;
    const Notification &n = job.n;
    switch (channel.type) {
    case ChannelType::Slack:
    case ChannelType::Webhook:
    case ChannelType::Sms: {
        auto url = secret(channel.url);
        if (!url)
            return failNow(url.error().message);
        request.url = QUrl(url.value());
        QJsonObject body;
        if (channel.type == ChannelType::Slack)
            body = NotificationFormatter::slack(n, channel);
        else if (channel.type == ChannelType::Webhook)
            body = NotificationFormatter::alertmanagerWebhook(n, channel.name);
        else
            body = NotificationFormatter::sms(n, channel, job.recipient);
        if (channel.type == ChannelType::Sms && channel.token.isSet()) {
            auto token = secret(channel.token);
            if (!token)
                return failNow(token.error().message);
            request.headers.append({"Authorization", "Bearer " + token.value().toUtf8()});
        }
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        break;
    }
    case ChannelType::PagerDuty: {
        auto key = secret(channel.routingKey);
        if (!key)
            return failNow(key.error().message);
        request.url = channel.endpoint;
        request.body = QJsonDocument(NotificationFormatter::pagerDuty(n, channel, key.value()))
                           .toJson(QJsonDocument::Compact);
        break;
    }
    case ChannelType::Email: {
        NotificationSmtpClient::Message m;
        m.host = channel.smtp.host;
        m.port = channel.smtp.port;
        m.hello = channel.smtp.hello;
        m.from = channel.from;
        m.to = job.recipient;
        m.timeoutMs = channel.timeoutMs;
        m.tls = channel.tls;
        m.security =
            channel.smtp.implicitTls
                ? NotificationSmtpClient::Message::Security::Tls
                : (channel.smtp.requireTls ? NotificationSmtpClient::Message::Security::StartTls
                                           : NotificationSmtpClient::Message::Security::Plain);
        if (!channel.smtp.username.isEmpty()) {
            const auto password = channel.smtp.password.read();
            if (!password)
                return failNow(password.error().message);
            m.username = channel.smtp.username;
            m.password = password.value();
        }
        m.data = NotificationFormatter::email(n, channel, job.recipient, mailDomain(channel.from));
        m_smtp->send(m, std::move(done));
        return;
    }
    case ChannelType::Desktop:
        return failNow(tr("desktop notifications are not sent over the network"));
    }
    m_http->post(request, std::move(done));
}

void Notifier::complete(const QString &laneKey, const std::shared_ptr<Job> &job,
                        const NotificationAttempt &a)
{
    const auto it = m_lanes.find(laneKey);
    if (it == m_lanes.end() || it->active != job)
        return;
    job->inFlight = false;
    if (a.ok()) {
        record(*job, NotificationDelivery::Outcome::Sent, {}, a.code);
        forget(*job);
        advance(laneKey);
        return;
    }
    const ChannelConfig *channel = m_config.channel(job->channel);
    if (a.status == NotificationAttempt::Status::Permanent || !channel) {
        record(*job, NotificationDelivery::Outcome::Failed, a.error, a.code);
        forget(*job);
        advance(laneKey);
        return;
    }
    if (it->queued) {
        record(*job, NotificationDelivery::Outcome::Superseded,
               tr("%1; not retried, a newer notification replaces it").arg(a.error), a.code);
        forget(*job);
        advance(laneKey);
        return;
    }
    const QList<qint64> &backoff = channel->retry.backoffMs;
    if (job->attempt > backoff.size()) {
        const int attempts = job->attempt;
        record(*job, NotificationDelivery::Outcome::Failed,
               tr("gave up after %n attempt(s): %1", nullptr, attempts).arg(a.error), a.code);
        forget(*job);
        advance(laneKey);
        return;
    }
    const qint64 now = m_clock->nowMs();
    qint64 delay = backoff.at(job->attempt - 1);
    if (const auto after = NotificationHttpClient::retryAfterMs(a.retryAfter, now))
        delay = std::max(delay, std::min(*after, channel->retry.maxRetryAfterMs));
    const qint64 at = now + delay;
    record(*job, NotificationDelivery::Outcome::Retrying, a.error, a.code, at);
    keep(*job, at);
    job->timer = m_clock->callAt(at, this, [this, laneKey, job] {
        job->timer = 0;
        const auto lane = m_lanes.constFind(laneKey);
        if (lane != m_lanes.cend() && lane->active == job)
            start(laneKey);
    });
}

void Notifier::advance(const QString &laneKey)
{
    const auto it = m_lanes.find(laneKey);
    if (it == m_lanes.end())
        return;
    it->active = std::move(it->queued);
    it->queued.reset();
    if (it->active)
        start(laneKey);
    else
        m_lanes.erase(it);
}

void Notifier::record(const Job &job, NotificationDelivery::Outcome outcome, const QString &reason,
                      int code, qint64 nextAttemptMs)
{
    NotificationDelivery d;
    d.id = job.id;
    d.atMs = m_clock->nowMs();
    d.channel = job.channel;
    d.channelType = job.channelType;
    d.recipient = job.recipient;
    d.alertId = job.n.alert.id;
    d.alertName = job.n.alertName();
    d.severity = job.n.severity();
    d.kind = job.n.kind;
    d.attempt = job.attempt;
    d.outcome = outcome;
    d.reason = redact(reason);
    d.nextAttemptMs = nextAttemptMs;
    d.code = code;
    m_deliveries->append(d);

    const QString line = QStringLiteral("notification %1 of %2 to %3%4: %5")
                             .arg(Notification::kindName(d.kind), d.alertName, d.channel,
                                  d.recipient.isEmpty() ? QString() : u' ' + d.recipient,
                                  NotificationDelivery::outcomeName(outcome));
    const QString detail = d.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.reason);
    if (outcome == NotificationDelivery::Outcome::Failed ||
        outcome == NotificationDelivery::Outcome::Retrying)
        qCWarning(lcAlerts).noquote() << line + detail;
    else
        qCInfo(lcAlerts).noquote() << line + detail;

    Q_EMIT deliveryRecorded(d);
    if (outcome == NotificationDelivery::Outcome::Failed)
        Q_EMIT deliveryFailed(d);
}

void Notifier::recordDesktop(const Notification &n, bool shown)
{
    const ChannelConfig &desktop = m_config.desktop();
    Job job;
    job.id = m_nextId++;
    job.n = n;
    job.channel = desktop.name;
    job.channelType = ChannelConfig::typeName(ChannelType::Desktop);
    job.attempt = shown ? 1 : 0;
    QString reason;
    if (!shown) {
        reason = desktop.servesSeverity(n.severity())
                     ? tr("quiet hours")
                     : tr("the desktop does not show severity \"%1\"").arg(n.severity());
    }
    record(job,
           shown ? NotificationDelivery::Outcome::Sent : NotificationDelivery::Outcome::Suppressed,
           reason);
}

void Notifier::recordNotConfigured(const Notification &n, const QString &what)
{
    Job job;
    job.id = m_nextId++;
    job.n = n;
    job.channel = what;
    const auto type = ChannelConfig::typeFromName(what);
    job.channelType = type ? ChannelConfig::typeName(*type) : QString();
    const QString severity = n.severity();
    record(job, NotificationDelivery::Outcome::NotConfigured,
           type ? tr("no %1 channel is configured for severity \"%2\"").arg(what, severity)
                : tr("\"%1\" is neither a channel type (%2) nor a configured channel")
                      .arg(what, ChannelConfig::typeNames().join(u", ")));
}

void Notifier::rememberSecrets(const ChannelConfig &channel)
{
    for (const QString &s : channel.secretValues()) {
        if (!m_secrets.contains(s))
            m_secrets << s;
    }
}

QString Notifier::redact(const QString &text) const
{
    return NotificationSecret::redact(text, m_secrets);
}

} // namespace Wk
