// The team-wide lease: on SQLite always held; on PostgreSQL one connection holds it, the others
// wait, and when the holder's connection ends another takes it over at its next try.

#include "pgtestdb.h"

#include "models/core/clock.h"
#include "models/storage/database.h"
#include "models/storage/databaselease.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

class TestDatabaseLease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteAlwaysHolds()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("one.db")));
        QVERIFY(db);
        ManualClock clock(1'700'000'000'000);
        DatabaseLease lease(db.value().get(), QStringLiteral("notifier"), &clock);
        QVERIFY(lease.isHeld());
        clock.advance(60'000);
        QVERIFY(lease.isHeld());
    }

    void keysAreStableAndDistinct()
    {
        QCOMPARE(DatabaseLease::keyFor(QStringLiteral("notifier")),
                 DatabaseLease::keyFor(QStringLiteral("notifier")));
        QVERIFY(DatabaseLease::keyFor(QStringLiteral("notifier")) !=
                DatabaseLease::keyFor(QStringLiteral("reports")));
    }

    void onePostgresConnectionHolds()
    {
        if (PgTestDb::serverUrl().isEmpty())
            QSKIP(qPrintable(PgTestDb::skipReason()));
        QString schema;
        const QString url = PgTestDb::urlWithFreshSchema(&schema);
        ManualClock clock(1'700'000'000'000);
        // A name of this run's own, so parallel test runs do not meet.
        const QString name = QStringLiteral("notifier-%1").arg(schema);
        auto first = Database::open(url);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        auto second = Database::open(url);
        QVERIFY(second);
        auto a = std::make_unique<DatabaseLease>(first.value().get(), name, &clock);
        DatabaseLease b(second.value().get(), name, &clock);
        QVERIFY(a->isHeld());
        QVERIFY(!b.isHeld());
        // Another job's lease is independent.
        DatabaseLease other(second.value().get(), name + QStringLiteral("-other"), &clock);
        QVERIFY(other.isHeld());
        // Trying again changes nothing while the holder is connected.
        clock.advance(DatabaseLease::DefaultRetryMs);
        QVERIFY(a->isHeld());
        QVERIFY(!b.isHeld());

        // The holder goes (its program ends): the other takes over at its next try.
        QSignalSpy changed(&b, &DatabaseLease::heldChanged);
        a.reset();
        first.value().reset();
        clock.advance(DatabaseLease::DefaultRetryMs);
        QVERIFY(b.isHeld());
        QCOMPARE(changed.count(), 1);
        PgTestDb::dropSchema(schema);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLease)
#include "tst_databaselease.moc"
