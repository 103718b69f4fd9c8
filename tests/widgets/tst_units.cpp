#include "widgets/legendtemplate.h"
#include "widgets/niceaxis.h"
#include "widgets/threshold.h"
#include "widgets/units.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace Wk;

Q_DECLARE_METATYPE(Wk::Unit)
Q_DECLARE_METATYPE(Wk::HealthStatus)
Q_DECLARE_METATYPE(Wk::ThresholdDirection)

class TestUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Numbers are written in the user's locale; the expectations below are US English.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void formatValue_data();
    void formatValue();
    void axisScale_data();
    void axisScale();
    void unitNames();
    void dollarsWhereTheLocaleWritesThem_data();
    void dollarsWhereTheLocaleWritesThem();
    void niceAxis_data();
    void niceAxis();
    void thresholds_data();
    void thresholds();
    void legend_data();
    void legend();
    void legendSet();
    void elapsed();
};

void TestUnits::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds as ms") << 0.045 << Unit::Seconds << "45 ms";
    QTest::newRow("seconds fractional ms") << 0.0125 << Unit::Seconds << "12.5 ms";
    QTest::newRow("seconds as s") << 1.5 << Unit::Seconds << "1.5 s";
    QTest::newRow("seconds as min") << 300.0 << Unit::Seconds << "5 min";
    QTest::newRow("seconds as µs") << 0.00025 << Unit::Seconds << "250 µs";
    QTest::newRow("ratio as percent") << 0.42 << Unit::PercentRatio << "42.0 %";
    QTest::newRow("uptime never rounds to 100") << 0.99996 << Unit::PercentRatio << "99.996 %";
    QTest::newRow("full ratio") << 1.0 << Unit::PercentRatio << "100 %";
    QTest::newRow("percent") << 87.5 << Unit::Percent << "87.5 %";
    QTest::newRow("req/s") << 12.34 << Unit::RequestsPerSecond << "12.3 req/s";
    QTest::newRow("k req/s") << 12345.0 << Unit::RequestsPerSecond << "12.3k req/s";
    QTest::newRow("bytes") << 512.0 << Unit::Bytes << "512 B";
    QTest::newRow("KiB") << 1536.0 << Unit::Bytes << "1.5 KiB";
    QTest::newRow("MiB") << 5.0 * 1024 * 1024 << Unit::Bytes << "5 MiB";
    QTest::newRow("GiB") << 2.5 * 1024 * 1024 * 1024 << Unit::Bytes << "2.5 GiB";
    QTest::newRow("usd cents") << 12.5 << Unit::Usd << "$12.50";
    QTest::newRow("usd thousands") << 4321.0 << Unit::Usd << "$4,321";
    QTest::newRow("usd k") << 12345.0 << Unit::Usd << "$12.3k";
    QTest::newRow("usd negative") << -3.0 << Unit::Usd << "-$3.00";
    QTest::newRow("count integer") << 42.0 << Unit::Count << "42";
    QTest::newRow("count k") << 123456.0 << Unit::Count << "123k";
    QTest::newRow("count M") << 4500000.0 << Unit::Count << "4.5M";
    QTest::newRow("none fraction") << 0.123456 << Unit::None << "0.123";
    QTest::newRow("NaN") << std::nan("") << Unit::Seconds << "\u2013";
}

void TestUnits::formatValue()
{
    QFETCH(double, value);
    QFETCH(Unit, unit);
    QFETCH(QString, expected);
    QCOMPARE(Wk::formatValue(value, unit), expected);
}

void TestUnits::axisScale_data()
{
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<double>("maxAbs");
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("latency in ms") << Unit::Seconds << 0.8 << 1000.0 << ""
                                   << " ms";
    QTest::newRow("latency in s") << Unit::Seconds << 3.0 << 1.0 << ""
                                  << " s";
    QTest::newRow("ratio") << Unit::PercentRatio << 0.5 << 100.0 << ""
                           << " %";
    QTest::newRow("MiB axis") << Unit::Bytes << 300.0 * 1024 * 1024 << 1.0 / (1024 * 1024) << ""
                              << " MiB";
    QTest::newRow("dollars") << Unit::Usd << 900.0 << 1.0 << "$"
                             << "";
    QTest::newRow("k dollars") << Unit::Usd << 90000.0 << 0.001 << "$"
                               << "k";
    QTest::newRow("req/s") << Unit::RequestsPerSecond << 250.0 << 1.0 << ""
                           << " req/s";
}

void TestUnits::axisScale()
{
    QFETCH(Unit, unit);
    QFETCH(double, maxAbs);
    QFETCH(double, factor);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    const UnitScale s = unitScale(unit, maxAbs);
    QCOMPARE(s.factor, factor);
    QCOMPARE(s.prefix, prefix);
    QCOMPARE(s.suffix, suffix);
}

void TestUnits::unitNames()
{
    for (Unit u : {Unit::None, Unit::Seconds, Unit::PercentRatio, Unit::Percent,
                   Unit::RequestsPerSecond, Unit::Bytes, Unit::Usd, Unit::Count}) {
        bool ok = false;
        QCOMPARE(unitFromString(unitName(u), &ok), u);
        QVERIFY(ok);
    }
    bool ok = true;
    QCOMPARE(unitFromString(u"percentunit", &ok), Unit::PercentRatio);
    QCOMPARE(unitFromString(u"currencyUSD", &ok), Unit::Usd);
    unitFromString(u"furlongs", &ok);
    QVERIFY(!ok);
}

void TestUnits::niceAxis_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals");
    QTest::newRow("latency ms") << 3.2 << 187.0 << 6 << 0.0 << 200.0 << 50.0 << 0;
    QTest::newRow("ratio percent") << 0.0 << 100.0 << 6 << 0.0 << 100.0 << 20.0 << 0;
    QTest::newRow("small fractions") << 0.12 << 0.87 << 5 << 0.0 << 1.0 << 0.25 << 2;
    QTest::newRow("negative") << -7.0 << 13.0 << 6 << -10.0 << 15.0 << 5.0 << 0;
    QTest::newRow("flat zero") << 0.0 << 0.0 << 5 << -1.0 << 1.0 << 0.5 << 1;
    QTest::newRow("uptime near 100") << 99.82 << 99.97 << 6 << 99.8 << 100.0 << 0.05 << 2;
}

void TestUnits::niceAxis()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, maxTicks);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, step);
    QFETCH(int, decimals);
    const NiceAxis a = NiceAxis::compute(lo, hi, maxTicks);
    QCOMPARE(a.min, min);
    QCOMPARE(a.max, max);
    QCOMPARE(a.step, step);
    QCOMPARE(a.decimals, decimals);
    QVERIFY(a.ticks <= maxTicks);
    QVERIFY(a.min <= lo && a.max >= hi);
    QCOMPARE(a.ticks, int(std::llround((a.max - a.min) / a.step)) + 1);
}

void TestUnits::thresholds_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<ThresholdDirection>("direction");
    QTest::addColumn<HealthStatus>("expected");
    // The guide's database thresholds: healthy < 200 ms, degraded 200-1000 ms, unhealthy > 1000.
    QTest::newRow("fast") << 150.0 << ThresholdDirection::HigherIsWorse << HealthStatus::Healthy;
    QTest::newRow("at degraded") << 200.0 << ThresholdDirection::HigherIsWorse
                                 << HealthStatus::Degraded;
    QTest::newRow("slow") << 700.0 << ThresholdDirection::HigherIsWorse << HealthStatus::Degraded;
    QTest::newRow("very slow") << 1500.0 << ThresholdDirection::HigherIsWorse
                               << HealthStatus::Unhealthy;
    QTest::newRow("NaN") << std::nan("") << ThresholdDirection::HigherIsWorse
                         << HealthStatus::Unknown;
    // The same numbers read as "lower is worse" (a conversion rate, say).
    QTest::newRow("low is bad: high")
        << 1500.0 << ThresholdDirection::LowerIsWorse << HealthStatus::Healthy;
    QTest::newRow("low is bad: middle")
        << 700.0 << ThresholdDirection::LowerIsWorse << HealthStatus::Unhealthy;
    QTest::newRow("low is bad: bottom")
        << 100.0 << ThresholdDirection::LowerIsWorse << HealthStatus::Degraded;
}

void TestUnits::thresholds()
{
    QFETCH(double, value);
    QFETCH(ThresholdDirection, direction);
    QFETCH(HealthStatus, expected);
    const QList<Threshold> t{{1000, HealthStatus::Unhealthy, {}, {}},
                             {200, HealthStatus::Degraded, {}, {}}};
    QCOMPARE(thresholdStatus(value, t, direction), expected);
    QCOMPARE(thresholdStatus(value, {}, direction),
             std::isnan(value) ? HealthStatus::Unknown : HealthStatus::Healthy);
}

void TestUnits::legend_data()
{
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one label") << "{{endpoint}}"
                               << "/api/health";
    QTest::newRow("spaces and text") << "{{ method }} {{endpoint}} ({{status}})"
                                     << "GET /api/health (200)";
    QTest::newRow("missing label is empty") << "{{endpoint}} {{zone}}"
                                            << "/api/health ";
    QTest::newRow("empty template: label set")
        << ""
        << "http_requests_total{endpoint=\"/api/health\", method=\"GET\", status=\"200\"}";
}

void TestUnits::legend()
{
    QFETCH(QString, tmpl);
    QFETCH(QString, expected);
    const Labels labels{{QStringLiteral("__name__"), QStringLiteral("http_requests_total")},
                        {QStringLiteral("endpoint"), QStringLiteral("/api/health")},
                        {QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("status"), QStringLiteral("200")}};
    QCOMPARE(expandLegendTemplate(tmpl, labels), expected);
    const Labels nameOnly{{QStringLiteral("__name__"), QStringLiteral("up")}};
    QCOMPARE(expandLegendTemplate({}, nameOnly), QStringLiteral("up"));
}

void TestUnits::legendSet()
{
    const QString name = QStringLiteral("__name__");
    const QString metric = QStringLiteral("http_requests_total");
    auto labels = [&](const QString &endpoint, const QString &method) {
        return Labels{{name, metric},
                      {QStringLiteral("endpoint"), endpoint},
                      {QStringLiteral("method"), method},
                      {QStringLiteral("job"), QStringLiteral("api")}};
    };
    // Only the label that differs names the series.
    QCOMPARE(legendTexts({}, {labels(QStringLiteral("/a"), QStringLiteral("GET")),
                              labels(QStringLiteral("/b"), QStringLiteral("GET"))}),
             (QStringList{QStringLiteral("/a"), QStringLiteral("/b")}));
    // Several differ: both are kept, in label notation.
    QCOMPARE(legendTexts({}, {labels(QStringLiteral("/a"), QStringLiteral("GET")),
                              labels(QStringLiteral("/b"), QStringLiteral("POST"))}),
             (QStringList{QStringLiteral("{endpoint=\"/a\", method=\"GET\"}"),
                          QStringLiteral("{endpoint=\"/b\", method=\"POST\"}")}));
    // A label missing from one series differs too.
    QCOMPARE(
        legendTexts({}, {Labels{{name, metric}},
                         Labels{{name, metric}, {QStringLiteral("code"), QStringLiteral("500")}}}),
        (QStringList{QString(), QStringLiteral("500")}));
    // One series: its whole label set; a template wins over everything.
    QCOMPARE(legendTexts({}, {labels(QStringLiteral("/a"), QStringLiteral("GET"))}).first(),
             labels(QStringLiteral("/a"), QStringLiteral("GET")).toString());
    QCOMPARE(legendTexts(QStringLiteral("{{method}}"),
                         {labels(QStringLiteral("/a"), QStringLiteral("GET"))}),
             QStringList{QStringLiteral("GET")});
}

void TestUnits::elapsed()
{
    QCOMPARE(formatElapsed(45), QStringLiteral("45 ms"));
    QCOMPARE(formatElapsed(12'400), QStringLiteral("12 s"));
    QCOMPARE(formatElapsed(3 * 60'000 + 5'000), QStringLiteral("3 min"));
    QCOMPARE(formatElapsed(2 * 3'600'000), QStringLiteral("2 h"));
    QCOMPARE(formatElapsed(4 * 86'400'000LL), QStringLiteral("4 d"));
    QCOMPARE(formatElapsed(-5), QStringLiteral("0 ms"));
}

void TestUnits::dollarsWhereTheLocaleWritesThem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected"); // no-break spaces written as spaces
    QTest::newRow("en cents") << "en_US" << 12.5 << "$12.50";
    QTest::newRow("de cents") << "de_DE" << 12.5 << "12,50 $";
    QTest::newRow("de thousands") << "de_DE" << 6222.0 << "6.222 $";
    QTest::newRow("es thousands") << "es_ES" << 6222.0 << "6222 $";
    QTest::newRow("de k") << "de_DE" << 12345.0 << "12,3k $";
}

void TestUnits::dollarsWhereTheLocaleWritesThem()
{
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(locale));
    QString text = Wk::formatValue(value, Unit::Usd);
    const UnitScale axis = Wk::unitScale(Unit::Usd, value);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    text.replace(QChar(0x00A0), u' ');
    QCOMPARE(text, expected);
    // Axes put the sign on the same side.
    QCOMPARE(axis.prefix.isEmpty(), !expected.startsWith(u'$'));
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
