#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

// PostgreSQL for the storage tests: WK_TEST_POSTGRES_URL names a server (the test servers
// script starts one on loopback). Each test works in a schema of its own, made unique by the
// process id, and drops it afterwards, so tests never see each other's tables.
namespace PgTestDb {

inline QString serverUrl()
{
    return qEnvironmentVariable("WK_TEST_POSTGRES_URL");
}

inline QString skipReason()
{
    return QStringLiteral("WK_TEST_POSTGRES_URL is not set; set it to a PostgreSQL URL (for "
                          "example postgresql://postgres@127.0.0.1:55432/postgres) to run the "
                          "PostgreSQL path");
}

// A fresh schema name and the server URL that selects it.
inline QString urlWithFreshSchema(QString *schemaOut)
{
    static std::atomic<int> counter{0};
    const QString schema =
        QStringLiteral("wk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QUrl url(serverUrl());
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("schema"), schema);
    url.setQuery(query);
    if (schemaOut)
        *schemaOut = schema;
    return url.toString();
}

inline void dropSchema(const QString &schema)
{
    const QUrl url(serverUrl());
    const QString name = QStringLiteral("wk-test-cleanup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages TO warning"));
            q.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace PgTestDb
