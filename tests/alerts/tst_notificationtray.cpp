#include "models/alerts/notificationtray.h"

#include <QSignalSpy>
#include <QTest>

using namespace Wk;

namespace {

// 2024-01-15 12:00 UTC: outside the quiet hours below.
const qint64 Noon = QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 Minute = 60'000;

Alert alert(const QString &name, const QString &severity)
{
    Alert a;
    a.ruleName = name;
    a.state = Alert::State::Firing;
    a.labels = Labels{{QStringLiteral("alertname"), name}, {QStringLiteral("severity"), severity}};
    a.annotations.insert(QStringLiteral("summary"), name + QStringLiteral(" summary"));
    a.id = Alert::fingerprint(a.labels);
    return a;
}

ChannelConfig desktop()
{
    ChannelConfig c = ChannelConfig::defaults(ChannelType::Desktop);
    c.reminderIntervalMs = 2 * Minute;
    c.quietHours.start = QTime(22, 0);
    c.quietHours.end = QTime(7, 0);
    c.quietHours.timeZone = QTimeZone::utc();
    return c;
}

} // namespace

class TestNotificationTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badgeCountsUnacknowledgedWithWorstSeverity()
    {
        ManualClock clock(Noon);
        NotificationTray tray(&clock);
        tray.setSettings(desktop());
        QSignalSpy badge(&tray, &NotificationTray::badgeChanged);
        QSignalSpy shown(&tray, &NotificationTray::show);

        const Alert disk = alert(QStringLiteral("DiskSpaceWarning"), QStringLiteral("medium"));
        const Alert db = alert(QStringLiteral("DatabaseUnavailable"), QStringLiteral("critical"));
        QVERIFY(tray.firing(disk));
        QCOMPARE(tray.unacknowledgedCount(), 1);
        QCOMPARE(tray.worstSeverity(), QStringLiteral("medium"));
        QVERIFY(tray.firing(db));
        QCOMPARE(tray.unacknowledgedCount(), 2);
        QCOMPARE(tray.worstSeverity(), QStringLiteral("critical"));
        QCOMPARE(badge.size(), 2);
        QCOMPARE(badge.last().at(0).toInt(), 2);
        QCOMPARE(badge.last().at(1).toString(), QStringLiteral("critical"));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.last().at(0).toString(), QStringLiteral("[CRITICAL] DatabaseUnavailable"));
        QCOMPARE(shown.last().at(1).toString(), QStringLiteral("DatabaseUnavailable summary"));
        QCOMPARE(shown.last().at(2).toString(), QStringLiteral("critical"));

        tray.acknowledged(db, QStringLiteral("alice"), QStringLiteral("on it"));
        QCOMPARE(tray.unacknowledgedCount(), 1);
        QCOMPARE(tray.worstSeverity(), QStringLiteral("medium"));
        QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Acknowledged by alice: on it"));
        tray.unacknowledged(db);
        QCOMPARE(tray.worstSeverity(), QStringLiteral("critical"));
        tray.resolved(db);
        tray.resolved(disk);
        QCOMPARE(tray.unacknowledgedCount(), 0);
        QCOMPARE(tray.firingCount(), 0);
        QCOMPARE(tray.worstSeverity(), QString());
        QCOMPARE(badge.last().at(0).toInt(), 0);
    }

    void criticalReminderRepeatsUntilAcknowledged()
    {
        ManualClock clock(Noon);
        NotificationTray tray(&clock);
        tray.setSettings(desktop());
        QSignalSpy sound(&tray, &NotificationTray::playSound);
        QSignalSpy reminder(&tray, &NotificationTray::soundReminder);

        const Alert high = alert(QStringLiteral("HighMemoryUsage"), QStringLiteral("high"));
        tray.firing(high);
        QCOMPARE(sound.size(), 1);
        QVERIFY(!tray.isReminding()); // only critical repeats by default
        clock.advance(10 * Minute);
        QCOMPARE(reminder.size(), 0);

        const Alert db = alert(QStringLiteral("DatabaseUnavailable"), QStringLiteral("critical"));
        tray.firing(db);
        QCOMPARE(sound.size(), 2);
        QCOMPARE(sound.last().at(0).toString(), QStringLiteral("critical"));
        QVERIFY(tray.isReminding());
        clock.advance(2 * Minute - 1);
        QCOMPARE(reminder.size(), 0);
        clock.advance(1);
        QCOMPARE(reminder.size(), 1);
        QCOMPARE(reminder.last().at(0).toString(), QStringLiteral("critical"));
        QCOMPARE(reminder.last().at(1).toInt(), 2);
        clock.advance(4 * Minute);
        QCOMPARE(reminder.size(), 3);

        tray.acknowledged(db, QStringLiteral("alice"), QString());
        QVERIFY(!tray.isReminding());
        clock.advance(30 * Minute);
        QCOMPARE(reminder.size(), 3);

        tray.unacknowledged(db); // back to unacknowledged: reminders resume
        clock.advance(2 * Minute);
        QCOMPARE(reminder.size(), 4);
        tray.resolved(db);
        clock.advance(30 * Minute);
        QCOMPARE(reminder.size(), 4);
        QCOMPARE(clock.pendingCount(), 0);
    }

    void quietHoursNeverSilenceCritical()
    {
        ManualClock clock(Noon + 11 * 3'600'000); // 23:00 UTC
        NotificationTray tray(&clock);
        tray.setSettings(desktop());
        QVERIFY(tray.isQuietNow());
        QSignalSpy shown(&tray, &NotificationTray::show);
        QSignalSpy sound(&tray, &NotificationTray::playSound);
        QSignalSpy reminder(&tray, &NotificationTray::soundReminder);

        QVERIFY(!tray.firing(alert(QStringLiteral("HighMemoryUsage"), QStringLiteral("high"))));
        QCOMPARE(shown.size(), 0);
        QCOMPARE(sound.size(), 0);
        QCOMPARE(tray.unacknowledgedCount(), 1); // the badge still counts it

        QVERIFY(tray.firing(alert(QStringLiteral("SystemDown"), QStringLiteral("critical"))));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(sound.size(), 1);
        clock.advance(2 * Minute);
        QCOMPARE(reminder.size(), 1);
    }

    void severitiesFilterPopups()
    {
        ManualClock clock(Noon);
        NotificationTray tray(&clock);
        ChannelConfig c = desktop();
        c.severities = {QStringLiteral("critical"), QStringLiteral("high")};
        c.repeatSeverities = {QStringLiteral("critical"), QStringLiteral("high")};
        tray.setSettings(c);
        QSignalSpy reminder(&tray, &NotificationTray::soundReminder);
        QVERIFY(!tray.firing(alert(QStringLiteral("CacheMissRateHigh"), QStringLiteral("medium"))));
        QVERIFY(tray.firing(alert(QStringLiteral("HighMemoryUsage"), QStringLiteral("high"))));
        QVERIFY(tray.isReminding()); // high repeats here
        clock.advance(2 * Minute);
        QCOMPARE(reminder.size(), 1);
        QCOMPARE(reminder.last().at(0).toString(), QStringLiteral("high"));
    }

    void severityRank_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<int>("rank");
        QTest::newRow("critical") << "critical" << 4;
        QTest::newRow("high") << "high" << 3;
        QTest::newRow("medium") << "medium" << 2;
        QTest::newRow("low") << "low" << 1;
        QTest::newRow("unknown") << "whatever" << 0;
    }
    void severityRank()
    {
        QFETCH(QString, severity);
        QFETCH(int, rank);
        QCOMPARE(NotificationTray::severityRank(severity), rank);
    }
};

QTEST_GUILESS_MAIN(TestNotificationTray)
#include "tst_notificationtray.moc"
