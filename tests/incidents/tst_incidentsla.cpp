#include "incidenttestutil.h"
#include "models/incidents/slastatus.h"
#include "models/incidents/slatimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Wk;
using namespace IncidentTest;

namespace {

Incident openedAt(IncidentSeverity severity, qint64 createdMs)
{
    Incident inc;
    inc.id = 1;
    inc.severity = severity;
    inc.createdMs = createdMs;
    return inc;
}

int breachEntries(const Incident &inc, const QString &key)
{
    int n = 0;
    for (const TimelineEntry &e : inc.timeline)
        n += e.kind == TimelineEntry::Kind::SlaBreach && e.data == key ? 1 : 0;
    return n;
}

void severityRows()
{
    QTest::addColumn<IncidentSeverity>("severity");
    QTest::addColumn<qint64>("response");
    QTest::addColumn<qint64>("resolution");
    QTest::newRow("P1: 5 min to respond, 1 h to resolve")
        << IncidentSeverity::P1 << 5 * Minute << 1 * Hour;
    QTest::newRow("P2: 15 min to respond, 4 h to resolve")
        << IncidentSeverity::P2 << 15 * Minute << 4 * Hour;
    QTest::newRow("P3: 1 h to respond, 24 h to resolve")
        << IncidentSeverity::P3 << 1 * Hour << 24 * Hour;
    QTest::newRow("P4: 4 h to respond, 72 h to resolve")
        << IncidentSeverity::P4 << 4 * Hour << 72 * Hour;
}

} // namespace

class TestIncidentSla : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countdownStates_data() { severityRows(); }
    void countdownStates()
    {
        QFETCH(IncidentSeverity, severity);
        QFETCH(qint64, response);
        QFETCH(qint64, resolution);
        const Incident inc = openedAt(severity, T0);
        for (const auto &[kind, target] : {std::pair{SlaStatus::Kind::Response, response},
                                           std::pair{SlaStatus::Kind::Resolution, resolution}}) {
            const qint64 amberAt = T0 + target - target / 5; // 20 % of the limit left
            const auto at = [&](qint64 now) { return SlaStatus::evaluate(inc, kind, now); };
            QCOMPARE(at(T0).state, SlaStatus::State::OnTrack);
            QCOMPARE(at(T0).remainingMs, target);
            QCOMPARE(at(T0).targetMs, target);
            QCOMPARE(at(amberAt - 1).state, SlaStatus::State::OnTrack);
            QCOMPARE(at(amberAt).state, SlaStatus::State::DueSoon);
            QVERIFY(at(amberAt).isAmber());
            QCOMPARE(at(T0 + target - 1).state, SlaStatus::State::DueSoon);
            QCOMPARE(at(T0 + target).state, SlaStatus::State::Breached);
            QVERIFY(at(T0 + target).isRed());
            QCOMPARE(at(T0 + target + Minute).remainingMs, -Minute);
            // The words go with the colours.
            QVERIFY(at(amberAt).text().contains(QStringLiteral("DUE SOON")));
            QVERIFY(at(T0 + target + Minute).text().contains(QStringLiteral("BREACHED")));
        }
    }

    void stoppedCountdowns_data() { severityRows(); }
    void stoppedCountdowns()
    {
        QFETCH(IncidentSeverity, severity);
        QFETCH(qint64, response);
        QFETCH(qint64, resolution);
        Incident inc = openedAt(severity, T0);
        inc.acknowledgedMs = T0 + response; // exactly on the limit: met
        inc.resolvedMs = T0 + resolution + 1;
        const SlaStatus r = SlaStatus::evaluate(inc, SlaStatus::Kind::Response, T0 + 100 * Hour);
        QCOMPARE(r.state, SlaStatus::State::Met);
        QCOMPARE(r.elapsedMs, response);
        const SlaStatus s = SlaStatus::evaluate(inc, SlaStatus::Kind::Resolution, T0 + 100 * Hour);
        QCOMPARE(s.state, SlaStatus::State::Missed);
        QVERIFY(s.text().contains(QStringLiteral("missed")));
    }

    void countdownText()
    {
        const Incident inc = openedAt(IncidentSeverity::P1, T0);
        QCOMPARE(SlaStatus::evaluate(inc, SlaStatus::Kind::Response, T0 + 1000).text(),
                 QStringLiteral("Response 4:59 left"));
        QCOMPARE(
            SlaStatus::evaluate(inc, SlaStatus::Kind::Response, T0 + 4 * Minute + 15000).text(),
            QStringLiteral("Response DUE SOON 0:45 left"));
        QCOMPARE(SlaStatus::evaluate(inc, SlaStatus::Kind::Response, T0 + 7 * Minute).text(),
                 QStringLiteral("Response BREACHED 2:00 over"));
    }

    void amberFractionIsARule()
    {
        const Incident inc = openedAt(IncidentSeverity::P2, T0);
        // With half the limit as the amber band, 8 minutes in (7 left of 15) is amber.
        QCOMPARE(SlaStatus::evaluate(inc, SlaStatus::Kind::Response, T0 + 8 * Minute, 0.5).state,
                 SlaStatus::State::DueSoon);
        QCOMPARE(SlaStatus::evaluate(inc, SlaStatus::Kind::Response, T0 + 8 * Minute).state,
                 SlaStatus::State::OnTrack);
    }

    // The timer on a repository: amber and breach signals at the right simulated moments, and
    // each breach recorded once on the timeline, dated when the limit passed.
    void timerRecordsBreachesOnce_data() { severityRows(); }
    void timerRecordsBreachesOnce()
    {
        QFETCH(IncidentSeverity, severity);
        QFETCH(qint64, response);
        QFETCH(qint64, resolution);
        ManualClock clock(T0);
        auto repo = openRepository(QStringLiteral(":memory:"), &clock, QStringLiteral("alice"));
        QVERIFY(repo);
        const qint64 id =
            repo->openIncident(QStringLiteral("Checkout failing"), severity).incident.id;
        SlaTimer timer(repo.get(), &clock);
        QSignalSpy changed(&timer, &SlaTimer::slaChanged);
        QSignalSpy breached(&timer, &SlaTimer::breached);
        QCOMPARE(timer.scheduledCount(), 2); // amber of each

        clock.advance(response - response / 5 - 1);
        QCOMPARE(changed.size(), 0);
        clock.advance(1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<SlaStatus::Kind>(), SlaStatus::Kind::Response);
        QCOMPARE(timer.status(id, SlaStatus::Kind::Response).state, SlaStatus::State::DueSoon);

        clock.advance(response / 5);
        QCOMPARE(breached.size(), 1);
        QCOMPARE(timer.status(id, SlaStatus::Kind::Response).state, SlaStatus::State::Breached);
        Incident inc = *repo->incident(id);
        QCOMPARE(breachEntries(inc, QStringLiteral("response")), 1);
        const TimelineEntry &e = inc.timeline.last();
        QCOMPARE(e.kind, TimelineEntry::Kind::SlaBreach);
        QCOMPARE(e.atMs, T0 + response);
        QCOMPARE(e.who, QStringLiteral("watchkeeper"));

        clock.advance(resolution); // past the resolution limit too
        inc = *repo->incident(id);
        QCOMPARE(breachEntries(inc, QStringLiteral("response")), 1);
        QCOMPARE(breachEntries(inc, QStringLiteral("resolution")), 1);
        QCOMPARE(breached.size(), 2);
        QCOMPARE(timer.scheduledCount(), 0);

        // A second timer (another desktop, or a restart) does not record them again.
        SlaTimer again(repo.get(), &clock);
        clock.advance(Hour);
        inc = *repo->incident(id);
        QCOMPARE(breachEntries(inc, QStringLiteral("response")), 1);
        QCOMPARE(breachEntries(inc, QStringLiteral("resolution")), 1);
    }

    void acknowledgementStopsTheResponseCountdown()
    {
        ManualClock clock(T0);
        auto repo = openRepository(QStringLiteral(":memory:"), &clock, QStringLiteral("alice"));
        const qint64 id =
            repo->openIncident(QStringLiteral("Login errors"), IncidentSeverity::P1).incident.id;
        SlaTimer timer(repo.get(), &clock);
        clock.advance(4 * Minute + 30 * Second); // amber
        QVERIFY(repo->acknowledge(id).ok());
        QCOMPARE(timer.status(id, SlaStatus::Kind::Response).state, SlaStatus::State::Met);
        clock.advance(10 * Minute);
        QCOMPARE(breachEntries(*repo->incident(id), QStringLiteral("response")), 0);
        QCOMPARE(timer.status(id, SlaStatus::Kind::Resolution).state, SlaStatus::State::OnTrack);
        QVERIFY(repo->moveStage(id, IncidentStage::Resolution).ok());
        clock.advance(2 * Hour);
        QCOMPARE(breachEntries(*repo->incident(id), QStringLiteral("resolution")), 0);
        QCOMPARE(timer.scheduledCount(), 0);
    }

    void breachWhileNobodyWatchedIsRecordedAtStart()
    {
        ManualClock clock(T0);
        auto repo = openRepository(QStringLiteral(":memory:"), &clock, QStringLiteral("alice"));
        const qint64 id =
            repo->openIncident(QStringLiteral("Disk filling"), IncidentSeverity::P3).incident.id;
        clock.advance(2 * Hour);
        SlaTimer timer(repo.get(), &clock);
        const Incident inc = *repo->incident(id);
        QCOMPARE(breachEntries(inc, QStringLiteral("response")), 1);
        QCOMPARE(inc.timeline.last().atMs, T0 + Hour); // when it passed, not when seen
    }

    void wallDoesNotRecord()
    {
        ManualClock clock(T0);
        auto repo = openRepository(QStringLiteral(":memory:"), &clock, QStringLiteral("wall"));
        const qint64 id = repo->openIncident(QStringLiteral("x"), IncidentSeverity::P1).incident.id;
        SlaTimer timer(repo.get(), &clock);
        timer.setRecordBreaches(false);
        clock.advance(10 * Minute);
        QCOMPARE(breachEntries(*repo->incident(id), QStringLiteral("response")), 0);
        QCOMPARE(timer.status(id, SlaStatus::Kind::Response).state, SlaStatus::State::Breached);
    }
};

QTEST_GUILESS_MAIN(TestIncidentSla)
#include "tst_incidentsla.moc"
