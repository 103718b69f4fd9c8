// Two desktops of a team on one PostgreSQL (WK_TEST_POSTGRES_URL): exactly one sends the
// team's external notifications; when it closes, the other takes over at its next try.

#include "app/session.h"

#include "models/alerts/notificationdeliverymodel.h"
#include "models/alerts/notificationoutbox.h"
#include "models/alerts/notifier.h"
#include "models/config/workspace.h"
#include "models/core/clock.h"
#include "models/storage/database.h"
#include "models/storage/databaselease.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Wk;

class TestTeamNotifier : public QObject
{
    Q_OBJECT
private:
    static QString serverUrl() { return qEnvironmentVariable("WK_TEST_POSTGRES_URL"); }

    std::unique_ptr<Session> desktop(Clock *clock, const QString &schema)
    {
        QUrl url(serverUrl());
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("schema"), schema);
        url.setQuery(query);
        auto session = std::make_unique<Session>(clock);
        Session::Options options;
        options.database = url.toString();
        // A target nobody answers: the test is about the notifier, not the polls.
        options.targets = demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:9")), {}).targets;
        const auto started = session->start(options);
        if (!started) {
            qWarning("%s", qPrintable(started.error().toString()));
            return nullptr;
        }
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (serverUrl().isEmpty())
            QSKIP("WK_TEST_POSTGRES_URL is not set; set it to a PostgreSQL URL (for example "
                  "postgresql://postgres@127.0.0.1:55432/postgres, which tests/integration/"
                  "servers.sh starts) to run the team notifier test");
    }

    void oneDesktopSends()
    {
        const QString schema = QStringLiteral("wk_team_%1").arg(QCoreApplication::applicationPid());
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        auto first = desktop(&clock, schema);
        QVERIFY(first);
        auto second = desktop(&clock, schema);
        QVERIFY(second);
        QVERIFY(first->notifierLease() && second->notifierLease());
        // The lease is per server (an advisory lock), whatever the schema: another run of this
        // test or a real desktop on the same server may hold it. Exactly one of ours may, too.
        QVERIFY(!(first->notifier()->externalDelivery() && second->notifier()->externalDelivery()));
        QCOMPARE(first->notifier()->externalDelivery(), first->notifierLease()->isHeld());
        QCOMPARE(second->notifier()->externalDelivery(), second->notifierLease()->isHeld());
        if (!first->notifierLease()->isHeld())
            QSKIP("another program on this PostgreSQL server holds the notifier lease");
        QVERIFY(!second->notifier()->externalDelivery());

        // The sending desktop closes with a notification still in the shared outbox: the other
        // sends from its next try on and takes the outbox up (here: a channel it does not
        // have, so the notification fails there, visibly, and leaves the outbox).
        auto outbox = NotificationOutbox::open(second->database());
        QVERIFY(outbox);
        NotificationOutbox::Entry left;
        left.uid = QStringLiteral("left-by-the-first-desktop");
        left.channel = QStringLiteral("team-slack");
        left.notification.alert.id = 0x42;
        left.notification.alert.labels = Labels{{QStringLiteral("alertname"), QStringLiteral("X")}};
        QVERIFY(!outbox.value()->put(left));
        first.reset();
        clock.advance(DatabaseLease::DefaultRetryMs);
        QVERIFY(second->notifierLease()->isHeld());
        QVERIFY(second->notifier()->externalDelivery());
        QVERIFY(outbox.value()->pending().value().isEmpty());
        bool failedHere = false;
        for (const NotificationDelivery &d : second->notifier()->deliveries()->deliveries())
            failedHere = failedHere || (d.channel == left.channel &&
                                        d.outcome == NotificationDelivery::Outcome::Failed);
        QVERIFY(failedHere);
        outbox.value().reset();

        second.reset();
        auto db = Database::open(serverUrl());
        if (db)
            db.value()->exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema));
    }
};

QTEST_MAIN(TestTeamNotifier)
#include "tst_teamnotifier.moc"
