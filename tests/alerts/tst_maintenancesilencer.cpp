// Maintenance windows as Alertmanager silences, against a FakeAlertmanager on a ManualClock:
// the occurrence in force and the next one within the hour are silenced with the window's
// matchers (critical alerts left out unless the window says so), once; a removed or changed
// window's silence is expired; nothing happens while disabled (another desktop does it).

#include "fakealertmanager.h"

#include "models/alerts/alertmanagerclient.h"
#include "models/alerts/alertmanagersilencestore.h"
#include "models/alerts/maintenancesilencer.h"

#include <QTest>
#include <QTimeZone>

using namespace Wk;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 T0 = 1'795'796'539'000; // 2026-11-27T16:22:19Z

struct Rig
{
    Rig()
        : clock(T0)
        , server(&clock)
        , client(server.url())
        , store(&client, &clock, nullptr)
        , silencer([this] { return windows; }, &store, &clock)
    {}
    ManualClock clock;
    FakeAlertmanager server;
    AlertmanagerClient client;
    AlertmanagerSilenceStore store;
    QList<MaintenanceWindow> windows;
    MaintenanceSilencer silencer;

    // Syncs, waits for Alertmanager to have answered, and reads its silences back.
    bool settle()
    {
        silencer.sync();
        if (!QTest::qWaitFor(
                [this] {
                    return !store.isBusy() && !server.requests.isEmpty() &&
                           server.requests.last().startsWith(u"GET");
                },
                5000))
            return false;
        store.refresh();
        return QTest::qWaitFor([this] { return !store.isBusy(); }, 5000);
    }
    QList<Silence> live() const
    {
        QList<Silence> out;
        for (const Silence &s : server.silences) {
            if (s.stateAt(clock.nowMs()) != Silence::State::Expired)
                out << s;
        }
        return out;
    }
};

MaintenanceWindow oneOff(qint64 id, qint64 from, qint64 to)
{
    MaintenanceWindow w;
    w.id = id;
    w.name = QStringLiteral("db upgrade");
    w.startsAtMs = from;
    w.endsAtMs = to;
    w.matchers << LabelMatcher::parse(QStringLiteral("instance=\"db-1\""));
    w.createdBy = QStringLiteral("alice");
    w.comment = QStringLiteral("CHG-1234");
    return w;
}

} // namespace

class TestMaintenanceSilencer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowInForceBecomesASilence()
    {
        Rig r;
        r.windows << oneOff(7, T0 - 10 * Minute, T0 + 2 * Hour);
        r.silencer.setEnabled(true);
        QVERIFY(r.settle());
        QCOMPARE(r.live().size(), 1);
        const Silence s = r.live().first();
        QCOMPARE(s.matchers,
                 (LabelMatchers{LabelMatcher::parse(QStringLiteral("instance=\"db-1\"")),
                                LabelMatcher::parse(QStringLiteral("severity!=\"critical\""))}));
        QCOMPARE(s.endsAtMs, T0 + 2 * Hour);
        QCOMPARE(s.createdBy, QStringLiteral("alice"));
        QVERIFY2(s.comment.contains(u"db upgrade") && s.comment.contains(u"CHG-1234"),
                 qPrintable(s.comment));
        QVERIFY(MaintenanceSilencer::isMaintenanceSilence(s));

        // Again, and a minute later: still one.
        QVERIFY(r.settle());
        r.clock.advance(MaintenanceSilencer::CheckMs);
        QVERIFY(r.settle());
        QCOMPARE(r.live().size(), 1);

        // The window is removed: its silence ends.
        r.windows.clear();
        QVERIFY(r.settle());
        QCOMPARE(r.live().size(), 0);
    }

    void changedWindowGetsANewSilence()
    {
        Rig r;
        r.windows << oneOff(7, T0 - 10 * Minute, T0 + 2 * Hour);
        r.silencer.setEnabled(true);
        QVERIFY(r.settle());
        const QString first = r.live().first().id;
        r.windows.first().endsAtMs = T0 + 3 * Hour;
        r.windows.first().suppressCritical = true;
        QVERIFY(r.settle());
        QVERIFY(r.settle()); // the expiry and the creation both answered
        QCOMPARE(r.live().size(), 1);
        QVERIFY(r.live().first().id != first);
        QCOMPARE(r.live().first().endsAtMs, T0 + 3 * Hour);
        QCOMPARE(r.live().first().matchers.size(), 1); // critical alerts too now
    }

    void weeklyWindowAheadOfTime()
    {
        Rig r;
        MaintenanceWindow w;
        w.id = 9;
        w.name = QStringLiteral("weekly patching");
        w.kind = MaintenanceWindow::Kind::Weekly;
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc());
        w.setWeekday(Qt::DayOfWeek(now.date().dayOfWeek()));
        w.startTime = now.time().addSecs(30 * 60); // in 30 minutes
        w.durationMs = 2 * Hour;
        w.timeZone = "UTC";
        w.createdBy = QStringLiteral("bob");
        w.comment = QStringLiteral("kernel updates");
        r.windows << w;
        r.silencer.setEnabled(true);
        QVERIFY(r.settle());
        QCOMPARE(r.live().size(), 1);
        QCOMPARE(r.live().first().stateAt(T0), Silence::State::Pending);
        // No matchers of its own: one that anchors it for Alertmanager, and not critical.
        QCOMPARE(r.live().first().matchers.first().toString(), QStringLiteral("alertname=~\".+\""));
    }

    void disabledDoesNothing()
    {
        Rig r;
        r.windows << oneOff(7, T0 - 10 * Minute, T0 + 2 * Hour);
        r.silencer.sync();
        r.clock.advance(MaintenanceSilencer::CheckMs);
        QTest::qWait(50);
        QVERIFY(r.server.silences.isEmpty());
        QVERIFY(r.server.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceSilencer)
#include "tst_maintenancesilencer.moc"
