#include "fakealertmanager.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/alertmanageralertsource.h"
#include "models/alerts/alertmanagerclient.h"
#include "models/alerts/alertmanagersilencestore.h"
#include "models/alerts/alertrepository.h"
#include "models/storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 T0 = 1'795'796'539'000; // 2026-11-27T16:22:19Z

Alert amAlert(const QString &name, const QString &instance, const QString &severity, qint64 at)
{
    Alert a;
    a.labels = Labels{{QStringLiteral("alertname"), name},
                      {QStringLiteral("instance"), instance},
                      {QStringLiteral("severity"), severity}};
    a.id = Alert::fingerprint(a.labels);
    a.activeAtMs = at;
    a.annotations.insert(QStringLiteral("summary"), name + QStringLiteral(" on ") + instance);
    return a;
}

// The remote pieces against a FakeAlertmanager, on one ManualClock, with an audit database.
struct Remote
{
    Remote()
        : clock(T0)
        , server(&clock)
        , client(server.url())
        , source(&client, &clock)
        , db(Database::open(dir.filePath(QStringLiteral("audit.db"))).value())
        , repo(AlertRepository::open(db.get()).value())
        , store(&client, &clock, repo.get())
    {}
    ManualClock clock;
    FakeAlertmanager server;
    AlertmanagerClient client;
    AlertmanagerAlertSource source;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AlertRepository> repo;
    AlertmanagerSilenceStore store;

    // One poll of both, waited for.
    bool poll()
    {
        source.refresh();
        store.refresh();
        return QTest::qWaitFor([this] { return !source.isBusy() && !store.isBusy(); }, 5000);
    }
    Result<QString> save(const Silence &s)
    {
        std::optional<Result<QString>> out;
        store.save(s, [&out](const Result<QString> &r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
            return Error(QStringLiteral("no answer"));
        return *out;
    }
    std::optional<Error> expire(const QString &id)
    {
        bool done = false;
        std::optional<Error> err;
        store.expire(id, QStringLiteral("alice"), QStringLiteral("fixed"),
                     [&](const std::optional<Error> &e) {
                         err = e;
                         done = true;
                     });
        if (!QTest::qWaitFor([&done] { return done; }, 5000))
            return Error(QStringLiteral("no answer"));
        return err;
    }
};

} // namespace

class TestAlertmanagerRemote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Alert>(); }

    void sourceFollowsAlertmanager()
    {
        Remote r;
        r.source.setResolvedRetentionMs(15 * Minute);
        const Alert a = amAlert(QStringLiteral("DiskFull"), QStringLiteral("host-7"),
                                QStringLiteral("critical"), T0 - Minute);
        r.server.alerts << a;
        QSignalSpy changed(&r.source, &AlertSource::alertChanged);
        QSignalSpy removed(&r.source, &AlertSource::alertRemoved);
        QVERIFY(r.poll());
        QCOMPARE(r.source.alerts().size(), 1);
        QCOMPARE(r.source.alerts().first().id, a.id);
        QCOMPARE(r.source.alerts().first().activeAtMs, T0 - Minute);
        QCOMPARE(changed.count(), 1);
        QVERIFY(r.source.externalStatus(a.id)->silencedBy.isEmpty());
        QCOMPARE(r.server.requests.first(), QStringLiteral("GET /api/v2/alerts/groups"));
        // No change, no signal.
        QVERIFY(r.poll());
        QCOMPARE(changed.count(), 1);

        // Gone from Alertmanager: resolved, then removed after the retention.
        r.server.alerts.clear();
        r.clock.advance(Minute);
        QVERIFY(r.poll());
        QCOMPARE(changed.count(), 2);
        QVERIFY(r.source.alerts().first().isResolved());
        QCOMPARE(*r.source.alerts().first().resolvedAtMs, T0 + Minute);
        r.clock.advance(16 * Minute);
        QVERIFY(r.poll());
        QCOMPARE(removed.count(), 1);
        QVERIFY(r.source.alerts().isEmpty());
    }

    void sourceKeepsAlertsWhileUnreachable()
    {
        Remote r;
        r.server.alerts << amAlert(QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("high"),
                                   T0);
        QVERIFY(r.poll());
        QSignalSpy error(&r.source, &AlertSource::errorChanged);
        r.server.failWith = 503;
        QVERIFY(r.poll());
        QCOMPARE(error.count(), 1);
        QVERIFY2(r.source.lastError().contains(QStringLiteral("HTTP 503: failing on purpose")),
                 qPrintable(r.source.lastError()));
        QVERIFY(r.source.lastError().contains(r.server.url().toString()));
        QCOMPARE(r.source.alerts().size(), 1);
        QVERIFY(!r.source.alerts().first().isResolved());
        r.server.failWith = 0;
        QVERIFY(r.poll());
        QCOMPARE(error.count(), 2);
        QVERIFY(r.source.lastError().isEmpty());
    }

    void silencesCreateEditExpire()
    {
        Remote r;
        Silence s;
        s.matchers << LabelMatcher::parse(QStringLiteral("alertname=DiskFull"));
        s.startsAtMs = T0;
        s.endsAtMs = T0 + 60 * Minute;
        s.createdBy = QStringLiteral("alice");
        // Refused before anything is sent.
        const Result<QString> refused = r.save(s);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("needs a comment")));
        QVERIFY(r.server.requests.isEmpty());

        s.comment = QStringLiteral("disk replaced tonight");
        const Result<QString> id = r.save(s);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QTRY_COMPARE(r.store.silences().size(), 1);
        QCOMPARE(r.store.silences().first().comment, s.comment);

        // Edits go to Alertmanager, which keeps the id for a longer end...
        Silence edit = r.store.silences().first();
        edit.endsAtMs += 60 * Minute;
        const Result<QString> same = r.save(edit);
        QCOMPARE(same.value(), id.value());
        // ...and replaces the silence when the matchers change.
        edit.matchers << LabelMatcher::parse(QStringLiteral("instance=host-7"));
        const Result<QString> replaced = r.save(edit);
        QVERIFY(replaced.value() != id.value());
        QTRY_COMPARE(r.store.silences().size(), 2);

        QVERIFY(!r.expire(replaced.value()));
        QCOMPARE(r.server.silence(replaced.value())->endsAtMs, T0);
        // Expired again: Alertmanager answers 200. Unknown: 500, reported.
        QVERIFY(!r.expire(replaced.value()));
        const std::optional<Error> unknown = r.expire(QStringLiteral("no-such-silence"));
        QVERIFY(unknown);
        QVERIFY2(unknown->message.contains(QStringLiteral("HTTP 500")),
                 qPrintable(unknown->message));

        // The audit log has what Alertmanager accepted, nothing of what it refused.
        const QList<AuditEntry> audit = r.repo->auditEntries().value();
        QStringList actions;
        for (const AuditEntry &e : audit)
            actions << e.action;
        QCOMPARE(actions, (QStringList{AuditEntry::SilenceCreate, AuditEntry::SilenceEdit,
                                       AuditEntry::SilenceEdit, AuditEntry::SilenceExpire,
                                       AuditEntry::SilenceExpire}));
        QVERIFY(r.repo->auditEntries().value().first().details.contains(r.server.url().toString()));
    }

    void acknowledgeIsAnAckSilence()
    {
        Remote r;
        AlertBook book(&r.clock, &r.source, &r.store, r.repo.get());
        book.setOperatorName(QStringLiteral("alice"));
        const Alert a = amAlert(QStringLiteral("DatabaseUnavailable"), QStringLiteral("api:8080"),
                                QStringLiteral("critical"), T0);
        r.server.alerts << a;
        QVERIFY(r.poll());
        QCOMPARE(book.count(), 1);

        QVERIFY(book.acknowledge(a.id, QStringLiteral("restarting the database")));
        QTRY_COMPARE(r.server.silences.size(), 1);
        const Silence ack = r.server.silences.first();
        QCOMPARE(ack.comment, QStringLiteral("ACK! restarting the database"));
        QCOMPARE(ack.createdBy, QStringLiteral("alice"));
        QCOMPARE(ack.endsAtMs, T0 + 15 * Minute);
        QVERIFY(ack.matches(a.labels));
        QCOMPARE(ack.matchers.size(), a.labels.size()); // the alert itself, not its neighbours
        QTRY_COMPARE(book.acknowledgement(a.id)->silenceId, ack.id);

        // Alertmanager now reports it silenced by the ACK! silence: that is an ack, not a silence.
        QVERIFY(r.poll());
        AlertStatus s = *book.status(a.id);
        QCOMPARE(r.source.externalStatus(a.id)->silencedBy, QStringList{ack.id});
        QVERIFY(s.isAcknowledged());
        QVERIFY(!s.isSilenced());
        QVERIFY(!s.isSuppressed());

        // While it fires the silence is extended, in place.
        r.clock.advance(8 * Minute);
        // Renewed at half its length (7.5 min) for another 15 minutes.
        QTRY_COMPARE(r.server.silences.first().endsAtMs, T0 + 7 * Minute + 30'000 + 15 * Minute);
        QCOMPARE(r.server.silences.size(), 1);

        // It resolves: the acknowledgement ends and the ACK! silence is expired.
        r.server.alerts.clear();
        r.clock.advance(Minute);
        QVERIFY(r.poll());
        QVERIFY(!book.isAcknowledged(a.id));
        QTRY_COMPARE(r.server.silences.first().endsAtMs, r.clock.nowMs());
        QVERIFY(r.server.requests.contains(QStringLiteral("DELETE /api/v2/silence/") + ack.id));
    }

    void ackSilenceOfAnotherTool()
    {
        Remote r;
        AlertBook book(&r.clock, &r.source, &r.store, r.repo.get());
        const Alert a = amAlert(QStringLiteral("HighErrorRate"), QStringLiteral("api"),
                                QStringLiteral("critical"), T0);
        r.server.alerts << a;
        Silence karma;
        karma.id = QStringLiteral("karma-1");
        karma.matchers << LabelMatcher::parse(QStringLiteral("alertname=HighErrorRate"));
        karma.startsAtMs = T0;
        karma.endsAtMs = T0 + 15 * Minute;
        karma.createdBy = QStringLiteral("bob");
        karma.comment = QStringLiteral("ACK! via karma");
        r.server.silences << karma;
        Silence plain = karma;
        plain.id = QStringLiteral("plain-1");
        plain.matchers = {LabelMatcher::parse(QStringLiteral("instance=api"))};
        plain.comment = QStringLiteral("network maintenance");
        r.server.silences << plain;
        QVERIFY(r.poll());
        const AlertStatus s = *book.status(a.id);
        QVERIFY(s.isAcknowledged());
        QCOMPARE(s.ack->by, QStringLiteral("bob"));
        QCOMPARE(s.ack->note, QStringLiteral("via karma"));
        QCOMPARE(s.silencedBy, QStringList{QStringLiteral("plain-1")});
        // Un-acknowledging expires karma's silence on Alertmanager.
        QVERIFY(!book.unacknowledge(a.id));
        QTRY_COMPARE(r.server.silence(QStringLiteral("karma-1"))->endsAtMs, T0);
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerRemote)
#include "tst_alertmanagerremote.moc"
