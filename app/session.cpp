#include "session.h"

#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"

#include "models/core/clock.h"
#include "models/core/logging.h"
#include "models/dashboards/dashboard.h"
#include "models/dashboards/dashboardrunner.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/localengine.h"
#include "models/sources/collector.h"
#include "models/sources/healthdecoder.h"
#include "models/sources/healthmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>

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
    m_collector.reset();
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

    const QList<Dashboard> dashboards =
        DashboardLoader::loadAll(m_workspace.dashboardsDir, &m_dashboardErrors);
    for (const Dashboard &d : dashboards)
        m_runners.append(new DashboardRunner(d, m_engine.get(), m_clock, this));
    for (const QString &e : std::as_const(m_dashboardErrors))
        qCWarning(lcDashboards).noquote() << e;

    m_collector->start();
    return true;
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
    const qint64 from = (now - (days + 1) * 24ll * 3600 * 1000) / step * step;
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
