#include "databaselease.h"

#include "database.h"

#include "models/core/logging.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace Wk {

DatabaseLease::DatabaseLease(Database *db, const QString &name, Clock *clock, qint64 retryMs,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_name(name)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_retryMs(std::max<qint64>(1000, retryMs))
{
    check();
}

DatabaseLease::~DatabaseLease()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    if (m_held && m_db && m_db->isPostgres()) {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        q.addBindValue(keyFor(m_name));
        q.exec();
    }
}

qint64 DatabaseLease::keyFor(const QString &name)
{
    const QByteArray digest = QCryptographicHash::hash(
        (QStringLiteral("watchkeeper:") + name).toUtf8(), QCryptographicHash::Sha1);
    return qFromBigEndian<qint64>(digest.constData());
}

void DatabaseLease::check()
{
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
    if (!m_db || !m_db->isPostgres()) {
        setHeld(m_db != nullptr); // a desktop's own SQLite file: nobody else sends
        return;
    }
    QSqlQuery q(m_db->sql());
    if (m_held) {
        // Still connected means still held: the server frees the lock with the connection.
        if (!q.exec(QStringLiteral("SELECT 1"))) {
            qCWarning(lcStorage).noquote()
                << tr("lease \"%1\" given up: %2").arg(m_name, q.lastError().text());
            setHeld(false);
        }
    } else {
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
        q.addBindValue(keyFor(m_name));
        if (q.exec() && q.next())
            setHeld(q.value(0).toBool());
    }
    m_timer = m_clock->callAfter(m_retryMs, this, [this] {
        m_timer = 0;
        check();
    });
}

void DatabaseLease::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    Q_EMIT heldChanged(held);
}

} // namespace Wk
