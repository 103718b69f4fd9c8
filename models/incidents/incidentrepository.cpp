#include "incidentrepository.h"

#include "models/core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace Wk {

namespace {

const QString incidentColumns = QStringLiteral(
    "id, title, severity, stage, commander, assignees, impact, created_ms, created_by, "
    "acknowledged_ms, acknowledged_by, resolved_ms, closed_ms, alerts, communication, "
    "action_items, version, updated_ms, updated_by");

const QString timelineColumns = QStringLiteral("incident_id, id, kind, who, at_ms, text, data");

QString compactJson(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

void sortTimeline(QList<TimelineEntry> &timeline)
{
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         if (a.atMs != b.atMs)
                             return a.atMs < b.atMs;
                         // Stored entries in insertion order; pending ones after them.
                         const qint64 ai = a.id == 0 ? std::numeric_limits<qint64>::max() : a.id;
                         const qint64 bi = b.id == 0 ? std::numeric_limits<qint64>::max() : b.id;
                         return ai < bi;
                     });
}

qint64 lastEntryId(const Incident &incident)
{
    qint64 last = 0;
    for (const TimelineEntry &e : incident.timeline)
        last = std::max(last, e.id);
    return last;
}

bool writeJsonFile(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return file.commit();
}

QJsonObject readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = parseError.errorString();
        return {};
    }
    return doc.object();
}

// A server that does not answer at all (a dropped network, not a refused connection) would
// hold the UI thread in libpq's connect for minutes; retries give up after a few seconds.
QString withConnectTimeout(const QString &location)
{
    if (!location.startsWith(QLatin1String("postgres")))
        return location;
    QUrl url(location);
    QUrlQuery query(url);
    if (!url.isValid() || query.hasQueryItem(QStringLiteral("connect_timeout")))
        return location;
    query.addQueryItem(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    url.setQuery(query);
    return url.toString();
}

} // namespace

QList<Migration> IncidentRepository::migrations()
{
    const QString incidents = QStringLiteral("CREATE TABLE incidents ("
                                             " id %1,"
                                             " title TEXT NOT NULL,"
                                             " severity VARCHAR(4) NOT NULL,"
                                             " stage VARCHAR(16) NOT NULL,"
                                             " commander TEXT NOT NULL DEFAULT '',"
                                             " assignees TEXT NOT NULL DEFAULT '[]',"
                                             " impact TEXT NOT NULL DEFAULT '',"
                                             " created_ms BIGINT NOT NULL,"
                                             " created_by TEXT NOT NULL DEFAULT '',"
                                             " acknowledged_ms BIGINT NOT NULL DEFAULT 0,"
                                             " acknowledged_by TEXT NOT NULL DEFAULT '',"
                                             " resolved_ms BIGINT NOT NULL DEFAULT 0,"
                                             " closed_ms BIGINT NOT NULL DEFAULT 0,"
                                             " alerts TEXT NOT NULL DEFAULT '[]',"
                                             " communication TEXT NOT NULL DEFAULT '[]',"
                                             " action_items TEXT NOT NULL DEFAULT '[]',"
                                             " version INTEGER NOT NULL DEFAULT 1,"
                                             " updated_ms BIGINT NOT NULL,"
                                             " updated_by TEXT NOT NULL DEFAULT '')");
    const QString timeline =
        QStringLiteral("CREATE TABLE incident_timeline ("
                       " id %1,"
                       " incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
                       " kind VARCHAR(32) NOT NULL,"
                       " who TEXT NOT NULL,"
                       " at_ms BIGINT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " data TEXT NOT NULL DEFAULT '',"
                       " change_uid VARCHAR(40) NOT NULL DEFAULT '')");
    const QStringList indexes{
        QStringLiteral("CREATE INDEX incidents_stage ON incidents (stage)"),
        QStringLiteral("CREATE INDEX incident_timeline_incident ON incident_timeline "
                       "(incident_id, at_ms, id)"),
        QStringLiteral("CREATE INDEX incident_timeline_change ON incident_timeline (change_uid)")};
    const QString sqliteId = QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString postgresId = QStringLiteral("BIGSERIAL PRIMARY KEY");
    return {Migration{1, QStringLiteral("incidents and their timelines"),
                      QStringList{incidents.arg(sqliteId), timeline.arg(sqliteId)} + indexes,
                      QStringList{incidents.arg(postgresId), timeline.arg(postgresId)} + indexes}};
}

IncidentRepository::IncidentRepository(Options options, Clock *clock)
    : m_options(std::move(options))
    , m_clock(clock)
{
    m_operator =
        m_options.operatorName.isEmpty() ? systemUserName() : m_options.operatorName.trimmed();
    if (!m_options.connector) {
        const QString location = withConnectTimeout(m_options.location);
        m_options.connector = [location] { return Database::open(location); };
    }
    m_options.pollIntervalMs = std::max<qint64>(10, m_options.pollIntervalMs);
    m_options.reconnectIntervalMs = std::max<qint64>(10, m_options.reconnectIntervalMs);
}

Result<std::unique_ptr<IncidentRepository>> IncidentRepository::open(Options options, Clock *clock)
{
    if (!options.connector) {
        const QString location = withConnectTimeout(options.location);
        options.connector = [location] { return Database::open(location); };
    }
    auto db = options.connector();
    if (db)
        return open(std::move(db.value()), std::move(options), clock);
    if (options.offlineDir.isEmpty())
        return db.error();
    // Unreachable at start: show what was last seen, keep queueing, keep trying.
    std::unique_ptr<IncidentRepository> repo(new IncidentRepository(std::move(options), clock));
    repo->loadOfflineFiles();
    QString error;
    const QJsonObject snapshot = readJsonFile(repo->snapshotPath(), &error);
    for (const QJsonValue &v : snapshot.value(QStringLiteral("incidents")).toArray()) {
        const Incident inc = Incident::fromJson(v.toObject());
        repo->m_stored.insert(inc.id, inc);
    }
    repo->rebuildView();
    repo->m_connectionMessage = db.error().toString();
    qCWarning(lcIncidents).noquote() << "incidents offline at start:" << repo->m_connectionMessage;
    repo->scheduleReconnect();
    repo->schedulePoll();
    return repo;
}

Result<std::unique_ptr<IncidentRepository>>
IncidentRepository::open(std::unique_ptr<Database> database, Options options, Clock *clock)
{
    if (!database)
        return Error(tr("no database to keep incidents in"));
    std::unique_ptr<IncidentRepository> repo(new IncidentRepository(std::move(options), clock));
    if (auto err = database->migrate(module(), migrations()))
        return *err;
    repo->loadOfflineFiles();
    repo->attach(std::move(database));
    if (auto err = repo->reload())
        return *err;
    if (!repo->m_queue.isEmpty()) {
        repo->replayQueue();
        if (repo->isOnline()) {
            if (auto err = repo->reload())
                return *err;
        }
    }
    repo->saveSnapshot();
    repo->schedulePoll();
    return repo;
}

IncidentRepository::~IncidentRepository()
{
    if (m_pollTimer)
        m_clock->cancel(m_pollTimer);
    if (m_reconnectTimer)
        m_clock->cancel(m_reconnectTimer);
    if (m_probe)
        m_probe->waitForFinished(); // the try uses the connector, which may point at our caller
    saveSnapshot();
}

QString IncidentRepository::systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? tr("unknown") : name;
}

void IncidentRepository::setOperatorName(const QString &name)
{
    m_operator = name.trimmed().isEmpty() ? systemUserName() : name.trimmed();
}

QList<Incident> IncidentRepository::incidents() const
{
    return m_view.values();
}

std::optional<Incident> IncidentRepository::incident(qint64 id) const
{
    const auto it = m_view.constFind(id);
    if (it == m_view.cend())
        return std::nullopt;
    return *it;
}

int IncidentRepository::versionOf(qint64 id) const
{
    const auto it = m_view.constFind(id);
    return it == m_view.cend() ? 0 : it->version;
}

// ---- writing ----

IncidentWriteResult IncidentRepository::submit(IncidentChange change)
{
    if (change.who.isEmpty())
        change.who = m_operator;
    if (change.atMs == 0)
        change.atMs = m_clock->nowMs();
    if (change.uid.isEmpty())
        change.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return write(std::move(change));
}

IncidentWriteResult IncidentRepository::openIncident(const QString &title,
                                                     IncidentSeverity severity,
                                                     const QString &commander,
                                                     const QString &impact)
{
    return submit(IncidentChange::create(title, severity, commander, impact));
}

IncidentWriteResult IncidentRepository::moveStage(qint64 id, IncidentStage stage)
{
    return submit(IncidentChange::moveStage(id, versionOf(id), stage));
}

IncidentWriteResult IncidentRepository::setSeverity(qint64 id, IncidentSeverity severity)
{
    return submit(IncidentChange::setSeverity(id, versionOf(id), severity));
}

IncidentWriteResult IncidentRepository::setCommander(qint64 id, const QString &commander)
{
    return submit(IncidentChange::setCommander(id, versionOf(id), commander));
}

IncidentWriteResult IncidentRepository::addNote(qint64 id, const QString &text)
{
    return submit(IncidentChange::addNote(id, text));
}

IncidentWriteResult IncidentRepository::acknowledge(qint64 id)
{
    return submit(IncidentChange::acknowledge(id));
}

IncidentWriteResult IncidentRepository::write(IncidentChange change)
{
    if (!isOnline())
        return enqueue(std::move(change));
    bool lost = false;
    IncidentWriteResult result = writeOnline(change, false, &lost);
    if (lost) {
        goOffline(result.message);
        if (!m_options.offlineDir.isEmpty())
            return enqueue(std::move(change));
    }
    return result;
}

QString IncidentRepository::refusalMessage(const Incident &current,
                                           const IncidentChange &change) const
{
    const QString when = QDateTime::fromMSecsSinceEpoch(current.updatedMs)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return tr("Incident %1 was changed by %2 at %3; your change (%4) was not applied. The "
              "current state (version %5) is shown.")
        .arg(current.id)
        .arg(current.updatedBy.isEmpty() ? tr("someone") : current.updatedBy, when,
             change.describe())
        .arg(current.version);
}

IncidentWriteResult IncidentRepository::writeOnline(const IncidentChange &requested,
                                                    bool checkApplied, bool *connectionLost)
{
    IncidentChange change = requested;
    *connectionLost = false;
    IncidentWriteResult result;
    const auto failed = [&](const Error &error) {
        m_db->rollback();
        if (!probe())
            *connectionLost = true;
        result.status = IncidentWriteResult::Status::Failed;
        result.message = error.toString();
        return result;
    };
    if (auto err = m_db->beginWrite())
        return failed(*err);

    if (checkApplied) {
        auto before = appliedBefore(change.uid);
        if (!before)
            return failed(before.error());
        if (before.value()) {
            // Stored before a crash cut the replay short: do not apply it twice.
            auto loaded = loadOne(*before.value(), false);
            m_db->rollback();
            result.status = IncidentWriteResult::Status::Unchanged;
            if (loaded && loaded.value()) {
                result.incident = *loaded.value();
                setStored(result.incident);
            }
            return result;
        }
    }

    bool attachedInstead = false;
    if (change.attachesToActiveIncident()) {
        if (m_db->isPostgres()) {
            // Serialises opening from alerts across desktops: the second sees the first's.
            if (auto err =
                    m_db->exec(QStringLiteral("LOCK TABLE incidents IN SHARE ROW EXCLUSIVE MODE")))
                return failed(*err);
        }
        auto target = findActiveIncidentFor(*change.linkedAlert());
        if (!target)
            return failed(target.error());
        if (target.value()) {
            change = change.attachedTo(*target.value());
            attachedInstead = true;
        }
    }

    Incident current;
    if (change.kind != IncidentChange::Kind::Create) {
        auto loaded = loadOne(change.incidentId, true);
        if (!loaded)
            return failed(loaded.error());
        if (!loaded.value()) {
            m_db->rollback();
            result.status = IncidentWriteResult::Status::Failed;
            result.message = tr("there is no incident %1").arg(change.incidentId);
            return result;
        }
        current = *loaded.value();
        if (change.isChecked() && change.baseVersion != current.version) {
            m_db->rollback();
            setStored(current);
            result.status = IncidentWriteResult::Status::Refused;
            result.incident = m_view.value(current.id, current);
            result.message = refusalMessage(current, change);
            qCInfo(lcIncidents).noquote() << "refused:" << result.message;
            return result;
        }
    }

    auto outcome = change.applyTo(current);
    if (!outcome) {
        m_db->rollback();
        result.status = IncidentWriteResult::Status::Failed;
        result.message = outcome.error().toString();
        result.incident = current;
        return result;
    }
    if (!outcome.value().anythingChanged) {
        m_db->rollback();
        setStored(current);
        result.status = IncidentWriteResult::Status::Unchanged;
        result.incident = m_view.value(current.id, current);
        result.attachedInstead = attachedInstead;
        return result;
    }

    Incident next = outcome.value().incident;
    QList<TimelineEntry> added = outcome.value().added;
    if (change.kind == IncidentChange::Kind::Create) {
        if (auto err = insertIncident(next))
            return failed(*err);
    } else {
        if (outcome.value().fieldsChanged)
            next.version = current.version + 1;
        if (auto err = updateIncident(next, current.version))
            return failed(*err);
    }
    if (auto err = insertEntries(next.id, added, change.uid))
        return failed(*err);
    if (m_db->isPostgres()) {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        q.addBindValue(notificationChannel());
        q.addBindValue(QString::number(next.id));
        if (!q.exec())
            return failed(m_db->error(tr("cannot notify other clients"), q.lastError()));
    }
    if (auto err = m_db->commit()) {
        if (!probe())
            *connectionLost = true;
        result.status = IncidentWriteResult::Status::Failed;
        result.message = err->toString();
        return result;
    }
    next.timeline = current.timeline + added;
    sortTimeline(next.timeline);
    next.pendingChanges = 0;
    setStored(next);
    result.status = IncidentWriteResult::Status::Applied;
    result.incident = m_view.value(next.id, next);
    result.attachedInstead = attachedInstead;
    return result;
}

Result<std::optional<qint64>>
IncidentRepository::findActiveIncidentFor(const Incident::LinkedAlert &alert)
{
    QStringList active;
    for (IncidentStage s : IncidentStages::all()) {
        if (IncidentStages::isActive(s))
            active << u'\'' + IncidentStages::key(s) + u'\'';
    }
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, severity, created_ms, alerts, stage FROM incidents "
                               "WHERE stage IN (%1)")
                    .arg(active.join(u','))))
        return m_db->error(tr("cannot look for an open incident of an alert"), q.lastError());
    std::optional<Incident> best;
    while (q.next()) {
        const Incident candidate = Incident::fromJson(
            QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                        {QStringLiteral("severity"), q.value(1).toString()},
                        {QStringLiteral("created_ms"), q.value(2).toLongLong()},
                        {QStringLiteral("alerts"), parseArray(q.value(3).toString())},
                        {QStringLiteral("stage"), q.value(4).toString()}});
        if (candidate.takesAlert(alert) && (!best || Incident::attachesBefore(candidate, *best)))
            best = candidate;
    }
    return best ? std::optional<qint64>(best->id) : std::optional<qint64>();
}

std::optional<qint64>
IncidentRepository::activeIncidentFor(const Incident::LinkedAlert &alert) const
{
    std::optional<Incident> best;
    for (const Incident &candidate : m_view) {
        if (candidate.takesAlert(alert) && (!best || Incident::attachesBefore(candidate, *best)))
            best = candidate;
    }
    return best ? std::optional<qint64>(best->id) : std::optional<qint64>();
}

IncidentWriteResult IncidentRepository::enqueue(IncidentChange change)
{
    IncidentWriteResult result;
    if (m_options.offlineDir.isEmpty()) {
        result.status = IncidentWriteResult::Status::Failed;
        result.message = tr("the incident database is unreachable: %1").arg(m_connectionMessage);
        return result;
    }
    Incident base;
    if (change.attachesToActiveIncident()) {
        if (const auto target = activeIncidentFor(*change.linkedAlert())) {
            change = change.attachedTo(*target);
            result.attachedInstead = true;
        }
    }
    if (change.kind == IncidentChange::Kind::Create) {
        change.incidentId = m_nextOfflineId--;
    } else {
        const auto it = m_view.constFind(change.incidentId);
        if (it == m_view.cend()) {
            result.status = IncidentWriteResult::Status::Failed;
            result.message = tr("there is no incident %1").arg(change.incidentId);
            return result;
        }
        base = *it;
        if (change.isChecked() && change.baseVersion != base.version) {
            result.status = IncidentWriteResult::Status::Refused;
            result.incident = base;
            result.message = refusalMessage(base, change);
            return result;
        }
    }
    auto outcome = change.applyTo(base);
    if (!outcome) {
        result.status = IncidentWriteResult::Status::Failed;
        result.message = outcome.error().toString();
        result.incident = base;
        return result;
    }
    if (!outcome.value().anythingChanged) {
        result.status = IncidentWriteResult::Status::Unchanged;
        result.incident = base;
        return result;
    }
    m_queue.append(change);
    saveQueue();
    rebuildViewAndNotify();
    result.status = IncidentWriteResult::Status::Queued;
    result.incident = m_view.value(change.incidentId);
    result.message = m_queue.size() == 1
                         ? tr("The incident database is unreachable; the change is kept and "
                              "will be stored when it is back.")
                         : tr("The incident database is unreachable; the change is kept and "
                              "will be stored when it is back (%1 changes waiting).")
                               .arg(m_queue.size());
    Q_EMIT queueChanged(int(m_queue.size()));
    return result;
}

void IncidentRepository::replayQueue()
{
    if (m_replaying || m_queue.isEmpty())
        return;
    m_replaying = true;
    QSet<qint64> refusedIncidents; // a checked change was refused: later ones depended on it
    int applied = 0;
    int refused = 0;
    while (!m_queue.isEmpty() && isOnline()) {
        // Off the queue while it is written, so the view does not show it twice meanwhile.
        const IncidentChange queued = m_queue.takeFirst();
        IncidentChange change = queued;
        const qint64 queuedId = change.incidentId;
        change.incidentId = m_renumbered.value(change.incidentId, change.incidentId);
        if (change.isChecked() && refusedIncidents.contains(change.incidentId))
            change.baseVersion = -1; // refused below, naming whoever changed it
        bool lost = false;
        const IncidentWriteResult r = writeOnline(change, true, &lost);
        if (lost) {
            m_queue.prepend(queued);
            goOffline(r.message);
            break;
        }
        if (change.kind == IncidentChange::Kind::Create && r.incident.id > 0) {
            m_renumbered.insert(queuedId, r.incident.id);
            Q_EMIT incidentRenumbered(queuedId, r.incident.id);
        }
        if (r.status == IncidentWriteResult::Status::Refused ||
            r.status == IncidentWriteResult::Status::Failed) {
            ++refused;
            if (change.isChecked())
                refusedIncidents.insert(change.incidentId);
            qCWarning(lcIncidents).noquote()
                << "queued change" << change.describe() << "not applied:" << r.message;
            Q_EMIT changeRefused(change, r.message, r.incident);
        } else {
            ++applied;
        }
        saveQueue();
    }
    if (m_queue.isEmpty()) {
        m_renumbered.clear();
        m_nextOfflineId = -1;
        saveQueue();
    }
    m_replaying = false;
    qCInfo(lcIncidents).noquote() << QStringLiteral("replayed queued incident changes: %1 "
                                                    "applied, %2 refused, %3 still queued")
                                         .arg(applied)
                                         .arg(refused)
                                         .arg(m_queue.size());
    rebuildViewAndNotify();
    Q_EMIT queueChanged(int(m_queue.size()));
}

// ---- connection ----

void IncidentRepository::attach(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    m_connectionMessage.clear();
    if (m_db->isPostgres()) {
        QSqlDriver *driver = m_db->sql().driver();
        connect(driver, &QSqlDriver::notification, this, &IncidentRepository::onNotification);
        if (!driver->subscribeToNotification(notificationChannel())) {
            qCWarning(lcIncidents).noquote()
                << "cannot listen for incident changes on" << m_db->displayLocation() << ":"
                << driver->lastError().text();
        }
    } else {
        // Incidents are few and precious: make each commit durable against power loss too.
        if (auto err = m_db->exec(QStringLiteral("PRAGMA synchronous=FULL")))
            qCWarning(lcIncidents).noquote() << err->toString();
        QSqlQuery q(m_db->sql());
        m_dataVersion = q.exec(QStringLiteral("PRAGMA data_version")) && q.next()
                            ? q.value(0).toLongLong()
                            : -1;
    }
}

QString IncidentRepository::lastErrorText() const
{
    // Copied out here: a QSqlDatabase still alive when goOffline() drops the connection would
    // keep Qt from removing it.
    const QString text = m_db ? m_db->sql().lastError().text().trimmed() : QString();
    return text.isEmpty() ? tr("the connection to the database was lost") : text;
}

bool IncidentRepository::probe()
{
    if (!m_db || !m_db->sql().isOpen())
        return false;
    QSqlQuery q(m_db->sql());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

void IncidentRepository::goOffline(const QString &why)
{
    if (!m_db)
        return;
    m_connectionMessage = why.isEmpty() ? tr("the connection to the database was lost") : why;
    qCWarning(lcIncidents).noquote() << "incident database unreachable:" << m_connectionMessage;
    disconnect(m_db->sql().driver(), nullptr, this, nullptr);
    m_db.reset();
    saveSnapshot();
    Q_EMIT connectionChanged(false, m_connectionMessage);
    scheduleReconnect();
}

void IncidentRepository::scheduleReconnect()
{
    if (m_reconnectTimer)
        m_clock->cancel(m_reconnectTimer);
    m_reconnectTimer = m_clock->callAfter(m_options.reconnectIntervalMs, this, [this] {
        m_reconnectTimer = 0;
        tryInBackground();
    });
}

void IncidentRepository::tryInBackground()
{
    if (isOnline() || m_probe)
        return;
    const Connector connector = m_options.connector;
    m_probe = new QFutureWatcher<QString>(this);
    connect(m_probe, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_probe->result();
        m_probe->deleteLater();
        m_probe = nullptr;
        if (isOnline())
            return;
        if (error.isEmpty()) {
            reconnect(); // reachable a moment ago: connect here
            return;
        }
        if (error != m_connectionMessage) {
            m_connectionMessage = error;
            Q_EMIT connectionChanged(false, error);
        }
        scheduleReconnect();
    });
    m_probe->setFuture(QtConcurrent::run([connector] {
        const auto db = connector(); // opened and closed on this worker thread
        return db ? QString() : db.error().toString();
    }));
}

bool IncidentRepository::reconnect()
{
    if (isOnline())
        return true;
    if (m_reconnectTimer) {
        m_clock->cancel(m_reconnectTimer);
        m_reconnectTimer = 0;
    }
    auto db = m_options.connector();
    if (db) {
        if (auto err = db.value()->migrate(module(), migrations()))
            db = *err;
    }
    if (!db) {
        const QString message = db.error().toString();
        if (message != m_connectionMessage) {
            m_connectionMessage = message;
            Q_EMIT connectionChanged(false, message);
        }
        scheduleReconnect();
        return false;
    }
    attach(std::move(db.value()));
    qCInfo(lcIncidents).noquote() << "incident database reachable again:"
                                  << m_db->displayLocation();
    replayQueue();
    if (!isOnline())
        return false;
    if (auto err = reload()) {
        goOffline(err->toString());
        return false;
    }
    Q_EMIT connectionChanged(true, QString());
    return true;
}

void IncidentRepository::schedulePoll()
{
    // Nobody else can see an in-memory database: nothing to watch for.
    if (m_db && m_db->displayLocation() == QLatin1String(":memory:"))
        return;
    m_pollTimer = m_clock->callAfter(m_options.pollIntervalMs, this, [this] {
        m_pollTimer = 0;
        poll();
        schedulePoll();
    });
}

void IncidentRepository::poll()
{
    if (!isOnline())
        return;
    ++m_pollCount;
    if (m_db->isPostgres()) {
        // Changes arrive as notifications; this only notices a connection that died quietly.
        if (m_pollCount % 4 == 0 && !probe())
            goOffline(lastErrorText());
        return;
    }
    qint64 version = -1;
    if (m_db->sql().isOpen()) {
        QSqlQuery q(m_db->sql());
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
            version = q.value(0).toLongLong();
    }
    if (version < 0) {
        if (!probe())
            goOffline(lastErrorText());
        return;
    }
    if (version != m_dataVersion) {
        m_dataVersion = version;
        checkForChanges();
    }
}

void IncidentRepository::checkForChanges()
{
    if (!isOnline())
        return;
    QList<qint64> stale;
    QString failure;
    {
        QSqlQuery q(m_db->sql());
        if (!q.exec(QStringLiteral("SELECT i.id, i.version, COALESCE((SELECT MAX(t.id) FROM "
                                   "incident_timeline t WHERE t.incident_id = i.id), 0) "
                                   "FROM incidents i")))
            failure = q.lastError().text().trimmed();
        while (failure.isEmpty() && q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const auto it = m_stored.constFind(id);
            if (it == m_stored.cend() || it->version != q.value(1).toInt() ||
                lastEntryId(*it) != q.value(2).toLongLong())
                stale << id;
        }
    }
    if (!failure.isEmpty()) {
        if (!probe())
            goOffline(failure);
        return;
    }
    for (qint64 id : std::as_const(stale)) {
        auto loaded = loadOne(id, false);
        if (!loaded) {
            if (!probe())
                goOffline(loaded.error().toString());
            return;
        }
        if (loaded.value())
            setStored(*loaded.value());
    }
}

void IncidentRepository::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                        const QVariant &payload)
{
    if (name != notificationChannel() || source == QSqlDriver::SelfSource || !isOnline())
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (!ok) {
        checkForChanges();
        return;
    }
    auto loaded = loadOne(id, false);
    if (!loaded) {
        if (!probe())
            goOffline(loaded.error().toString());
        return;
    }
    if (loaded.value())
        setStored(*loaded.value());
}

std::optional<Error> IncidentRepository::reload()
{
    if (!isOnline())
        return Error(tr("the incident database is unreachable: %1").arg(m_connectionMessage));
    auto all = loadAll();
    if (!all)
        return all.error();
    m_stored = std::move(all.value());
    rebuildViewAndNotify();
    return std::nullopt;
}

// ---- SQL ----

Incident IncidentRepository::incidentFromRow(const QSqlQuery &q) const
{
    QJsonObject o{{QStringLiteral("id"), q.value(0).toLongLong()},
                  {QStringLiteral("title"), q.value(1).toString()},
                  {QStringLiteral("severity"), q.value(2).toString()},
                  {QStringLiteral("stage"), q.value(3).toString()},
                  {QStringLiteral("commander"), q.value(4).toString()},
                  {QStringLiteral("assignees"), parseArray(q.value(5).toString())},
                  {QStringLiteral("impact"), q.value(6).toString()},
                  {QStringLiteral("created_ms"), q.value(7).toLongLong()},
                  {QStringLiteral("created_by"), q.value(8).toString()},
                  {QStringLiteral("acknowledged_ms"), q.value(9).toLongLong()},
                  {QStringLiteral("acknowledged_by"), q.value(10).toString()},
                  {QStringLiteral("resolved_ms"), q.value(11).toLongLong()},
                  {QStringLiteral("closed_ms"), q.value(12).toLongLong()},
                  {QStringLiteral("alerts"), parseArray(q.value(13).toString())},
                  {QStringLiteral("communication"), parseArray(q.value(14).toString())},
                  {QStringLiteral("action_items"), parseArray(q.value(15).toString())},
                  {QStringLiteral("version"), q.value(16).toInt()},
                  {QStringLiteral("updated_ms"), q.value(17).toLongLong()},
                  {QStringLiteral("updated_by"), q.value(18).toString()}};
    return Incident::fromJson(o);
}

namespace {

TimelineEntry entryFromRow(const QSqlQuery &q)
{
    TimelineEntry e;
    e.id = q.value(1).toLongLong();
    e.kind = TimelineEntry::parseKind(q.value(2).toString()).value_or(TimelineEntry::Kind::Note);
    e.who = q.value(3).toString();
    e.atMs = q.value(4).toLongLong();
    e.text = q.value(5).toString();
    e.data = q.value(6).toString();
    return e;
}

} // namespace

Result<QMap<qint64, Incident>> IncidentRepository::loadAll()
{
    QMap<qint64, Incident> all;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM incidents ORDER BY id").arg(incidentColumns)))
        return m_db->error(tr("cannot read incidents"), q.lastError());
    while (q.next()) {
        Incident inc = incidentFromRow(q);
        all.insert(inc.id, inc);
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM incident_timeline ORDER BY incident_id, at_ms, id")
                    .arg(timelineColumns)))
        return m_db->error(tr("cannot read incident timelines"), q.lastError());
    while (q.next()) {
        const auto it = all.find(q.value(0).toLongLong());
        if (it != all.end())
            it->timeline.append(entryFromRow(q));
    }
    return all;
}

Result<std::optional<Incident>> IncidentRepository::loadOne(qint64 id, bool forUpdate)
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?%2")
                  .arg(incidentColumns, forUpdate && m_db->isPostgres()
                                            ? QStringLiteral(" FOR UPDATE")
                                            : QString()));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->error(tr("cannot read incident %1").arg(id), q.lastError());
    if (!q.next())
        return std::optional<Incident>();
    Incident inc = incidentFromRow(q);
    q.finish();
    auto timeline = loadTimeline(id);
    if (!timeline)
        return timeline.error();
    inc.timeline = std::move(timeline.value());
    return std::optional<Incident>(std::move(inc));
}

Result<QList<TimelineEntry>> IncidentRepository::loadTimeline(qint64 id)
{
    QList<TimelineEntry> entries;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM incident_timeline WHERE incident_id = ? "
                             "ORDER BY at_ms, id")
                  .arg(timelineColumns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->error(tr("cannot read the timeline of incident %1").arg(id), q.lastError());
    while (q.next())
        entries.append(entryFromRow(q));
    return entries;
}

namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindFields(QSqlQuery &q, const Incident &inc)
{
    const QJsonObject json = inc.toJson();
    q.addBindValue(text(inc.title));
    q.addBindValue(IncidentSeverities::key(inc.severity));
    q.addBindValue(IncidentStages::key(inc.stage));
    q.addBindValue(text(inc.commander));
    q.addBindValue(compactJson(json.value(QStringLiteral("assignees"))));
    q.addBindValue(text(inc.impact));
    q.addBindValue(inc.createdMs);
    q.addBindValue(text(inc.createdBy));
    q.addBindValue(inc.acknowledgedMs);
    q.addBindValue(text(inc.acknowledgedBy));
    q.addBindValue(inc.resolvedMs);
    q.addBindValue(inc.closedMs);
    q.addBindValue(compactJson(json.value(QStringLiteral("alerts"))));
    q.addBindValue(compactJson(json.value(QStringLiteral("communication"))));
    q.addBindValue(compactJson(json.value(QStringLiteral("action_items"))));
    q.addBindValue(inc.version);
    q.addBindValue(inc.updatedMs);
    q.addBindValue(text(inc.updatedBy));
}

const QString fieldColumns = QStringLiteral(
    "title, severity, stage, commander, assignees, impact, created_ms, created_by, "
    "acknowledged_ms, acknowledged_by, resolved_ms, closed_ms, alerts, communication, "
    "action_items, version, updated_ms, updated_by");

} // namespace

std::optional<Error> IncidentRepository::insertIncident(Incident &incident)
{
    QSqlQuery q(m_db->sql());
    const bool pg = m_db->isPostgres();
    q.prepare(QStringLiteral("INSERT INTO incidents (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?)%2")
                  .arg(fieldColumns, pg ? QStringLiteral(" RETURNING id") : QString()));
    bindFields(q, incident);
    if (!q.exec())
        return m_db->error(tr("cannot store the new incident"), q.lastError());
    if (pg) {
        if (!q.next())
            return m_db->error(tr("cannot read the new incident's id"), q.lastError());
        incident.id = q.value(0).toLongLong();
    } else {
        incident.id = q.lastInsertId().toLongLong();
    }
    return std::nullopt;
}

std::optional<Error> IncidentRepository::updateIncident(const Incident &incident, int oldVersion)
{
    QString assignments = fieldColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    assignments += QStringLiteral(" = ?");
    QSqlQuery q(m_db->sql());
    q.prepare(
        QStringLiteral("UPDATE incidents SET %1 WHERE id = ? AND version = ?").arg(assignments));
    bindFields(q, incident);
    q.addBindValue(incident.id);
    q.addBindValue(oldVersion);
    if (!q.exec())
        return m_db->error(tr("cannot store incident %1").arg(incident.id), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error(tr("incident %1 changed while it was being stored").arg(incident.id));
    return std::nullopt;
}

std::optional<Error> IncidentRepository::insertEntries(qint64 incidentId,
                                                       QList<TimelineEntry> &entries,
                                                       const QString &changeUid)
{
    const bool pg = m_db->isPostgres();
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO incident_timeline (incident_id, kind, who, at_ms, text, "
                             "data, change_uid) VALUES (?, ?, ?, ?, ?, ?, ?)%1")
                  .arg(pg ? QStringLiteral(" RETURNING id") : QString()));
    for (TimelineEntry &e : entries) {
        q.addBindValue(incidentId);
        q.addBindValue(TimelineEntry::kindKey(e.kind));
        q.addBindValue(text(e.who));
        q.addBindValue(e.atMs);
        q.addBindValue(text(e.text));
        q.addBindValue(text(e.data));
        q.addBindValue(text(changeUid));
        if (!q.exec())
            return m_db->error(tr("cannot add to the timeline of incident %1").arg(incidentId),
                               q.lastError());
        if (pg) {
            if (!q.next())
                return m_db->error(tr("cannot read a timeline entry's id"), q.lastError());
            e.id = q.value(0).toLongLong();
        } else {
            e.id = q.lastInsertId().toLongLong();
        }
        e.pending = false;
    }
    return std::nullopt;
}

Result<std::optional<qint64>> IncidentRepository::appliedBefore(const QString &changeUid)
{
    if (changeUid.isEmpty())
        return std::optional<qint64>();
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT incident_id FROM incident_timeline WHERE change_uid = ?"));
    q.addBindValue(changeUid);
    if (!q.exec())
        return m_db->error(tr("cannot look up a queued change"), q.lastError());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

// ---- local state ----

void IncidentRepository::setStored(const Incident &incident)
{
    const auto old = m_view.constFind(incident.id);
    const bool differs = old == m_view.cend() || !(*old == incident);
    m_stored.insert(incident.id, incident);
    if (!m_queue.isEmpty()) {
        rebuildViewAndNotify();
        return;
    }
    m_view.insert(incident.id, incident);
    if (differs)
        Q_EMIT changed(incident.id);
}

void IncidentRepository::rebuildViewAndNotify()
{
    const QMap<qint64, Incident> before = m_view;
    rebuildView();
    for (auto it = m_view.cbegin(); it != m_view.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend() || !(*old == *it))
            Q_EMIT changed(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!m_view.contains(it.key()))
            Q_EMIT changed(it.key()); // gone: an offline id that got its stored one
    }
}

void IncidentRepository::rebuildView()
{
    m_view = m_stored;
    for (const IncidentChange &queued : std::as_const(m_queue)) {
        IncidentChange change = queued;
        change.incidentId = m_renumbered.value(change.incidentId, change.incidentId);
        const bool create = change.kind == IncidentChange::Kind::Create;
        if (!create && !m_view.contains(change.incidentId))
            continue;
        const Incident base = create ? Incident() : m_view.value(change.incidentId);
        auto outcome = change.applyTo(base);
        if (!outcome || !outcome.value().anythingChanged)
            continue;
        Incident next = outcome.value().incident;
        if (create)
            next.id = change.incidentId;
        else if (outcome.value().fieldsChanged)
            next.version = base.version + 1;
        const qsizetype added = outcome.value().added.size();
        for (qsizetype i = next.timeline.size() - added; i < next.timeline.size(); ++i)
            next.timeline[i].pending = true;
        sortTimeline(next.timeline);
        next.pendingChanges = base.pendingChanges + 1;
        m_view.insert(next.id, next);
    }
}

QString IncidentRepository::queuePath() const
{
    return QDir(m_options.offlineDir).filePath(QStringLiteral("queue.json"));
}

QString IncidentRepository::snapshotPath() const
{
    return QDir(m_options.offlineDir).filePath(QStringLiteral("snapshot.json"));
}

void IncidentRepository::loadOfflineFiles()
{
    if (m_options.offlineDir.isEmpty())
        return;
    QString error;
    const QJsonObject queue = readJsonFile(queuePath(), &error);
    if (!error.isEmpty()) {
        qCWarning(lcIncidents).noquote()
            << "cannot read the offline queue" << queuePath() << ":" << error;
        return;
    }
    for (const QJsonValue &v : queue.value(QStringLiteral("changes")).toArray()) {
        auto change = IncidentChange::fromJson(v.toObject());
        if (!change) {
            qCWarning(lcIncidents).noquote()
                << "skipping a queued change in" << queuePath() << ":" << change.error().message;
            continue;
        }
        m_nextOfflineId = std::min(m_nextOfflineId, change.value().incidentId - 1);
        m_queue.append(change.value());
    }
    if (!m_queue.isEmpty())
        qCInfo(lcIncidents).noquote()
            << m_queue.size() << "incident change(s) queued in" << queuePath();
}

void IncidentRepository::saveQueue()
{
    if (m_options.offlineDir.isEmpty())
        return;
    if (m_queue.isEmpty()) {
        QFile::remove(queuePath());
        return;
    }
    QJsonArray changes;
    for (const IncidentChange &c : std::as_const(m_queue))
        changes.append(c.toJson());
    QDir().mkpath(m_options.offlineDir);
    if (!writeJsonFile(queuePath(), QJsonObject{{QStringLiteral("changes"), changes}}))
        qCCritical(lcIncidents).noquote() << "cannot write the offline queue" << queuePath();
}

void IncidentRepository::saveSnapshot() const
{
    if (m_options.offlineDir.isEmpty())
        return;
    QJsonArray list;
    for (const Incident &inc : m_stored)
        list.append(inc.toJson());
    QDir().mkpath(m_options.offlineDir);
    if (!writeJsonFile(snapshotPath(), QJsonObject{{QStringLiteral("incidents"), list}}))
        qCWarning(lcIncidents).noquote() << "cannot write" << snapshotPath();
}

} // namespace Wk
