#include "app/session.h"
#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/alertsource.h"
#include "models/alerts/notificationtray.h"
#include "models/alerts/notifier.h"
#include "models/alerts/ruleevaluator.h"
#include "models/alerts/silencestore.h"
#include "models/core/clock.h"
#include "models/incidents/incidentrepository.h"
#include "models/sources/collector.h"

#include <QSignalSpy>
#include <QTest>

using namespace Wk;

// The guide's rules running in the app's session against the simulated service, on an
// injected clock: a database outage raises DatabaseUnavailable at the rule's time, not before,
// and clearing it resolves the alert.
class TestAlerting : public QObject
{
    Q_OBJECT
private:
    // Moves the clock in poll-sized steps, letting every due poll answer.
    void advance(ManualClock &clock, Session &session, qint64 ms)
    {
        QSignalSpy polled(session.collector(), &Collector::targetPolled);
        for (qint64 done = 0; done < ms; done += 5000) {
            polled.clear();
            clock.advance(5000);
            while (session.collector()->pollsInFlight() > 0)
                QVERIFY(polled.wait(5000));
        }
    }

private Q_SLOTS:
    void databaseOutageRaisesAndResolves()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000);
        Simulator sim(7, &clock);
        SimulatorServer server(&sim);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        Session session(&clock);
        Session::Options options;
        options.targets =
            demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}).targets;
        options.database = QStringLiteral(":none");
        QVERIFY(session.start(options).ok());
        QVERIFY2(session.ruleErrors().isEmpty(), qPrintable(session.ruleErrors().join(u'\n')));
        QSignalSpy first(&session, &Session::firstDataArrived);
        QVERIFY(first.wait(10000));

        QSignalSpy firing(session.rules(), &RuleEvaluator::alertFiring);
        QSignalSpy popups(session.notifier()->tray(), &NotificationTray::show);
        QSignalSpy escalated(session.alertBook(), &AlertBook::escalated);
        QSignalSpy resolved(session.rules(), &RuleEvaluator::alertResolved);
        advance(clock, session, 120'000);
        QCOMPARE(firing.size(), 0); // a healthy service raises nothing

        QVERIFY(
            sim.setFaults(QJsonObject{{QStringLiteral("database"), QStringLiteral("down")}}).ok());
        advance(clock, session, 90'000);
        QStringList names;
        for (const auto &args : std::as_const(firing))
            names << args.first().value<Alert>().labels.value(u"alertname");
        QVERIFY2(names.contains(QStringLiteral("DatabaseUnavailable")),
                 qPrintable(names.join(u',')));
        const Alert alert = [&] {
            for (const auto &args : std::as_const(firing)) {
                const Alert a = args.first().value<Alert>();
                if (a.labels.value(u"alertname") == u"DatabaseUnavailable")
                    return a;
            }
            return Alert{};
        }();
        QCOMPARE(alert.labels.value(u"severity"), QStringLiteral("critical"));
        QCOMPARE(alert.labels.value(u"instance"), QStringLiteral("cloudgreet-sim"));
        // The desktop hears of it: a popup, and the tray's count of unacknowledged alerts.
        QStringList titles;
        for (const auto &args : std::as_const(popups))
            titles << args.at(0).toString();
        QVERIFY2(titles.join(u'\n').contains(QStringLiteral("DatabaseUnavailable")),
                 qPrintable(titles.join(u'\n')));
        QCOMPARE(session.notifier()->tray()->worstSeverity(), QStringLiteral("critical"));
        QVERIFY(session.notifier()->tray()->unacknowledgedCount() >= 1);
        QVERIFY(session.notifier()->tray()->isReminding());

        // The board: one P1 for the instance, every critical alert of it attached to that one.
        const auto openIncidents = [&] {
            QList<Incident> out;
            for (const Incident &i : session.incidents()->incidents())
                if (i.isOpen())
                    out << i;
            return out;
        };
        QCOMPARE(openIncidents().size(), 1);
        const Incident incident = openIncidents().first();
        QCOMPARE(incident.severity, IncidentSeverity::P1);
        QVERIFY(incident.alert(QStringLiteral("%1").arg(alert.id, 16, 16, QLatin1Char('0'))));
        int criticalFired = 0;
        for (const auto &args : std::as_const(firing))
            criticalFired += args.first().value<Alert>().labels.value(u"severity") == u"critical";
        QCOMPARE(incident.alerts.size(), criticalFired);

        // Unacknowledged for five minutes: the first escalation step (the guide's 5 -> 15 -> 30).
        advance(clock, session, 5 * 60'000);
        const auto stepsOf = [&](quint64 id) {
            int n = 0;
            for (const auto &args : std::as_const(escalated))
                n += args.first().value<AlertStatus>().id() == id ? 1 : 0;
            return n;
        };
        QCOMPARE(stepsOf(alert.id), 1);

        // Acknowledged: the reminders stop and no further step is taken.
        QList<quint64> critical;
        for (const AlertStatus &st : session.alertBook()->statuses())
            if (st.needsAttention() && st.severity() == u"critical")
                critical << st.id();
        const auto bulk = session.alertBook()->acknowledge(critical, QStringLiteral("on it"));
        QVERIFY(bulk.failed.isEmpty());
        QVERIFY(session.alertBook()->isAcknowledged(alert.id));
        QVERIFY(!session.notifier()->tray()->isReminding());
        QCOMPARE(session.notifier()->tray()->unacknowledgedCount(), 0);
        advance(clock, session, 30 * 60'000);
        QCOMPARE(stepsOf(alert.id), 1);

        sim.clearFaults();
        advance(clock, session, 90'000);
        bool dbResolved = false;
        for (const auto &args : std::as_const(resolved))
            dbResolved |=
                args.first().value<Alert>().labels.value(u"alertname") == u"DatabaseUnavailable";
        QVERIFY(dbResolved);
        // The acknowledgement ended with the alert.
        QVERIFY(!session.alertBook()->isAcknowledged(alert.id));
        // The resolution is on the incident's timeline.
        const auto timeline = session.incidents()->incident(incident.id)->timeline;
        int resolvedEntries = 0;
        for (const TimelineEntry &e : timeline)
            resolvedEntries += e.kind == TimelineEntry::Kind::AlertResolved ? 1 : 0;
        QVERIFY(resolvedEntries >= 1);
    }
};

QTEST_MAIN(TestAlerting)
#include "tst_alerting.moc"
