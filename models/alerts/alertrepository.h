#pragma once

#include "acknowledgement.h"
#include "alerthistoryentry.h"
#include "auditentry.h"
#include "maintenancewindow.h"
#include "silence.h"

#include "models/core/result.h"
#include "models/storage/migration.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Wk {

class Database;

// The alerts module's tables: acknowledgements, local silences, maintenance windows, alert
// history (state transitions and escalation steps) and the audit log. Every change a user makes
// is written with its audit line in one transaction that is committed before the call returns,
// so it survives a restart or a killed process. SQLite or PostgreSQL, through Database.
class AlertRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::AlertRepository)
public:
    static QString module() { return QStringLiteral("alerts"); }
    static QList<Migration> migrations();

    // Applies the module's migrations. db is not owned and must outlive the repository.
    static Result<std::unique_ptr<AlertRepository>> open(Database *db);
    Database *database() const { return m_db; }

    // Acknowledgements.
    Result<QList<Acknowledgement>> openAcks() const; // not ended (expired ones included)
    Result<QList<Acknowledgement>> acksOf(quint64 fingerprint, int limit = 50) const;
    Result<qint64> insertAck(const Acknowledgement &ack, const AuditEntry &audit);
    std::optional<Error> endAck(qint64 id, qint64 atMs, Acknowledgement::EndReason reason,
                                const QString &by, const AuditEntry &audit);
    std::optional<Error> setAckSilence(qint64 id, const QString &silenceId);

    // Local silences. Every listed silence is inserted or replaced, with the audit line.
    Result<QList<Silence>> silences() const;
    std::optional<Error> writeSilences(const QList<Silence> &silences, const AuditEntry &audit);
    // Drops silences that expired before beforeMs (Alertmanager keeps them 5 days).
    Result<int> purgeSilences(qint64 beforeMs);

    // Maintenance windows (removed ones are kept, marked, for the record).
    Result<QList<MaintenanceWindow>> maintenanceWindows() const;
    Result<qint64> insertWindow(const MaintenanceWindow &window, const AuditEntry &audit);
    std::optional<Error> updateWindow(const MaintenanceWindow &window, const AuditEntry &audit);
    std::optional<Error> removeWindow(qint64 id, qint64 atMs, const AuditEntry &audit);

    // Alert history.
    std::optional<Error> appendHistory(const QList<AlertHistoryEntry> &entries);
    Result<QList<AlertHistoryEntry>> history(quint64 fingerprint, int limit = 100) const;
    // The alerts whose last recorded transition is pending or firing, worst severity first.
    Result<QList<AlertHistoryEntry>> lastRecordedActive() const;
    // The escalation steps recorded for `fingerprint` from `sinceMs` on (one firing episode).
    Result<QList<AlertHistoryEntry>> escalationsSince(quint64 fingerprint, qint64 sinceMs) const;
    Result<int> pruneHistory(qint64 beforeMs);

    // Audit log.
    std::optional<Error> appendAudit(const AuditEntry &entry);
    // Oldest first; entries with an id above afterId; limit < 0 for all.
    Result<QList<AuditEntry>> auditEntries(qint64 afterId = 0, int limit = -1) const;
    // The newest audit id (0 when empty): every change writes one, so a change of this number
    // tells another process that acks, silences or windows changed.
    Result<qint64> lastAuditId() const;

private:
    explicit AlertRepository(Database *db);
    std::optional<Error> inTransaction(const std::function<std::optional<Error>()> &work);
    std::optional<Error> insertAudit(const AuditEntry &entry);
    Result<qint64> insertReturningId(QSqlQuery &q, const QString &what);
    // The history rows a clause (WHERE ... ORDER BY ...) picks, with its bound values.
    Result<QList<AlertHistoryEntry>> readHistory(const QString &where,
                                                 const QVariantList &values = {}) const;

    Database *m_db; // not owned
};

} // namespace Wk
