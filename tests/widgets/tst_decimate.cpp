#include "widgets/decimate.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Wk;

Q_DECLARE_METATYPE(std::vector<Wk::Sample>)

namespace {

constexpr qint64 start = 1'700'000'000'000;
constexpr qint64 step = 15'000;

std::vector<Sample> walk(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<Sample> out;
    out.reserve(size_t(n));
    double v = 100;
    for (int i = 0; i < n; ++i) {
        v += rng.bounded(20.0) - 10.0;
        out.push_back({start + i * step, v});
    }
    return out;
}

int columnOf(qint64 t, qint64 t0, qint64 t1, int columns)
{
    if (t1 == t0)
        return 0;
    return std::min(columns - 1, int(double(t - t0) * columns / double(t1 - t0)));
}

} // namespace

class TestDecimate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invariants_data();
    void invariants();
    void fewPointsKeptExactly();
    void unsortedEqualsSorted();
    void gapsDoNotLeak();
    void timeStepGap();
};

void TestDecimate::invariants_data()
{
    QTest::addColumn<std::vector<Sample>>("samples");
    QTest::addColumn<qint64>("t0");
    QTest::addColumn<qint64>("t1");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("expectedCount"); // -1: only the bound is checked
    QTest::addColumn<int>("expectedRuns");

    const std::vector<Sample> day = walk(5760, 7);
    const qint64 dayEnd = start + 5759 * step;

    QTest::newRow("empty") << std::vector<Sample>{} << start << dayEnd << 800 << 0 << 0;
    QTest::newRow("one point") << std::vector<Sample>{{start + 10, 3.5}} << start << dayEnd << 800
                               << 1 << 1;
    QTest::newRow("zero columns") << day << start << dayEnd << 0 << 0 << 0;
    QTest::newRow("inverted range") << day << dayEnd << start << 800 << 0 << 0;
    QTest::newRow("fewer points than columns")
        << walk(100, 3) << start << start + 99 * step << 800 << 100 << 1;
    QTest::newRow("5760 points into 800 columns") << day << start << dayEnd << 800 << -1 << 1;
    QTest::newRow("5760 points into 1 column") << day << start << dayEnd << 1 << -1 << 1;
    QTest::newRow("5760 points into 2880 columns") << day << start << dayEnd << 2880 << 5760 << 1;
    QTest::newRow("range is a slice")
        << day << start + 1000 * step << start + 2000 * step << 300 << -1 << 1;
    QTest::newRow("zero-width range")
        << day << start + 10 * step << start + 10 * step << 800 << 1 << 1;

    std::vector<Sample> gapped = day;
    for (int i = 2000; i < 2100; ++i)
        gapped[size_t(i)].v = std::nan("");
    QTest::newRow("NaN block splits the run") << gapped << start << dayEnd << 800 << -1 << 2;

    std::vector<Sample> stale = day;
    stale[3000].v = staleNaN();
    stale[4000].v = staleNaN();
    QTest::newRow("stale markers split runs") << stale << start << dayEnd << 800 << -1 << 3;

    std::vector<Sample> edges = walk(50, 11);
    edges.front().v = std::nan("");
    edges.back().v = staleNaN();
    QTest::newRow("NaN at both ends adds no gap")
        << edges << start << start + 49 * step << 800 << 48 << 1;

    std::vector<Sample> allNan(20);
    for (size_t i = 0; i < allNan.size(); ++i)
        allNan[i] = {start + qint64(i) * step, std::nan("")};
    QTest::newRow("all NaN") << allNan << start << start + 19 * step << 800 << 0 << 0;

    std::vector<Sample> alternating = walk(400, 5);
    for (size_t i = 1; i < alternating.size(); i += 2)
        alternating[i].v = staleNaN();
    QTest::newRow("every other sample stale")
        << alternating << start << start + 399 * step << 100 << 200 << 200;

    std::vector<Sample> flat(5760);
    for (size_t i = 0; i < flat.size(); ++i)
        flat[i] = {start + qint64(i) * step, 42.0};
    QTest::newRow("flat line") << flat << start << dayEnd << 800 << -1 << 1;
}

void TestDecimate::invariants()
{
    QFETCH(std::vector<Sample>, samples);
    QFETCH(qint64, t0);
    QFETCH(qint64, t1);
    QFETCH(int, columns);
    QFETCH(int, expectedCount);
    QFETCH(int, expectedRuns);

    const QList<QPointF> out = decimateMinMax(samples, t0, t1, columns);

    int runs = 0;
    int points = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QPointF &p = out.at(i);
        if (i > 0)
            QVERIFY2(out.at(i - 1).x() <= p.x(), "time goes backwards");
        if (isGapPoint(p)) {
            QVERIFY2(i > 0 && i + 1 < out.size(), "gap marker at an end");
            QVERIFY2(!isGapPoint(out.at(i - 1)), "two gap markers in a row");
            continue;
        }
        ++points;
        if (i == 0 || isGapPoint(out.at(i - 1)))
            ++runs;
        QVERIFY(p.x() >= double(t0) && p.x() <= double(t1));
        // Every point is a real sample.
        const bool real = std::any_of(samples.begin(), samples.end(), [&](const Sample &s) {
            return double(s.t) == p.x() && s.v == p.y();
        });
        QVERIFY2(real, qPrintable(QStringLiteral("invented point at %1").arg(p.x())));
    }
    QCOMPARE(runs, expectedRuns);
    if (expectedCount >= 0)
        QCOMPARE(points, expectedCount);
    if (columns > 0)
        QVERIFY2(points <= 2 * columns + 4 * runs,
                 qPrintable(QStringLiteral("%1 points for %2 columns").arg(points).arg(columns)));

    // Every column keeps its minimum and maximum.
    if (columns <= 0 || t1 < t0)
        return;
    std::vector<double> lo(size_t(columns), std::numeric_limits<double>::infinity());
    std::vector<double> hi(size_t(columns), -std::numeric_limits<double>::infinity());
    for (const Sample &s : samples) {
        if (s.t < t0 || s.t > t1 || std::isnan(s.v))
            continue;
        const size_t c = size_t(columnOf(s.t, t0, t1, columns));
        lo[c] = std::min(lo[c], s.v);
        hi[c] = std::max(hi[c], s.v);
    }
    std::vector<std::set<double>> kept(static_cast<size_t>(columns));
    for (const QPointF &p : out)
        if (!isGapPoint(p))
            kept[size_t(columnOf(qint64(p.x()), t0, t1, columns))].insert(p.y());
    for (size_t c = 0; c < size_t(columns); ++c) {
        if (lo[c] > hi[c])
            continue;
        QVERIFY2(kept[c].count(lo[c]), qPrintable(QStringLiteral("column %1 lost its min").arg(c)));
        QVERIFY2(kept[c].count(hi[c]), qPrintable(QStringLiteral("column %1 lost its max").arg(c)));
    }
}

void TestDecimate::fewPointsKeptExactly()
{
    const std::vector<Sample> in = walk(300, 9);
    const QList<QPointF> out = decimateMinMax(in, in.front().t, in.back().t, 800);
    QCOMPARE(out.size(), qsizetype(in.size()));
    for (size_t i = 0; i < in.size(); ++i) {
        QCOMPARE(out.at(qsizetype(i)).x(), double(in[i].t));
        QCOMPARE(out.at(qsizetype(i)).y(), in[i].v);
    }
}

void TestDecimate::unsortedEqualsSorted()
{
    const std::vector<Sample> sorted = walk(5760, 21);
    std::vector<Sample> shuffled = sorted;
    std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
    QVERIFY(!std::is_sorted(shuffled.begin(), shuffled.end(),
                            [](const Sample &a, const Sample &b) { return a.t < b.t; }));
    const QList<QPointF> a = decimateMinMax(sorted, sorted.front().t, sorted.back().t, 640);
    const QList<QPointF> b = decimateMinMax(shuffled, sorted.front().t, sorted.back().t, 640);
    QCOMPARE(b, a);
}

void TestDecimate::gapsDoNotLeak()
{
    // No point may be drawn inside the NaN block: the line must break, not bridge it.
    std::vector<Sample> in = walk(5760, 4);
    const qint64 gapFrom = in[2000].t;
    const qint64 gapTo = in[2499].t;
    for (int i = 2000; i < 2500; ++i)
        in[size_t(i)].v = std::nan("");
    const QList<QPointF> out = decimateMinMax(in, in.front().t, in.back().t, 800);
    int gaps = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QPointF &p = out.at(i);
        if (isGapPoint(p)) {
            ++gaps;
            QCOMPARE(out.at(i - 1).x(), double(in[1999].t)); // the run ends on its last sample
            QCOMPARE(out.at(i + 1).x(), double(in[2500].t)); // and resumes on the first after
            continue;
        }
        QVERIFY(p.x() < double(gapFrom) || p.x() > double(gapTo));
    }
    QCOMPARE(gaps, 1);
}

void TestDecimate::timeStepGap()
{
    std::vector<Sample> in = walk(200, 8);
    for (size_t i = 100; i < in.size(); ++i)
        in[i].t += 10 * step; // a ten-step hole after sample 99
    const QList<QPointF> joined = decimateMinMax(in, in.front().t, in.back().t, 800);
    QVERIFY(std::none_of(joined.begin(), joined.end(), isGapPoint));
    const QList<QPointF> broken = decimateMinMax(in, in.front().t, in.back().t, 800, 3 * step);
    QCOMPARE(std::count_if(broken.begin(), broken.end(), isGapPoint), 1);
    QCOMPARE(broken.size(), qsizetype(in.size() + 1));
}

QTEST_GUILESS_MAIN(TestDecimate)
#include "tst_decimate.moc"
