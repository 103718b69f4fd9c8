// Watchkeeper's Alertmanager mode against a real Alertmanager (WK_TEST_ALERTMANAGER_URL; the
// test servers script starts Debian's prometheus-alertmanager on loopback). Posts alerts with
// names unique to this run, reads them back through AlertmanagerAlertSource, creates and
// expires silences through AlertmanagerSilenceStore, acknowledges through the AlertBook (an
// "ACK!" silence), checks what is suppressed, and resolves the alert. Real time; about 2 s.
#include "models/alerts/alertbook.h"
#include "models/alerts/alertmanageralertsource.h"
#include "models/alerts/alertmanagerclient.h"
#include "models/alerts/alertmanagercodec.h"
#include "models/alerts/alertmanagersilencestore.h"
#include "models/alerts/alertrepository.h"
#include "models/alerts/maintenancesilencer.h"
#include "models/core/clock.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Wk;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;

QUrl serverUrl()
{
    return QUrl(qEnvironmentVariable("WK_TEST_ALERTMANAGER_URL"));
}

} // namespace

class TestAlertmanager : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    std::unique_ptr<AlertmanagerClient> m_client;
    QString m_run; // unique per run, so other users of the server do not disturb us
    QStringList m_created;

    std::optional<Error> post(const Alert &alert, qint64 endsAtMs)
    {
        bool done = false;
        std::optional<Error> err;
        m_client->postAlerts(AlertmanagerCodec::encodeAlerts({alert}, endsAtMs),
                             [&](const std::optional<Error> &e) {
                                 err = e;
                                 done = true;
                             });
        if (!QTest::qWaitFor([&done] { return done; }, 10'000))
            return Error(QStringLiteral("no answer to POST /api/v2/alerts"));
        return err;
    }
    Result<QString> save(SilenceStore &store, const Silence &s)
    {
        std::optional<Result<QString>> out;
        store.save(s, [&out](const Result<QString> &r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10'000))
            return Error(QStringLiteral("no answer to POST /api/v2/silences"));
        if (out->ok())
            m_created << out->value();
        return *out;
    }
    std::optional<Error> expire(SilenceStore &store, const QString &id)
    {
        bool done = false;
        std::optional<Error> err;
        store.expire(id, QStringLiteral("integration"), QStringLiteral("test done"),
                     [&](const std::optional<Error> &e) {
                         err = e;
                         done = true;
                     });
        if (!QTest::qWaitFor([&done] { return done; }, 10'000))
            return Error(QStringLiteral("no answer to DELETE /api/v2/silence"));
        return err;
    }
    static bool poll(AlertmanagerAlertSource &source, AlertmanagerSilenceStore &store)
    {
        source.refresh();
        store.refresh();
        return QTest::qWaitFor([&] { return !source.isBusy() && !store.isBusy(); }, 10'000);
    }
    Alert makeAlert(const QString &name, const QString &severity) const
    {
        Alert a;
        a.labels = Labels{{QStringLiteral("alertname"), name},
                          {QStringLiteral("instance"), QStringLiteral("wk-it-") + m_run},
                          {QStringLiteral("severity"), severity},
                          {QStringLiteral("wk_run"), m_run}};
        a.annotations.insert(QStringLiteral("summary"), name + QStringLiteral(" from the test"));
        a.activeAtMs = m_clock.nowMs() - Minute;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (serverUrl().isEmpty())
            QSKIP("WK_TEST_ALERTMANAGER_URL is not set; set it to an Alertmanager URL (for "
                  "example http://127.0.0.1:19393, started as tests/integration/servers.sh "
                  "does) to run the Alertmanager integration test");
        m_client = std::make_unique<AlertmanagerClient>(serverUrl());
        m_run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    void cleanupTestCase()
    {
        if (!m_client)
            return;
        AlertmanagerSilenceStore store(m_client.get(), &m_clock, nullptr);
        for (const QString &id : std::as_const(m_created))
            expire(store, id);
    }

    void readsAlertsBack()
    {
        const Alert a = makeAlert(QStringLiteral("WkReadBack"), QStringLiteral("high"));
        QVERIFY(!post(a, m_clock.nowMs() + 10 * Minute));
        AlertmanagerAlertSource source(m_client.get(), &m_clock);
        AlertmanagerSilenceStore store(m_client.get(), &m_clock, nullptr);
        const auto mine = [&]() -> std::optional<Alert> {
            const QList<Alert> all = source.alerts();
            for (const Alert &x : all) {
                if (x.labels == a.labels)
                    return x;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(poll(source, store) && mine(), 10'000);
        const Alert back = *mine();
        QCOMPARE(back.alertName(), QStringLiteral("WkReadBack"));
        QCOMPARE(back.annotations.value(QStringLiteral("summary")),
                 QStringLiteral("WkReadBack from the test"));
        QCOMPARE(back.activeAtMs, a.activeAtMs);
        QCOMPARE(back.state, Alert::State::Firing);
        QVERIFY(back.id != 0);
        QVERIFY(source.lastError().isEmpty());
        QVERIFY(source.externalStatus(back.id)->silencedBy.isEmpty());
    }

    void silenceSuppressesAndExpires()
    {
        const Alert a = makeAlert(QStringLiteral("WkSilenced"), QStringLiteral("high"));
        const Alert other = makeAlert(QStringLiteral("WkNotSilenced"), QStringLiteral("high"));
        QVERIFY(!post(a, m_clock.nowMs() + 10 * Minute));
        QVERIFY(!post(other, m_clock.nowMs() + 10 * Minute));
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("audit.db")));
        auto repo = AlertRepository::open(db.value().get());
        AlertmanagerAlertSource source(m_client.get(), &m_clock);
        AlertmanagerSilenceStore store(m_client.get(), &m_clock, repo.value().get());
        AlertBook book(&m_clock, &source, &store, repo.value().get());
        const auto find = [&](const QString &name) -> std::optional<AlertStatus> {
            const QList<AlertStatus> all = book.statuses();
            for (const AlertStatus &s : all) {
                if (s.alertName() == name && s.alert.labels.value(u"wk_run") == m_run)
                    return s;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(poll(source, store) && find(QStringLiteral("WkSilenced")) &&
                                     find(QStringLiteral("WkNotSilenced")),
                                 10'000);

        Silence s = *book.silenceFromAlert(find(QStringLiteral("WkSilenced"))->id(), 30 * Minute);
        QVERIFY(!save(store, s)); // no comment: refused before Alertmanager sees it
        s.comment = QStringLiteral("integration test ") + m_run;
        s.createdBy = QStringLiteral("integration");
        const Result<QString> id = save(store, s);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            poll(source, store) && find(QStringLiteral("WkSilenced"))->isSilenced(), 10'000);
        QCOMPARE(find(QStringLiteral("WkSilenced"))->silencedBy, QStringList{id.value()});
        QVERIFY(!find(QStringLiteral("WkNotSilenced"))->isSuppressed());
        QCOMPARE(store.silence(id.value())->stateAt(m_clock.nowMs()), Silence::State::Active);

        QVERIFY(!expire(store, id.value()));
        QTRY_VERIFY_WITH_TIMEOUT(
            poll(source, store) && !find(QStringLiteral("WkSilenced"))->isSilenced(), 10'000);
        QCOMPARE(store.silence(id.value())->stateAt(m_clock.nowMs() + 1), Silence::State::Expired);
        // Alertmanager's answers: expiring an expired silence succeeds, an unknown one is a 500.
        QVERIFY(!expire(store, id.value()));
        const std::optional<Error> unknown =
            expire(store, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(unknown);
        QVERIFY2(unknown->message.contains(QStringLiteral("HTTP 500")),
                 qPrintable(unknown->message));

        QStringList actions;
        const QList<AuditEntry> audit = repo.value()->auditEntries().value();
        for (const AuditEntry &e : audit)
            actions << e.action;
        QCOMPARE(actions, (QStringList{AuditEntry::SilenceCreate, AuditEntry::SilenceExpire,
                                       AuditEntry::SilenceExpire}));
    }

    // A maintenance window becomes an Alertmanager silence: the high alert of the window's
    // instance is silenced there, the critical one is not; removing the window ends it.
    void maintenanceWindowSilencesAlertmanager()
    {
        const Alert high = makeAlert(QStringLiteral("WkMaintenanceHigh"), QStringLiteral("high"));
        const Alert critical =
            makeAlert(QStringLiteral("WkMaintenanceCritical"), QStringLiteral("critical"));
        QVERIFY(!post(high, m_clock.nowMs() + 10 * Minute));
        QVERIFY(!post(critical, m_clock.nowMs() + 10 * Minute));
        AlertmanagerAlertSource source(m_client.get(), &m_clock);
        AlertmanagerSilenceStore store(m_client.get(), &m_clock, nullptr);
        MaintenanceWindow w;
        w.id = 4242;
        w.name = QStringLiteral("integration maintenance");
        w.startsAtMs = m_clock.nowMs() - Minute;
        w.endsAtMs = m_clock.nowMs() + Hour;
        w.matchers << LabelMatcher(QStringLiteral("wk_run"), LabelMatcher::Op::Equal, m_run);
        w.createdBy = QStringLiteral("integration");
        w.comment = QStringLiteral("test");
        QList<MaintenanceWindow> windows{w};
        MaintenanceSilencer silencer([&windows] { return windows; }, &store, &m_clock);
        QVERIFY(poll(source, store));
        silencer.setEnabled(true);
        const auto silenced = [&](const Alert &a) {
            for (const Alert &x : source.alerts()) {
                if (x.labels == a.labels)
                    return !source.externalStatus(x.id)->silencedBy.isEmpty();
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(poll(source, store) && silenced(high), 10'000);
        QVERIFY(!silenced(critical));
        int ours = 0;
        for (const Silence &s : store.silences()) {
            if (MaintenanceSilencer::isMaintenanceSilence(s) &&
                s.stateAt(m_clock.nowMs()) == Silence::State::Active && s.comment.contains(u"4242"))
                ++ours;
        }
        QCOMPARE(ours, 1);

        windows.clear();
        silencer.sync();
        QTRY_VERIFY_WITH_TIMEOUT(poll(source, store) && !silenced(high), 10'000);
    }

    void acknowledgeIsAnAckSilence()
    {
        const Alert a = makeAlert(QStringLiteral("WkAcknowledged"), QStringLiteral("critical"));
        QVERIFY(!post(a, m_clock.nowMs() + 10 * Minute));
        AlertmanagerAlertSource source(m_client.get(), &m_clock);
        AlertmanagerSilenceStore store(m_client.get(), &m_clock, nullptr);
        AlertBook book(&m_clock, &source, &store, nullptr);
        book.setOperatorName(QStringLiteral("integration"));
        const auto find = [&]() -> std::optional<AlertStatus> {
            const QList<AlertStatus> all = book.statuses();
            for (const AlertStatus &s : all) {
                if (s.alertName() == a.alertName() && s.alert.labels.value(u"wk_run") == m_run)
                    return s;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(poll(source, store) && find(), 10'000);
        QVERIFY(book.acknowledge(find()->id(), QStringLiteral("integration ack")));
        QTRY_VERIFY_WITH_TIMEOUT(!book.acknowledgement(find()->id())->silenceId.isEmpty(), 10'000);
        const QString ackId = book.acknowledgement(find()->id())->silenceId;
        m_created << ackId;
        QTRY_VERIFY_WITH_TIMEOUT(
            poll(source, store) && source.externalStatus(find()->id())->silencedBy.contains(ackId),
            10'000);
        const std::optional<Silence> ack = store.silence(ackId);
        QVERIFY(ack);
        QCOMPARE(ack->comment, QStringLiteral("ACK! integration ack"));
        QCOMPARE(ack->createdBy, QStringLiteral("integration"));
        // Alertmanager mutes it with the ACK! silence; Watchkeeper shows an acknowledgement.
        QVERIFY(find()->isAcknowledged());
        QVERIFY(!find()->isSilenced());
        QCOMPARE(find()->ack->by, QStringLiteral("integration"));

        // Resolve the alert: the acknowledgement ends and its silence is expired.
        QVERIFY(!post(a, m_clock.nowMs() - 1000));
        QTRY_VERIFY_WITH_TIMEOUT(
            poll(source, store) && find() && find()->state == AlertStatus::State::Resolved, 15'000);
        QVERIFY(!book.isAcknowledged(find()->id()));
        QTRY_VERIFY_WITH_TIMEOUT(poll(source, store) &&
                                     store.silence(ackId)->stateAt(m_clock.nowMs()) ==
                                         Silence::State::Expired,
                                 10'000);
    }
};

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
