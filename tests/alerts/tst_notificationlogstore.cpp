// The delivery log in the database: rows come back as written, newest kept when limited, and
// the retention prunes by time.

#include "models/alerts/notificationlogstore.h"
#include "models/storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

namespace {
constexpr qint64 T0 = 1'700'000'000'000;

NotificationDelivery delivery(qint64 atMs, NotificationDelivery::Outcome outcome,
                              const QString &reason = {})
{
    NotificationDelivery d;
    d.atMs = atMs;
    d.channel = QStringLiteral("slack-critical");
    d.channelType = QStringLiteral("slack");
    d.alertId = 0xabcdef;
    d.alertName = QStringLiteral("DatabaseUnavailable");
    d.severity = QStringLiteral("critical");
    d.kind = Notification::Kind::Escalation;
    d.attempt = 2;
    d.outcome = outcome;
    d.reason = reason;
    d.nextAttemptMs = outcome == NotificationDelivery::Outcome::Retrying ? atMs + 30'000 : 0;
    d.code = 503;
    return d;
}
} // namespace

class TestNotificationLogStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripLimitAndPrune()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("log.db")));
        QVERIFY(db);
        auto store = NotificationLogStore::open(db.value().get());
        QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
        QVERIFY(!store.value()->append(
            delivery(T0, NotificationDelivery::Outcome::Retrying, QStringLiteral("HTTP 503"))));
        QVERIFY(!store.value()->append(delivery(T0 + 30'000, NotificationDelivery::Outcome::Sent)));
        QVERIFY(!store.value()->append(
            delivery(T0 + 60'000, NotificationDelivery::Outcome::Failed, QStringLiteral("gone"))));

        const auto all = store.value()->recent(10);
        QVERIFY(all);
        QCOMPARE(all.value().size(), 3);
        const NotificationDelivery &first = all.value().first(); // oldest first
        QCOMPARE(first.atMs, T0);
        QCOMPARE(first.outcome, NotificationDelivery::Outcome::Retrying);
        QCOMPARE(first.reason, QStringLiteral("HTTP 503"));
        QCOMPARE(first.nextAttemptMs, T0 + 30'000);
        QCOMPARE(first.kind, Notification::Kind::Escalation);
        QCOMPARE(first.alertId, quint64(0xabcdef));
        QCOMPARE(first.channelType, QStringLiteral("slack"));
        QCOMPARE(first.code, 503);
        QCOMPARE(first.attempt, 2);

        const auto newest = store.value()->recent(2);
        QCOMPARE(newest.value().size(), 2);
        QCOMPARE(newest.value().first().outcome, NotificationDelivery::Outcome::Sent);
        QCOMPARE(newest.value().last().outcome, NotificationDelivery::Outcome::Failed);

        QCOMPARE(store.value()->prune(T0 + 30'000).value(), 1);
        QCOMPARE(store.value()->recent(10).value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNotificationLogStore)
#include "tst_notificationlogstore.moc"
