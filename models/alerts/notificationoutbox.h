#pragma once

#include "notification.h"

#include "models/core/result.h"
#include "models/storage/migration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Wk {

class Database;

// Notifications on their way out, kept in the database until they are delivered or given up,
// so that a restart (or another desktop of the team taking over the sending) carries on with a
// page that was waiting for a retry. Rows are written when a notification is queued, updated
// when a retry is scheduled, and removed with its last outcome.
class NotificationOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::NotificationOutbox)
public:
    struct Entry
    {
        QString uid; // unique per notification and recipient
        QString channel;
        QString recipient;
        Notification notification;
        int attempt = 0;     // attempts made so far
        qint64 nextAtMs = 0; // when to try next (0: at once)
        qint64 createdAtMs = 0;
    };

    static QString module() { return QStringLiteral("notification_outbox"); }
    static QList<Migration> migrations();
    // db is not owned and must outlive the outbox.
    static Result<std::unique_ptr<NotificationOutbox>> open(Database *db);

    std::optional<Error> put(const Entry &entry); // insert or replace by uid
    std::optional<Error> remove(const QString &uid);
    Result<QList<Entry>> pending() const; // oldest first

private:
    explicit NotificationOutbox(Database *db);
    Database *m_db; // not owned
};

} // namespace Wk
