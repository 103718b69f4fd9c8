#include "models/promql/seriesnotation.h"

#include <QTest>

#include <cmath>

using namespace Wk;

namespace {

QString valuesText(const QList<SeriesNotation::Value> &values)
{
    QStringList out;
    for (const SeriesNotation::Value &v : values) {
        if (v.omitted)
            out << QStringLiteral("_");
        else if (isStaleNaN(v.v))
            out << QStringLiteral("stale");
        else
            out << QString::number(v.v);
    }
    return out.join(u' ');
}

} // namespace

class TestSeriesNotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expand_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("increasing") << "0+10x3"
                                    << "0 10 20 30";
        QTest::newRow("decreasing") << "10-2x2"
                                    << "10 8 6";
        QTest::newRow("negative-start") << "-2+3x4"
                                        << "-2 1 4 7 10";
        QTest::newRow("repeat") << "1x5"
                                << "1 1 1 1 1 1";
        QTest::newRow("zero-repeat-is-not-hex") << "0x2"
                                                << "0 0 0";
        QTest::newRow("missing") << "1 _ 3"
                                 << "1 _ 3";
        QTest::newRow("missing-repeat") << "_x3 4"
                                        << "_ _ _ 4";
        QTest::newRow("stale") << "1 stale 2"
                               << "1 stale 2";
        QTest::newRow("special-values") << "Inf -Inf NaN"
                                        << "inf -inf nan";
        QTest::newRow("exponents") << "1e3 1.5E+2 -2e-1"
                                   << "1000 150 -0.2";
        QTest::newRow("several-groups") << "0+10x2 100+30x1"
                                        << "0 10 20 100 130";
        QTest::newRow("tabs") << "1\t2"
                              << "1 2";
        QTest::newRow("empty") << ""
                               << "";
    }
    void expand()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QList<SeriesNotation::Value>> r = SeriesNotation::expand(input);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(valuesText(r.value()), expected);
    }

    void accumulatesLikePrometheus()
    {
        // Values are summed step by step, not computed as a + i*b.
        const Result<QList<SeriesNotation::Value>> r = SeriesNotation::expand(u"0+0.1x3");
        QVERIFY(r.ok());
        double cur = 0;
        for (int i = 0; i < 3; ++i)
            cur += 0.1;
        QCOMPARE(r.value().at(3).v, cur);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing-step") << "1+x3"
                                      << "line 1, column 3: expected a number after '+'";
        QTest::newRow("missing-x") << "1+2"
                                   << "line 1, column 4: expected 'x' and a repetition count";
        QTest::newRow("missing-count") << "5x"
                                       << "line 1, column 3: expected a repetition count after "
                                          "'x'";
        QTest::newRow("garbage") << "1 abc"
                                 << "line 1, column 3: expected a number, '_' or 'stale'";
        QTest::newRow("trailing") << "1y"
                                  << "line 1, column 2: unexpected character 'y' in series "
                                     "values";
        QTest::newRow("native-histogram") << "1 {{schema:0 sum:1 count:1}}"
                                          << "line 1, column 3: native histogram notation is "
                                             "not supported";
    }
    void errors()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QList<SeriesNotation::Value>> r = SeriesNotation::expand(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), expected);
    }

    void parseLine()
    {
        const Result<SeriesNotation::Line> r = SeriesNotation::parseLine(
            u"http_requests_total{job=\"api\", path=\"/a b\"}\t0+5x2 _ 7");
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().labels.toString(),
                 QStringLiteral("http_requests_total{job=\"api\", path=\"/a b\"}"));
        QCOMPARE(valuesText(r.value().values), QStringLiteral("0 5 10 _ 7"));

        const Result<SeriesNotation::Line> braces =
            SeriesNotation::parseLine(u"{__name__=\"up\", instance=\"x:9\"} 1");
        QVERIFY(braces.ok());
        QCOMPARE(braces.value().labels.metricName(), QStringLiteral("up"));

        const Result<SeriesNotation::Line> colons =
            SeriesNotation::parseLine(u"ns:pod_info:{ns=\"a\"} 1");
        QVERIFY(colons.ok());
        QCOMPARE(colons.value().labels.metricName(), QStringLiteral("ns:pod_info:"));

        const Result<SeriesNotation::Line> bad = SeriesNotation::parseLine(u"up{job=api} 1");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().pos.column, 8);
    }

    void parseMetric()
    {
        const Result<Labels> l = SeriesNotation::parseMetric(u"up{job=\"api\",}");
        QVERIFY(l.ok());
        QCOMPARE(l.value().toString(), QStringLiteral("up{job=\"api\"}"));
        QVERIFY(!SeriesNotation::parseMetric(u"up{job=\"api\"} trailing").ok());
        QVERIFY(SeriesNotation::hasNativeHistogram(u"x {{schema:1}}"));
        QVERIFY(!SeriesNotation::hasNativeHistogram(u"x{a=\"b\"} 1"));
    }

    void toSamples()
    {
        const Result<QList<SeriesNotation::Value>> r = SeriesNotation::expand(u"1 _ 3 stale");
        QVERIFY(r.ok());
        const std::vector<Sample> s = SeriesNotation::toSamples(r.value(), 1000, 60000);
        QCOMPARE(s.size(), size_t(3));
        QCOMPARE(s[0].t, 1000);
        QCOMPARE(s[1].t, 121000);
        QCOMPARE(s[1].v, 3.0);
        QCOMPARE(s[2].t, 181000);
        QVERIFY(isStaleNaN(s[2].v));
    }
};

QTEST_GUILESS_MAIN(TestSeriesNotation)
#include "tst_seriesnotation.moc"
