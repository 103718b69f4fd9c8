#include "alertrepository.h"

#include "alertmanagercodec.h"
#include "alertstatus.h"

#include "models/storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Wk {

namespace {

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray arrayFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QVariant nullableInt64(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; text columns here are NOT NULL, so it goes in as ''.
void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
}

const char *const AckColumns = "id, fingerprint, alertname, labels, acked_by, acked_at, "
                               "expires_at, note, ended_at, end_reason, ended_by, silence_id";

Acknowledgement ackFrom(const QSqlQuery &q)
{
    Acknowledgement a;
    a.id = q.value(0).toLongLong();
    a.fingerprint = Alert::fingerprintFromString(q.value(1).toString()).value_or(0);
    a.alertName = q.value(2).toString();
    a.labels = AlertmanagerCodec::labelsFromJson(objectFrom(q.value(3).toString()));
    a.by = q.value(4).toString();
    a.atMs = q.value(5).toLongLong();
    a.expiresAtMs = q.value(6).toLongLong();
    a.note = q.value(7).toString();
    if (!q.value(8).isNull())
        a.endedAtMs = q.value(8).toLongLong();
    a.endReason = Acknowledgement::endReasonFromName(q.value(9).toString());
    a.endedBy = q.value(10).toString();
    a.silenceId = q.value(11).toString();
    return a;
}

const char *const WindowColumns =
    "id, name, kind, starts_at, ends_at, weekdays, start_time, duration_ms, time_zone, "
    "matchers, suppress_critical, created_by, comment, created_at, updated_at";

MaintenanceWindow windowFrom(const QSqlQuery &q)
{
    MaintenanceWindow w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.kind = MaintenanceWindow::kindFromName(q.value(2).toString())
                 .value_or(MaintenanceWindow::Kind::OneOff);
    w.startsAtMs = q.value(3).toLongLong();
    w.endsAtMs = q.value(4).toLongLong();
    w.weekdays = q.value(5).toInt();
    w.startTime = QTime::fromString(q.value(6).toString(), QStringLiteral("HH:mm:ss"));
    w.durationMs = q.value(7).toLongLong();
    w.timeZone = q.value(8).toString().toUtf8();
    if (Result<LabelMatchers> m =
            AlertmanagerCodec::matchersFromJson(arrayFrom(q.value(9).toString()));
        m)
        w.matchers = m.value();
    w.suppressCritical = q.value(10).toInt() != 0;
    w.createdBy = q.value(11).toString();
    w.comment = q.value(12).toString();
    w.createdAtMs = q.value(13).toLongLong();
    w.updatedAtMs = q.value(14).toLongLong();
    return w;
}

QVariantList windowValues(const MaintenanceWindow &w)
{
    return {w.name,
            MaintenanceWindow::kindName(w.kind),
            w.startsAtMs,
            w.endsAtMs,
            w.weekdays,
            w.startTime.isValid() ? w.startTime.toString(QStringLiteral("HH:mm:ss")) : QString(),
            w.durationMs,
            QString::fromUtf8(w.timeZone),
            toJson(AlertmanagerCodec::matchersToJson(w.matchers)),
            w.suppressCritical ? 1 : 0,
            w.createdBy,
            w.comment,
            w.createdAtMs,
            w.updatedAtMs};
}

const char *const HistoryColumns = "id, fingerprint, at_ms, event, alertname, labels, "
                                   "annotations, value, active_at, detail, step";

AlertHistoryEntry historyFrom(const QSqlQuery &q)
{
    AlertHistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.fingerprint = Alert::fingerprintFromString(q.value(1).toString()).value_or(0);
    e.atMs = q.value(2).toLongLong();
    e.event = q.value(3).toString();
    e.alertName = q.value(4).toString();
    e.labels = AlertmanagerCodec::labelsFromJson(objectFrom(q.value(5).toString()));
    e.annotations = AlertmanagerCodec::mapFromJson(objectFrom(q.value(6).toString()));
    e.value = q.value(7).isNull() ? std::nan("") : q.value(7).toDouble();
    e.activeAtMs = q.value(8).toLongLong();
    e.detail = q.value(9).toString();
    e.step = q.value(10).toInt();
    return e;
}

AuditEntry auditFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.target = q.value(4).toString();
    e.details = q.value(5).toString();
    e.reason = q.value(6).toString();
    return e;
}

} // namespace

QList<Migration> AlertRepository::migrations()
{
    // %1: the type of an automatic row id.
    const auto statements = [](const QString &idType) {
        return QStringList{
            QStringLiteral("CREATE TABLE alert_acks ("
                           " id %1,"
                           " fingerprint VARCHAR(16) NOT NULL,"
                           " alertname TEXT NOT NULL,"
                           " labels TEXT NOT NULL,"
                           " acked_by TEXT NOT NULL,"
                           " acked_at BIGINT NOT NULL,"
                           " expires_at BIGINT NOT NULL,"
                           " note TEXT NOT NULL,"
                           " ended_at BIGINT,"
                           " end_reason VARCHAR(16),"
                           " ended_by TEXT,"
                           " silence_id VARCHAR(64))")
                .arg(idType),
            QStringLiteral("CREATE INDEX alert_acks_fingerprint ON alert_acks (fingerprint, id)"),
            QStringLiteral("CREATE TABLE alert_silences ("
                           " id VARCHAR(64) PRIMARY KEY,"
                           " matchers TEXT NOT NULL,"
                           " starts_at BIGINT NOT NULL,"
                           " ends_at BIGINT NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " comment TEXT NOT NULL,"
                           " updated_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE alert_maintenance ("
                           " id %1,"
                           " name TEXT NOT NULL,"
                           " kind VARCHAR(8) NOT NULL,"
                           " starts_at BIGINT NOT NULL,"
                           " ends_at BIGINT NOT NULL,"
                           " weekdays INTEGER NOT NULL,"
                           " start_time VARCHAR(8) NOT NULL,"
                           " duration_ms BIGINT NOT NULL,"
                           " time_zone TEXT NOT NULL,"
                           " matchers TEXT NOT NULL,"
                           " suppress_critical INTEGER NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " comment TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL,"
                           " updated_at BIGINT NOT NULL,"
                           " removed_at BIGINT)")
                .arg(idType),
            QStringLiteral("CREATE TABLE alert_history ("
                           " id %1,"
                           " fingerprint VARCHAR(16) NOT NULL,"
                           " at_ms BIGINT NOT NULL,"
                           " event VARCHAR(16) NOT NULL,"
                           " alertname TEXT NOT NULL,"
                           " labels TEXT NOT NULL,"
                           " annotations TEXT NOT NULL,"
                           " value DOUBLE PRECISION,"
                           " active_at BIGINT NOT NULL,"
                           " detail TEXT NOT NULL)")
                .arg(idType),
            QStringLiteral(
                "CREATE INDEX alert_history_fingerprint ON alert_history (fingerprint, id)"),
            QStringLiteral("CREATE INDEX alert_history_time ON alert_history (at_ms)"),
            QStringLiteral("CREATE TABLE alert_audit ("
                           " id %1,"
                           " at_ms BIGINT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action VARCHAR(32) NOT NULL,"
                           " target TEXT NOT NULL,"
                           " details TEXT NOT NULL,"
                           " reason TEXT NOT NULL)")
                .arg(idType),
        };
    };
    Migration first;
    first.version = 1;
    first.description =
        QStringLiteral("acknowledgements, silences, maintenance windows, history and audit log");
    first.statements = statements(QStringLiteral("INTEGER PRIMARY KEY"));
    first.postgresStatements =
        statements(QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    // The escalation step as a number, so the steps taken survive a restart.
    Migration second;
    second.version = 2;
    second.description = QStringLiteral("escalation step numbers in the alert history");
    second.statements = {
        QStringLiteral("ALTER TABLE alert_history ADD COLUMN step INTEGER NOT NULL DEFAULT 0")};
    second.postgresStatements = second.statements;
    // One row per alert, episode, event and step, however many desktops (or restarts) saw it:
    // earlier duplicates go, and later ones are not written.
    Migration third;
    third.version = 3;
    third.description = QStringLiteral("one history row per alert episode and event");
    third.statements = {
        QStringLiteral("DELETE FROM alert_history WHERE id NOT IN (SELECT MIN(id) FROM "
                       "alert_history GROUP BY fingerprint, active_at, event, step)"),
        QStringLiteral("CREATE UNIQUE INDEX alert_history_once ON alert_history "
                       "(fingerprint, active_at, event, step)")};
    third.postgresStatements = third.statements;
    return {first, second, third};
}

AlertRepository::AlertRepository(Database *db)
    : m_db(db)
{}

Result<std::unique_ptr<AlertRepository>> AlertRepository::open(Database *db)
{
    if (auto err = db->migrate(module(), migrations()))
        return *err;
    return std::unique_ptr<AlertRepository>(new AlertRepository(db));
}

std::optional<Error>
AlertRepository::inTransaction(const std::function<std::optional<Error>()> &work)
{
    if (auto err = m_db->beginWrite())
        return err;
    if (auto err = work()) {
        m_db->rollback();
        return err;
    }
    return m_db->commit();
}

Result<qint64> AlertRepository::insertReturningId(QSqlQuery &q, const QString &what)
{
    if (!q.exec() || !q.next())
        return m_db->error(what, q.lastError());
    return q.value(0).toLongLong();
}

std::optional<Error> AlertRepository::insertAudit(const AuditEntry &e)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO alert_audit (at_ms, actor, action, target, details, "
                             "reason) VALUES (?, ?, ?, ?, ?, ?)"));
    bindAll(q, {e.atMs, e.actor, e.action, e.target, e.details, e.reason});
    if (!q.exec())
        return m_db->error(tr("cannot write the audit log"), q.lastError());
    return std::nullopt;
}

std::optional<Error> AlertRepository::appendAudit(const AuditEntry &entry)
{
    return inTransaction([&] { return insertAudit(entry); });
}

Result<QList<AuditEntry>> AlertRepository::auditEntries(qint64 afterId, int limit) const
{
    QSqlQuery q(m_db->sql());
    QString sql = QStringLiteral("SELECT id, at_ms, actor, action, target, details, reason FROM "
                                 "alert_audit WHERE id > ? ORDER BY id");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    q.addBindValue(afterId);
    if (!q.exec())
        return m_db->error(tr("cannot read the audit log"), q.lastError());
    QList<AuditEntry> out;
    while (q.next())
        out << auditFrom(q);
    return out;
}

Result<qint64> AlertRepository::lastAuditId() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM alert_audit")) || !q.next())
        return m_db->error(tr("cannot read the audit log"), q.lastError());
    return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
}

Result<QList<Acknowledgement>> AlertRepository::openAcks() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM alert_acks WHERE ended_at IS NULL ORDER BY id")
                    .arg(QLatin1String(AckColumns))))
        return m_db->error(tr("cannot read acknowledgements"), q.lastError());
    QList<Acknowledgement> out;
    while (q.next())
        out << ackFrom(q);
    return out;
}

Result<QList<Acknowledgement>> AlertRepository::acksOf(quint64 fingerprint, int limit) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT %1 FROM alert_acks WHERE fingerprint = ? ORDER BY id DESC "
                             "LIMIT %2")
                  .arg(QLatin1String(AckColumns))
                  .arg(limit));
    q.addBindValue(Alert::fingerprintToString(fingerprint));
    if (!q.exec())
        return m_db->error(tr("cannot read acknowledgements"), q.lastError());
    QList<Acknowledgement> out;
    while (q.next())
        out << ackFrom(q);
    return out;
}

Result<qint64> AlertRepository::insertAck(const Acknowledgement &a, const AuditEntry &audit)
{
    qint64 id = 0;
    auto err = inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO alert_acks (fingerprint, alertname, labels, "
                                 "acked_by, acked_at, expires_at, note, ended_at, end_reason, "
                                 "ended_by, silence_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"));
        bindAll(q, {Alert::fingerprintToString(a.fingerprint), a.alertName,
                    toJson(AlertmanagerCodec::labelsToJson(a.labels)), a.by, a.atMs, a.expiresAtMs,
                    a.note, nullableInt64(a.endedAtMs), Acknowledgement::endReasonName(a.endReason),
                    a.endedBy, a.silenceId});
        Result<qint64> r = insertReturningId(q, tr("cannot save the acknowledgement"));
        if (!r)
            return r.error();
        id = r.value();
        AuditEntry e = audit;
        if (e.target.isEmpty())
            e.target = Alert::fingerprintToString(a.fingerprint);
        return insertAudit(e);
    });
    if (err)
        return *err;
    return id;
}

std::optional<Error> AlertRepository::endAck(qint64 id, qint64 atMs,
                                             Acknowledgement::EndReason reason, const QString &by,
                                             const AuditEntry &audit)
{
    return inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("UPDATE alert_acks SET ended_at = ?, end_reason = ?, ended_by = "
                                 "? WHERE id = ? AND ended_at IS NULL"));
        bindAll(q, {atMs, Acknowledgement::endReasonName(reason), by, id});
        if (!q.exec())
            return m_db->error(tr("cannot end acknowledgement %1").arg(id), q.lastError());
        if (q.numRowsAffected() == 0)
            return Error(tr("acknowledgement %1 has already ended").arg(id));
        return insertAudit(audit);
    });
}

std::optional<Error> AlertRepository::setAckSilence(qint64 id, const QString &silenceId)
{
    return inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("UPDATE alert_acks SET silence_id = ? WHERE id = ?"));
        bindAll(q, {silenceId, id});
        if (!q.exec())
            return m_db->error(tr("cannot update acknowledgement %1").arg(id), q.lastError());
        return std::nullopt;
    });
}

Result<QList<Silence>> AlertRepository::silences() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT id, matchers, starts_at, ends_at, created_by, comment, "
                               "updated_at FROM alert_silences ORDER BY starts_at, id")))
        return m_db->error(tr("cannot read silences"), q.lastError());
    QList<Silence> out;
    while (q.next()) {
        Silence s;
        s.id = q.value(0).toString();
        Result<LabelMatchers> m =
            AlertmanagerCodec::matchersFromJson(arrayFrom(q.value(1).toString()));
        if (!m)
            return Error(
                tr("silence %1 in %2: %3").arg(s.id, m_db->displayLocation(), m.error().message));
        s.matchers = m.value();
        s.startsAtMs = q.value(2).toLongLong();
        s.endsAtMs = q.value(3).toLongLong();
        s.createdBy = q.value(4).toString();
        s.comment = q.value(5).toString();
        s.updatedAtMs = q.value(6).toLongLong();
        out << s;
    }
    return out;
}

std::optional<Error> AlertRepository::writeSilences(const QList<Silence> &silences,
                                                    const AuditEntry &audit)
{
    return inTransaction([&]() -> std::optional<Error> {
        for (const Silence &s : silences) {
            QSqlQuery del(m_db->sql());
            del.prepare(QStringLiteral("DELETE FROM alert_silences WHERE id = ?"));
            del.addBindValue(s.id);
            if (!del.exec())
                return m_db->error(tr("cannot save silence %1").arg(s.id), del.lastError());
            QSqlQuery q(m_db->sql());
            q.prepare(QStringLiteral("INSERT INTO alert_silences (id, matchers, starts_at, "
                                     "ends_at, created_by, comment, updated_at) VALUES (?, ?, ?, "
                                     "?, ?, ?, ?)"));
            bindAll(q, {s.id, toJson(AlertmanagerCodec::matchersToJson(s.matchers)), s.startsAtMs,
                        s.endsAtMs, s.createdBy, s.comment, s.updatedAtMs});
            if (!q.exec())
                return m_db->error(tr("cannot save silence %1").arg(s.id), q.lastError());
        }
        return insertAudit(audit);
    });
}

Result<int> AlertRepository::purgeSilences(qint64 beforeMs)
{
    int removed = 0;
    auto err = inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("DELETE FROM alert_silences WHERE ends_at < ?"));
        q.addBindValue(beforeMs);
        if (!q.exec())
            return m_db->error(tr("cannot purge expired silences"), q.lastError());
        removed = q.numRowsAffected();
        return std::nullopt;
    });
    if (err)
        return *err;
    return removed;
}

Result<QList<MaintenanceWindow>> AlertRepository::maintenanceWindows() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM alert_maintenance WHERE removed_at IS NULL ORDER "
                               "BY id")
                    .arg(QLatin1String(WindowColumns))))
        return m_db->error(tr("cannot read maintenance windows"), q.lastError());
    QList<MaintenanceWindow> out;
    while (q.next())
        out << windowFrom(q);
    return out;
}

Result<qint64> AlertRepository::insertWindow(const MaintenanceWindow &w, const AuditEntry &audit)
{
    qint64 id = 0;
    auto err = inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO alert_maintenance (name, kind, starts_at, ends_at, "
                                 "weekdays, start_time, duration_ms, time_zone, matchers, "
                                 "suppress_critical, created_by, comment, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"));
        bindAll(q, windowValues(w));
        Result<qint64> r =
            insertReturningId(q, tr("cannot save maintenance window %1").arg(w.name));
        if (!r)
            return r.error();
        id = r.value();
        AuditEntry e = audit;
        e.target = QString::number(id);
        return insertAudit(e);
    });
    if (err)
        return *err;
    return id;
}

std::optional<Error> AlertRepository::updateWindow(const MaintenanceWindow &w,
                                                   const AuditEntry &audit)
{
    return inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("UPDATE alert_maintenance SET name = ?, kind = ?, starts_at = ?, "
                                 "ends_at = ?, weekdays = ?, start_time = ?, duration_ms = ?, "
                                 "time_zone = ?, matchers = ?, suppress_critical = ?, "
                                 "created_by = ?, comment = ?, created_at = ?, updated_at = ? "
                                 "WHERE id = ? AND removed_at IS NULL"));
        QVariantList values = windowValues(w);
        values << w.id;
        bindAll(q, values);
        if (!q.exec())
            return m_db->error(tr("cannot save maintenance window %1").arg(w.name), q.lastError());
        if (q.numRowsAffected() == 0)
            return Error(tr("there is no maintenance window %1").arg(w.id));
        return insertAudit(audit);
    });
}

std::optional<Error> AlertRepository::removeWindow(qint64 id, qint64 atMs, const AuditEntry &audit)
{
    return inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("UPDATE alert_maintenance SET removed_at = ? WHERE id = ? AND "
                                 "removed_at IS NULL"));
        bindAll(q, {atMs, id});
        if (!q.exec())
            return m_db->error(tr("cannot remove maintenance window %1").arg(id), q.lastError());
        if (q.numRowsAffected() == 0)
            return Error(tr("there is no maintenance window %1").arg(id));
        return insertAudit(audit);
    });
}

std::optional<Error> AlertRepository::appendHistory(const QList<AlertHistoryEntry> &entries)
{
    if (entries.isEmpty())
        return std::nullopt;
    return inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO alert_history (fingerprint, at_ms, event, "
                                 "alertname, labels, annotations, value, active_at, detail, step) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        for (const AlertHistoryEntry &e : entries) {
            bindAll(q, {Alert::fingerprintToString(e.fingerprint), e.atMs, e.event, e.alertName,
                        toJson(AlertmanagerCodec::labelsToJson(e.labels)),
                        toJson(AlertmanagerCodec::mapToJson(e.annotations)),
                        std::isfinite(e.value) ? QVariant(e.value)
                                               : QVariant(QMetaType(QMetaType::Double)),
                        e.activeAtMs, e.detail, e.step});
            if (!q.exec())
                return m_db->error(tr("cannot record alert history"), q.lastError());
        }
        return std::nullopt;
    });
}

Result<QList<AlertHistoryEntry>> AlertRepository::readHistory(const QString &where,
                                                              const QVariantList &values) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT %1 FROM alert_history %2")
                  .arg(QLatin1String(HistoryColumns), where));
    bindAll(q, values);
    if (!q.exec())
        return m_db->error(tr("cannot read alert history"), q.lastError());
    QList<AlertHistoryEntry> out;
    while (q.next())
        out << historyFrom(q);
    return out;
}

Result<QList<AlertHistoryEntry>> AlertRepository::history(quint64 fingerprint, int limit) const
{
    return readHistory(QStringLiteral("WHERE fingerprint = ? ORDER BY id DESC LIMIT %1").arg(limit),
                       {Alert::fingerprintToString(fingerprint)});
}

Result<QList<AlertHistoryEntry>> AlertRepository::escalationsSince(quint64 fingerprint,
                                                                   qint64 sinceMs) const
{
    return readHistory(
        QStringLiteral(
            "WHERE fingerprint = ? AND event = ? AND at_ms >= ? AND step > 0 ORDER BY id"),
        {Alert::fingerprintToString(fingerprint), AlertHistoryEntry::Escalated, sinceMs});
}

Result<QList<AlertHistoryEntry>> AlertRepository::lastRecordedActive() const
{
    auto read = readHistory(QStringLiteral(
        "WHERE id IN (SELECT MAX(id) FROM alert_history WHERE event <> 'escalated' GROUP BY "
        "fingerprint) AND event IN ('pending', 'firing') ORDER BY id"));
    if (!read)
        return read;
    QList<AlertHistoryEntry> out = std::move(read).value();
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return AlertStatus::severityRank(a.labels.value(u"severity")) <
               AlertStatus::severityRank(b.labels.value(u"severity"));
    });
    return out;
}

Result<int> AlertRepository::pruneHistory(qint64 beforeMs)
{
    int removed = 0;
    auto err = inTransaction([&]() -> std::optional<Error> {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("DELETE FROM alert_history WHERE at_ms < ?"));
        q.addBindValue(beforeMs);
        if (!q.exec())
            return m_db->error(tr("cannot prune alert history"), q.lastError());
        removed = q.numRowsAffected();
        return std::nullopt;
    });
    if (err)
        return *err;
    return removed;
}

} // namespace Wk
