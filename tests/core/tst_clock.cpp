#include "models/core/clock.h"

#include <QTest>

using namespace Wk;

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manualRunsDueCallbacksInOrder()
    {
        ManualClock clock(1000);
        QList<qint64> seen;
        clock.callAt(3000, nullptr, [&] { seen << clock.nowMs(); });
        clock.callAt(2000, nullptr, [&] {
            seen << clock.nowMs();
            clock.callAfter(500, nullptr, [&] { seen << clock.nowMs(); });
        });
        clock.advance(999);
        QVERIFY(seen.isEmpty());
        clock.advance(2000);
        QCOMPARE(seen, (QList<qint64>{2000, 2500, 3000}));
        QCOMPARE(clock.nowMs(), 3999);
    }
    void manualCancelAndContext()
    {
        ManualClock clock(0);
        int fired = 0;
        auto id = clock.callAt(10, nullptr, [&] { ++fired; });
        clock.cancel(id);
        {
            QObject context;
            clock.callAt(20, &context, [&] { ++fired; });
        }
        clock.advance(100);
        QCOMPARE(fired, 0);
        QCOMPARE(clock.pendingCount(), 0);
    }
    void systemClockFires()
    {
        SystemClock clock;
        bool fired = false;
        clock.callAfter(1, nullptr, [&] { fired = true; });
        QTRY_VERIFY(fired);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
