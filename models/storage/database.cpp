#include "database.h"

#include "models/core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace Wk {

namespace {

struct Registry
{
    QMutex mutex;
    QMap<QString, QList<Migration>> modules;
};

Registry &registry()
{
    static Registry r;
    return r;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("wk-db-%1").arg(++counter);
}

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return re.match(s).hasMatch();
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    const bool postgres = location.startsWith(QLatin1String("postgresql://")) ||
                          location.startsWith(QLatin1String("postgres://"));
    std::optional<Error> err = postgres ? db->openPostgres(location) : db->openSqlite(location);
    if (!err) {
        err = db->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                      " module VARCHAR(64) NOT NULL,"
                                      " version INTEGER NOT NULL,"
                                      " description TEXT NOT NULL,"
                                      " applied_at BIGINT NOT NULL,"
                                      " PRIMARY KEY (module, version))"));
    }
    if (!err)
        err = db->migrateRegistered();
    if (err)
        return *err;
    qCInfo(lcStorage).noquote() << "opened database" << db->m_display;
    return db;
}

Database::~Database()
{
    if (m_db.isValid()) {
        if (m_inTransaction)
            rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty() && QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<Error> Database::openSqlite(const QString &path)
{
    m_dialect = Dialect::Sqlite;
    m_display = path;
    const auto cannotOpen = [&](const QString &why) {
        return Error(tr("cannot open database %1: %2").arg(path, why));
    };
    if (path.isEmpty())
        return cannotOpen(tr("no file name given"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return cannotOpen(tr("the Qt SQLite driver (QSQLITE) is not installed"));
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (info.isDir())
            return cannotOpen(tr("it is a folder"));
        if (!QDir().mkpath(info.absolutePath()))
            return cannotOpen(tr("cannot create the folder %1").arg(info.absolutePath()));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return cannotOpen(m_db.lastError().text());
    // journal_mode answers with the mode in effect; an in-memory database stays "memory".
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return cannotOpen(q.lastError().text());
    const QString mode = q.value(0).toString();
    q.finish();
    if (mode != QLatin1String("wal") && path != QLatin1String(":memory:"))
        qCWarning(lcStorage).noquote() << path << "does not support WAL; journal mode is" << mode;
    for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return cannotOpen(q.lastError().text());
    }
    return std::nullopt;
}

std::optional<Error> Database::openPostgres(const QString &location)
{
    m_dialect = Dialect::Postgres;
    const QUrl url(location, QUrl::StrictMode);
    m_display =
        url.isValid() ? url.toString(QUrl::RemovePassword) : QStringLiteral("postgresql://");
    const auto cannotOpen = [&](const QString &why) {
        return Error(tr("cannot open database %1: %2").arg(m_display, why));
    };
    if (!url.isValid())
        return cannotOpen(tr("not a valid URL"));
    const QString dbName = url.path().mid(1);
    if (dbName.isEmpty() || dbName.contains(u'/'))
        return cannotOpen(tr("the URL names no database (postgresql://user@host:port/dbname)"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return cannotOpen(tr("the Qt PostgreSQL driver (QPSQL) is not installed"));

    static const QStringList passed{
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    QStringList options;
    QString schema;
    QString socketDir;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("schema")) {
            if (!isIdentifier(value))
                return cannotOpen(tr("schema \"%1\" is not a plain SQL name").arg(value));
            schema = value;
        } else if (key == QLatin1String("host")) {
            socketDir = value; // libpq: a folder holding the server's Unix socket
        } else if (passed.contains(key)) {
            // The driver joins options with spaces: a value must not break out of its own.
            if (value.isEmpty() ||
                value.contains(QRegularExpression(QStringLiteral("[\\s;'\\\\]"))))
                return cannotOpen(tr("parameter %1 has an unusable value").arg(key));
            options << key + u'=' + value;
        } else {
            return cannotOpen(tr("unknown parameter \"%1\"; known: %2")
                                  .arg(key, (passed + QStringList{QStringLiteral("schema"),
                                                                  QStringLiteral("host")})
                                                .join(QStringLiteral(", "))));
        }
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(socketDir.isEmpty() ? url.host(QUrl::FullyDecoded) : socketDir);
    m_db.setPort(url.port(5432));
    m_db.setDatabaseName(dbName);
    m_db.setUserName(url.userName(QUrl::FullyDecoded));
    m_db.setPassword(url.password(QUrl::FullyDecoded));
    if (!options.isEmpty())
        m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open())
        return cannotOpen(m_db.lastError().text().trimmed());
    QSqlQuery q(m_db);
    // Notices ("already exists, skipping") would go to stderr; warnings and errors still do.
    if (!q.exec(QStringLiteral("SET client_min_messages TO warning")))
        return cannotOpen(q.lastError().text().trimmed());
    if (!schema.isEmpty()) {
        const QString quoted = u'"' + schema + u'"';
        if (!q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoted) ||
            !q.exec(QStringLiteral("SET search_path TO ") + quoted))
            return cannotOpen(q.lastError().text().trimmed());
    }
    return std::nullopt;
}

void Database::registerMigrations(const QString &module, const QList<Migration> &migrations)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.modules.insert(module, migrations);
}

QStringList Database::registeredModules()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.modules.keys();
}

std::optional<Error> Database::migrateRegistered()
{
    QMap<QString, QList<Migration>> modules;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        modules = r.modules;
    }
    for (auto it = modules.cbegin(); it != modules.cend(); ++it) {
        if (auto err = migrate(it.key(), it.value()))
            return err;
    }
    return std::nullopt;
}

Result<int> Database::schemaVersion(const QString &module) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(version) FROM schema_migrations WHERE module = ?"));
    q.addBindValue(module);
    if (!q.exec() || !q.next())
        return error(tr("cannot read the schema version of %1").arg(module), q.lastError());
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

std::optional<Error> Database::migrate(const QString &module, const QList<Migration> &migrations)
{
    static const QRegularExpression moduleName(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!moduleName.match(module).hasMatch())
        return Error(tr("migration module name \"%1\" must be lower-case letters, digits and _")
                         .arg(module));
    int previous = 0;
    for (const Migration &m : migrations) {
        if (m.version <= previous || m.statements.isEmpty()) {
            return Error(tr("migrations of module %1 must be numbered upwards from 1 and each "
                            "have statements; version %2 is not")
                             .arg(module)
                             .arg(m.version));
        }
        previous = m.version;
    }
    const int known = previous;

    if (auto err = beginWrite())
        return err;
    const auto fail = [&](Error e) {
        rollback();
        return std::optional<Error>(std::move(e));
    };
    if (isPostgres()) {
        // Two desktops starting at once: the second waits here, then sees the first's work.
        if (auto err = exec(QStringLiteral("LOCK TABLE schema_migrations IN EXCLUSIVE MODE")))
            return fail(*err);
    }
    int current = 0;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT MAX(version) FROM schema_migrations WHERE module = ?"));
        q.addBindValue(module);
        if (!q.exec() || !q.next())
            return fail(
                error(tr("cannot read the schema version of %1").arg(module), q.lastError()));
        current = q.value(0).isNull() ? 0 : q.value(0).toInt();
    }
    if (current > known) {
        return fail(Error(tr("database %1 has version %2 of the %3 schema, newer than version %4 "
                             "that this Watchkeeper knows; use a newer Watchkeeper or another "
                             "database")
                              .arg(m_display)
                              .arg(current)
                              .arg(module)
                              .arg(known)));
    }
    int applied = 0;
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        const QStringList &statements =
            isPostgres() && !m.postgresStatements.isEmpty() ? m.postgresStatements : m.statements;
        for (const QString &statement : statements) {
            QSqlQuery q(m_db);
            if (!q.exec(statement)) {
                return fail(error(
                    tr("migration %1 of %2 (%3) failed").arg(m.version).arg(module, m.description),
                    q.lastError()));
            }
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (module, version, description, "
                                 "applied_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(module);
        q.addBindValue(m.version);
        q.addBindValue(m.description);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return fail(error(tr("cannot record migration %1 of %2").arg(m.version).arg(module),
                              q.lastError()));
        ++applied;
    }
    if (auto err = commit())
        return err;
    if (applied > 0) {
        qCInfo(lcStorage).noquote() << QStringLiteral("applied %1 migration(s) of %2 to %3; now "
                                                      "at version %4")
                                           .arg(applied)
                                           .arg(module, m_display)
                                           .arg(known);
    }
    return std::nullopt;
}

std::optional<Error> Database::beginWrite()
{
    if (m_inTransaction)
        return Error(tr("a transaction on %1 is already open").arg(m_display));
    if (auto err = exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return err;
    m_inTransaction = true;
    return std::nullopt;
}

std::optional<Error> Database::commit()
{
    if (!m_inTransaction)
        return Error(tr("no transaction on %1 to commit").arg(m_display));
    if (auto err = exec(QStringLiteral("COMMIT"))) {
        rollback();
        return err;
    }
    m_inTransaction = false;
    return std::nullopt;
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage).noquote()
            << "rollback on" << m_display << "failed:" << q.lastError().text();
    m_inTransaction = false;
}

std::optional<Error> Database::exec(const QString &statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement))
        return error(tr("cannot run \"%1\"").arg(statement.left(80)), q.lastError());
    return std::nullopt;
}

Error Database::error(const QString &what, const QSqlError &sqlError) const
{
    QString text = sqlError.text().trimmed();
    if (text.isEmpty())
        text = tr("unknown database error");
    return Error(tr("%1 (%2): %3").arg(what, m_display, text));
}

} // namespace Wk
