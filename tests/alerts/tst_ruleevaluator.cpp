#include "models/alerts/ruleevaluator.h"

#include "models/core/clock.h"
#include "models/metrics/sample.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/queryengine.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Wk;

namespace {

constexpr qint64 Minute = 60'000;

// A query engine whose answers the test scripts: expression and time in, result out.
class ScriptedEngine final : public QueryEngine
{
public:
    using Script = std::function<QueryResult(const QString &expr, qint64 t)>;
    explicit ScriptedEngine(Script script)
        : m_script(std::move(script))
    {}
    void instantQuery(const QString &expr, qint64 timeMs, Callback done) override
    {
        queries.append({expr, timeMs});
        done(m_script(expr, timeMs));
    }
    void rangeQuery(const QString &, qint64, qint64, qint64, Callback done) override
    {
        done(QueryResult::failure(Error(QStringLiteral("not scripted"))));
    }
    QString name() const override { return QStringLiteral("scripted"); }

    QList<QPair<QString, qint64>> queries;

private:
    Script m_script;
};

QueryResult vector(QList<QPair<Labels, double>> samples, qint64 t)
{
    QueryResult r;
    r.type = QueryResult::Type::Vector;
    for (const auto &[labels, v] : samples)
        r.series.append({labels, {{t, v}}});
    return r;
}

Rule alertRule(const QString &name, const QString &expr, qint64 forMs = 0, qint64 keepMs = 0)
{
    Rule r;
    r.kind = Rule::Kind::Alerting;
    r.name = name;
    r.expr = expr;
    r.forMs = forMs;
    r.keepFiringForMs = keepMs;
    return r;
}

RuleGroup group(const QString &name, QList<Rule> rules, qint64 intervalMs = 0)
{
    RuleGroup g;
    g.name = name;
    g.rules = std::move(rules);
    g.intervalMs = intervalMs;
    return g;
}

std::optional<Sample> valueAt(const SeriesStore &store, const Labels &labels, qint64 t)
{
    const auto id = store.find(labels);
    if (!id)
        return std::nullopt;
    std::vector<Sample> out;
    store.read(*id, t, t, out);
    if (out.empty())
        return std::nullopt;
    return out.front();
}

} // namespace

class TestRuleEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Wk::Alert>(); }

    // inactive -> pending -> firing -> resolved -> removed after 15 minutes, with `for: 2m`.
    void lifecycle()
    {
        ManualClock clock(0);
        SeriesStore store;
        const Labels series{{"job", "api"}, {"instance", "a"}};
        ScriptedEngine engine([&](const QString &, qint64 t) {
            return t >= 1 * Minute && t <= 6 * Minute ? vector({{series, 5}}, t) : vector({}, t);
        });
        RuleEvaluator evaluator(&clock, &engine, &store);
        Rule rule = alertRule(QStringLiteral("Down"), QStringLiteral("cond"), 2 * Minute);
        rule.labels = {{"severity", "critical"}};
        evaluator.setRules({group(QStringLiteral("g"), {rule})});
        QSignalSpy pending(&evaluator, &RuleEvaluator::alertPending);
        QSignalSpy firing(&evaluator, &RuleEvaluator::alertFiring);
        QSignalSpy resolved(&evaluator, &RuleEvaluator::alertResolved);
        QSignalSpy removed(&evaluator, &RuleEvaluator::alertRemoved);

        const auto at = [&](qint64 t) {
            evaluator.evaluateGroup(0, t);
            return evaluator.alerts(QStringLiteral("Down"));
        };
        QVERIFY(at(0).isEmpty());
        QList<Alert> a = at(1 * Minute);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].state, Alert::State::Pending);
        QCOMPARE(a[0].activeAtMs, 1 * Minute);
        QCOMPARE(a[0].labels, (Labels{{"alertname", "Down"},
                                      {"job", "api"},
                                      {"instance", "a"},
                                      {"severity", "critical"}}));
        QCOMPARE(a[0].id, Alert::fingerprint(a[0].labels));
        QCOMPARE(pending.size(), 1);
        QCOMPARE(at(2 * Minute)[0].state, Alert::State::Pending); // 1 minute of 2
        a = at(3 * Minute);
        QCOMPARE(a[0].state, Alert::State::Firing);
        QCOMPARE(a[0].firedAtMs, 3 * Minute);
        QCOMPARE(firing.size(), 1);
        QCOMPARE(firing.at(0).at(0).value<Alert>().state, Alert::State::Firing);
        QCOMPARE(at(6 * Minute)[0].state, Alert::State::Firing);
        a = at(7 * Minute);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].state, Alert::State::Inactive);
        QCOMPARE(a[0].resolvedAtMs, 7 * Minute);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(at(22 * Minute).size(), 1); // 15 minutes after resolving: still kept
        QCOMPARE(removed.size(), 0);
        QVERIFY(at(23 * Minute).isEmpty());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(firing.size(), 1);
        QCOMPARE(resolved.size(), 1);
    }

    void pendingThatClearsIsRemoved()
    {
        ManualClock clock(0);
        const Labels series{{"job", "api"}};
        ScriptedEngine engine([&](const QString &, qint64 t) {
            return t == 1 * Minute ? vector({{series, 1}}, t) : vector({}, t);
        });
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        evaluator.setRules({group(QStringLiteral("g"), {alertRule(QStringLiteral("Blip"),
                                                                  QStringLiteral("x"), Minute)})});
        QSignalSpy resolved(&evaluator, &RuleEvaluator::alertResolved);
        QSignalSpy removed(&evaluator, &RuleEvaluator::alertRemoved);
        evaluator.evaluateGroup(0, 1 * Minute);
        evaluator.evaluateGroup(0, 2 * Minute);
        QVERIFY(evaluator.alerts().isEmpty());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(resolved.size(), 0);
    }

    void forZeroFiresAtOnce()
    {
        ManualClock clock(0);
        ScriptedEngine engine([&](const QString &, qint64 t) {
            return vector({{Labels(), 1}}, t);
        });
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        evaluator.setRules(
            {group(QStringLiteral("g"), {alertRule(QStringLiteral("Now"), QStringLiteral("x"))})});
        QSignalSpy pending(&evaluator, &RuleEvaluator::alertPending);
        QSignalSpy firing(&evaluator, &RuleEvaluator::alertFiring);
        evaluator.evaluateGroup(0, 5 * Minute);
        QCOMPARE(evaluator.alerts().value(0).state, Alert::State::Firing);
        QCOMPARE(evaluator.alerts().value(0).labels, (Labels{{"alertname", "Now"}}));
        QCOMPARE(pending.size(), 1);
        QCOMPARE(firing.size(), 1);
    }

    // keep_firing_for counts from the first evaluation without the condition.
    void keepFiringFor()
    {
        ManualClock clock(0);
        const Labels series{{"mount", "/data"}};
        ScriptedEngine engine([&](const QString &, qint64 t) {
            const bool on = (t >= 1 * Minute && t <= 3 * Minute) || t == 6 * Minute;
            return on ? vector({{series, 0.9}}, t) : vector({}, t);
        });
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        evaluator.setRules(
            {group(QStringLiteral("g"),
                   {alertRule(QStringLiteral("Disk"), QStringLiteral("x"), 0, 3 * Minute)})});
        QSignalSpy resolved(&evaluator, &RuleEvaluator::alertResolved);
        for (qint64 t = 0; t <= 6 * Minute; t += Minute)
            evaluator.evaluateGroup(0, t);
        // Gone at 4m and 5m, back at 6m: kept firing throughout, one alert, same activeAt.
        QList<Alert> a = evaluator.alerts();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].state, Alert::State::Firing);
        QCOMPARE(a[0].activeAtMs, 1 * Minute);
        QVERIFY(!a[0].keepFiringSinceMs);
        for (qint64 t = 7 * Minute; t <= 9 * Minute; t += Minute)
            evaluator.evaluateGroup(0, t);
        QCOMPARE(evaluator.alerts().value(0).state, Alert::State::Firing); // since 7m: 2 minutes
        QCOMPARE(evaluator.alerts().value(0).keepFiringSinceMs, 7 * Minute);
        evaluator.evaluateGroup(0, 10 * Minute);
        QCOMPARE(evaluator.alerts().value(0).state, Alert::State::Inactive);
        QCOMPARE(evaluator.alerts().value(0).resolvedAtMs, 10 * Minute);
        QCOMPARE(resolved.size(), 1);
    }

    // ALERTS and ALERTS_FOR_STATE are written per evaluation; series that stop get stale markers.
    void alertSeries()
    {
        ManualClock clock(0);
        SeriesStore store;
        const Labels series{{"job", "api"}};
        ScriptedEngine engine([&](const QString &, qint64 t) {
            return t >= Minute && t <= 3 * Minute ? vector({{series, 1}}, t) : vector({}, t);
        });
        RuleEvaluator evaluator(&clock, &engine, &store);
        evaluator.setRules({group(QStringLiteral("g"),
                                  {alertRule(QStringLiteral("A"), QStringLiteral("x"), Minute)})});
        QSignalSpy appended(&store, &SeriesStore::appended);
        for (qint64 t = 0; t <= 4 * Minute; t += Minute)
            evaluator.evaluateGroup(0, t);
        QCOMPARE(appended.size(), 5);
        const Labels pendingSeries{
            {"__name__", "ALERTS"}, {"alertname", "A"}, {"alertstate", "pending"}, {"job", "api"}};
        const Labels firingSeries{
            {"__name__", "ALERTS"}, {"alertname", "A"}, {"alertstate", "firing"}, {"job", "api"}};
        const Labels forState{{"__name__", "ALERTS_FOR_STATE"}, {"alertname", "A"}, {"job", "api"}};
        QCOMPARE(valueAt(store, pendingSeries, Minute)->v, 1.0);
        QVERIFY(isStaleNaN(valueAt(store, pendingSeries, 2 * Minute)->v));
        QCOMPARE(valueAt(store, firingSeries, 2 * Minute)->v, 1.0);
        QCOMPARE(valueAt(store, firingSeries, 3 * Minute)->v, 1.0);
        QVERIFY(isStaleNaN(valueAt(store, firingSeries, 4 * Minute)->v));
        QCOMPARE(valueAt(store, forState, 3 * Minute)->v, 60.0);
        QVERIFY(isStaleNaN(valueAt(store, forState, 4 * Minute)->v));
    }

    void templatesAndExternalLabels()
    {
        ManualClock clock(0);
        ScriptedEngine engine([&](const QString &expr, qint64 t) {
            if (expr == u"count(up)")
                return vector({{Labels(), 3}}, t);
            return vector({{Labels{{"__name__", "errors"}, {"instance", "app-1:3000"}}, 0.1234}},
                          t);
        });
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        RuleEvaluator::Options options;
        options.externalLabels = {{"cluster", "eu-1"}};
        options.externalUrl = QStringLiteral("http://wk.local");
        evaluator.setOptions(options);
        Rule rule = alertRule(QStringLiteral("Errors"), QStringLiteral("errors > 0.1"));
        rule.labels = {{"severity", "{{ if gt $value 0.5 }}critical{{ else }}warning{{ end }}"},
                       {"empty", "{{ $labels.nope }}"}};
        rule.annotations = {
            {"summary", "{{ $labels.instance }}: {{ $value | humanizePercentage }}"},
            {"where", "{{ $externalLabels.cluster }} {{ $externalURL }}"},
            {"targets", "{{ with query \"count(up)\" }}{{ . | first | value }}{{ end }}"},
            {"broken", "{{ nosuch }}"}};
        evaluator.setRules({group(QStringLiteral("g"), {rule})});
        evaluator.evaluateGroup(0, Minute);
        const Alert a = evaluator.alerts().value(0);
        QCOMPARE(
            a.labels,
            (Labels{{"alertname", "Errors"}, {"instance", "app-1:3000"}, {"severity", "warning"}}));
        QCOMPARE(a.annotations.value("summary"), QStringLiteral("app-1:3000: 12.34%"));
        QCOMPARE(a.annotations.value("where"), QStringLiteral("eu-1 http://wk.local"));
        QCOMPARE(a.annotations.value("targets"), QStringLiteral("3"));
        QCOMPARE(a.annotations.value("broken"),
                 QStringLiteral("<error expanding template: error parsing template __alert_Errors: "
                                "template: __alert_Errors:1: function \"nosuch\" not defined>"));
        QCOMPARE(a.value, 0.1234);
    }

    void recordingRules()
    {
        ManualClock clock(0);
        SeriesStore store;
        ScriptedEngine engine([&](const QString &expr, qint64 t) {
            if (expr == u"scalar")
                return [&] {
                    QueryResult r;
                    r.type = QueryResult::Type::Scalar;
                    r.scalar = 7;
                    return r;
                }();
            return vector({{Labels{{"__name__", "x"}, {"job", "a"}}, 1},
                           {Labels{{"__name__", "x"}, {"job", "b"}}, 2}},
                          t);
        });
        RuleEvaluator evaluator(&clock, &engine, &store);
        Rule byJob;
        byJob.kind = Rule::Kind::Recording;
        byJob.name = QStringLiteral("job:x:sum");
        byJob.expr = QStringLiteral("sum by (job) (x)");
        byJob.labels = {{"source", "rule"}};
        Rule scalar = byJob;
        scalar.name = QStringLiteral("constant");
        scalar.expr = QStringLiteral("scalar");
        scalar.labels.clear();
        evaluator.setRules({group(QStringLiteral("g"), {byJob, scalar})});
        evaluator.evaluateGroup(0, Minute);
        QCOMPARE(valueAt(store, Labels{{"__name__", "job:x:sum"}, {"job", "b"}, {"source", "rule"}},
                         Minute)
                     ->v,
                 2.0);
        QCOMPARE(valueAt(store, Labels{{"__name__", "constant"}}, Minute)->v, 7.0);
        QVERIFY(!evaluator.lastError(0, 0));
    }

    void errors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("error");
        QTest::newRow("alert labels collide")
            << int(Rule::Kind::Alerting) << 0
            << "vector contains metrics with the same labelset after applying alert labels";
        QTest::newRow("record labels collide")
            << int(Rule::Kind::Recording) << 0
            << "vector contains metrics with the same labelset after applying rule labels";
        QTest::newRow("alert limit")
            << int(Rule::Kind::Alerting) << 1 << "exceeded limit of 1 with 2 alerts";
    }
    void errors()
    {
        QFETCH(int, kind);
        QFETCH(int, limit);
        QFETCH(QString, error);
        ManualClock clock(0);
        // Two series that differ only in their name, or by instance when the limit is tested.
        ScriptedEngine engine([&](const QString &, qint64 t) {
            if (limit)
                return vector({{Labels{{"instance", "a"}}, 1}, {Labels{{"instance", "b"}}, 1}}, t);
            return vector({{Labels{{"__name__", "a"}, {"job", "x"}}, 1},
                           {Labels{{"__name__", "b"}, {"job", "x"}}, 1}},
                          t);
        });
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        Rule rule = alertRule(QStringLiteral("R"), QStringLiteral("x"));
        rule.kind = Rule::Kind(kind);
        RuleGroup g = group(QStringLiteral("g"), {rule});
        g.limit = limit;
        evaluator.setRules({g});
        QSignalSpy failed(&evaluator, &RuleEvaluator::ruleFailed);
        evaluator.evaluateGroup(0, Minute);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(2).value<Error>().message, error);
        QCOMPARE(evaluator.lastError(0, 0)->message, error);
        QVERIFY(evaluator.alerts().isEmpty());
    }

    void queryFailure()
    {
        ManualClock clock(0);
        ScriptedEngine engine([&](const QString &, qint64) {
            return QueryResult::failure(Error(QStringLiteral("parse error")));
        });
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        evaluator.setRules(
            {group(QStringLiteral("g"), {alertRule(QStringLiteral("A"), QStringLiteral("(")),
                                         alertRule(QStringLiteral("B"), QStringLiteral(")"))})});
        QSignalSpy failed(&evaluator, &RuleEvaluator::ruleFailed);
        QSignalSpy done(&evaluator, &RuleEvaluator::groupEvaluated);
        evaluator.evaluateGroup(0, Minute);
        QCOMPARE(failed.size(), 2); // one failing rule does not stop the group
        QCOMPARE(done.size(), 1);
    }

    // Groups run on the clock at their own interval, aligned to multiples of it, in order.
    void schedule()
    {
        ManualClock clock(10'000);
        ScriptedEngine engine([&](const QString &, qint64 t) { return vector({}, t); });
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        evaluator.setRules({group(QStringLiteral("fast"),
                                  {alertRule(QStringLiteral("F"), QStringLiteral("f"))}, 30'000),
                            group(QStringLiteral("default"),
                                  {alertRule(QStringLiteral("D"), QStringLiteral("d"))})});
        QSignalSpy done(&evaluator, &RuleEvaluator::groupEvaluated);
        evaluator.start();
        QVERIFY(evaluator.isRunning());
        clock.advance(2 * Minute);
        QList<QPair<QString, qint64>> got;
        for (const auto &args : std::as_const(done))
            got.append({args.at(0).toString(), args.at(1).toLongLong()});
        const QList<QPair<QString, qint64>> expected = {{"fast", 30'000},     {"default", 60'000},
                                                        {"fast", 60'000},     {"fast", 90'000},
                                                        {"default", 120'000}, {"fast", 120'000}};
        QCOMPARE(got, expected);
        evaluator.stop();
        clock.advance(5 * Minute);
        QCOMPARE(done.size(), expected.size());
    }

    // Reloading rules keeps the alerts of rules that did not change.
    void reloadKeepsState()
    {
        ManualClock clock(0);
        ScriptedEngine engine([&](const QString &, qint64 t) {
            return vector({{Labels{{"job", "a"}}, 1}}, t);
        });
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        const RuleGroup g = group(
            QStringLiteral("g"), {alertRule(QStringLiteral("A"), QStringLiteral("x"), 5 * Minute)});
        evaluator.setRules({g});
        evaluator.evaluateGroup(0, Minute);
        evaluator.setRules({g});
        evaluator.evaluateGroup(0, 6 * Minute);
        QCOMPARE(evaluator.alerts().value(0).state, Alert::State::Firing);
        QCOMPARE(evaluator.alerts().value(0).activeAtMs, Minute);
    }
};

QTEST_GUILESS_MAIN(TestRuleEvaluator)
#include "tst_ruleevaluator.moc"
