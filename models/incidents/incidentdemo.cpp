#include "incidentdemo.h"

namespace Wk {

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

class Script
{
public:
    explicit Script(IncidentRepository *repo)
        : m_repo(repo)
    {}

    bool ok() const { return m_ok; }

    qint64 open(const QString &title, IncidentSeverity severity, const QString &who, qint64 at,
                const std::optional<Incident::LinkedAlert> &alert = std::nullopt)
    {
        IncidentChange c = alert ? IncidentChange::createFromAlert(title, severity, *alert, false)
                                 : IncidentChange::create(title, severity);
        return run(c, who, at).incident.id;
    }
    void move(qint64 id, IncidentStage stage, const QString &who, qint64 at)
    {
        run(IncidentChange::moveStage(id, m_repo->versionOf(id), stage), who, at);
    }
    void note(qint64 id, const QString &text, const QString &who, qint64 at)
    {
        run(IncidentChange::addNote(id, text), who, at);
    }
    void commander(qint64 id, const QString &name, const QString &who, qint64 at)
    {
        run(IncidentChange::setCommander(id, m_repo->versionOf(id), name), who, at);
    }
    void assign(qint64 id, const QStringList &names, const QString &who, qint64 at)
    {
        run(IncidentChange::setAssignees(id, m_repo->versionOf(id), names), who, at);
    }
    void impact(qint64 id, const QString &text, const QString &who, qint64 at)
    {
        run(IncidentChange::setImpact(id, m_repo->versionOf(id), text), who, at);
    }
    void tick(qint64 id, CommunicationChannel channel, const QString &who, qint64 at)
    {
        run(IncidentChange::tickCommunication(id, m_repo->versionOf(id), channel, true), who, at);
    }
    void fired(qint64 id, const Incident::LinkedAlert &alert, qint64 at)
    {
        run(IncidentChange::alertFired(id, alert), QStringLiteral("watchkeeper"), at);
    }
    void resolved(qint64 id, const QString &fingerprint, qint64 at)
    {
        run(IncidentChange::alertResolved(id, fingerprint), QStringLiteral("watchkeeper"), at);
    }
    void action(qint64 id, const QString &text, const QString &owner, const QDate &due,
                const QString &who, qint64 at)
    {
        run(IncidentChange::addActionItem(id, m_repo->versionOf(id), text, owner, due), who, at);
    }
    void done(qint64 id, int item, const QString &who, qint64 at)
    {
        const auto inc = m_repo->incident(id);
        if (!inc || !inc->actionItem(item)) {
            m_ok = false;
            return;
        }
        Incident::ActionItem a = *inc->actionItem(item);
        a.done = true;
        run(IncidentChange::updateActionItem(id, inc->version, a), who, at);
    }

private:
    IncidentWriteResult run(IncidentChange c, const QString &who, qint64 at)
    {
        c.who = who;
        c.atMs = at;
        IncidentWriteResult r = m_repo->submit(c);
        if (!r.ok())
            m_ok = false;
        return r;
    }

    IncidentRepository *m_repo;
    bool m_ok = true;
};

Incident::LinkedAlert alert(const QString &fingerprint, const QString &name,
                            const QString &instance, const QString &severity,
                            const QString &summary)
{
    Incident::LinkedAlert a;
    a.fingerprint = fingerprint;
    a.alertname = name;
    a.instance = instance;
    a.severity = severity;
    a.summary = summary;
    return a;
}

} // namespace

qint64 IncidentDemo::populate(IncidentRepository *repository, qint64 nowMs)
{
    Script s(repository);
    const QString maria = QStringLiteral("maria.lopez");
    const QString dev = QStringLiteral("dev.patel");
    const QString sam = QStringLiteral("sam.okafor");
    const QString lee = QStringLiteral("lee.chen");

    // A closed P4 from last week.
    const qint64 t7 = nowMs - 5 * day;
    const qint64 typo = s.open(QStringLiteral("Typo in the appointment reminder e-mail footer"),
                               IncidentSeverity::P4, lee, t7);
    s.move(typo, IncidentStage::Response, lee, t7 + 2 * hour);
    s.note(typo, QStringLiteral("Template fixed and deployed with the 10:30 release."), lee,
           t7 + 20 * hour);
    s.move(typo, IncidentStage::Resolution, lee, t7 + 20 * hour);
    s.move(typo, IncidentStage::Closed, lee, t7 + 26 * hour);

    // The P1 taken through every stage, now in follow-up.
    const qint64 t0 = nowMs - 3 * day;
    const Incident::LinkedAlert dbDown =
        alert(QStringLiteral("3f2a9c01d4e7b688"), QStringLiteral("DatabaseUnavailable"),
              QStringLiteral("api-1:3000"), QStringLiteral("critical"),
              QStringLiteral("Database health check fails"));
    const Incident::LinkedAlert errors =
        alert(QStringLiteral("9b41e0c2a7d35f10"), QStringLiteral("HighErrorRate"),
              QStringLiteral("api-1:3000"), QStringLiteral("critical"),
              QStringLiteral("Error rate above 10 % for 5 minutes"));
    const qint64 p1 =
        s.open(QStringLiteral("Database unavailable: API cannot reach the PostgreSQL primary"),
               IncidentSeverity::P1, QStringLiteral("watchkeeper"), t0, dbDown);
    s.fired(p1, errors, t0 + 4 * minute);
    s.move(p1, IncidentStage::Assessment, maria, t0 + 3 * minute);
    s.commander(p1, maria, maria, t0 + 4 * minute);
    s.assign(p1, {dev, sam}, maria, t0 + 4 * minute);
    s.note(p1,
           QStringLiteral("api-1 connection pool exhausted; the primary db-1 refuses new "
                          "connections (FATAL: sorry, too many clients already)."),
           dev, t0 + 6 * minute);
    s.tick(p1, CommunicationChannel::SlackIncidents, maria, t0 + 6 * minute);
    s.tick(p1, CommunicationChannel::Phone, maria, t0 + 7 * minute);
    s.tick(p1, CommunicationChannel::StakeholderEmail, maria, t0 + 8 * minute);
    s.tick(p1, CommunicationChannel::StatusPage, maria, t0 + 9 * minute);
    s.impact(p1,
             QStringLiteral("Call handling and appointment booking failed for 38 minutes: "
                            "1,240 inbound calls went to the fallback voicemail and 96 "
                            "bookings could not be saved. No data was lost."),
             maria, t0 + 10 * minute);
    s.move(p1, IncidentStage::Response, maria, t0 + 11 * minute);
    s.note(p1,
           QStringLiteral("Root cause: the deploy ten minutes before the alert raised API "
                          "workers from 8 to 32 per host without raising max_connections (100) "
                          "on db-1."),
           sam, t0 + 19 * minute);
    s.note(p1,
           QStringLiteral("Mitigation: rolled back deploy 2023.11.3 and restarted PgBouncer; "
                          "connections dropping."),
           dev, t0 + 27 * minute);
    s.tick(p1, CommunicationChannel::CustomerEmail, maria, t0 + 31 * minute);
    s.resolved(p1, dbDown.fingerprint, t0 + 35 * minute);
    s.resolved(p1, errors.fingerprint, t0 + 37 * minute);
    s.move(p1, IncidentStage::Resolution, maria, t0 + 38 * minute);
    s.note(p1,
           QStringLiteral("Verified: error rate back under 1 %, p95 latency 420 ms, bookings "
                          "succeeding. Review set for Thursday 10:00."),
           maria, t0 + 45 * minute);
    s.tick(p1, CommunicationChannel::SocialMedia, maria, t0 + 47 * minute);
    s.move(p1, IncidentStage::FollowUp, maria, t0 + 1 * day);
    const QDate reviewDay = QDateTime::fromMSecsSinceEpoch(t0 + day, Qt::UTC).date();
    s.action(p1, QStringLiteral("Put PgBouncer in front of every API worker pool"), dev,
             reviewDay.addDays(14), maria, t0 + day + 30 * minute);
    s.action(p1, QStringLiteral("Alert when database connections pass 80 % of max_connections"),
             sam, reviewDay.addDays(7), maria, t0 + day + 31 * minute);
    s.action(p1, QStringLiteral("Check the connection budget in the deploy pipeline"), maria,
             reviewDay.addDays(21), maria, t0 + day + 32 * minute);
    s.done(p1, 2, sam, t0 + 2 * day);

    // Resolved a few minutes ago, being verified.
    const qint64 t3 = nowMs - 3 * hour;
    const qint64 cache =
        s.open(QStringLiteral("Cache miss rate 34 % after the Redis restart"), IncidentSeverity::P3,
               QStringLiteral("watchkeeper"), t3,
               alert(QStringLiteral("51c7aa0e9f2b6d34"), QStringLiteral("CacheMissRateHigh"),
                     QStringLiteral("redis-1:6379"), QStringLiteral("medium"),
                     QStringLiteral("Cache miss rate above 30 % for 20 minutes")));
    s.move(cache, IncidentStage::Response, sam, t3 + 25 * minute);
    s.commander(cache, sam, sam, t3 + 25 * minute);
    s.note(cache, QStringLiteral("Warming the cache from the last snapshot."), sam,
           t3 + 40 * minute);
    s.resolved(cache, QStringLiteral("51c7aa0e9f2b6d34"), nowMs - 25 * minute);
    s.move(cache, IncidentStage::Resolution, sam, nowMs - 20 * minute);

    // Being worked on: a P2 in response.
    const qint64 t2 = nowMs - 25 * minute;
    const qint64 slow =
        s.open(QStringLiteral("Checkout latency above 2 s on the web tier"), IncidentSeverity::P2,
               QStringLiteral("watchkeeper"), t2,
               alert(QStringLiteral("c03e5d7718a9b2f4"), QStringLiteral("PerformanceDegradation"),
                     QStringLiteral("web-2:8080"), QStringLiteral("high"),
                     QStringLiteral("Average response time above 2 s")));
    s.move(slow, IncidentStage::Assessment, dev, t2 + 6 * minute);
    s.commander(slow, dev, dev, t2 + 6 * minute);
    s.tick(slow, CommunicationChannel::SlackIncidents, dev, t2 + 7 * minute);
    s.move(slow, IncidentStage::Response, dev, t2 + 12 * minute);
    s.note(slow, QStringLiteral("Slow query on the basket table; adding the missing index."), dev,
           t2 + 18 * minute);

    // Being assessed: a P2 acknowledged in time.
    const qint64 t1 = nowMs - 12 * minute;
    const qint64 sms =
        s.open(QStringLiteral("SMS provider failing 25 % of sends"), IncidentSeverity::P2,
               QStringLiteral("watchkeeper"), t1,
               alert(QStringLiteral("7e9d0b3c5a1f8e26"), QStringLiteral("ExternalAPIFailures"),
                     QStringLiteral("notify-1:4000"), QStringLiteral("high"),
                     QStringLiteral("External API failure rate above 20 %")));
    s.move(sms, IncidentStage::Assessment, lee, t1 + 9 * minute);
    s.commander(sms, lee, lee, t1 + 9 * minute);

    // Just detected: a P1 past its response target, a P3 close to it, a P4 with time left.
    s.open(QStringLiteral("Login failures spike on the auth service"), IncidentSeverity::P1,
           QStringLiteral("watchkeeper"), nowMs - 7 * minute,
           alert(QStringLiteral("a8f4c2e61b0d9375"), QStringLiteral("HighErrorRate"),
                 QStringLiteral("auth-1:3100"), QStringLiteral("critical"),
                 QStringLiteral("Error rate above 10 % for 5 minutes")));
    s.open(QStringLiteral("Disk usage at 83 % on db-2"), IncidentSeverity::P3,
           QStringLiteral("watchkeeper"), nowMs - 50 * minute,
           alert(QStringLiteral("e2b6f9a4c71d0358"), QStringLiteral("DiskSpaceWarning"),
                 QStringLiteral("db-2:9100"), QStringLiteral("medium"),
                 QStringLiteral("Disk usage above 80 %")));
    s.open(QStringLiteral("Deprecated /v1/calls endpoint still called 40 times a day"),
           IncidentSeverity::P4, lee, nowMs - 90 * minute);

    return s.ok() ? p1 : 0;
}

} // namespace Wk
