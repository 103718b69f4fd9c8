#pragma once

#include "notificationdelivery.h"

#include "models/core/result.h"
#include "models/storage/migration.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Wk {

class Database;

// The notification delivery log in the database: what was sent where and when, what failed
// and why, so that "did the page go out?" has an answer after a restart too. Kept for
// RetentionMs; the program shows the newest rows at start.
class NotificationLogStore final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::NotificationLogStore)
public:
    static constexpr qint64 RetentionMs = 30ll * 24 * 3'600'000;

    static QString module() { return QStringLiteral("notification_log"); }
    static QList<Migration> migrations();
    // db is not owned and must outlive the store.
    static Result<std::unique_ptr<NotificationLogStore>> open(Database *db);

    std::optional<Error> append(const NotificationDelivery &delivery);
    // The newest `limit` rows, oldest first.
    Result<QList<NotificationDelivery>> recent(int limit) const;
    Result<int> prune(qint64 beforeMs);

private:
    explicit NotificationLogStore(Database *db);
    Database *m_db; // not owned
};

} // namespace Wk
