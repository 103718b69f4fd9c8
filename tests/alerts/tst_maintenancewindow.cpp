#include "models/alerts/maintenancewindow.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Wk;

namespace {

constexpr qint64 Hour = 3'600'000;

qint64 berlin(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
}

qint64 utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
}

// Tuesdays 02:00 Europe/Berlin for 3 hours. Europe switched to summer time on Sunday
// 2024-03-31 (02:00 -> 03:00) and back on Sunday 2024-10-27 (03:00 -> 02:00).
MaintenanceWindow tuesdayNights()
{
    MaintenanceWindow w;
    w.name = QStringLiteral("Tuesday patching");
    w.kind = MaintenanceWindow::Kind::Weekly;
    w.setWeekday(Qt::Tuesday);
    w.startTime = QTime(2, 0);
    w.durationMs = 3 * Hour;
    w.timeZone = "Europe/Berlin";
    w.createdBy = QStringLiteral("ops");
    w.comment = QStringLiteral("OS patches, CHG-7");
    return w;
}

Labels alert(const char *severity, const char *name = "PerformanceDegradation")
{
    return Labels{{QStringLiteral("alertname"), QString::fromLatin1(name)},
                  {QStringLiteral("instance"), QStringLiteral("api:8080")},
                  {QStringLiteral("severity"), QString::fromLatin1(severity)}};
}

} // namespace

class TestMaintenanceWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weeklyAcrossDst_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<bool>("active");
        // Winter time (UTC+1): 02:00 local is 01:00 UTC.
        QTest::newRow("winter: Tue 01:59 local") << berlin(2024, 3, 26, 1, 59) << false;
        QTest::newRow("winter: Tue 02:00 local") << berlin(2024, 3, 26, 2, 0) << true;
        QTest::newRow("winter: 01:00 UTC is 02:00 local") << utc(2024, 3, 26, 1, 0) << true;
        QTest::newRow("winter: Tue 04:59 local") << berlin(2024, 3, 26, 4, 59) << true;
        QTest::newRow("winter: Tue 05:00 local") << berlin(2024, 3, 26, 5, 0) << false;
        QTest::newRow("winter: Mon 02:30 local") << berlin(2024, 3, 25, 2, 30) << false;
        // Summer time (UTC+2) the week after the change: still 02:00 local, now 00:00 UTC.
        QTest::newRow("summer: 00:00 UTC is 02:00 local") << utc(2024, 4, 2, 0, 0) << true;
        QTest::newRow("summer: 23:59 UTC Monday is 01:59 local")
            << utc(2024, 4, 1, 23, 59) << false;
        QTest::newRow("summer: Tue 04:59 local") << berlin(2024, 4, 2, 4, 59) << true;
        QTest::newRow("summer: 03:00 UTC is 05:00 local") << utc(2024, 4, 2, 3, 0) << false;
        // Back to winter time in autumn.
        QTest::newRow("autumn: Tue after fall-back 02:00 local")
            << berlin(2024, 10, 29, 2, 0) << true;
        QTest::newRow("autumn: 00:30 UTC is 01:30 local") << utc(2024, 10, 29, 0, 30) << false;
    }
    void weeklyAcrossDst()
    {
        QFETCH(qint64, at);
        QFETCH(bool, active);
        const MaintenanceWindow w = tuesdayNights();
        QCOMPARE(w.isActiveAt(at), active);
        // The window lasts 3 real hours whatever the offset.
        if (active) {
            const auto occ = w.occurrenceAt(at);
            QVERIFY(occ);
            QCOMPARE(occ->endMs - occ->startMs, 3 * Hour);
        }
    }

    void nextOccurrence()
    {
        const MaintenanceWindow w = tuesdayNights();
        // From the Saturday before the change, the next one is Tuesday 2 April at 02:00 CEST.
        const auto next = w.nextOccurrence(berlin(2024, 3, 30, 12, 0));
        QVERIFY(next);
        QCOMPARE(next->startMs, utc(2024, 4, 2, 0, 0));
        QCOMPARE(next->endMs, utc(2024, 4, 2, 3, 0));
        // While one is in force, it is that one.
        const auto current = w.nextOccurrence(berlin(2024, 4, 2, 3, 0));
        QCOMPARE(current->startMs, next->startMs);
        // Right at its end, the following week's.
        const auto after = w.nextOccurrence(next->endMs);
        QCOMPARE(after->startMs, utc(2024, 4, 9, 0, 0));
    }

    void severalWeekdays()
    {
        MaintenanceWindow w = tuesdayNights();
        w.weekdays = MaintenanceWindow::parseWeekdays(QStringLiteral("tue, thu"));
        QVERIFY(w.hasWeekday(Qt::Tuesday));
        QVERIFY(w.hasWeekday(Qt::Thursday));
        QVERIFY(!w.hasWeekday(Qt::Wednesday));
        const auto next = w.nextOccurrence(berlin(2024, 3, 26, 6, 0)); // Tuesday's is over
        QCOMPARE(next->startMs, berlin(2024, 3, 28, 2, 0));
        QCOMPARE(MaintenanceWindow::weekdaysText(w.weekdays), QStringLiteral("Tue, Thu"));
        QCOMPARE(MaintenanceWindow::parseWeekdays(QStringLiteral("weekend")), 0x60);
        QCOMPARE(MaintenanceWindow::parseWeekdays(QStringLiteral("tuesday")), 0x02);
        QCOMPARE(MaintenanceWindow::parseWeekdays(QStringLiteral("someday")), 0);
    }

    void startInSpringForwardGap()
    {
        // Sundays 02:30 Berlin: on 31 March 2024 02:30 does not exist; the window starts at
        // 03:30 CEST (01:30 UTC), as a wall clock set the night before would read it.
        MaintenanceWindow w = tuesdayNights();
        w.weekdays = 0;
        w.setWeekday(Qt::Sunday);
        w.startTime = QTime(2, 30);
        const auto occ = w.nextOccurrence(utc(2024, 3, 30, 12, 0));
        QVERIFY(occ);
        QCOMPARE(occ->startMs, utc(2024, 3, 31, 1, 30));
        QCOMPARE(occ->endMs - occ->startMs, 3 * Hour);
    }

    void oneOff()
    {
        MaintenanceWindow w;
        w.name = QStringLiteral("DB migration");
        w.startsAtMs = utc(2026, 3, 3, 2);
        w.endsAtMs = utc(2026, 3, 3, 5);
        QVERIFY(!w.isActiveAt(utc(2026, 3, 3, 1, 59)));
        QVERIFY(w.isActiveAt(utc(2026, 3, 3, 2)));
        QVERIFY(!w.isActiveAt(utc(2026, 3, 3, 5)));
        QCOMPARE(w.nextOccurrence(utc(2026, 3, 1, 0))->startMs, w.startsAtMs);
        QVERIFY(!w.nextOccurrence(w.endsAtMs));
        QCOMPARE(w.scheduleText(), QStringLiteral("2026-03-03 02:00 to 05:00 UTC"));
    }

    void suppressesAllButCritical_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<bool>("suppressCritical");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("high") << "high" << false << true;
        QTest::newRow("medium") << "medium" << false << true;
        QTest::newRow("low") << "low" << false << true;
        QTest::newRow("critical never by default") << "critical" << false << false;
        QTest::newRow("critical when asked") << "critical" << true << true;
    }
    void suppressesAllButCritical()
    {
        QFETCH(QString, severity);
        QFETCH(bool, suppressCritical);
        QFETCH(bool, suppressed);
        MaintenanceWindow w = tuesdayNights();
        w.suppressCritical = suppressCritical;
        const qint64 during = berlin(2024, 3, 26, 3, 0);
        const qint64 outside = berlin(2024, 3, 26, 6, 0);
        const Labels l = alert(qPrintable(severity));
        QCOMPARE(w.suppresses(l, during), suppressed);
        QCOMPARE(w.suppresses(l, outside), false);
    }

    void matchersNarrow()
    {
        MaintenanceWindow w = tuesdayNights();
        w.matchers << LabelMatcher(QStringLiteral("alertname"), LabelMatcher::Op::RegexMatch,
                                   QStringLiteral("PerformanceDegradation|CacheMissRateHigh"));
        QVERIFY(w.appliesTo(alert("high")));
        QVERIFY(!w.appliesTo(alert("medium", "DiskSpaceWarning")));
    }

    void validation_data()
    {
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<bool>("ok");
        QTest::newRow("3 h: as the guide plans") << 3 * Hour << 0 << true;
        QTest::newRow("2 h: lower edge") << 2 * Hour << 0 << true;
        QTest::newRow("4 h: upper edge") << 4 * Hour << 0 << true;
        QTest::newRow("1 h: a warning, not an error") << 1 * Hour << 1 << true;
        QTest::newRow("8 h: a warning, not an error") << 8 * Hour << 1 << true;
        QTest::newRow("no duration") << qint64(0) << 0 << false;
        QTest::newRow("a week") << 7 * 24 * Hour << 1 << false;
    }
    void validation()
    {
        QFETCH(qint64, duration);
        QFETCH(int, warnings);
        QFETCH(bool, ok);
        MaintenanceWindow w = tuesdayNights();
        w.durationMs = duration;
        const MaintenanceWindow::Validation v = w.validate();
        QCOMPARE(v.ok(), ok);
        QCOMPARE(int(v.warnings.size()), warnings);
        if (warnings)
            QVERIFY(v.warnings.first().contains(QStringLiteral("2 to 4 hours")));
    }

    void validationErrors()
    {
        MaintenanceWindow w = tuesdayNights();
        w.timeZone = "Mars/Olympus_Mons";
        w.comment.clear();
        w.weekdays = 0;
        const MaintenanceWindow::Validation v = w.validate();
        QCOMPARE(v.errors.size(), 3);
        QVERIFY(v.errors.join(u'\n').contains(QStringLiteral("time zone")));
        QVERIFY(v.errors.join(u'\n').contains(QStringLiteral("comment")));
        QVERIFY(v.errors.join(u'\n').contains(QStringLiteral("weekday")));
        // An invalid window has no occurrence rather than a wrong one.
        QVERIFY(!w.nextOccurrence(berlin(2024, 3, 26, 3)));

        w = tuesdayNights();
        w.suppressCritical = true;
        QVERIFY(w.validate().ok());
        QVERIFY(w.validate().warnings.join(u' ').contains(QStringLiteral("critical")));
    }

    void scheduleText()
    {
        QCOMPARE(tuesdayNights().scheduleText(), QStringLiteral("Tue 02:00 Europe/Berlin for 3h"));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceWindow)
#include "tst_maintenancewindow.moc"
