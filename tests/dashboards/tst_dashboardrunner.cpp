#include "models/core/clock.h"
#include "models/dashboards/dashboardrunner.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/localengine.h"

#include <QSignalSpy>
#include <QTest>

using namespace Wk;

namespace {

// Counts the queries it answers, so a test can see when a runner does (no) work.
class CountingEngine final : public QueryEngine
{
public:
    explicit CountingEngine(const SeriesStore &store)
        : m_local(store)
    {}
    void instantQuery(const QString &expr, qint64 t, Callback done) override
    {
        ++queries;
        m_local.instantQuery(expr, t, std::move(done));
    }
    void rangeQuery(const QString &expr, qint64 s, qint64 e, qint64 step, Callback done) override
    {
        ++queries;
        m_local.rangeQuery(expr, s, e, step, std::move(done));
    }
    QString name() const override { return QStringLiteral("counting"); }
    int queries = 0;

private:
    LocalEngine m_local;
};

Dashboard testDashboard()
{
    auto d = DashboardLoader::loadText(R"json({"id": "t", "refresh": "1m", "time_range": "10m",
      "panels": [
        {"title": "Requests", "type": "timeseries", "queries": [{"expr": "rate(req_total[2m])", "legend": "{{path}}"}]},
        {"title": "Now", "type": "stat", "expr": "sum(req_total)"},
        {"title": "Nothing", "type": "stat", "expr": "absent_metric"},
        {"title": "Broken", "type": "stat", "expr": "sum(("}
      ]})json",
                                       QStringLiteral("t.json"));
    return d.value();
}

} // namespace

class TestDashboardRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refreshesOnItsIntervalOnlyWhileActive()
    {
        const qint64 t0 = 1'700'000'000'000;
        ManualClock clock(t0);
        SeriesStore store;
        for (int i = 0; i <= 40; ++i) {
            store.append(Labels{{QStringLiteral("__name__"), QStringLiteral("req_total")},
                                {QStringLiteral("path"), QStringLiteral("/a,b")}},
                         t0 - 600'000 + i * 15'000, i * 30.0);
        }
        CountingEngine engine(store);
        DashboardRunner runner(testDashboard(), &engine, &clock);
        QCOMPARE(runner.data(0).state, PanelData::State::Loading);

        runner.setActive(true); // refreshes at once
        const int perRefresh = engine.queries;
        QVERIFY(perRefresh >= 4);
        QCOMPARE(runner.data(0).state, PanelData::State::Ok);
        QCOMPARE(runner.data(1).state, PanelData::State::Ok);
        QCOMPARE(runner.data(2).state, PanelData::State::NoData);
        QCOMPARE(runner.data(3).state, PanelData::State::Error);
        QVERIFY2(runner.data(3).error.contains(QStringLiteral("sum((")),
                 qPrintable(runner.data(3).error));
        QVERIFY(!runner.allPanelsHaveData());
        QCOMPARE(runner.panelProblems().size(), 2);

        // CSV of a range panel: time column, one column per series, quoted where needed.
        const QString csv = panelDataToCsv(runner.dashboard().panels[0], runner.data(0));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("time,\"/a,b\""));
        QVERIFY(lines.size() > 5);
        QCOMPARE(lines.last().section(u',', 1).toDouble(), 2.0); // 30 per 15 s
        // CSV of an instant panel.
        const QString stat = panelDataToCsv(runner.dashboard().panels[1], runner.data(1));
        QCOMPARE(stat, QStringLiteral("query,value\r\nsum(req_total),1200\r\n"));

        clock.advance(59'999);
        QCOMPARE(engine.queries, perRefresh);
        clock.advance(1);
        QCOMPARE(engine.queries, 2 * perRefresh);

        // Hidden: no work, however long.
        runner.setActive(false);
        clock.advance(10 * 60'000);
        QCOMPARE(engine.queries, 2 * perRefresh);
        runner.setActive(true); // stale by then: refreshes at once
        QCOMPARE(engine.queries, 3 * perRefresh);
    }
};

QTEST_GUILESS_MAIN(TestDashboardRunner)
#include "tst_dashboardrunner.moc"
