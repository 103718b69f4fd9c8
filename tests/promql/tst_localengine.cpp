#include "models/metrics/seriesstore.h"
#include "models/promql/localengine.h"

#include <QTest>

#include <cmath>

using namespace Wk;

namespace {

constexpr qint64 S = 1000;
constexpr qint64 M = 60 * S;

Labels series(const QString &name, const QString &job, const QString &instance = {})
{
    QList<Label> l{{QStringLiteral("__name__"), name}, {QStringLiteral("job"), job}};
    if (!instance.isEmpty())
        l << Label{QStringLiteral("instance"), instance};
    return Labels::fromList(l);
}

// "name{a="b"}=value" per series, sorted, for compact comparisons.
QString vectorText(const QueryResult &r)
{
    QStringList out;
    for (const QuerySeries &s : r.series) {
        QStringList values;
        for (const Sample &p : s.samples)
            values << QString::number(p.v) + u'@' + QString::number(p.t / S);
        out << s.labels.toString() + u'=' + values.join(u',');
    }
    out.sort();
    return out.join(u' ');
}

} // namespace

class TestLocalEngine : public QObject
{
    Q_OBJECT
private:
    SeriesStore m_store;
    std::unique_ptr<LocalEngine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        // A counter scraped every 15 s for 10 min: 0, 10, 20, ... (40 per minute).
        const SeriesId a = m_store.intern(
            series(QStringLiteral("requests_total"), QStringLiteral("api"), QStringLiteral("a")));
        const SeriesId b = m_store.intern(
            series(QStringLiteral("requests_total"), QStringLiteral("api"), QStringLiteral("b")));
        for (qint64 t = 0; t <= 10 * M; t += 15 * S) {
            m_store.append(a, t, double(t / (15 * S)) * 10);
            m_store.append(b, t, double(t / (15 * S)) * 20);
        }
        // A gauge with one sample at 0 and a staleness marker at 2 min.
        const SeriesId g =
            m_store.intern(series(QStringLiteral("temperature"), QStringLiteral("lab")));
        m_store.append(g, 0, 21.5);
        m_store.append(g, 2 * M, staleNaN());
        // A gauge that just stops reporting at 1 min (no marker).
        const SeriesId q =
            m_store.intern(series(QStringLiteral("queue_depth"), QStringLiteral("worker")));
        m_store.append(q, 0, 3);
        m_store.append(q, 1 * M, 4);
        m_engine = std::make_unique<LocalEngine>(m_store);
    }

    void instantQueries_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("expected");
        QTest::newRow("selector") << "requests_total{instance=\"a\"}" << 2 * M
                                  << "requests_total{instance=\"a\", job=\"api\"}=80@120";
        QTest::newRow("between-scrapes-takes-last")
            << "requests_total{instance=\"a\"}" << 2 * M + 14 * S
            << "requests_total{instance=\"a\", job=\"api\"}=80@134";
        QTest::newRow("lookback-inside")
            << "queue_depth" << 1 * M + 5 * M - 1 << "queue_depth{job=\"worker\"}=4@359";
        QTest::newRow("lookback-left-open") << "queue_depth" << 1 * M + 5 * M << "";
        QTest::newRow("stale-before-marker")
            << "temperature" << 2 * M - 1 << "temperature{job=\"lab\"}=21.5@119";
        QTest::newRow("stale-marker-ends-series") << "temperature" << 2 * M << "";
        QTest::newRow("rate") << "rate(requests_total[5m])" << 10 * M
                              << "{instance=\"a\", job=\"api\"}=0.666667@600 "
                                 "{instance=\"b\", job=\"api\"}=1.33333@600";
        QTest::newRow("sum-by") << "sum by (job) (requests_total)" << 10 * M
                                << "{job=\"api\"}=1200@600";
        QTest::newRow("offset") << "requests_total{instance=\"a\"} offset 5m" << 10 * M
                                << "requests_total{instance=\"a\", job=\"api\"}=200@600";
        QTest::newRow("at-modifier") << "requests_total{instance=\"a\"} @ 60" << 10 * M
                                     << "requests_total{instance=\"a\", job=\"api\"}=40@600";
        QTest::newRow("arithmetic-drops-name") << "requests_total{instance=\"b\"} / 2" << 1 * M
                                               << "{instance=\"b\", job=\"api\"}=40@60";
        QTest::newRow("comparison-keeps-name")
            << "requests_total > 50" << 1 * M
            << "requests_total{instance=\"b\", job=\"api\"}=80@60";
        QTest::newRow("vector-matching") << "requests_total{instance=\"b\"} / ignoring(instance) "
                                            "requests_total{instance=\"a\"}"
                                         << 5 * M << "{job=\"api\"}=2@300";
        QTest::newRow("subquery") << "max_over_time(requests_total{instance=\"a\"}[2m:1m])"
                                  << 10 * M << "{instance=\"a\", job=\"api\"}=400@600";
        QTest::newRow("absent") << "absent(nonexistent{job=\"x\"})" << qint64(0)
                                << "{job=\"x\"}=1@0";
    }
    void instantQueries()
    {
        QFETCH(QString, expr);
        QFETCH(qint64, at);
        QFETCH(QString, expected);
        const QueryResult r = m_engine->evaluateInstant(expr, at);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.type, QueryResult::Type::Vector);
        QCOMPARE(vectorText(r), expected);
    }

    void scalarAndString()
    {
        const QueryResult s = m_engine->evaluateInstant(QStringLiteral("2 ^ 3 ^ 2"), 5 * S);
        QCOMPARE(s.type, QueryResult::Type::Scalar);
        QCOMPARE(s.scalar, 512.0);
        QCOMPARE(s.scalarTime, 5 * S);
        const QueryResult t = m_engine->evaluateInstant(QStringLiteral("time()"), 5 * S);
        QCOMPARE(t.scalar, 5.0);
        const QueryResult str = m_engine->evaluateInstant(QStringLiteral("\"hello\""), 0);
        QCOMPARE(str.type, QueryResult::Type::String);
        QCOMPARE(str.string, QStringLiteral("hello"));
    }

    void rangeQuery()
    {
        const QueryResult r = m_engine->evaluateRange(QStringLiteral("temperature"), 0, 3 * M, M);
        QVERIFY(r.ok());
        QCOMPARE(r.type, QueryResult::Type::Matrix);
        // Present at 0 and 1 min; the marker at 2 min ends it.
        QCOMPARE(vectorText(r), QStringLiteral("temperature{job=\"lab\"}=21.5@0,21.5@60"));

        const QueryResult rate = m_engine->evaluateRange(
            QStringLiteral("sum(rate(requests_total[1m]))"), 4 * M, 6 * M, M);
        QVERIFY(rate.ok());
        QCOMPARE(vectorText(rate), QStringLiteral("{}=2@240,2@300,2@360"));

        const QueryResult scalar = m_engine->evaluateRange(QStringLiteral("1 + 1"), 0, M, 30 * S);
        QCOMPARE(scalar.type, QueryResult::Type::Matrix);
        QCOMPARE(vectorText(scalar), QStringLiteral("{}=2@0,2@30,2@60"));
    }

    void rangeMatchesInstant()
    {
        // Every step of a range query equals an instant query at that time.
        const QString expr = QStringLiteral("increase(requests_total[90s]) * 2");
        const QueryResult r = m_engine->evaluateRange(expr, 2 * M, 9 * M, 35 * S);
        QVERIFY(r.ok());
        for (const QuerySeries &s : r.series) {
            for (const Sample &p : s.samples) {
                const QueryResult i = m_engine->evaluateInstant(expr, p.t);
                bool found = false;
                for (const QuerySeries &is : i.series) {
                    if (is.labels == s.labels) {
                        QCOMPARE(is.samples.front().v, p.v);
                        found = true;
                    }
                }
                QVERIFY(found);
            }
        }
    }

    void aggregationAcrossManyGroupsAndSteps()
    {
        // Enough groups x steps that the aggregation works through several blocks of steps.
        SeriesStore store;
        const int seriesCount = 600;
        for (int i = 0; i < seriesCount; ++i) {
            const SeriesId id =
                store.intern(Labels{{QStringLiteral("__name__"), QStringLiteral("g")},
                                    {QStringLiteral("id"), QString::number(i)},
                                    {QStringLiteral("half"), QString::number(i % 2)}});
            for (qint64 t = 0; t <= 500 * M; t += M)
                store.append(id, t, double(i) + double(t / M));
        }
        LocalEngine engine(store);
        const QueryResult byId =
            engine.evaluateRange(QStringLiteral("sum by (id) (g)"), 0, 499 * M, M);
        QVERIFY(byId.ok());
        QCOMPARE(byId.series.size(), seriesCount);
        for (const QuerySeries &s : byId.series) {
            QCOMPARE(int(s.samples.size()), 500);
            const double id = s.labels.value(u"id").toDouble();
            QCOMPARE(s.samples.front().v, id);
            QCOMPARE(s.samples.back().v, id + 499);
        }
        const QueryResult halves =
            engine.evaluateRange(QStringLiteral("count by (half) (g)"), 0, 499 * M, M);
        QCOMPARE(halves.series.size(), 2);
        QCOMPARE(halves.series[0].samples.size(), size_t(500));
        QCOMPARE(halves.series[0].samples[250].v, 300.0);
    }

    void rangeVectorResult()
    {
        const QueryResult r = m_engine->evaluateInstant(QStringLiteral("queue_depth[2m]"), 1 * M);
        QVERIFY(r.ok());
        QCOMPARE(r.type, QueryResult::Type::Matrix);
        // Left-open: (−1 min, 1 min] holds both samples; (0, 2 min] only the second.
        QCOMPARE(vectorText(r), QStringLiteral("queue_depth{job=\"worker\"}=3@0,4@60"));
        const QueryResult later =
            m_engine->evaluateInstant(QStringLiteral("queue_depth[2m]"), 2 * M);
        QCOMPARE(vectorText(later), QStringLiteral("queue_depth{job=\"worker\"}=4@60"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("message");
        QTest::newRow("parse") << "sum(x"
                               << "line 1, column 6: unexpected end of input in aggregation";
        QTest::newRow("many-to-many") << "requests_total + on(job) requests_total"
                                      << "found duplicate series for the match group "
                                         "{job=\"api\"} on the right hand-side of the operation: "
                                         "[{__name__=\"requests_total\", instance=\"a\", "
                                         "job=\"api\"}, {__name__=\"requests_total\", "
                                         "instance=\"b\", job=\"api\"}];many-to-many matching "
                                         "not allowed: matching labels must be unique on one side";
        QTest::newRow("same-labelset") << "label_replace(requests_total, \"instance\", \"x\", "
                                          "\"\", \"\")"
                                       << "vector cannot contain metrics with the same labelset";
        QTest::newRow("topk-nan") << "topk(NaN, requests_total)"
                                  << "Parameter value is NaN";
    }
    void errors()
    {
        QFETCH(QString, expr);
        QFETCH(QString, message);
        const QueryResult r = m_engine->evaluateInstant(expr, 5 * M);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.toString(), message);
    }

    void rangeQueryRejectsRangeVectors()
    {
        const QueryResult r = m_engine->evaluateRange(QStringLiteral("x[5m]"), 0, M, 10 * S);
        QVERIFY(!r.ok());
        QVERIFY(r.error.message.contains(QStringLiteral("range vector")));
        const QueryResult step = m_engine->evaluateRange(QStringLiteral("x"), 0, M, 0);
        QVERIFY(!step.ok());
    }

    void sampleLimit()
    {
        LocalEngine::Options o;
        o.maxSamples = 20;
        LocalEngine engine(m_store, o);
        const QueryResult ok = engine.evaluateRange(QStringLiteral("temperature"), 0, M, 10 * S);
        QVERIFY(ok.ok());
        const QueryResult tooMany =
            engine.evaluateRange(QStringLiteral("requests_total"), 0, 2 * M, 10 * S);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error.message,
                 QStringLiteral("query processing would load too many samples into memory in "
                                "query execution"));
    }

    void annotations()
    {
        const QueryResult r =
            m_engine->evaluateInstant(QStringLiteral("rate(queue_depth[5m])"), 2 * M);
        QVERIFY(r.ok());
        QCOMPARE(r.warnings, QStringList{QStringLiteral(
                                 "PromQL info: metric might not be a counter, name does not end in "
                                 "_total/_sum/_count/_bucket: \"queue_depth\" (1:6)")});
        const QueryResult counter =
            m_engine->evaluateInstant(QStringLiteral("rate(requests_total[5m])"), 2 * M);
        QVERIFY(counter.warnings.isEmpty());
    }

    void parseCache()
    {
        LocalEngine engine(m_store);
        QCOMPARE(engine.cachedExpressionCount(), 0);
        const auto first = engine.parse(QStringLiteral("sum(rate(requests_total[5m]))"));
        const auto second = engine.parse(QStringLiteral("sum(rate(requests_total[5m]))"));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value().get(), second.value().get());
        QCOMPARE(engine.cachedExpressionCount(), 1);
        QVERIFY(!engine.parse(QStringLiteral("sum(")).ok());
        QCOMPARE(engine.cachedExpressionCount(), 1);
    }

    void callbackIsSynchronous()
    {
        bool called = false;
        double value = 0;
        m_engine->instantQuery(QStringLiteral("sum(requests_total)"), M, [&](QueryResult r) {
            called = true;
            value = r.series.value(0).samples.front().v;
        });
        QVERIFY(called);
        QCOMPARE(value, 120.0);
        QCOMPARE(m_engine->name(), QStringLiteral("local"));
        int points = 0;
        m_engine->rangeQuery(QStringLiteral("requests_total"), 0, 2 * M, M, [&](QueryResult r) {
            points = int(r.series.value(0).samples.size());
        });
        QCOMPARE(points, 3);
    }
};

QTEST_GUILESS_MAIN(TestLocalEngine)
#include "tst_localengine.moc"
