#pragma once

#include "models/core/clock.h"

#include <QObject>
#include <QString>

namespace Wk {

class Database;

// A team-wide lease through the shared database, so that one of several desktops does a job
// (sending notifications): on PostgreSQL a session advisory lock named after the job, which
// the server gives to one connection and frees when that connection ends; on SQLite (one
// desktop's own file) the lease is always held. A desktop without the lease tries again every
// retryMs on the injected clock, and one that loses its connection gives the lease up.
class DatabaseLease final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultRetryMs = 15'000;

    // db and clock are not owned and must outlive the lease. Tries at once.
    DatabaseLease(Database *db, const QString &name, Clock *clock, qint64 retryMs = DefaultRetryMs,
                  QObject *parent = nullptr);
    ~DatabaseLease() override;

    bool isHeld() const { return m_held; }
    QString name() const { return m_name; }
    // The advisory lock's key: the first 8 bytes of SHA-1("watchkeeper:" + name).
    static qint64 keyFor(const QString &name);

    // Asks the database now (also what the timer does).
    void check();

Q_SIGNALS:
    void heldChanged(bool held);

private:
    void setHeld(bool held);

    Database *m_db; // not owned
    QString m_name;
    Clock *m_clock; // not owned
    qint64 m_retryMs;
    Clock::TimerId m_timer = 0;
    bool m_held = false;
};

} // namespace Wk
