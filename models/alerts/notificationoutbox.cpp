#include "notificationoutbox.h"

#include "models/storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Wk {

QList<Migration> NotificationOutbox::migrations()
{
    Migration first;
    first.version = 1;
    first.description = QStringLiteral("notifications waiting to be delivered");
    first.statements = {QStringLiteral("CREATE TABLE notification_outbox ("
                                       " uid VARCHAR(64) PRIMARY KEY,"
                                       " channel TEXT NOT NULL,"
                                       " recipient TEXT NOT NULL,"
                                       " notification TEXT NOT NULL,"
                                       " attempt INTEGER NOT NULL,"
                                       " next_at BIGINT NOT NULL,"
                                       " created_at BIGINT NOT NULL)")};
    first.postgresStatements = first.statements;
    return {first};
}

NotificationOutbox::NotificationOutbox(Database *db)
    : m_db(db)
{}

Result<std::unique_ptr<NotificationOutbox>> NotificationOutbox::open(Database *db)
{
    if (auto err = db->migrate(module(), migrations()))
        return *err;
    return std::unique_ptr<NotificationOutbox>(new NotificationOutbox(db));
}

std::optional<Error> NotificationOutbox::put(const Entry &e)
{
    if (auto err = m_db->beginWrite())
        return err;
    QSqlQuery del(m_db->sql());
    del.prepare(QStringLiteral("DELETE FROM notification_outbox WHERE uid = ?"));
    del.addBindValue(e.uid);
    QSqlQuery ins(m_db->sql());
    ins.prepare(QStringLiteral("INSERT INTO notification_outbox (uid, channel, recipient, "
                               "notification, attempt, next_at, created_at) VALUES (?, ?, ?, ?, "
                               "?, ?, ?)"));
    ins.addBindValue(e.uid);
    ins.addBindValue(e.channel);
    ins.addBindValue(e.recipient.isNull() ? QStringLiteral("") : e.recipient); // not NULL
    ins.addBindValue(
        QString::fromUtf8(QJsonDocument(e.notification.toJson()).toJson(QJsonDocument::Compact)));
    ins.addBindValue(e.attempt);
    ins.addBindValue(e.nextAtMs);
    ins.addBindValue(e.createdAtMs);
    if (!del.exec() || !ins.exec()) {
        const Error err =
            m_db->error(tr("cannot keep a notification for delivery"),
                        del.lastError().isValid() ? del.lastError() : ins.lastError());
        m_db->rollback();
        return err;
    }
    return m_db->commit();
}

std::optional<Error> NotificationOutbox::remove(const QString &uid)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("DELETE FROM notification_outbox WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return m_db->error(tr("cannot remove a delivered notification"), q.lastError());
    return std::nullopt;
}

Result<QList<NotificationOutbox::Entry>> NotificationOutbox::pending() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT uid, channel, recipient, notification, attempt, next_at, "
                               "created_at FROM notification_outbox ORDER BY created_at, uid")))
        return m_db->error(tr("cannot read the notifications waiting for delivery"), q.lastError());
    QList<Entry> out;
    while (q.next()) {
        const auto n = Notification::fromJson(
            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        if (!n)
            continue; // written by a newer version, or damaged: not ours to send
        Entry e;
        e.uid = q.value(0).toString();
        e.channel = q.value(1).toString();
        e.recipient = q.value(2).toString();
        e.notification = *n;
        e.attempt = q.value(4).toInt();
        e.nextAtMs = q.value(5).toLongLong();
        e.createdAtMs = q.value(6).toLongLong();
        out << e;
    }
    return out;
}

} // namespace Wk
