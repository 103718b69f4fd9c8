#include "session.h"

#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/alertmanageralertsource.h"
#include "models/alerts/alertmanagerclient.h"
#include "models/alerts/alertmanagersilencestore.h"
#include "models/alerts/alertrepository.h"
#include "models/alerts/alertsmodel.h"
#include "models/alerts/escalationpolicy.h"
#include "models/alerts/inhibitrule.h"
#include "models/alerts/localalertsource.h"
#include "models/alerts/localsilencestore.h"
#include "models/alerts/maintenancesilencer.h"
#include "models/alerts/notificationconfigloader.h"
#include "models/alerts/notificationdeliverymodel.h"
#include "models/alerts/notificationlogstore.h"
#include "models/alerts/notificationoutbox.h"
#include "models/alerts/notifier.h"
#include "models/alerts/ruleevaluator.h"
#include "models/alerts/ruleloader.h"
#include "models/core/clock.h"
#include "models/core/logging.h"
#include "models/dashboards/dashboard.h"
#include "models/dashboards/dashboardrunner.h"
#include "models/incidents/incidentautomation.h"
#include "models/incidents/incidentdemo.h"
#include "models/incidents/incidentlistmodel.h"
#include "models/incidents/incidentrepository.h"
#include "models/incidents/slatimer.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/engineregistry.h"
#include "models/promql/localengine.h"
#include "models/sources/collector.h"
#include "models/sources/healthdecoder.h"
#include "models/sources/healthmodel.h"
#include "models/storage/database.h"
#include "models/storage/databaselease.h"
#include "models/storage/historyrepository.h"
#include "widgets/panelview.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Wk {

Session::Session(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : SystemClock::instance())
{}

Session::~Session()
{
    // Runners and the collector go before the engine, store and simulator they point at.
    qDeleteAll(m_runners);
    m_runners.clear();
    m_slaTimer.reset();
    m_automation.reset();
    m_incidentModel.reset();
    m_alertsModel.reset();
    m_maintenanceSilencer.reset();
    m_alertBook.reset();
    m_incidents.reset();
    m_silences.reset();
    m_alertSource.reset();
    m_alertmanager.reset();
    m_rules.reset();
    m_notifierLease.reset();
    m_notifier.reset();
    m_outbox.reset();
    m_deliveryLog.reset();
    m_alertRepository.reset();
    m_collector.reset();
    flushHistory(true);
    m_history.reset();
    m_database.reset();
    m_simServer.reset();
}

Simulator *Session::simulator() const
{
    return m_simulator.get();
}

DashboardRunner *Session::runner(const QString &dashboardId) const
{
    for (DashboardRunner *r : m_runners) {
        if (r->dashboard().id == dashboardId)
            return r;
    }
    return nullptr;
}

Result<bool> Session::start(const Options &options)
{
    SeriesStore::Options storeOptions;
    // Raw history long enough for the 7-day executive view; older data lives in the tiers.
    storeOptions.retentionMs = 9ll * 24 * 3600 * 1000;
    m_store = std::make_unique<SeriesStore>(storeOptions);
    m_health = std::make_unique<HealthModel>();

    // The database: explicit, the workspace's, or the user's data folder.
    QString location = options.database;
    if (location.isEmpty() && !options.demo && !options.targets.isEmpty())
        location = QStringLiteral(":none");
    if (location.isEmpty() && !options.demo && !options.workspacePath.isEmpty()) {
        auto ws = WorkspaceLoader::loadFile(options.workspacePath);
        if (!ws)
            return ws.error();
        location = ws.value().database;
    }
    if (location.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        location = QDir(dir).filePath(options.demo ? QStringLiteral("demo.db")
                                                   : QStringLiteral("watchkeeper.db"));
    }
    m_databaseLocation = location;
    if (location != u":none") {
        const auto opened = openDatabase(location);
        if (!opened)
            return opened.error();
    }

    if (options.demo) {
        m_simulator = std::make_unique<Simulator>(options.seed, m_clock);
        m_simServer = std::make_unique<SimulatorServer>(m_simulator.get());
        const quint16 port = m_simServer->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            return Error(QCoreApplication::translate(
                "Wk::Session", "cannot start the simulated service on a loopback port"));
        m_simulatorUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_workspace = demoWorkspace(m_simulatorUrl, {});
        qCInfo(lcSim) << "simulated service at" << m_simulatorUrl.toString();
        if (options.backfillDays > 0)
            backfill(options.backfillDays);
    } else if (!options.targets.isEmpty()) {
        m_workspace.targets = options.targets;
    } else {
        auto ws = WorkspaceLoader::loadFile(options.workspacePath);
        if (!ws)
            return ws.error();
        m_workspace = ws.value();
    }

    m_engine = std::make_unique<LocalEngine>(*m_store);
    m_collector = std::make_unique<Collector>(m_clock, m_store.get(), m_health.get());
    m_collector->setTargets(m_workspace.targets);
    connect(m_collector.get(), &Collector::firstRoundDone, this, &Session::firstDataArrived);

    // Each dashboard asks the engine it names: local by default, or a Prometheus-API server.
    m_engines = std::make_unique<EngineRegistry>(m_engine.get());
    m_engines->setDefaultPrometheus(m_workspace.prometheus);
    PrometheusEngine::Options remote;
    remote.timeoutMs = m_workspace.prometheusAccess.timeoutMs;
    remote.tls = m_workspace.prometheusAccess.tls;
    remote.credentialsFile = m_workspace.prometheusAccess.credentialsFile;
    remote.bearerToken = m_workspace.prometheusAccess.bearerToken.toUtf8();
    m_engines->setPrometheusOptions(remote);
    const QList<Dashboard> dashboards =
        DashboardLoader::loadAll(m_workspace.dashboardsDir, &m_dashboardErrors);
    for (const Dashboard &d : dashboards) {
        auto engine = m_engines->engineFor(d.engine);
        if (!engine) {
            m_dashboardErrors << QStringLiteral("%1: %2").arg(d.sourceFile,
                                                              engine.error().toString());
            m_runners.append(new DashboardRunner(d, m_engine.get(), m_clock, this));
            continue;
        }
        m_runners.append(new DashboardRunner(d, engine.value(), m_clock, this));
    }
    for (const QString &e : std::as_const(m_dashboardErrors))
        qCWarning(lcDashboards).noquote() << e;

    m_collector->start();
    startRules();
    scheduleMaintenance();
    return true;
}

void Session::retranslateDashboards()
{
    const QList<Dashboard> dashboards =
        DashboardLoader::loadAll(m_workspace.dashboardsDir, nullptr);
    for (DashboardRunner *runner : std::as_const(m_runners)) {
        for (const Dashboard &d : dashboards) {
            if (d.id == runner->dashboard().id) {
                runner->setWords(d);
                break;
            }
        }
    }
}

void Session::startAlertBook()
{
    if (m_database) {
        auto repo = AlertRepository::open(m_database.get());
        if (repo)
            m_alertRepository = std::move(repo).value();
        else
            m_ruleErrors << repo.error().toString();
    }
    // Alerts come from our own rules, or from the team's Alertmanager; suppressions and
    // acknowledgements live where the alerts do.
    if (m_workspace.alertmanager.isValid() && !m_workspace.alertmanager.isEmpty()) {
        m_alertmanager = std::make_unique<AlertmanagerClient>(m_workspace.alertmanager);
        auto source = std::make_unique<AlertmanagerAlertSource>(m_alertmanager.get(), m_clock);
        auto silences = std::make_unique<AlertmanagerSilenceStore>(m_alertmanager.get(), m_clock,
                                                                   m_alertRepository.get());
        source->start(); // polls now, then on its interval
        silences->start();
        m_alertSource = std::move(source);
        m_silences = std::move(silences);
    } else {
        m_alertSource = std::make_unique<LocalAlertSource>(m_rules.get());
        m_silences = std::make_unique<LocalSilenceStore>(m_clock, m_alertRepository.get());
    }
    m_alertBook = std::make_unique<AlertBook>(m_clock, m_alertSource.get(), m_silences.get(),
                                              m_alertRepository.get());
    m_alertsModel = std::make_unique<AlertsModel>(m_alertBook.get());
    // Inhibition and escalation: the workspace's inhibit_rules: and escalation:, or the defaults
    // (SystemDown and DatabaseUnavailable inhibit performance alerts; the guide's 5/15/30 min).
    QList<InhibitRule> inhibit = InhibitRule::defaults();
    EscalationPolicy escalation = EscalationPolicy::guideDefault();
    if (!m_workspace.path.isEmpty()) {
        try {
            const YAML::Node root = YAML::LoadFile(m_workspace.path.toStdString());
            if (const YAML::Node n = root["inhibit_rules"]) {
                auto parsed = InhibitRule::parse(n, m_workspace.path);
                if (parsed)
                    inhibit = parsed.value();
                else
                    m_ruleErrors << parsed.error().toString();
            }
            if (const YAML::Node n = root["escalation"]) {
                auto parsed = EscalationPolicy::parse(n, m_workspace.path);
                if (parsed)
                    escalation = parsed.value();
                else
                    m_ruleErrors << parsed.error().toString();
            }
        } catch (const YAML::Exception &e) {
            // The workspace loader has already accepted this file; a reread that fails is odd
            // enough to say, and the defaults stay.
            m_ruleErrors << QStringLiteral("%1: %2").arg(m_workspace.path,
                                                         QString::fromStdString(e.msg));
        }
    }
    m_alertBook->setInhibitRules(inhibit);
    m_alertBook->setEscalationPolicy(escalation);

    // With Alertmanager, maintenance windows become its silences too, so its own notifications
    // keep quiet; one desktop of a team (the notifier lease's) keeps them.
    if (m_alertmanager) {
        AlertBook *book = m_alertBook.get();
        m_maintenanceSilencer = std::make_unique<MaintenanceSilencer>(
            [book] { return book->maintenanceWindows(); }, m_silences.get(), m_clock);
        MaintenanceSilencer *silencer = m_maintenanceSilencer.get();
        connect(book, &AlertBook::maintenanceWindowsChanged, silencer, &MaintenanceSilencer::sync);
        if (m_notifierLease) {
            connect(m_notifierLease.get(), &DatabaseLease::heldChanged, silencer,
                    &MaintenanceSilencer::setEnabled);
        }
        silencer->setEnabled(!m_notifierLease || m_notifierLease->isHeld());
    }

    // Notifications follow the book, so silenced, inhibited and in-maintenance alerts page
    // nobody, an acknowledgement acks the page, and escalation reaches each step's channels.
    Notifier *n = m_notifier.get();
    connect(m_alertBook.get(), &AlertBook::alertFiring, n, [n](const AlertStatus &s) {
        if (!s.isSuppressed())
            n->notifyFiring(s.alert);
    });
    connect(m_alertBook.get(), &AlertBook::alertResolved, n,
            [n](const AlertStatus &s) { n->notifyResolved(s.alert); });
    connect(m_alertBook.get(), &AlertBook::acknowledged, n, [n](const AlertStatus &s) {
        n->notifyAcknowledged(s.alert, s.ack ? s.ack->by : QString(),
                              s.ack ? s.ack->note : QString());
    });
    // An ack that ends because the alert resolved is not news; one taken back or expired on a
    // still-firing alert is.
    connect(m_alertBook.get(), &AlertBook::unacknowledged, n,
            [n](const AlertStatus &s, Acknowledgement::EndReason reason) {
                if (reason != Acknowledgement::EndReason::Resolved && s.isFiring())
                    n->notifyUnacknowledged(s.alert);
            });
    // A silence or window that ends on a firing alert hands it back to the people, as
    // Alertmanager does.
    connect(m_alertBook.get(), &AlertBook::suppressionChanged, n, [n](const AlertStatus &s) {
        if (s.isFiring() && !s.isSuppressed() && !s.isAcknowledged())
            n->notifyFiring(s.alert);
    });
    connect(m_alertBook.get(), &AlertBook::escalated, n,
            [n](const AlertStatus &s, const EscalationStep &step) {
                n->notifyEscalation(s.alert, step.number, step.channels, step.target);
            });
}

void Session::startIncidents(bool demo)
{
    IncidentRepository::Options o;
    // Kept-nothing sessions (tests) get a board in memory.
    o.location = m_databaseLocation == u":none" ? QStringLiteral(":memory:") : m_databaseLocation;
    if (m_databaseLocation != u":none") {
        // Changes typed while the database is away wait here, per database, and survive a crash.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString key = QString::fromLatin1(
            QCryptographicHash::hash(o.location.toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(12));
        o.offlineDir = QDir(base).filePath(QStringLiteral("offline/") + key);
        QDir().mkpath(o.offlineDir);
    }
    auto repo = IncidentRepository::open(o, m_clock);
    if (!repo) {
        m_ruleErrors << repo.error().toString();
        return;
    }
    m_incidents = std::move(repo).value();
    if (demo && m_incidents->incidents().isEmpty())
        IncidentDemo::populate(m_incidents.get(), m_clock->nowMs());
    m_slaTimer = std::make_unique<SlaTimer>(m_incidents.get(), m_clock);
    m_incidentModel = std::make_unique<IncidentListModel>(m_incidents.get(), m_clock);

    // A firing critical alert opens a P1 (high: P2), or joins the open incident of its instance;
    // its resolution goes on that incident's timeline.
    m_automation = std::make_unique<IncidentAutomation>(m_incidents.get());
    IncidentAutomation *automation = m_automation.get();
    if (m_workspace.incidentOpenFor) { // the workspace's incidents: open_for:
        QHash<QString, IncidentSeverity> mapping;
        for (auto it = m_workspace.incidentOpenFor->cbegin();
             it != m_workspace.incidentOpenFor->cend(); ++it)
            mapping.insert(it.key(), IncidentSeverity(it.value()));
        automation->setSeverityMapping(mapping);
    }
    const auto labelsOf = [](const AlertStatus &s) {
        QMap<QString, QString> labels;
        for (const Label &l : s.alert.labels)
            labels.insert(l.name, l.value);
        return labels;
    };
    const auto fingerprint = [](const AlertStatus &s) {
        return QStringLiteral("%1").arg(s.id(), 16, 16, QLatin1Char('0'));
    };
    connect(m_alertBook.get(), &AlertBook::alertFiring, automation,
            [automation, labelsOf, fingerprint](const AlertStatus &s) {
                if (!s.isSuppressed())
                    automation->onAlertFiring(fingerprint(s), labelsOf(s), s.severity(),
                                              s.alert.annotations.value(QStringLiteral("summary")));
            });
    connect(m_alertBook.get(), &AlertBook::alertResolved, automation,
            [automation, labelsOf, fingerprint](const AlertStatus &s) {
                automation->onAlertResolved(fingerprint(s), labelsOf(s));
            });
}

PanelModels Session::panelModels() const
{
    return PanelModels{m_health.get(), m_alertsModel.get(), m_incidentModel.get(), m_clock};
}

QStringList Session::ruleFiles() const
{
    return m_workspace.ruleFiles.isEmpty()
               ? QStringList{QStringLiteral(":/rules/service.rules.yml")}
               : m_workspace.ruleFiles;
}

void Session::startRules()
{
    // The rules run on the local store whatever the dashboards use: alerts must not depend on
    // a remote engine being reachable.
    QList<RuleGroup> groups;
    for (const QString &file : ruleFiles()) {
        const auto loaded = RuleLoader::loadFile(file);
        for (const Error &e : loaded.errors)
            m_ruleErrors << e.toString();
        if (loaded.ok())
            groups += loaded.file.groups;
    }
    // Notifications: the workspace's notifications: section, or the desktop alone.
    m_notifier = std::make_unique<Notifier>(m_clock);
    if (!m_workspace.path.isEmpty()) {
        auto config = NotificationConfigLoader::loadFile(m_workspace.path);
        if (config)
            m_notifier->setConfig(config.value());
        else
            m_ruleErrors << config.error().toString();
    }
    // With a team's shared database, one desktop sends to Slack, PagerDuty, email and SMS: the
    // one holding the notifier lease (the others take over within 15 s when it goes).
    // Notifications on their way out are kept in the database until delivered: a restart, or
    // the desktop that takes over the sending, carries on with them.
    if (m_database) {
        auto outbox = NotificationOutbox::open(m_database.get());
        if (outbox) {
            m_outbox = std::move(outbox).value();
            m_notifier->setOutbox(m_outbox.get());
        } else {
            m_ruleErrors << outbox.error().toString();
        }
        // The delivery log: the last month's external deliveries, shown again after a restart.
        auto log = NotificationLogStore::open(m_database.get());
        if (log) {
            m_deliveryLog = std::move(log).value();
            if (auto pruned =
                    m_deliveryLog->prune(m_clock->nowMs() - NotificationLogStore::RetentionMs);
                !pruned)
                m_ruleErrors << pruned.error().toString();
            if (auto recent = m_deliveryLog->recent(m_notifier->deliveries()->maxRows() / 5)) {
                for (const NotificationDelivery &d : recent.value())
                    m_notifier->deliveries()->append(d);
            }
            NotificationLogStore *store = m_deliveryLog.get();
            connect(m_notifier.get(), &Notifier::deliveryRecorded, this,
                    [store](const NotificationDelivery &d) {
                        // Each desktop's own popups and what it left to the team's sender stay
                        // in its own view.
                        if (d.channelType == u"desktop" ||
                            d.outcome == NotificationDelivery::Outcome::Delegated)
                            return;
                        if (auto err = store->append(d))
                            qCWarning(lcAlerts).noquote() << err->toString();
                    });
        } else {
            m_ruleErrors << log.error().toString();
        }
        m_notifierLease =
            std::make_unique<DatabaseLease>(m_database.get(), QStringLiteral("notifier"), m_clock);
        Notifier *notifier = m_notifier.get();
        notifier->setExternalDelivery(m_notifierLease->isHeld());
        connect(m_notifierLease.get(), &DatabaseLease::heldChanged, notifier,
                [notifier](bool held) {
                    notifier->setExternalDelivery(held);
                    qCInfo(lcAlerts) << (held ? "this desktop sends the team's notifications"
                                              : "another desktop sends the team's notifications");
                    if (held)
                        notifier->resumeFromOutbox();
                });
        if (const int resumed = notifier->resumeFromOutbox())
            qCInfo(lcAlerts) << resumed << "notifications taken up from the outbox";
    }
    m_rules = std::make_unique<RuleEvaluator>(m_clock, m_engine.get(), m_store.get());
    m_rules->setRules(groups);
    startAlertBook();
    startIncidents(m_simulator != nullptr);
    // Every problem with rules, notifications, inhibition, escalation or the board, said once.
    for (const QString &e : std::as_const(m_ruleErrors))
        qCWarning(lcAlerts).noquote() << e;
    m_rules->start();
}

Result<bool> Session::openDatabase(const QString &location)
{
    auto db = Database::open(location);
    if (!db)
        return db.error();
    m_database = std::move(db).value();
    auto history = HistoryRepository::open(m_database.get(), m_store.get());
    if (!history)
        return history.error();
    m_history = std::move(history).value();
    const auto loaded = m_history->load(m_clock->nowMs());
    if (!loaded)
        return loaded.error();
    qCInfo(lcStorage) << "history from" << m_database->displayLocation() << ":"
                      << loaded.value().series << "series," << loaded.value().chunks << "chunks";
    for (const QString &p : loaded.value().problems)
        qCWarning(lcStorage).noquote() << p;
    return true;
}

void Session::flushHistory(bool everything)
{
    if (!m_history)
        return;
    const auto r = m_history->flush(everything ? HistoryRepository::Scope::Everything
                                               : HistoryRepository::Scope::Incremental);
    if (!r)
        qCWarning(lcStorage).noquote() << "history not written:" << r.error().toString();
}

void Session::scheduleMaintenance()
{
    // History goes to the database every five minutes; retention once an hour.
    m_clock->callAfter(5 * 60 * 1000, this, [this] {
        flushHistory(false);
        const qint64 now = m_clock->nowMs();
        if (now / 3'600'000 != (now - 5 * 60 * 1000) / 3'600'000) {
            m_store->enforceRetention(now);
            if (m_history)
                m_history->applyRetention(now);
        }
        scheduleMaintenance();
    });
}

void Session::backfill(int days)
{
    // The simulated service computes its own past, so the first frame already has history.
    Simulator *sim = simulator();
    if (!sim)
        return;
    QElapsedTimer timer;
    timer.start();
    const qint64 now = m_clock->nowMs();
    const qint64 step = 60'000;
    // One day more than asked, so the 24-hour windows of daily panels are full over the whole
    // shown range instead of ramping up from nothing at its start.
    qint64 from = (now - (days + 1) * 24ll * 3600 * 1000) / step * step;
    // What the database kept from an earlier run is not generated again.
    if (const qint64 newest = m_store->newestT(); newest > from)
        from = (newest / step + 1) * step;
    const TargetConfig *metrics = nullptr;
    const TargetConfig *health = nullptr;
    for (const TargetConfig &t : m_workspace.targets)
        (t.kind == TargetConfig::Kind::Metrics ? metrics : health) = &t;
    const HealthDecoder decoder;
    const auto withTarget = [](Labels l, const TargetConfig &t) {
        l.set(QStringLiteral("job"), t.name);
        l.set(QStringLiteral("instance"), t.instance());
        return l;
    };
    int samples = 0;
    if (metrics) {
        // Intern the simulator's series once; then only values are written per step.
        std::vector<SeriesId> ids;
        for (const Labels &l : sim->seriesLabels())
            ids.push_back(m_store->intern(withTarget(l, *metrics)));
        const SeriesId up = m_store->intern(
            withTarget({{QStringLiteral("__name__"), QStringLiteral("up")}}, *metrics));
        for (qint64 t = from; t < now - step; t += step) {
            const std::vector<double> values = sim->seriesValuesAt(t);
            for (size_t i = 0; i < ids.size() && i < values.size(); ++i)
                samples += m_store->append(ids[i], t, values[i]) ? 1 : 0;
            samples += m_store->append(up, t, 1.0) ? 1 : 0;
        }
    }
    if (health) {
        // Health answers change slowly; every fifth minute is plenty for 30-day views.
        const qint64 healthStep = 5 * step;
        for (qint64 t = from; t < now - step; t += healthStep) {
            const auto report = decoder.decode(QJsonDocument(sim->health(t, true)).toJson());
            if (!report)
                continue;
            const auto add = [&](const QString &name, double v, const QString &check) {
                Labels l = withTarget({{QStringLiteral("__name__"), name}}, *health);
                if (!check.isEmpty())
                    l.set(QStringLiteral("check"), check);
                samples += m_store->append(l, t, v) ? 1 : 0;
            };
            add(QStringLiteral("up"), 1, {});
            add(QStringLiteral("watchkeeper_health_status"), int(report.value().overall),
                QStringLiteral("overall"));
            for (const HealthCheck &c : report.value().checks) {
                add(QStringLiteral("watchkeeper_health_status"), int(c.status), c.name);
                if (c.durationMs >= 0)
                    add(QStringLiteral("watchkeeper_health_check_duration_seconds"),
                        c.durationMs / 1000.0, c.name);
            }
        }
    }
    m_store->notifyAppended(now);
    qCInfo(lcSim) << "backfilled" << days << "days," << samples << "samples in" << timer.elapsed()
                  << "ms";
}

} // namespace Wk
