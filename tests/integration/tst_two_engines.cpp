// The two engines give the same answers: Watchkeeper's own scrapes of watchkeeper-sim queried
// by the LocalEngine, and a real Prometheus scraping the same simulator queried through the
// PrometheusEngine, for every built-in dashboard query and every default rule expression.
//
// Runs when WK_TEST_PROMETHEUS_URL and WK_TEST_SIM_URL are set (tests/integration/servers.sh
// starts both: Prometheus scrapes the simulator every 5 s as job "cloudgreet"). Takes about
// 40 s: up to a few seconds for Prometheus's first scrape, then eight scrapes of our own.
//
// Setup, chosen so that the two sides can agree:
// - The test's Collector scrapes the simulator as the app does, with the job name and the
//   host:port Prometheus uses (so job and instance agree), every 5 s, starting on
//   Prometheus's scrape phase: both read the simulator within a few milliseconds.
// - Every evaluation time lies 2.5 s after a scrape, so no sample sits on a window edge:
//   Prometheus 2.42 (closed windows [t-r, t]) and the local engine (Prometheus 3 semantics,
//   left-open windows (t-r, t]) select the same samples.
//
// Three comparisons:
// 1. scrapesAgree: the samples the two scrapers stored, series by series and scrape by scrape.
//    The reads are a few milliseconds apart: a counter may differ by one count plus what it
//    gains in that time (and 50 ms more); anything else by 0.1 % or by as much as it moves
//    from one scrape to the next, whichever is more (the simulator's noise steps every 5 s).
// 2. Engines on the same samples: Prometheus's own samples (all of its history of the job)
//    loaded into a second store, queried by the local engine, against Prometheus, every query
//    as written (windows [5m], [1h], [1d], [30d], offset 1w included), instant at t and as a
//    range over the last minute at a 5 s step. Tolerance: 1e-9 relative (summation order).
//    This is the claim "same query, same data, same answer".
// 3. Watchkeeper's own scrapes against Prometheus, which is what a user sees. Watchkeeper has
//    only the test's 35 s of scrapes while Prometheus may have run for minutes, so
//    - as written: the series label sets must be equal; values are compared for expressions
//      without range selectors (gauges: latest sample only), within 0.5 %;
//    - with every range window replaced by [25s] (within the data both have), instant at t and
//      as a range over the last 10 s: gauges within 0.5 %, windowed expressions (rate,
//      increase, *_over_time, histogram_quantile of rates, ratios of rates) within 20 %.
//      A counter read one count apart moves a slow counter's increase (a few per window) or a
//      p95 interpolated inside a thinly filled bucket by more than that; such a difference is
//      accepted, and printed, only when comparison 2 shows the engines agree on the same query
//      with the same samples, which leaves the scraped data (bounded by comparison 1) as its
//      only cause.
//    NaN equals NaN (a ratio of two empty increases is NaN on both sides).

#include "models/core/clock.h"
#include "models/dashboards/dashboard.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/ast.h"
#include "models/promql/localengine.h"
#include "models/promql/parser.h"
#include "models/promql/prometheusengine.h"
#include "models/sources/collector.h"

#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>

using namespace Wk;

namespace {

constexpr qint64 ScrapeIntervalMs = 5000; // as servers.sh configures Prometheus
constexpr int Scrapes = 8;                // 35 s of data of our own
constexpr qint64 FittedWindowMs = 25'000;
constexpr qint64 OwnRangeMs = 10'000;
constexpr qint64 SharedRangeMs = 60'000;
constexpr qint64 RangeStepMs = 5000;
constexpr qint64 MaxImportMs = 6 * 3600 * 1000; // Prometheus history loaded for comparison 2
constexpr qint64 ReadSkewMs = 50; // most time between the two scrapers' reads of one scrape

struct Tolerance
{
    double rel = 0;
    double abs = 0;
};
constexpr Tolerance GaugeTolerance{0.005, 0};
constexpr Tolerance WindowTolerance{0.20, 0};
constexpr Tolerance SameSamplesTolerance{1e-9, 1e-12};

// One expression to compare, and where it comes from.
struct Query
{
    QString expr;
    QString origin; // "operations: Requests per second" or "rule HighErrorRate"
};

struct Comparison
{
    QString problem;         // empty when the answers agree within the tolerance
    QString beyond;          // first value outside the tolerance (problem, or explained)
    double maxRel = 0;       // largest relative difference of any compared value
    int series = 0;          // series in the answers
    int values = 0;          // values compared
    bool valued = false;     // values were compared (not shape only)
    double sample = qQNaN(); // the first value from Prometheus, for the table
};

struct TableRow
{
    QString expr;
    QString kind;
    int series = 0;
    QString sameInstant;
    QString sameRange;
    QString ownAsWritten;
    QString ownInstant;
    QString ownRange;
    double value = qQNaN();
    QString note;
};

QString oneLine(const QString &expr)
{
    return expr.simplified();
}

void visit(Promql::Expr *e, const std::function<void(Promql::Expr *)> &fn)
{
    fn(e);
    for (auto &child : e->children)
        visit(child.get(), fn);
    if (e->param)
        visit(e->param.get(), fn);
}

Promql::ExprPtr parse(const QString &expr)
{
    Result<Promql::ExprPtr> parsed = Promql::Parser::parse(expr);
    if (!parsed)
        qFatal("%s: %s", qPrintable(expr), qPrintable(parsed.error().toString()));
    return std::move(parsed).value();
}

bool hasRangeSelector(const QString &expr)
{
    bool found = false;
    visit(parse(expr).get(), [&](Promql::Expr *e) {
        found = found || e->kind == Promql::Expr::Kind::MatrixSelector ||
                e->kind == Promql::Expr::Kind::Subquery;
    });
    return found;
}

// Every range window ([5m], [1d], [59s]) as [25s]; offsets stay as written.
QString fitWindows(const QString &expr)
{
    Promql::ExprPtr root = parse(expr);
    visit(root.get(), [](Promql::Expr *e) {
        if (e->kind == Promql::Expr::Kind::MatrixSelector ||
            e->kind == Promql::Expr::Kind::Subquery) {
            e->rangeMs = FittedWindowMs;
        }
    });
    return root->toString();
}

// For a rule "value > threshold" the value itself, which is present whether the alert fires
// or not; set operators ("a > 1 and b >= 2") give the values of both sides.
QStringList thresholdFreeParts(const Promql::Expr *e)
{
    e = e->unwrapped();
    if (e->kind != Promql::Expr::Kind::Binary)
        return {};
    if (Promql::isSetOperator(e->binaryOp))
        return thresholdFreeParts(e->child(0)) + thresholdFreeParts(e->child(1));
    if (!Promql::isComparison(e->binaryOp) || e->returnBool)
        return {};
    if (e->child(1)->unwrapped()->kind == Promql::Expr::Kind::Number)
        return {e->child(0)->toString()};
    if (e->child(0)->unwrapped()->kind == Promql::Expr::Kind::Number)
        return {e->child(1)->toString()};
    return {};
}

// Waits for one answer of an asynchronous query.
std::optional<QueryResult> ask(const std::function<void(QueryEngine::Callback)> &query,
                               int timeoutMs = 30'000)
{
    std::optional<QueryResult> answer;
    QEventLoop loop;
    query([&](QueryResult r) {
        answer = std::move(r);
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer;
}

QString describe(const QueryResult &r)
{
    if (!r.ok())
        return QStringLiteral("error: ") + r.error.toString();
    switch (r.type) {
    case QueryResult::Type::Scalar:
        return QStringLiteral("scalar %1").arg(r.scalar);
    case QueryResult::Type::String:
        return QStringLiteral("string \"%1\"").arg(r.string);
    default:
        break;
    }
    QStringList names;
    for (const QuerySeries &s : r.series)
        names << s.labels.toString();
    return QStringLiteral("%1 series: %2").arg(r.series.size()).arg(names.join(u", "));
}

// The series of an answer by their label text; a scalar is one label-less series.
QMap<QString, std::vector<Sample>> seriesByLabels(const QueryResult &r)
{
    QMap<QString, std::vector<Sample>> out;
    if (r.type == QueryResult::Type::Scalar) {
        out.insert(QString(), {Sample{r.scalarTime, r.scalar}});
        return out;
    }
    for (const QuerySeries &s : r.series)
        out.insert(s.labels.toString(), s.samples);
    return out;
}

// Compares a local answer with Prometheus's. With a tolerance, values too; a value outside it
// is a problem unless `explained` says the difference is accounted for.
Comparison compare(const QueryResult &local, const QueryResult &remote,
                   std::optional<Tolerance> tolerance, bool explained = false)
{
    Comparison c;
    if (!local.ok() || !remote.ok()) {
        c.problem =
            QStringLiteral("local: %1; Prometheus: %2").arg(describe(local), describe(remote));
        return c;
    }
    if (local.type != remote.type) {
        c.problem = QStringLiteral("result types differ: local %1, Prometheus %2")
                        .arg(int(local.type))
                        .arg(int(remote.type));
        return c;
    }
    const auto a = seriesByLabels(local);
    const auto b = seriesByLabels(remote);
    c.series = int(b.size());
    if (a.keys() != b.keys()) {
        c.problem = QStringLiteral("series differ:\n  local:      %1\n  Prometheus: %2")
                        .arg(describe(local), describe(remote));
        return c;
    }
    if (!tolerance)
        return c;
    c.valued = true;
    if (!b.isEmpty() && !b.first().empty())
        c.sample = b.first().front().v;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const std::vector<Sample> &pa = it.value();
        const std::vector<Sample> &pb = b.value(it.key());
        if (pa.size() != pb.size()) {
            c.problem = QStringLiteral("%1: %2 points locally, %3 from Prometheus")
                            .arg(it.key())
                            .arg(pa.size())
                            .arg(pb.size());
            return c;
        }
        for (size_t i = 0; i < pa.size(); ++i) {
            if (pa[i].t != pb[i].t) {
                c.problem = QStringLiteral("%1: point %2 at %3 locally, at %4 from Prometheus")
                                .arg(it.key())
                                .arg(i)
                                .arg(pa[i].t)
                                .arg(pb[i].t);
                return c;
            }
            const double x = pa[i].v;
            const double y = pb[i].v;
            ++c.values;
            if ((std::isnan(x) && std::isnan(y)) || x == y)
                continue;
            const double scale = std::max(std::abs(x), std::abs(y));
            const double diff = std::abs(x - y);
            const double rel = std::isfinite(diff) && scale > 0 ? diff / scale : INFINITY;
            c.maxRel = std::max(c.maxRel, rel);
            if (!(diff <= tolerance->rel * scale + tolerance->abs) && c.beyond.isEmpty()) {
                c.beyond = QStringLiteral("%1 at %2: local %3, Prometheus %4 (%5 % apart)")
                               .arg(it.key())
                               .arg(pa[i].t)
                               .arg(x, 0, 'g', 12)
                               .arg(y, 0, 'g', 12)
                               .arg(rel * 100, 0, 'g', 3);
            }
        }
    }
    if (!c.beyond.isEmpty() && !explained)
        c.problem = c.beyond;
    return c;
}

QString cell(const Comparison &c)
{
    if (c.series == 0 && c.problem.isEmpty())
        return QStringLiteral("empty");
    if (!c.valued)
        return QStringLiteral("shape");
    return QString::number(c.maxRel * 100, 'g', 2) + u'%';
}

// The last decimal a value is written to: 1 for a count, 0.01 for dollars and cents (0 when it
// has more than six decimals). Two reads of a counter written to that unit may differ by one of
// it however close together they are.
double quantumOf(double v)
{
    if (!std::isfinite(v))
        return 0;
    for (double q = 1.0; q >= 1e-6; q /= 10) {
        if (std::abs(v / q - std::round(v / q)) < 1e-6)
            return q;
    }
    return 0;
}

} // namespace

class TestTwoEngines : public QObject
{
    Q_OBJECT
private:
    QUrl m_promUrl;
    QUrl m_simUrl;
    SystemClock m_clock;
    std::unique_ptr<SeriesStore> m_store;       // the test's own scrapes
    std::unique_ptr<SeriesStore> m_promSamples; // Prometheus's samples of the job
    std::unique_ptr<LocalEngine> m_local;
    std::unique_ptr<LocalEngine> m_localOnPromSamples;
    std::unique_ptr<PrometheusEngine> m_prom;
    std::unique_ptr<Collector> m_collector;
    QList<qint64> m_ourScrapes; // when each of the test's scrapes started
    qint64 m_promFirstMs = 0;   // Prometheus's first scrape of the simulator
    qint64 m_importedFromMs = 0;
    qint64 m_evalMs = 0; // the shared evaluation time
    QString m_localInstance;
    QString m_promInstance;
    QList<TableRow> m_table;

    // A local answer with the instance label as Prometheus names it, should the two differ.
    QueryResult sameInstance(QueryResult r) const
    {
        if (m_localInstance == m_promInstance)
            return r;
        for (QuerySeries &s : r.series) {
            if (s.labels.value(u"instance") == m_localInstance)
                s.labels.set(QStringLiteral("instance"), m_promInstance);
        }
        return r;
    }

    QueryResult promInstant(const QString &expr, qint64 t)
    {
        auto r =
            ask([&](QueryEngine::Callback cb) { m_prom->instantQuery(expr, t, std::move(cb)); });
        return r ? *r : QueryResult::failure(Error(QStringLiteral("no answer within 30 s")));
    }
    QueryResult promRange(const QString &expr, qint64 start, qint64 end, qint64 step)
    {
        auto r = ask([&](QueryEngine::Callback cb) {
            m_prom->rangeQuery(expr, start, end, step, std::move(cb));
        });
        return r ? *r : QueryResult::failure(Error(QStringLiteral("no answer within 30 s")));
    }

    static QList<Query> builtinQueries()
    {
        QList<Query> out;
        QSet<QString> seen;
        const auto add = [&](const QString &expr, const QString &origin) {
            const QString key = oneLine(expr);
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                out.append({expr, origin});
            }
        };
        const QDir dashboards(QStringLiteral(WK_SOURCE_DIR "/resources/dashboards"));
        const QStringList files =
            dashboards.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const Result<Dashboard> d = DashboardLoader::loadFile(dashboards.filePath(file));
            if (!d)
                qFatal("%s", qPrintable(d.error().toString()));
            for (const Panel &p : d.value().panels) {
                for (const PanelQuery &q : p.queries)
                    add(q.expr, d.value().id + QStringLiteral(": ") + p.title);
            }
        }
        // The rule file read as plain YAML: only the expressions matter here.
        const QString rulesPath =
            QStringLiteral(WK_SOURCE_DIR "/resources/rules/service.rules.yml");
        YAML::Node rules;
        try {
            rules = YAML::LoadFile(rulesPath.toStdString());
        } catch (const YAML::Exception &e) {
            qFatal("%s: %s", qPrintable(rulesPath), e.what());
        }
        for (const YAML::Node &group : rules["groups"]) {
            for (const YAML::Node &rule : group["rules"]) {
                const QString expr = QString::fromStdString(rule["expr"].as<std::string>());
                const QString name = QString::fromStdString(
                    rule[rule["alert"] ? "alert" : "record"].as<std::string>());
                add(expr, QStringLiteral("rule ") + name);
                for (const QString &part : thresholdFreeParts(parse(expr).get()))
                    add(part, QStringLiteral("rule ") + name + QStringLiteral(" (value)"));
            }
        }
        return out;
    }

    // Waits until the Prometheus answer to expr at "now" satisfies ready (asking again after
    // each answer) and returns the last answer.
    QueryResult waitForProm(const QString &expr,
                            const std::function<bool(const QueryResult &)> &ready, int timeoutMs,
                            bool *ok)
    {
        QueryResult last;
        bool inFlight = false;
        bool done = false;
        const auto poll = [&] {
            if (!inFlight && !done) {
                inFlight = true;
                m_prom->instantQuery(expr, m_clock.nowMs(), [&](QueryResult r) {
                    inFlight = false;
                    done = ready(r);
                    last = std::move(r);
                });
            }
            return done;
        };
        *ok = QTest::qWaitFor(poll, timeoutMs);
        if (!QTest::qWaitFor([&] { return !inFlight; }, 30'000))
            qWarning("a query to Prometheus is still unanswered after 30 s");
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray prom = qgetenv("WK_TEST_PROMETHEUS_URL");
        const QByteArray sim = qgetenv("WK_TEST_SIM_URL");
        if (prom.isEmpty() || sim.isEmpty()) {
            QSKIP("needs a Prometheus scraping watchkeeper-sim: set WK_TEST_PROMETHEUS_URL and "
                  "WK_TEST_SIM_URL (tests/integration/servers.sh start BUILD_DIR does)");
        }
        m_promUrl = QUrl(QString::fromUtf8(prom));
        m_simUrl = QUrl(QString::fromUtf8(sim));
        m_prom = std::make_unique<PrometheusEngine>(m_promUrl);

        // Prometheus needs a scrape or two after it starts: wait until it has the simulator's
        // `up`, and learn its scrape phase.
        bool ok = false;
        const QueryResult up = waitForProm(
            QStringLiteral("up{job=\"cloudgreet\"}[1h]"),
            [](const QueryResult &r) {
                return r.ok() && !r.series.isEmpty() && !r.series.front().samples.empty();
            },
            30'000, &ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("Prometheus at %1 has no samples of job "
                                               "cloudgreet after 30 s: %2")
                                    .arg(m_prom->name(), describe(up))));
        QCOMPARE(up.series.size(), 1);
        const QuerySeries &promUp = up.series.front();
        QCOMPARE(promUp.samples.back().v, 1.0);
        m_promInstance = promUp.labels.value(u"instance");
        const qint64 promLastMs = promUp.samples.back().t;

        // The test's own scrapes: the same target as Prometheus's, on Prometheus's phase.
        TargetConfig target;
        target.name = QStringLiteral("cloudgreet");
        target.kind = TargetConfig::Kind::Metrics;
        target.url = m_simUrl.resolved(QUrl(QStringLiteral("/metrics")));
        target.intervalMs = ScrapeIntervalMs;
        target.timeoutMs = 4000;
        m_localInstance = target.instance();
        if (m_localInstance != m_promInstance) {
            std::printf("note: instance \"%s\" here, \"%s\" in Prometheus: compared as one\n",
                        qPrintable(m_localInstance), qPrintable(m_promInstance));
        }
        m_store = std::make_unique<SeriesStore>();
        m_local = std::make_unique<LocalEngine>(*m_store);
        m_collector = std::make_unique<Collector>(&m_clock, m_store.get(), nullptr);
        m_collector->setTargets({target});
        QSignalSpy polled(m_collector.get(), &Collector::targetPolled);

        const qint64 now = m_clock.nowMs();
        const qint64 periods = (now + 300 - promLastMs + ScrapeIntervalMs - 1) / ScrapeIntervalMs;
        const qint64 firstMs = promLastMs + periods * ScrapeIntervalMs;
        m_clock.callAt(firstMs, m_collector.get(), [this] { m_collector->start(); });
        while (polled.count() < Scrapes) {
            QVERIFY2(polled.wait(int(ScrapeIntervalMs) * 3),
                     qPrintable(QStringLiteral("scrape %1 of %2 did not come")
                                    .arg(polled.count() + 1)
                                    .arg(Scrapes)));
            const TargetState &state = m_collector->targets().front();
            QVERIFY2(
                state.ok,
                qPrintable(
                    QStringLiteral("scraping %1: %2").arg(target.url.toString(), state.error)));
            m_ourScrapes.append(state.lastPollMs);
        }
        m_collector->stop();
        qint64 lag = 0;
        for (int i = 0; i < m_ourScrapes.size(); ++i)
            lag = std::max(lag, m_ourScrapes[i] - (firstMs + i * ScrapeIntervalMs));
        QVERIFY2(lag < 1000, "the test's scrapes drifted away from Prometheus's phase");

        // Prometheus must have stored its scrape matching our last one.
        const qint64 lastMs = m_ourScrapes.back();
        const QueryResult caughtUp = waitForProm(
            QStringLiteral("timestamp(up{job=\"cloudgreet\"})"),
            [lastMs](const QueryResult &r) {
                return r.ok() && !r.series.isEmpty() && !r.series.front().samples.empty() &&
                       r.series.front().samples.front().v * 1000 >= double(lastMs - 1000);
            },
            15'000, &ok);
        QVERIFY2(ok, qPrintable(describe(caughtUp)));
        // Midway between scrapes, so no sample sits on a window edge.
        m_evalMs = lastMs + ScrapeIntervalMs / 2;

        // Prometheus's own samples of the job, all of them (up to MaxImportMs), for the
        // engines-on-the-same-samples comparison.
        const QueryResult history = promInstant(
            QStringLiteral("up{job=\"cloudgreet\"}[%1s]").arg(MaxImportMs / 1000), m_evalMs);
        QVERIFY2(history.ok() && history.series.size() == 1, qPrintable(describe(history)));
        m_promFirstMs = history.series.front().samples.front().t;
        const qint64 spanMs = std::min(m_evalMs - m_promFirstMs + 5000, MaxImportMs);
        m_importedFromMs = m_evalMs - spanMs;
        const QueryResult all = promInstant(
            QStringLiteral("{job=\"cloudgreet\"}[%1s]").arg(spanMs / 1000 + 1), m_evalMs);
        QVERIFY2(all.ok() && all.type == QueryResult::Type::Matrix, qPrintable(describe(all)));
        m_promSamples = std::make_unique<SeriesStore>();
        qint64 imported = 0;
        for (const QuerySeries &s : all.series) {
            const SeriesId id = m_promSamples->intern(s.labels);
            for (const Sample &p : s.samples)
                imported += m_promSamples->append(id, p.t, p.v) ? 1 : 0;
        }
        m_localOnPromSamples = std::make_unique<LocalEngine>(*m_promSamples);

        std::printf("Watchkeeper: %d scrapes from %lld, at most %lld ms after Prometheus's; "
                    "Prometheus: %lld samples of %d series over %.0f s loaded\n",
                    int(m_ourScrapes.size()), m_ourScrapes.front(), lag, imported,
                    int(all.series.size()), double(m_evalMs - m_promFirstMs) / 1000.0);
    }

    // Comparison 1: the two scrapers stored the same samples.
    void scrapesAgree()
    {
        const QString selector = QStringLiteral("{job=\"cloudgreet\"}[%1s]")
                                     .arg((m_evalMs - m_ourScrapes.front()) / 1000 + 1);
        const QueryResult ours = sameInstance(m_local->evaluateInstant(selector, m_evalMs));
        const QueryResult theirs = m_localOnPromSamples->evaluateInstant(selector, m_evalMs);
        QVERIFY(ours.ok() && theirs.ok());
        // What each scraper adds about the scrape itself is its own.
        const auto scraped = [](const QueryResult &r) {
            QMap<QString, const QuerySeries *> out;
            for (const QuerySeries &s : r.series) {
                const QString name = s.labels.metricName();
                if (!name.startsWith(u"scrape_") && !name.startsWith(u"watchkeeper_"))
                    out.insert(s.labels.toString(), &s);
            }
            return out;
        };
        const auto a = scraped(ours);
        const auto b = scraped(theirs);
        QStringList onlyOurs, onlyTheirs;
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()))
                onlyOurs << it.key();
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                onlyTheirs << it.key();
        }
        QVERIFY2(onlyOurs.isEmpty() && onlyTheirs.isEmpty(),
                 qPrintable(QStringLiteral("only Watchkeeper: %1\nonly Prometheus: %2")
                                .arg(onlyOurs.join(u", "), onlyTheirs.join(u", "))));
        int samples = 0;
        int differing = 0;
        double maxCountDiff = 0;
        double maxGaugeRel = 0;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const std::vector<Sample> &pa = it.value()->samples;
            const std::vector<Sample> &pb = b.value(it.key())->samples;
            QVERIFY2(pa.size() == size_t(Scrapes) && pb.size() == pa.size(),
                     qPrintable(QStringLiteral("%1: %2 samples here, %3 in Prometheus")
                                    .arg(it.key())
                                    .arg(pa.size())
                                    .arg(pb.size())));
            // A counter may gain, between the two reads, one count plus its rate times the
            // time between them; any other series may move as much as it does from one scrape
            // to the next (the simulator's noise steps every 5 s, and two reads a few
            // milliseconds apart can fall either side of a step).
            const QString name = it.value()->labels.metricName();
            bool counter = name.endsWith(u"_total") || name.endsWith(u"_bucket") ||
                           name.endsWith(u"_count") || name.endsWith(u"_sum");
            double largestStep = 0;
            for (size_t i = 1; i < pb.size(); ++i) {
                counter = counter && pb[i].v >= pb[i - 1].v;
                largestStep = std::max(largestStep, std::abs(pb[i].v - pb[i - 1].v));
            }
            const double perSecond = std::abs(pb.back().v - pb.front().v) /
                                     std::max(1.0, double(pb.back().t - pb.front().t) / 1000.0);
            for (size_t i = 0; i < pa.size(); ++i) {
                ++samples;
                const qint64 skewMs = std::abs(pa[i].t - pb[i].t);
                QVERIFY2(skewMs < 1000,
                         qPrintable(QStringLiteral("%1: scraped at %2 here, %3 by Prometheus")
                                        .arg(it.key())
                                        .arg(pa[i].t)
                                        .arg(pb[i].t)));
                const double x = pa[i].v;
                const double y = pb[i].v;
                if (x == y)
                    continue;
                ++differing;
                const double diff = std::abs(x - y);
                const double scale = std::max(std::abs(x), std::abs(y));
                const double allowed = counter
                                           ? std::max(quantumOf(x), quantumOf(y)) + 1e-9 * scale +
                                                 perSecond * double(skewMs + ReadSkewMs) / 1000.0
                                           : std::max(1e-3 * scale, largestStep);
                if (counter)
                    maxCountDiff = std::max(maxCountDiff, diff);
                else
                    maxGaugeRel = std::max(maxGaugeRel, diff / scale);
                QVERIFY2(diff <= allowed,
                         qPrintable(QStringLiteral("%1 at %2: %3 here, %4 in Prometheus (%5 "
                                                   "apart, allowed %6)")
                                        .arg(it.key())
                                        .arg(pa[i].t)
                                        .arg(x, 0, 'g', 15)
                                        .arg(y, 0, 'g', 15)
                                        .arg(diff, 0, 'g', 4)
                                        .arg(allowed, 0, 'g', 4)));
            }
        }
        std::printf("scraped samples: %d series, %d samples, %d differ (counters by at most %g, "
                    "others by at most %.2g %%)\n",
                    int(a.size()), samples, differing, maxCountDiff, maxGaugeRel * 100);
        QVERIFY(a.size() > 100);
    }

    void compareQueries_data()
    {
        QTest::addColumn<QString>("expr");
        const QList<Query> queries = builtinQueries();
        QVERIFY(queries.size() > 40);
        for (const Query &q : queries)
            QTest::newRow(qPrintable(q.origin + QStringLiteral(": ") + oneLine(q.expr))) << q.expr;
    }

    void compareQueries()
    {
        QFETCH(QString, expr);
        const bool windowed = hasRangeSelector(expr);
        TableRow row;
        row.expr = oneLine(expr);
        row.kind = windowed ? QStringLiteral("windowed") : QStringLiteral("gauge");
        // Every window of these queries lies within the imported history when Prometheus has
        // run for less than MaxImportMs; otherwise [1d] and [30d] reach past it.
        const bool allHistory = m_importedFromMs <= m_promFirstMs;

        // 2. Both engines on Prometheus's samples, as written.
        const qint64 sharedStart = m_evalMs - SharedRangeMs;
        const std::optional<Tolerance> same =
            allHistory || !windowed ? std::optional(SameSamplesTolerance) : std::nullopt;
        const Comparison sameInstant =
            compare(m_localOnPromSamples->evaluateInstant(expr, m_evalMs),
                    promInstant(expr, m_evalMs), same);
        const Comparison sameRange =
            compare(m_localOnPromSamples->evaluateRange(expr, sharedStart, m_evalMs, RangeStepMs),
                    promRange(expr, sharedStart, m_evalMs, RangeStepMs), same);
        row.sameInstant = cell(sameInstant);
        row.sameRange = cell(sameRange);
        row.series = sameInstant.series;

        // 3. Watchkeeper's own scrapes against Prometheus.
        const Comparison ownAsWritten = compare(
            sameInstance(m_local->evaluateInstant(expr, m_evalMs)), promInstant(expr, m_evalMs),
            windowed ? std::nullopt : std::optional(GaugeTolerance));
        row.ownAsWritten = cell(ownAsWritten);
        const QString fitted = windowed ? fitWindows(expr) : expr;
        QVERIFY2(m_evalMs - OwnRangeMs - FittedWindowMs > m_ourScrapes.front(),
                 "the fitted windows reach before the first scrape");
        const Tolerance tolerance = windowed ? WindowTolerance : GaugeTolerance;
        // Accepted beyond the tolerance only when the engines agree on this very query over the
        // same samples: then the difference comes from what was scraped.
        const auto sameSamplesAgree = [&](const QueryResult &localOnProm, const QueryResult &prom) {
            const Comparison c = compare(localOnProm, prom, SameSamplesTolerance);
            return c.problem.isEmpty();
        };
        Comparison ownInstant;
        if (windowed) {
            const QueryResult prom = promInstant(fitted, m_evalMs);
            const bool explained =
                sameSamplesAgree(m_localOnPromSamples->evaluateInstant(fitted, m_evalMs), prom);
            ownInstant = compare(sameInstance(m_local->evaluateInstant(fitted, m_evalMs)), prom,
                                 tolerance, explained);
            row.ownInstant = cell(ownInstant);
        } else {
            row.ownInstant = QStringLiteral("=");
        }
        const qint64 ownStart = m_evalMs - OwnRangeMs;
        const QueryResult promOwnRange = promRange(fitted, ownStart, m_evalMs, RangeStepMs);
        const bool rangeExplained = sameSamplesAgree(
            m_localOnPromSamples->evaluateRange(fitted, ownStart, m_evalMs, RangeStepMs),
            promOwnRange);
        const Comparison ownRange =
            compare(sameInstance(m_local->evaluateRange(fitted, ownStart, m_evalMs, RangeStepMs)),
                    promOwnRange, tolerance, rangeExplained);
        row.ownRange = cell(ownRange);
        row.value = windowed ? ownInstant.sample : ownAsWritten.sample;
        if (!ownInstant.beyond.isEmpty() && ownInstant.problem.isEmpty())
            row.note = QStringLiteral("scrape timing: ") + ownInstant.beyond;
        else if (!ownRange.beyond.isEmpty() && ownRange.problem.isEmpty())
            row.note = QStringLiteral("scrape timing: ") + ownRange.beyond;
        m_table.append(row);

        QVERIFY2(sameInstant.problem.isEmpty(),
                 qPrintable(QStringLiteral("same samples, instant: ") + sameInstant.problem));
        QVERIFY2(sameRange.problem.isEmpty(),
                 qPrintable(QStringLiteral("same samples, range: ") + sameRange.problem));
        QVERIFY2(ownAsWritten.problem.isEmpty(),
                 qPrintable(QStringLiteral("own scrapes, as written: ") + ownAsWritten.problem));
        QVERIFY2(
            ownInstant.problem.isEmpty(),
            qPrintable(
                QStringLiteral("own scrapes, %1, instant: %2").arg(fitted, ownInstant.problem)));
        QVERIFY2(
            ownRange.problem.isEmpty(),
            qPrintable(QStringLiteral("own scrapes, %1, range: %2").arg(fitted, ownRange.problem)));
    }

    // The engines agree on errors too: both refuse a malformed query.
    void bothRefuseBadQueries()
    {
        const QString bad = QStringLiteral("sum(rate(http_requests_total[5m])");
        const QueryResult local = m_local->evaluateInstant(bad, m_evalMs);
        const QueryResult remote = promInstant(bad, m_evalMs);
        QVERIFY(!local.ok());
        QVERIFY(!remote.ok());
        QVERIFY2(remote.error.toString().startsWith(
                     QStringLiteral("Prometheus at %1: bad_data: ").arg(m_prom->name())),
                 qPrintable(remote.error.toString()));
    }

    // A query longer than a URL should be goes as a form POST and still answers the same.
    void longQueryByPost()
    {
        QStringList terms;
        for (int i = 0; i < 80; ++i)
            terms << QStringLiteral("sum(system_cpu_usage_ratio{job=\"cloudgreet\"})");
        const QString expr = terms.join(QStringLiteral(" + "));
        QVERIFY(PrometheusEngine::buildRequest(m_promUrl, QStringLiteral("/api/v1/query"),
                                               {{QStringLiteral("query"), expr}},
                                               m_prom->options().maxGetUrlBytes)
                    .post);
        const Comparison c = compare(m_localOnPromSamples->evaluateInstant(expr, m_evalMs),
                                     promInstant(expr, m_evalMs), SameSamplesTolerance);
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
        QCOMPARE(c.series, 1);
        QVERIFY(c.sample > 1); // 80 times a CPU ratio
    }

    void cleanupTestCase()
    {
        if (m_table.isEmpty())
            return;
        std::printf("\nLargest relative difference, local engine against Prometheus at %s.\n"
                    "same samples: the local engine over Prometheus's samples, as written "
                    "(instant at t; range t-60s..t step 5s).\n"
                    "own scrapes: the local engine over Watchkeeper's scrapes; as written, then "
                    "windows as [25s] (instant at t; range t-10s..t).\n"
                    "shape: label sets compared, values not; empty: no series on either side; "
                    "value: Prometheus's answer at t (fitted windows).\n",
                    qPrintable(m_prom->name()));
        std::printf("%-8s %6s | %8s %8s | %8s %8s %8s | %10s | %s\n", "kind", "series", "same t",
                    "range", "own t", "fitted t", "range", "value", "query");
        for (const TableRow &r : std::as_const(m_table)) {
            std::printf("%-8s %6d | %8s %8s | %8s %8s %8s | %10.4g | %s\n", qPrintable(r.kind),
                        r.series, qPrintable(r.sameInstant), qPrintable(r.sameRange),
                        qPrintable(r.ownAsWritten), qPrintable(r.ownInstant),
                        qPrintable(r.ownRange), r.value, qPrintable(r.expr));
            if (!r.note.isEmpty())
                std::printf("%-8s %6s   %s\n", "", "", qPrintable(r.note));
        }
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(TestTwoEngines)
#include "tst_two_engines.moc"
