#include "models/storage/database.h"
#include "pgtestdb.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

namespace {

QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

bool execOk(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql);
}

Migration migration(int version, const QString &description, QStringList statements,
                    QStringList postgresStatements = {})
{
    return Migration{version, description, std::move(statements), std::move(postgresStatements)};
}

QList<Migration> firstVersion()
{
    return {migration(1, QStringLiteral("create t1"),
                      {QStringLiteral("CREATE TABLE t1 (id INTEGER PRIMARY KEY, name TEXT NOT "
                                      "NULL)")})};
}

QList<Migration> secondVersion()
{
    QList<Migration> list = firstVersion();
    list.append(migration(2, QStringLiteral("create t2 and seed t1"),
                          {QStringLiteral("CREATE TABLE t2 (id INTEGER PRIMARY KEY, t1_id "
                                          "INTEGER NOT NULL REFERENCES t1 (id))"),
                           QStringLiteral("INSERT INTO t1 (id, name) VALUES (100, 'seed')")}));
    return list;
}

int appliedRows(const Database &db, const QString &module)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE module = ?"),
                  {module})
        .toInt();
}

} // namespace

#define OPEN_OR_FAIL(var, location)                                                                \
    auto var##Result = Database::open(location);                                                   \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.error().message));                           \
    std::unique_ptr<Database> var = std::move(var##Result).value()

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_schemas;
    int m_files = 0;

    QString m_backend;

    bool postgres() const { return m_backend == QLatin1String("postgresql"); }

    // A location no test has used yet, for the current backend.
    QString freshLocation()
    {
        if (m_backend == QLatin1String("postgresql")) {
            QString schema;
            const QString url = PgTestDb::urlWithFreshSchema(&schema);
            m_schemas << schema;
            return url;
        }
        return m_dir.filePath(QStringLiteral("db%1/watchkeeper.db").arg(++m_files));
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        if (backend == QLatin1String("postgresql") && PgTestDb::serverUrl().isEmpty())
            QSKIP(qPrintable(PgTestDb::skipReason()));
    }

    void cleanupTestCase()
    {
        for (const QString &schema : std::as_const(m_schemas))
            PgTestDb::dropSchema(schema);
    }

    void opensAndConfigures()
    {
        const QString location = freshLocation();
        OPEN_OR_FAIL(db, location);
        QVERIFY(db->sql().isOpen());
        if (postgres()) {
            QCOMPARE(db->dialect(), Database::Dialect::Postgres);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT current_schema()")).toString(),
                     m_schemas.last());
        } else {
            QCOMPARE(db->dialect(), Database::Dialect::Sqlite);
            QCOMPARE(db->displayLocation(), location);
            QVERIFY(QFile::exists(location)); // the folder was created
            QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
            QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        }
        // The bookkeeping table exists from the start.
        QCOMPARE(appliedRows(*db, QStringLiteral("nothing")), 0);
        QCOMPARE(db->schemaVersion(QStringLiteral("nothing")).value(), 0);
    }

    void migrationsAppliedOnce()
    {
        const QString location = freshLocation();
        {
            OPEN_OR_FAIL(db, location);
            QVERIFY(!db->migrate(QStringLiteral("testmod"), secondVersion()));
            QCOMPARE(db->schemaVersion(QStringLiteral("testmod")).value(), 2);
            QCOMPARE(appliedRows(*db, QStringLiteral("testmod")), 2);
            QVERIFY(execOk(*db, QStringLiteral("INSERT INTO t2 (id, t1_id) VALUES (1, 100)")));
            // Running them again changes nothing (the seed row would collide if it ran twice).
            QVERIFY(!db->migrate(QStringLiteral("testmod"), secondVersion()));
            QCOMPARE(appliedRows(*db, QStringLiteral("testmod")), 2);
        }
        // Re-opening is idempotent too, and the data is still there.
        OPEN_OR_FAIL(db, location);
        QVERIFY(!db->migrate(QStringLiteral("testmod"), secondVersion()));
        QCOMPARE(appliedRows(*db, QStringLiteral("testmod")), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM t1")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM t2")).toInt(), 1);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT description FROM schema_migrations WHERE module "
                                       "= ? AND version = 2"),
                        {QStringLiteral("testmod")})
                     .toString(),
                 QStringLiteral("create t2 and seed t1"));
    }

    void laterMigrationsApplyIncrementally()
    {
        const QString location = freshLocation();
        {
            OPEN_OR_FAIL(db, location);
            QVERIFY(!db->migrate(QStringLiteral("testmod"), firstVersion()));
            QVERIFY(execOk(*db, QStringLiteral("INSERT INTO t1 (id, name) VALUES (1, 'kept')")));
            QCOMPARE(db->schemaVersion(QStringLiteral("testmod")).value(), 1);
        }
        OPEN_OR_FAIL(db, location);
        QVERIFY(!db->migrate(QStringLiteral("testmod"), secondVersion()));
        QCOMPARE(db->schemaVersion(QStringLiteral("testmod")).value(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM t1 WHERE id = 1")).toString(),
                 QStringLiteral("kept"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM t1")).toInt(), 2);
    }

    void newerSchemaRefused()
    {
        const QString location = freshLocation();
        {
            OPEN_OR_FAIL(db, location);
            QVERIFY(!db->migrate(QStringLiteral("testmod"), secondVersion()));
        }
        OPEN_OR_FAIL(db, location);
        const std::optional<Error> err = db->migrate(QStringLiteral("testmod"), firstVersion());
        QVERIFY(err);
        QVERIFY2(err->message.contains(QStringLiteral("version 2 of the testmod schema, newer "
                                                      "than version 1")),
                 qPrintable(err->message));
        QVERIFY(err->message.contains(db->displayLocation()));
        // Nothing was touched, and the connection is still usable.
        QCOMPARE(db->schemaVersion(QStringLiteral("testmod")).value(), 2);
        QCOMPARE(appliedRows(*db, QStringLiteral("testmod")), 2);
    }

    void failedMigrationRollsBack()
    {
        OPEN_OR_FAIL(db, freshLocation());
        QList<Migration> list = firstVersion();
        list.append(
            migration(2, QStringLiteral("broken"), {QStringLiteral("CREATE TABLE broken (")}));
        const std::optional<Error> err = db->migrate(QStringLiteral("testmod"), list);
        QVERIFY(err);
        QVERIFY2(err->message.startsWith(QStringLiteral("migration 2 of testmod (broken) failed")),
                 qPrintable(err->message));
        // One transaction: migration 1 went with it.
        QCOMPARE(db->schemaVersion(QStringLiteral("testmod")).value(), 0);
        QVERIFY(!execOk(*db, QStringLiteral("SELECT COUNT(*) FROM t1")));
        QVERIFY(!db->migrate(QStringLiteral("testmod"), firstVersion()));
        QCOMPARE(db->schemaVersion(QStringLiteral("testmod")).value(), 1);
    }

    void modulesHaveTheirOwnVersions()
    {
        OPEN_OR_FAIL(db, freshLocation());
        const QList<Migration> alpha{
            migration(1, QStringLiteral("a1"), {QStringLiteral("CREATE TABLE alpha1 (x TEXT)")}),
            migration(2, QStringLiteral("a2"), {QStringLiteral("CREATE TABLE alpha2 (x TEXT)")})};
        const QList<Migration> beta{
            migration(1, QStringLiteral("b1"), {QStringLiteral("CREATE TABLE beta1 (x TEXT)")})};
        QVERIFY(!db->migrate(QStringLiteral("alpha"), alpha));
        QVERIFY(!db->migrate(QStringLiteral("beta"), beta));
        QCOMPARE(db->schemaVersion(QStringLiteral("alpha")).value(), 2);
        QCOMPARE(db->schemaVersion(QStringLiteral("beta")).value(), 1);
        QVERIFY(execOk(*db, QStringLiteral("SELECT x FROM beta1")));
        QVERIFY(execOk(*db, QStringLiteral("SELECT x FROM alpha2")));
    }

    void dialectVariantsChosen()
    {
        OPEN_OR_FAIL(db, freshLocation());
        // Each variant is invalid on the other engine, so only the right choice succeeds.
        const QList<Migration> list{migration(
            1, QStringLiteral("blobs"),
            {QStringLiteral(
                "CREATE TABLE blobs (id INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB)")},
            {QStringLiteral("CREATE TABLE blobs (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                            "PRIMARY KEY, data BYTEA)")})};
        QVERIFY(!db->migrate(QStringLiteral("blobs"), list));
        const QByteArray bytes("\x00\x01\xff\x80zz", 6);
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("INSERT INTO blobs (data) VALUES (?)"));
        q.addBindValue(bytes);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT data FROM blobs")).toByteArray(), bytes);
    }

    void registeredMigrationsRunAtOpen()
    {
        Database::registerMigrations(
            QStringLiteral("registered"),
            {migration(1, QStringLiteral("r1"),
                       {QStringLiteral("CREATE TABLE registered_table (x TEXT)")})});
        QVERIFY(Database::registeredModules().contains(QStringLiteral("registered")));
        const QString location = freshLocation();
        {
            OPEN_OR_FAIL(db, location);
            QCOMPARE(db->schemaVersion(QStringLiteral("registered")).value(), 1);
            QVERIFY(execOk(*db, QStringLiteral("SELECT x FROM registered_table")));
        }
        OPEN_OR_FAIL(db, location);
        QCOMPARE(appliedRows(*db, QStringLiteral("registered")), 1);
    }

    void invalidMigrationListsRefused_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QList<int>>("versions");
        QTest::addColumn<bool>("emptyStatements");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("version zero") << "mod" << QList<int>{0} << false << "version 0 is not";
        QTest::newRow("not increasing")
            << "mod" << QList<int>{1, 3, 2} << false << "version 2 is not";
        QTest::newRow("duplicate") << "mod" << QList<int>{1, 1} << false << "version 1 is not";
        QTest::newRow("no statements") << "mod" << QList<int>{1} << true << "version 1 is not";
        QTest::newRow("bad module name")
            << "Alerts!" << QList<int>{1} << false << "module name \"Alerts!\"";
    }

    void invalidMigrationListsRefused()
    {
        QFETCH(QString, module);
        QFETCH(QList<int>, versions);
        QFETCH(bool, emptyStatements);
        QFETCH(QString, messagePart);
        OPEN_OR_FAIL(db, freshLocation());
        QList<Migration> list;
        for (int v : versions) {
            list.append(migration(
                v, QStringLiteral("m"),
                emptyStatements
                    ? QStringList()
                    : QStringList{QStringLiteral("CREATE TABLE t%1 (x TEXT)").arg(list.size())}));
        }
        const std::optional<Error> err = db->migrate(module, list);
        QVERIFY(err);
        QVERIFY2(err->message.contains(messagePart), qPrintable(err->message));
    }

    void foreignKeysEnforced()
    {
        OPEN_OR_FAIL(db, freshLocation());
        QVERIFY(!db->migrate(QStringLiteral("testmod"), secondVersion()));
        QVERIFY(!execOk(*db, QStringLiteral("INSERT INTO t2 (id, t1_id) VALUES (1, 999)")));
        QVERIFY(execOk(*db, QStringLiteral("INSERT INTO t2 (id, t1_id) VALUES (1, 100)")));
    }

    void instancesHaveTheirOwnConnections()
    {
        const QString location = freshLocation();
        OPEN_OR_FAIL(first, location);
        QVERIFY(!first->migrate(QStringLiteral("testmod"), firstVersion()));
        {
            OPEN_OR_FAIL(second, location);
            QVERIFY(first->connectionName() != second->connectionName());
            QVERIFY(execOk(*second, QStringLiteral("INSERT INTO t1 (id, name) VALUES (7, 'x')")));
            QCOMPARE(scalar(*first, QStringLiteral("SELECT name FROM t1 WHERE id = 7")).toString(),
                     QStringLiteral("x"));
        }
        QVERIFY(!QSqlDatabase::connectionNames().isEmpty());
        QCOMPARE(scalar(*first, QStringLiteral("SELECT COUNT(*) FROM t1")).toInt(), 1);
    }

    void transactionMisuseReported()
    {
        OPEN_OR_FAIL(db, freshLocation());
        QVERIFY(db->commit());
        QVERIFY(!db->beginWrite());
        const std::optional<Error> twice = db->beginWrite();
        QVERIFY(twice);
        QVERIFY(twice->message.contains(QStringLiteral("already open")));
        QVERIFY(!db->commit());
        QVERIFY(!db->beginWrite());
        db->rollback();
        QVERIFY(!db->beginWrite());
        QVERIFY(!db->commit());
    }

    void sqliteOpenErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a folder") << "folder"
                                  << "it is a folder";
        QTest::newRow("parent is a file") << "parentfile"
                                          << "cannot create the folder";
        QTest::newRow("not a database") << "garbage"
                                        << "not a database";
        QTest::newRow("no name") << "empty"
                                 << "no file name given";
    }

    void sqliteOpenErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        if (postgres())
            QSKIP("SQLite file errors are checked on the sqlite row");
        QString path;
        if (kind == QLatin1String("folder")) {
            path = m_dir.filePath(QStringLiteral("a-folder"));
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("parentfile")) {
            QFile f(m_dir.filePath(QStringLiteral("plain-file")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            path = f.fileName() + QStringLiteral("/x.db");
        } else if (kind == QLatin1String("garbage")) {
            QFile f(m_dir.filePath(QStringLiteral("garbage.db")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
            path = f.fileName();
        }
        const auto result = Database::open(path);
        QVERIFY(!result.ok());
        const QString message = result.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("cannot open database %1: ").arg(path)),
                 qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void postgresUrlErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown parameter") << "postgresql://u@127.0.0.1:1/db?pasword=x"
                                           << "unknown parameter \"pasword\"";
        QTest::newRow("no database name") << "postgresql://u@127.0.0.1:1/"
                                          << "names no database";
        QTest::newRow("bad schema name") << "postgresql://u@127.0.0.1:1/db?schema=a;drop"
                                         << "not a plain SQL name";
        QTest::newRow("server not there, password hidden")
            << "postgresql://alice:s3cret@127.0.0.1:1/db?connect_timeout=2"
            << "cannot open database postgresql://alice@127.0.0.1:1/db";
    }

    void postgresUrlErrors()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        if (postgres())
            QSKIP("URL handling needs no server and is checked on the sqlite row");
        const auto result = Database::open(url);
        QVERIFY(!result.ok());
        const QString message = result.error().message;
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("s3cret")), qPrintable(message));
        QVERIFY(message.startsWith(QStringLiteral("cannot open database postgresql://")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
