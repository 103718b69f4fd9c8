#include "incidenttestutil.h"
#include "models/incidents/incidentautomation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;
using namespace IncidentTest;
using Action = IncidentAutomation::Outcome::Action;

namespace {

QMap<QString, QString> labels(const QString &alertname, const QString &instance,
                              const QString &severity)
{
    return {{QStringLiteral("alertname"), alertname},
            {QStringLiteral("instance"), instance},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("job"), QStringLiteral("cloudgreet")}};
}

int count(const Incident &inc, TimelineEntry::Kind kind)
{
    int n = 0;
    for (const TimelineEntry &e : inc.timeline)
        n += e.kind == kind ? 1 : 0;
    return n;
}

} // namespace

class TestIncidentAutomation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("auto-%1.db").arg(++m_n));
    }

    // The guide's critical alerts: one P1 for the first, the second on the same instance
    // attaches to it, and resolving both is recorded on its timeline.
    void criticalAlertsOpenOneP1()
    {
        ManualClock clock(T0);
        auto repo = openRepository(m_path, &clock, QStringLiteral("alice"));
        IncidentAutomation automation(repo.get());
        QSignalSpy opened(&automation, &IncidentAutomation::incidentOpened);

        const auto first = automation.onAlertFiring(
            QStringLiteral("fp-db"),
            labels(QStringLiteral("DatabaseUnavailable"), QStringLiteral("api-1:3000"),
                   QStringLiteral("critical")),
            QStringLiteral("critical"), QStringLiteral("Database health check fails"));
        QCOMPARE(first.action, Action::Opened);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(repo->incidents().size(), 1);
        Incident inc = *repo->incident(first.incidentId);
        QCOMPARE(inc.severity, IncidentSeverity::P1);
        QCOMPARE(inc.title, QStringLiteral("DatabaseUnavailable on api-1:3000"));
        QCOMPARE(inc.createdBy, QStringLiteral("watchkeeper"));
        QCOMPARE(inc.alerts.size(), 1);
        QCOMPARE(inc.alerts.first().alertname, QStringLiteral("DatabaseUnavailable"));
        QCOMPARE(inc.alerts.first().state, QStringLiteral("firing"));
        QCOMPARE(count(inc, TimelineEntry::Kind::AlertFired), 1);

        clock.advance(30 * Second);
        const auto second = automation.onAlertFiring(QStringLiteral("fp-errors"),
                                                     labels(QStringLiteral("HighErrorRate"),
                                                            QStringLiteral("api-1:3000"),
                                                            QStringLiteral("critical")),
                                                     QStringLiteral("critical"));
        QCOMPARE(second.action, Action::Attached);
        QCOMPARE(second.incidentId, first.incidentId);
        QCOMPARE(repo->incidents().size(), 1);
        QCOMPARE(opened.size(), 1);
        inc = *repo->incident(first.incidentId);
        QCOMPARE(inc.alerts.size(), 2);
        QCOMPARE(count(inc, TimelineEntry::Kind::AlertFired), 2);
        QCOMPARE(inc.timeline.last().atMs, T0 + 30 * Second);

        // The rule evaluator reports the same firing alert again on its next round: no change.
        const auto again = automation.onAlertFiring(QStringLiteral("fp-db"),
                                                    labels(QStringLiteral("DatabaseUnavailable"),
                                                           QStringLiteral("api-1:3000"),
                                                           QStringLiteral("critical")),
                                                    QStringLiteral("critical"));
        QCOMPARE(again.action, Action::AlreadyLinked);
        QCOMPARE(repo->incident(first.incidentId)->timeline.size(), inc.timeline.size());

        clock.advance(10 * Minute);
        QCOMPARE(automation.onAlertResolved(QStringLiteral("fp-db")).action, Action::Recorded);
        clock.advance(Minute);
        QCOMPARE(automation.onAlertResolved(QStringLiteral("fp-errors")).action, Action::Recorded);
        QCOMPARE(automation.onAlertResolved(QStringLiteral("fp-errors")).action, Action::Ignored);
        inc = *repo->incident(first.incidentId);
        QCOMPARE(count(inc, TimelineEntry::Kind::AlertResolved), 2);
        QCOMPARE(inc.alerts.at(0).state, QStringLiteral("resolved"));
        QCOMPARE(inc.alerts.at(0).resolvedMs, T0 + 10 * Minute + 30 * Second);
        QVERIFY(inc.timeline.last().text.contains(QStringLiteral("HighErrorRate")));
        QCOMPARE(inc.timeline.last().who, QStringLiteral("watchkeeper"));
    }

    void severityMapping_data()
    {
        QTest::addColumn<QString>("alertSeverity");
        QTest::addColumn<int>("expected"); // 0: nothing opened
        QTest::newRow("critical opens P1") << "critical" << 1;
        QTest::newRow("high opens P2") << "high" << 2;
        QTest::newRow("Critical in capitals opens P1") << "Critical" << 1;
        QTest::newRow("medium opens nothing") << "medium" << 0;
        QTest::newRow("low opens nothing") << "low" << 0;
    }
    void severityMapping()
    {
        QFETCH(QString, alertSeverity);
        QFETCH(int, expected);
        ManualClock clock(T0);
        auto repo = openRepository(m_path, &clock, QStringLiteral("alice"));
        IncidentAutomation automation(repo.get());
        const auto out = automation.onAlertFiring(
            QStringLiteral("fp"),
            labels(QStringLiteral("X"), QStringLiteral("host:1"), alertSeverity), alertSeverity);
        if (expected == 0) {
            QCOMPARE(out.action, Action::Ignored);
            QVERIFY(repo->incidents().isEmpty());
        } else {
            QCOMPARE(out.action, Action::Opened);
            QCOMPARE(int(repo->incident(out.incidentId)->severity), expected);
        }
    }

    void mappingIsConfigurable()
    {
        ManualClock clock(T0);
        auto repo = openRepository(m_path, &clock, QStringLiteral("alice"));
        IncidentAutomation automation(repo.get());
        automation.setSeverityMapping({{QStringLiteral("HIGH"), IncidentSeverity::P3},
                                       {QStringLiteral("medium"), IncidentSeverity::P4}});
        const auto high = automation.onAlertFiring(
            QStringLiteral("a"), labels(QStringLiteral("Slow"), QStringLiteral("h1"), "high"),
            QStringLiteral("high"));
        QCOMPARE(repo->incident(high.incidentId)->severity, IncidentSeverity::P3);
        const auto critical = automation.onAlertFiring(
            QStringLiteral("b"), labels(QStringLiteral("Down"), QStringLiteral("h2"), "critical"),
            QStringLiteral("critical"));
        QCOMPARE(critical.action, Action::Ignored); // no longer mapped
    }

    void unmappedAlertsAttachButNeverOpen()
    {
        ManualClock clock(T0);
        auto repo = openRepository(m_path, &clock, QStringLiteral("alice"));
        IncidentAutomation automation(repo.get());
        const auto p1 = automation.onAlertFiring(
            QStringLiteral("a"),
            labels(QStringLiteral("SystemDown"), QStringLiteral("h1"), "critical"),
            QStringLiteral("critical"));
        const auto medium = automation.onAlertFiring(
            QStringLiteral("b"),
            labels(QStringLiteral("CacheMissRateHigh"), QStringLiteral("h1"), "medium"),
            QStringLiteral("medium"));
        QCOMPARE(medium.action, Action::Attached);
        QCOMPARE(medium.incidentId, p1.incidentId);
        QCOMPARE(repo->incidents().size(), 1);
    }

    void otherInstanceOrClosedIncidentOpensANewOne()
    {
        ManualClock clock(T0);
        auto repo = openRepository(m_path, &clock, QStringLiteral("alice"));
        IncidentAutomation automation(repo.get());
        const auto a = automation.onAlertFiring(
            QStringLiteral("a"),
            labels(QStringLiteral("SystemDown"), QStringLiteral("h1"), "critical"),
            QStringLiteral("critical"));
        const auto b = automation.onAlertFiring(
            QStringLiteral("b"),
            labels(QStringLiteral("SystemDown"), QStringLiteral("h2"), "critical"),
            QStringLiteral("critical"));
        QCOMPARE(b.action, Action::Opened);
        QVERIFY(b.incidentId != a.incidentId);
        // Once in follow-up, the incident is over: a new firing opens a new one.
        QVERIFY(repo->moveStage(a.incidentId, IncidentStage::FollowUp).ok());
        const auto c = automation.onAlertFiring(
            QStringLiteral("a"),
            labels(QStringLiteral("SystemDown"), QStringLiteral("h1"), "critical"),
            QStringLiteral("critical"));
        QCOMPARE(c.action, Action::Opened);
        QCOMPARE(repo->incidents().size(), 3);
    }

    // Two desktops evaluating the same rule see the same alert; the second, whose view is
    // stale, attaches to the first one's incident instead of opening another.
    void twoDesktopsOpenOneIncident()
    {
        ManualClock clock(T0);
        auto a = openRepository(m_path, &clock, QStringLiteral("alice"));
        auto b = openRepository(m_path, &clock, QStringLiteral("bob"));
        IncidentAutomation onA(a.get());
        IncidentAutomation onB(b.get());
        const auto l = labels(QStringLiteral("SystemDown"), QStringLiteral("h1"), "critical");
        const auto first = onA.onAlertFiring(QStringLiteral("fp"), l, QStringLiteral("critical"));
        QCOMPARE(first.action, Action::Opened);
        QVERIFY(b->incidents().isEmpty()); // b has not polled yet
        const auto second = onB.onAlertFiring(QStringLiteral("fp"), l, QStringLiteral("critical"));
        QCOMPARE(second.action, Action::AlreadyLinked);
        QCOMPARE(second.incidentId, first.incidentId);
        b->reload();
        QCOMPARE(b->incidents().size(), 1);
    }

    void openFromAlertByHand()
    {
        ManualClock clock(T0);
        auto repo = openRepository(m_path, &clock, QStringLiteral("alice"));
        IncidentAutomation automation(repo.get());
        const auto l = labels(QStringLiteral("DiskSpaceWarning"), QStringLiteral("h1"), "medium");
        const auto out = automation.openFromAlert(QStringLiteral("fp"), l, QStringLiteral("medium"),
                                                  QStringLiteral("Disk usage above 80%"));
        QCOMPARE(out.action, Action::Opened);
        const Incident inc = *repo->incident(out.incidentId);
        QCOMPARE(inc.severity, IncidentSeverity::P3);
        QCOMPARE(inc.createdBy, QStringLiteral("alice"));
        QCOMPARE(inc.alerts.first().summary, QStringLiteral("Disk usage above 80%"));
        // By hand it opens a new one even when another links the alert.
        const auto again =
            automation.openFromAlert(QStringLiteral("fp"), l, QStringLiteral("medium"), {},
                                     IncidentSeverity::P2, QStringLiteral("Disk full soon"));
        QCOMPARE(again.action, Action::Opened);
        QCOMPARE(repo->incident(again.incidentId)->severity, IncidentSeverity::P2);
        QCOMPARE(repo->incident(again.incidentId)->title, QStringLiteral("Disk full soon"));
    }

    void offlineAutomationQueues()
    {
        ManualClock clock(T0);
        bool reachable = true;
        const QString path = m_path;
        auto repo = openRepository(m_path, &clock, QStringLiteral("alice"),
                                   m_dir.filePath(QStringLiteral("off")),
                                   [&reachable, path]() -> Result<std::unique_ptr<Database>> {
                                       if (!reachable)
                                           return Error(QStringLiteral("down"));
                                       return Database::open(path);
                                   });
        IncidentAutomation automation(repo.get());
        const auto l = labels(QStringLiteral("SystemDown"), QStringLiteral("h1"), "critical");
        reachable = false;
        repo->database()->sql().close();
        clock.advance(Second); // the poll notices
        QVERIFY(!repo->isOnline());
        const auto first =
            automation.onAlertFiring(QStringLiteral("a"), l, QStringLiteral("critical"));
        QCOMPARE(first.action, Action::Opened);
        QVERIFY(first.incidentId < 0);
        const auto second = automation.onAlertFiring(
            QStringLiteral("b"),
            labels(QStringLiteral("HighErrorRate"), QStringLiteral("h1"), "critical"),
            QStringLiteral("critical"));
        QCOMPARE(second.action, Action::Attached);
        QCOMPARE(second.incidentId, first.incidentId);
        reachable = true;
        QVERIFY(repo->reconnect());
        QCOMPARE(repo->incidents().size(), 1);
        QCOMPARE(repo->incidents().first().alerts.size(), 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestIncidentAutomation)
#include "tst_incidentautomation.moc"
