#pragma once

#include "migration.h"
#include "models/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>
#include <optional>

namespace Wk {

// The one wrapper over QSqlDatabase. SQLite by default (a file path; WAL, synchronous=NORMAL,
// foreign keys on), PostgreSQL from a URL for teams. Each instance has its own connection name,
// so several may be open at once; use one only from the thread that opened it, and destroy
// the repositories (and their queries) that use it first. Errors are values that name the
// database; the password never appears in a message or a log line.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::Database)
public:
    enum class Dialect { Sqlite, Postgres };

    // `location` is a file path (parent folders are created), ":memory:", or
    // postgresql://user:password@host:port/dbname with optional parameters sslmode,
    // sslrootcert, sslcert, sslkey, connect_timeout, application_name, and schema (created if
    // missing and put first on the search path). Runs every registered migration.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    // The location for messages: the path, or the URL without its password.
    const QString &displayLocation() const { return m_display; }
    const QString &connectionName() const { return m_connectionName; }
    // The connection, for QSqlQuery in repositories.
    QSqlDatabase sql() const { return m_db; }

    // Process-wide list of module migrations that open() applies; registering a module again
    // replaces its list. Call before open(), typically once at start-up per module.
    static void registerMigrations(const QString &module, const QList<Migration> &migrations);
    static QStringList registeredModules();

    // Applies the migrations of `module` newer than the database's version for it, in one
    // transaction. Refuses a database whose version for the module is newer than the newest
    // migration given (written by a newer Watchkeeper).
    std::optional<Error> migrate(const QString &module, const QList<Migration> &migrations);
    std::optional<Error> migrateRegistered();
    // The highest applied version of `module` (0 when none).
    Result<int> schemaVersion(const QString &module) const;

    // A write transaction: BEGIN IMMEDIATE on SQLite (takes the write lock at once, so two
    // processes queue rather than fail halfway), BEGIN on PostgreSQL.
    std::optional<Error> beginWrite();
    std::optional<Error> commit();
    void rollback();

    std::optional<Error> exec(const QString &statement);
    // "WHAT (LOCATION): DRIVER TEXT", for repositories reporting a failed query.
    Error error(const QString &what, const QSqlError &sqlError) const;

private:
    Database() = default;
    std::optional<Error> openSqlite(const QString &path);
    std::optional<Error> openPostgres(const QString &url);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_display;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_inTransaction = false;
};

} // namespace Wk
