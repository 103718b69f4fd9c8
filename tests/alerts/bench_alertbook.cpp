// Figures for the on-call controls: how long the AlertBook takes to take in a storm of alerts
// and to recompute every status (silences, maintenance, inhibition, escalation), how the
// AlertsModel follows, and what a committed user action (acknowledge + audit) costs on SQLite.
#include "fakealertsource.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/alertrepository.h"
#include "models/alerts/alertsmodel.h"
#include "models/alerts/localsilencestore.h"
#include "models/core/clock.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'711'368'000'000;
const char *const Names[] = {
    "SystemDown",      "DatabaseUnavailable", "HighErrorRate",    "PerformanceDegradation",
    "HighMemoryUsage", "CacheMissRateHigh",   "DiskSpaceWarning", "ExternalAPIFailures"};
const char *const Severities[] = {"critical", "critical", "critical", "high",
                                  "high",     "medium",   "medium",   "high"};

void storm(int alerts, int silences)
{
    ManualClock clock(T0);
    FakeAlertSource source;
    LocalSilenceStore store(&clock, nullptr);
    AlertBook book(&clock, &source, &store, nullptr);
    AlertsModel model(&book);
    model.setGrouping(AlertsModel::Grouping::ByInstance);
    for (int i = 0; i < silences; ++i) {
        Silence s;
        s.matchers << LabelMatcher::parse(QStringLiteral("instance=~\"host-%1[0-9]*\"").arg(i));
        s.startsAtMs = T0;
        s.endsAtMs = T0 + 3'600'000;
        s.createdBy = QStringLiteral("bench");
        s.comment = QStringLiteral("bench");
        store.save(s, {});
    }
    MaintenanceWindow w;
    w.name = QStringLiteral("weekly");
    w.kind = MaintenanceWindow::Kind::Weekly;
    w.setWeekday(Qt::Monday);
    w.startTime = QTime(11, 0);
    w.durationMs = 3 * 3'600'000;
    w.timeZone = "Europe/Berlin";
    w.comment = QStringLiteral("bench");
    book.addMaintenanceWindow(w);

    QElapsedTimer t;
    t.start();
    QList<quint64> ids;
    for (int i = 0; i < alerts; ++i) {
        const int k = i % 8;
        ids << source
                   .fire(QString::fromLatin1(Names[k]), QStringLiteral("host-%1").arg(i / 8),
                         QString::fromLatin1(Severities[k]), T0)
                   .id;
    }
    const double stormMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const int rounds = 20;
    for (int r = 0; r < rounds; ++r)
        book.acknowledge(ids.at(r), QStringLiteral("bench"));
    const double ackMs = t.nsecsElapsed() / 1e6 / rounds;
    t.restart();
    for (int r = 0; r < rounds; ++r)
        book.setInhibitRules(InhibitRule::defaults()); // recomputes every status
    const double fullMs = t.nsecsElapsed() / 1e6 / rounds;
    int suppressed = 0;
    for (const AlertStatus &s : book.statuses())
        suppressed += s.isSuppressed() ? 1 : 0;
    std::printf("%6d alerts, %3d silences: storm %8.1f ms (%6.1f us per alert); one ack %6.2f "
                "ms; every status recomputed %7.2f ms; %d suppressed, %d model rows\n",
                alerts, silences, stormMs, stormMs * 1000 / alerts, ackMs, fullMs, suppressed,
                model.rowCount());
    std::fflush(stdout);
}

void committedActions()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")));
    auto repo = AlertRepository::open(db.value().get());
    ManualClock clock(T0);
    FakeAlertSource source;
    LocalSilenceStore store(&clock, repo.value().get());
    AlertBook::Options options;
    options.reloadIntervalMs = 0;
    AlertBook book(&clock, &source, &store, repo.value().get(), options);
    QList<quint64> ids;
    for (int i = 0; i < 200; ++i)
        ids << source
                   .fire(QStringLiteral("A"), QStringLiteral("h%1").arg(i), QStringLiteral("high"),
                         T0)
                   .id;
    QElapsedTimer t;
    t.start();
    for (const quint64 id : std::as_const(ids))
        book.acknowledge(id, QStringLiteral("bench"));
    const double ackMs = t.nsecsElapsed() / 1e6 / ids.size();
    t.restart();
    for (int i = 0; i < 200; ++i) {
        Silence s;
        s.matchers << LabelMatcher::parse(QStringLiteral("instance=h%1").arg(i));
        s.startsAtMs = T0;
        s.endsAtMs = T0 + 3'600'000;
        s.createdBy = QStringLiteral("bench");
        s.comment = QStringLiteral("bench");
        store.save(s, {});
    }
    const double silenceMs = t.nsecsElapsed() / 1e6 / 200;
    std::printf("SQLite (WAL): acknowledge with its audit line, committed: %.2f ms; silence "
                "create, committed: %.2f ms (200 alerts in the book)\n",
                ackMs, silenceMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "wk.*.info=false");
    for (const auto &[alerts, silences] : {std::pair{100, 10}, {1000, 50}, {5000, 100}})
        storm(alerts, silences);
    committedActions();
    return 0;
}
