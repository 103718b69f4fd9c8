#pragma once

#include "models/config/workspace.h"
#include "models/core/result.h"

#include <QObject>

#include <memory>

namespace Wk {

class Clock;
class Collector;
class Database;
class DatabaseLease;
class MaintenanceSilencer;
class NotificationLogStore;
class NotificationOutbox;
class HistoryRepository;
class DashboardRunner;
class EngineRegistry;
class AlertBook;
class AlertsModel;
class AlertRepository;
class AlertSource;
class AlertmanagerClient;
class Notifier;
class IncidentAutomation;
class IncidentListModel;
class IncidentRepository;
class SilenceStore;
class SlaTimer;
struct PanelModels;
class RuleEvaluator;
class HealthModel;
class QueryEngine;
class SeriesStore;
class Simulator;
class SimulatorServer;
struct Dashboard;

// Everything one running console holds, wired in the one direction data flows:
// workspace -> collector -> series store -> query engine -> dashboard runners.
// Only app/ knows all the parts.
class Session final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        quint32 seed = 42;
        QString workspacePath;
        int backfillDays = 7;        // demo: history the simulated service generates for itself
        QList<TargetConfig> targets; // used instead of a workspace file when set (tests)
        // Where state and history live: overrides the workspace's database. Empty: the
        // workspace's, else the user's data folder (demo.db for the demo). ":none" keeps
        // nothing (tests that must not touch the user's files).
        QString database;
    };

    // clock: the time every part runs on (the system clock unless a test injects one).
    explicit Session(Clock *clock = nullptr, QObject *parent = nullptr);
    ~Session() override;

    // Loads the workspace (or starts the simulator for the demo) and starts polling.
    Result<bool> start(const Options &options);

    const Workspace &workspace() const { return m_workspace; }
    Clock *clock() const { return m_clock; }
    SeriesStore *store() const { return m_store.get(); }
    HealthModel *health() const { return m_health.get(); }
    Collector *collector() const { return m_collector.get(); }
    QueryEngine *engine() const { return m_engine.get(); } // the local engine
    RuleEvaluator *rules() const { return m_rules.get(); }
    Notifier *notifier() const { return m_notifier.get(); }
    // The on-call book: alerts with acknowledgements, silences, maintenance, inhibition.
    AlertBook *alertBook() const { return m_alertBook.get(); }
    AlertRepository *alertRepository() const { return m_alertRepository.get(); }
    AlertsModel *alertsModel() const { return m_alertsModel.get(); } // for dashboard panels
    // The incident board's store (shared by every desktop on a PostgreSQL database).
    IncidentRepository *incidents() const { return m_incidents.get(); }
    IncidentListModel *incidentModel() const { return m_incidentModel.get(); }
    IncidentAutomation *incidentAutomation() const { return m_automation.get(); }
    EngineRegistry *engines() const { return m_engines.get(); }
    // Null without a database; on PostgreSQL held by one desktop of the team at a time.
    DatabaseLease *notifierLease() const { return m_notifierLease.get(); }
    // What dashboard panels show besides query answers: health, alerts, incidents.
    PanelModels panelModels() const;
    QStringList ruleErrors() const { return m_ruleErrors; }
    // The rule files in use: the workspace's, or the guide's built-in rules.
    QStringList ruleFiles() const;
    const QList<DashboardRunner *> &runners() const { return m_runners; }
    // After the language changed: the built-in dashboards' words in the installed language.
    void retranslateDashboards();
    DashboardRunner *runner(const QString &dashboardId) const;
    QStringList dashboardErrors() const { return m_dashboardErrors; }
    Database *database() const { return m_database.get(); } // null when keeping nothing
    // Writes history not yet in the database (also done every five minutes and at exit).
    void flushHistory(bool everything);
    Simulator *simulator() const; // the demo's simulated service, or null
    QUrl simulatorUrl() const { return m_simulatorUrl; }

Q_SIGNALS:
    void firstDataArrived();

private:
    void backfill(int days);
    void startRules();
    void startAlertBook();
    void startIncidents(bool demo);
    Result<bool> openDatabase(const QString &location);
    void scheduleMaintenance();

    Clock *m_clock; // not owned (the process clock)
    Workspace m_workspace;
    std::unique_ptr<SeriesStore> m_store;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HistoryRepository> m_history;
    std::unique_ptr<HealthModel> m_health;
    std::unique_ptr<Collector> m_collector;
    std::unique_ptr<QueryEngine> m_engine;
    std::unique_ptr<EngineRegistry> m_engines;
    std::unique_ptr<RuleEvaluator> m_rules;
    std::unique_ptr<NotificationOutbox> m_outbox; // before the notifier that writes to it
    std::unique_ptr<NotificationLogStore> m_deliveryLog;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<DatabaseLease> m_notifierLease; // one desktop of a team sends
    std::unique_ptr<AlertRepository> m_alertRepository;
    std::unique_ptr<AlertmanagerClient> m_alertmanager;
    std::unique_ptr<AlertSource> m_alertSource;
    std::unique_ptr<SilenceStore> m_silences;
    std::unique_ptr<AlertBook> m_alertBook;
    std::unique_ptr<MaintenanceSilencer> m_maintenanceSilencer; // Alertmanager mode
    std::unique_ptr<AlertsModel> m_alertsModel;
    std::unique_ptr<IncidentRepository> m_incidents;
    std::unique_ptr<IncidentAutomation> m_automation;
    std::unique_ptr<IncidentListModel> m_incidentModel;
    std::unique_ptr<SlaTimer> m_slaTimer;
    QString m_databaseLocation;
    QStringList m_ruleErrors;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<SimulatorServer> m_simServer;
    QUrl m_simulatorUrl;
    QList<DashboardRunner *> m_runners; // children
    QStringList m_dashboardErrors;
};

} // namespace Wk
