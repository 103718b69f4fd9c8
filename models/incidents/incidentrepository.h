#pragma once

#include "incidentchange.h"
#include "incidentwriteresult.h"
#include "models/core/clock.h"
#include "models/storage/database.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDriver>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Wk {

// The incidents of one database, shared by every client of it, with their timelines.
//
// Every change is one transaction (SQLite: WAL, BEGIN IMMEDIATE), so a crash keeps every
// committed change. Edits of fields carry the version their author saw; a stale one is refused
// with "changed by X at T" and the current state (see IncidentChange). Changes by other clients
// show up as changed(id): on PostgreSQL through LISTEN/NOTIFY, on SQLite by polling
// PRAGMA data_version (a cheap counter) every pollIntervalMs.
//
// While the database is unreachable the repository keeps the last state, says so (isOnline(),
// connectionChanged()), and, when an offline folder is set, queues changes in a file there,
// showing them as pending. It retries every reconnectIntervalMs; on reconnecting it applies the
// queue in order, each change exactly once, refusing (changeRefused()) those that now conflict.
//
// Tables (module "incidents"): incidents (one row per incident; lists as JSON text) and
// incident_timeline (append-only; change_uid makes a replayed change idempotent).
class IncidentRepository final : public QObject
{
    Q_OBJECT
public:
    using Connector = std::function<Result<std::unique_ptr<Database>>()>;

    struct Options
    {
        // Where the incidents are: a file path or a postgresql:// URL (see Database::open).
        QString location;
        // A folder for the offline queue (queue.json) and the last known state
        // (snapshot.json), one per database. Empty: no offline mode; writes fail while the
        // database is unreachable.
        QString offlineDir;
        // The name on the timeline; empty: the OS user ($USER).
        QString operatorName;
        qint64 pollIntervalMs = 500;
        qint64 reconnectIntervalMs = 2000;
        // Opens the database; default Database::open(location). Tests use it to keep a
        // database unreachable.
        Connector connector;
    };

    static QString module() { return QStringLiteral("incidents"); }
    static QList<Migration> migrations();
    // The PostgreSQL notification channel; the payload is the incident id.
    static QString notificationChannel() { return QStringLiteral("wk_incidents"); }

    // Opens the database and loads every incident. When the database is unreachable and an
    // offline folder is set, starts offline with the last known state (and its queue) instead.
    static Result<std::unique_ptr<IncidentRepository>> open(Options options, Clock *clock);
    // The same over a database already open (the repository owns it from now on);
    // options.location is still used to reconnect.
    static Result<std::unique_ptr<IncidentRepository>> open(std::unique_ptr<Database> database,
                                                            Options options, Clock *clock);
    ~IncidentRepository() override;

    // ---- reading: the last known state, with queued changes applied (marked pending) ----
    QList<Incident> incidents() const;
    std::optional<Incident> incident(qint64 id) const;
    QList<qint64> ids() const { return m_view.keys(); }

    // ---- writing ----
    // Applies `change` (who and when are filled in from the operator and the clock). Checked
    // changes need the version the author saw in change.baseVersion.
    IncidentWriteResult submit(IncidentChange change);
    // Shorthands that take the version of the incident as this repository shows it now.
    IncidentWriteResult openIncident(const QString &title, IncidentSeverity severity,
                                     const QString &commander = {}, const QString &impact = {});
    IncidentWriteResult moveStage(qint64 id, IncidentStage stage);
    IncidentWriteResult setSeverity(qint64 id, IncidentSeverity severity);
    IncidentWriteResult setCommander(qint64 id, const QString &commander);
    IncidentWriteResult addNote(qint64 id, const QString &text);
    IncidentWriteResult acknowledge(qint64 id);
    // The version this repository shows for `id` (0 when unknown), for building changes.
    int versionOf(qint64 id) const;
    // The active incident (Detection to Resolution) a firing of `alert` belongs to: one that
    // links it or another alert of its instance (the most severe, then the oldest).
    std::optional<qint64> activeIncidentFor(const Incident::LinkedAlert &alert) const;

    QString operatorName() const { return m_operator; }
    void setOperatorName(const QString &name);
    // The OS user ($USER, else $USERNAME), the default operator name.
    static QString systemUserName();

    // ---- connection ----
    bool isOnline() const { return m_db != nullptr; }
    // Why the database is unreachable ("cannot open database ...: connection refused"), or
    // empty while online.
    QString connectionMessage() const { return m_connectionMessage; }
    // The open database, nullptr while offline. Not owned by the caller.
    Database *database() const { return m_db.get(); }
    int queuedCount() const { return int(m_queue.size()); }
    QList<IncidentChange> queuedChanges() const { return m_queue; }
    // Tries to reach the database now rather than at the next retry; true when online after.
    bool reconnect();
    // A timed retry is trying the database on a worker thread (see tryInBackground).
    bool isReconnecting() const { return m_probe != nullptr; }
    // Reads every incident again (after a restart of the other side, or to be sure).
    std::optional<Error> reload();
    // Checks for changes by other clients now (what the poll timer does).
    void checkForChanges();

Q_SIGNALS:
    // An incident appeared or changed, here or in another client; when incident(id) is empty
    // it went away (an offline id that got its stored one, see incidentRenumbered()).
    void changed(qint64 incidentId);
    // An incident created while offline (id < 0) got its stored id.
    void incidentRenumbered(qint64 oldId, qint64 newId);
    void connectionChanged(bool online, const QString &message);
    void queueChanged(int queued);
    // A queued change could not be applied on reconnecting; `message` says why and by whom.
    void changeRefused(const Wk::IncidentChange &change, const QString &message,
                       const Wk::Incident &current);

private:
    IncidentRepository(Options options, Clock *clock);
    void attach(std::unique_ptr<Database> db);
    void goOffline(const QString &why);
    void scheduleReconnect();
    // The timed retry: connecting can wait the whole connect timeout when the server does not
    // answer (a network that drops packets), so a first try runs on a worker thread and keeps
    // the window responsive; only when it got through does reconnect() connect here.
    void tryInBackground();
    void schedulePoll();
    void poll();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    bool probe();
    QString lastErrorText() const;

    IncidentWriteResult write(IncidentChange change);
    IncidentWriteResult writeOnline(const IncidentChange &change, bool checkApplied,
                                    bool *connectionLost);
    IncidentWriteResult enqueue(IncidentChange change);
    void replayQueue();

    Result<QMap<qint64, Incident>> loadAll();
    Result<std::optional<Incident>> loadOne(qint64 id, bool forUpdate);
    Result<QList<TimelineEntry>> loadTimeline(qint64 id);
    std::optional<Error> insertIncident(Incident &incident);
    std::optional<Error> updateIncident(const Incident &incident, int oldVersion);
    std::optional<Error> insertEntries(qint64 incidentId, QList<TimelineEntry> &entries,
                                       const QString &changeUid);
    Result<std::optional<qint64>> appliedBefore(const QString &changeUid);
    Result<std::optional<qint64>> findActiveIncidentFor(const Incident::LinkedAlert &alert);
    Incident incidentFromRow(const QSqlQuery &q) const;

    void setStored(const Incident &incident);
    void rebuildView();
    // Rebuilds the view and emits changed() for every incident that differs, came or went.
    void rebuildViewAndNotify();
    void loadOfflineFiles();
    void saveQueue();
    void saveSnapshot() const;
    QString queuePath() const;
    QString snapshotPath() const;
    QString refusalMessage(const Incident &current, const IncidentChange &change) const;

    Options m_options;
    Clock *m_clock; // not owned
    std::unique_ptr<Database> m_db;
    QString m_operator;
    QString m_connectionMessage;
    QMap<qint64, Incident> m_stored; // the last state read from or written to the database
    QMap<qint64, Incident> m_view;   // m_stored with the queue applied
    QList<IncidentChange> m_queue;
    QHash<qint64, qint64> m_renumbered; // offline id -> stored id, for changes still queued
    qint64 m_nextOfflineId = -1;
    qint64 m_dataVersion = -1;
    qint64 m_pollCount = 0;
    Clock::TimerId m_pollTimer = 0;
    Clock::TimerId m_reconnectTimer = 0;
    QFutureWatcher<QString> *m_probe = nullptr; // a background try in flight
    bool m_replaying = false;
};

} // namespace Wk
