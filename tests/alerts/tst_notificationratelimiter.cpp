#include "models/alerts/notificationratelimiter.h"

#include <QTest>

using namespace Wk;

namespace {
const qint64 Minute = 60'000;
}

class TestNotificationRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slidingWindow_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("perMs");
        QTest::addColumn<QList<qint64>>("sends"); // times of attempts
        QTest::addColumn<QList<bool>>("allowed");
        QTest::newRow("one per five minutes")
            << 1 << 5 * Minute << QList<qint64>{0, 1 * Minute, 4 * Minute, 5 * Minute, 6 * Minute}
            << QList<bool>{true, false, false, true, false};
        QTest::newRow("a refused send does not count")
            << 1 << 5 * Minute << QList<qint64>{0, 4 * Minute, 5 * Minute, 9 * Minute, 10 * Minute}
            << QList<bool>{true, false, true, false, true};
        QTest::newRow("three per minute")
            << 3 << Minute << QList<qint64>{0, 1, 2, 3, Minute, Minute + 1, Minute + 2, Minute + 3}
            << QList<bool>{true, true, true, false, true, true, true, false};
        QTest::newRow("no limit") << 0 << Minute << QList<qint64>{0, 0, 0}
                                  << QList<bool>{true, true, true};
    }
    void slidingWindow()
    {
        QFETCH(int, count);
        QFETCH(qint64, perMs);
        QFETCH(QList<qint64>, sends);
        QFETCH(QList<bool>, allowed);
        NotificationRateLimiter limiter;
        for (qsizetype i = 0; i < sends.size(); ++i) {
            QCOMPARE(limiter.tryAcquire(QStringLiteral("sms\n+15550100"), count, perMs, sends[i]),
                     allowed[i]);
        }
    }

    void recipientsAreSeparate()
    {
        NotificationRateLimiter limiter;
        QVERIFY(limiter.tryAcquire(QStringLiteral("sms\n+1"), 1, 5 * Minute, 0));
        QVERIFY(limiter.tryAcquire(QStringLiteral("sms\n+2"), 1, 5 * Minute, 0));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("sms\n+1"), 1, 5 * Minute, Minute));
        QCOMPARE(limiter.nextAllowedMs(QStringLiteral("sms\n+1"), 1, 5 * Minute, Minute),
                 5 * Minute);
        QCOMPARE(limiter.nextAllowedMs(QStringLiteral("sms\n+3"), 1, 5 * Minute, Minute), Minute);
    }

    void nextAllowedWithSeveral()
    {
        NotificationRateLimiter limiter;
        for (qint64 t : {0ll, 10'000ll, 20'000ll})
            QVERIFY(limiter.tryAcquire(QStringLiteral("k"), 3, Minute, t));
        // The oldest of the three leaves the window first.
        QCOMPARE(limiter.nextAllowedMs(QStringLiteral("k"), 3, Minute, 30'000), Minute);
        QCOMPARE(limiter.nextAllowedMs(QStringLiteral("k"), 2, Minute, 30'000), 70'000);
    }

    void idleKeysAreDropped()
    {
        NotificationRateLimiter limiter;
        QVERIFY(limiter.tryAcquire(QStringLiteral("short"), 1, Minute, 0));
        QVERIFY(limiter.tryAcquire(QStringLiteral("long"), 1, 60 * Minute, 0));
        QCOMPARE(limiter.keyCount(), 2);
        // Two minutes on, the one-minute key is idle; the hour-long one still counts.
        QVERIFY(limiter.tryAcquire(QStringLiteral("other"), 1, Minute, 2 * Minute));
        QCOMPARE(limiter.keyCount(), 2);
        QVERIFY(!limiter.tryAcquire(QStringLiteral("long"), 1, 60 * Minute, 3 * Minute));
    }
};

QTEST_GUILESS_MAIN(TestNotificationRateLimiter)
#include "tst_notificationratelimiter.moc"
