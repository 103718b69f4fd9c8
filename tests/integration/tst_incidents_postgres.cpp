#include "models/incidents/incidentrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

using namespace Wk;

// Two Watchkeeper desktops sharing one incident board through a real PostgreSQL
// (WK_TEST_POSTGRES_URL; tests/integration/servers.sh starts one). Each test works in a schema
// of its own and drops it afterwards.
class TestIncidentsPostgres : public QObject
{
    Q_OBJECT
private:
    QString serverUrl() const { return qEnvironmentVariable("WK_TEST_POSTGRES_URL"); }

    QString schemaUrl(const QString &base) const
    {
        QUrl url(base);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("schema"), m_schema);
        url.setQuery(query);
        return url.toString();
    }

    std::unique_ptr<IncidentRepository> client(const QString &who, Clock *clock,
                                               IncidentRepository::Connector connector = {},
                                               const QString &offlineDir = {})
    {
        IncidentRepository::Options options;
        options.location = schemaUrl(serverUrl());
        options.operatorName = who;
        options.connector = std::move(connector);
        options.offlineDir = offlineDir;
        auto repo = IncidentRepository::open(options, clock);
        if (!repo) {
            qWarning("%s", qPrintable(repo.error().toString()));
            return nullptr;
        }
        return std::move(repo.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (serverUrl().isEmpty())
            QSKIP("WK_TEST_POSTGRES_URL is not set; set it to a PostgreSQL URL (for example "
                  "postgresql://postgres@127.0.0.1:55432/postgres, which tests/integration/"
                  "servers.sh starts) to run the shared incident board tests");
    }

    void init()
    {
        static std::atomic<int> counter{0};
        m_schema = QStringLiteral("wk_incidents_%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(++counter);
    }

    void cleanup()
    {
        auto db = Database::open(serverUrl());
        if (db)
            db.value()->exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_schema));
    }

    void aMoveAppearsOnTheOtherClientWithinASecond()
    {
        ManualClock clock; // only the poll and retry timers; notifications are real
        auto alice = client(QStringLiteral("alice"), &clock);
        auto bob = client(QStringLiteral("bob"), &clock);
        QVERIFY(alice && bob);
        QVERIFY(alice->database()->isPostgres());

        QSignalSpy bobSees(bob.get(), &IncidentRepository::changed);
        const qint64 id =
            alice->openIncident(QStringLiteral("API 5xx above 10 %"), IncidentSeverity::P1)
                .incident.id;
        QVERIFY(bobSees.wait(1000));
        QCOMPARE(bobSees.last().first().toLongLong(), id);
        QCOMPARE(bob->incident(id)->title, QStringLiteral("API 5xx above 10 %"));

        QElapsedTimer latency;
        latency.start();
        QCOMPARE(alice->moveStage(id, IncidentStage::Response).status,
                 IncidentWriteResult::Status::Applied);
        QVERIFY(bobSees.wait(1000));
        const qint64 ms = latency.elapsed();
        QCOMPARE(bob->incident(id)->stage, IncidentStage::Response);
        QCOMPARE(bob->incident(id)->updatedBy, QStringLiteral("alice"));
        qInfo("a move reached the other client in %lld ms", static_cast<long long>(ms));

        // Notes travel the same way, with who and when.
        alice->addNote(id, QStringLiteral("rolling back"));
        QVERIFY(bobSees.wait(1000));
        QCOMPARE(bob->incident(id)->timeline.last().text, QStringLiteral("rolling back"));
        QCOMPARE(bob->incident(id)->timeline.last().who, QStringLiteral("alice"));
    }

    void twoConflictingEditsYieldOneRefusalNamingTheWinner()
    {
        ManualClock clock;
        auto alice = client(QStringLiteral("alice"), &clock);
        auto bob = client(QStringLiteral("bob"), &clock);
        QVERIFY(alice && bob);
        const qint64 id =
            alice->openIncident(QStringLiteral("Checkout slow"), IncidentSeverity::P2).incident.id;
        QTRY_VERIFY_WITH_TIMEOUT(bob->incident(id).has_value(), 1000);
        const int seen = bob->versionOf(id);
        QCOMPARE(seen, alice->versionOf(id));

        // Both edit from the same version; alice's lands first.
        const IncidentWriteResult a =
            alice->submit(IncidentChange::moveStage(id, seen, IncidentStage::Response));
        const IncidentWriteResult b =
            bob->submit(IncidentChange::setSeverity(id, seen, IncidentSeverity::P1));
        QCOMPARE(a.status, IncidentWriteResult::Status::Applied);
        QCOMPARE(b.status, IncidentWriteResult::Status::Refused);
        QVERIFY2(b.message.contains(QStringLiteral("changed by alice at ")), qPrintable(b.message));
        QCOMPARE(b.incident.stage, IncidentStage::Response); // bob is shown the current state
        QCOMPARE(b.incident.severity, IncidentSeverity::P2);

        auto check = Database::open(schemaUrl(serverUrl()));
        QVERIFY(check);
        QSqlQuery q(check.value()->sql());
        QVERIFY(
            q.exec(QStringLiteral("SELECT stage, severity, version, updated_by FROM incidents")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("response"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("P2"));
        QCOMPARE(q.value(2).toInt(), seen + 1);
        QCOMPARE(q.value(3).toString(), QStringLiteral("alice"));
    }

    // Alice's connection is cut by the server (pg_terminate_backend) and her reconnects go to a
    // port where nothing listens; she keeps working, her changes queue, and when the server is
    // reachable again they apply in order, the one that now conflicts refused.
    void aClientThatLosesTheDatabaseQueuesAndReplays()
    {
        ManualClock clock;
        QTemporaryDir offline;
        QVERIFY(offline.isValid());
        QString target = schemaUrl(serverUrl());
        auto alice = client(
            QStringLiteral("alice"), &clock, [&target]() { return Database::open(target); },
            offline.path());
        auto bob = client(QStringLiteral("bob"), &clock);
        QVERIFY(alice && bob);
        const qint64 id =
            alice->openIncident(QStringLiteral("Redis down"), IncidentSeverity::P1).incident.id;
        QTRY_VERIFY_WITH_TIMEOUT(bob->incident(id).has_value(), 1000);

        qint64 pid = 0;
        {
            QSqlQuery q(alice->database()->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
            pid = q.value(0).toLongLong();
        }
        QUrl stopped(serverUrl());
        stopped.setPort(1); // nothing listens there: a stopped server
        target = schemaUrl(stopped.toString());
        {
            QSqlQuery q(bob->database()->sql());
            q.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
            q.addBindValue(pid);
            QVERIFY(q.exec() && q.next());
            QVERIFY(q.value(0).toBool());
        }

        QSignalSpy connection(alice.get(), &IncidentRepository::connectionChanged);
        QSignalSpy refused(alice.get(), &IncidentRepository::changeRefused);
        clock.advance(1000);
        const IncidentWriteResult note = alice->addNote(id, QStringLiteral("typed while cut off"));
        QCOMPARE(note.status, IncidentWriteResult::Status::Queued);
        QVERIFY(!alice->isOnline());
        QVERIFY(connection.size() >= 1);
        QCOMPARE(connection.first().first().toBool(), false);
        QCOMPARE(alice->incident(id)->title, QStringLiteral("Redis down")); // last state kept
        clock.advance(1000);
        QCOMPARE(alice->moveStage(id, IncidentStage::Response).status,
                 IncidentWriteResult::Status::Queued);
        clock.advance(1000);
        QCOMPARE(alice->addNote(id, QStringLiteral("second note")).status,
                 IncidentWriteResult::Status::Queued);
        QCOMPARE(alice->queuedCount(), 3);

        // The retry meets the stopped server (tried on a worker thread): still offline, still
        // queued.
        clock.advance(2000);
        QTRY_VERIFY(!alice->isReconnecting());
        QVERIFY(!alice->isOnline());
        QCOMPARE(alice->queuedCount(), 3);

        // Meanwhile bob moves it.
        QCOMPARE(bob->moveStage(id, IncidentStage::Assessment).status,
                 IncidentWriteResult::Status::Applied);

        QSignalSpy bobSees(bob.get(), &IncidentRepository::changed);
        target = schemaUrl(serverUrl());
        clock.advance(2000); // the next retry reaches the server
        QTRY_VERIFY(alice->isOnline());
        QCOMPARE(connection.last().first().toBool(), true);
        QCOMPARE(alice->queuedCount(), 0);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().value<IncidentChange>().kind,
                 IncidentChange::Kind::MoveStage);
        QVERIFY2(refused.first().at(1).toString().contains(QStringLiteral("changed by bob at ")),
                 qPrintable(refused.first().at(1).toString()));

        const Incident mine = *alice->incident(id);
        QCOMPARE(mine.stage, IncidentStage::Assessment);
        QStringList notes;
        for (const TimelineEntry &e : mine.timeline) {
            if (e.kind == TimelineEntry::Kind::Note)
                notes << e.text;
        }
        QCOMPARE(notes, (QStringList{QStringLiteral("typed while cut off"),
                                     QStringLiteral("second note")}));
        // Bob is told too.
        QTRY_COMPARE_WITH_TIMEOUT(bob->incident(id)->timeline.size(), mine.timeline.size(), 1000);
        QVERIFY(bobSees.size() >= 1);
    }

    // Two desktops receive the same critical alert; one incident opens.
    void openingFromTheSameAlertTwiceOpensOne()
    {
        ManualClock clock;
        auto alice = client(QStringLiteral("alice"), &clock);
        auto bob = client(QStringLiteral("bob"), &clock);
        QVERIFY(alice && bob);
        Incident::LinkedAlert alert;
        alert.fingerprint = QStringLiteral("fp-1");
        alert.alertname = QStringLiteral("SystemDown");
        alert.instance = QStringLiteral("api-1:3000");
        alert.severity = QStringLiteral("critical");
        const auto a = alice->submit(IncidentChange::createFromAlert(
            QStringLiteral("SystemDown on api-1:3000"), IncidentSeverity::P1, alert, true));
        const auto b = bob->submit(IncidentChange::createFromAlert(
            QStringLiteral("SystemDown on api-1:3000"), IncidentSeverity::P1, alert, true));
        QCOMPARE(a.status, IncidentWriteResult::Status::Applied);
        QVERIFY(!a.attachedInstead);
        QVERIFY(b.attachedInstead);
        QCOMPARE(b.incident.id, a.incident.id);
        QVERIFY(bob->reload() == std::nullopt);
        QCOMPARE(bob->incidents().size(), 1);
    }

private:
    QString m_schema;
};

QTEST_GUILESS_MAIN(TestIncidentsPostgres)
#include "tst_incidents_postgres.moc"
