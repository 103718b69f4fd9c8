#include "widgets/barchartwidget.h"
#include "widgets/funnelwidget.h"
#include "widgets/gaugewidget.h"
#include "widgets/stattile.h"
#include "widgets/thememanager.h"

#include <QImage>
#include <QTest>

#include <cmath>
#include <set>

using namespace Wk;

Q_DECLARE_METATYPE(Wk::HealthStatus)

namespace {

int distinctColours(const QImage &img)
{
    std::set<QRgb> colours;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            colours.insert(img.pixel(x, y));
    return int(colours.size());
}

bool contains(const QImage &img, const QColor &c)
{
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (img.pixel(x, y) == c.rgb())
                return true;
    return false;
}

const QList<Threshold> cpuThresholds{{0.8, HealthStatus::Degraded, {}, {}},
                                     {0.9, HealthStatus::Unhealthy, {}, {}}};

} // namespace

class TestTiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { ThemeManager::instance()->setVariant(Theme::Variant::Desktop); }
    void statTileValue();
    void statTileStatus_data();
    void statTileStatus();
    void statTileLowerIsWorse();
    void statTileStale();
    void gauge_data();
    void gauge();
    void barChart();
    void barChartOverflow();
    void funnel();
    void funnelZeroStage();
};

void TestTiles::statTileValue()
{
    StatTile tile;
    tile.setTitle(QStringLiteral("Response time"));
    tile.setUnit(Unit::Seconds);
    QCOMPARE(tile.valueText(), QStringLiteral("\u2013"));
    std::vector<Sample> series;
    for (int i = 0; i < 100; ++i)
        series.push_back({1'700'000'000'000 + i * 15'000, i == 99 ? staleNaN() : 0.1 + i * 0.001});
    tile.setSeries(series);
    // The last finite sample is the value; the change is against the first.
    QCOMPARE(tile.valueText(), QStringLiteral("198 ms"));
    QCOMPARE(tile.deltaText(), QStringLiteral("\u2191 98 %"));
    tile.setValue(0.05);
    QCOMPARE(tile.valueText(), QStringLiteral("50 ms"));
    QCOMPARE(tile.deltaText(), QStringLiteral("\u2193 50 %"));
    QVERIFY(tile.statusText().isEmpty()); // no thresholds, no judgement
    QCOMPARE(tile.accessibleName(), QStringLiteral("Response time"));
    QVERIFY(tile.accessibleDescription().contains(QStringLiteral("50 ms")));

    tile.resize(tile.sizeHint());
    const QImage img = tile.grab().toImage();
    QVERIFY(distinctColours(img) > 10);
    QVERIFY(contains(img, ThemeManager::current().seriesColour(0))); // the sparkline
}

void TestTiles::statTileStatus_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<HealthStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("cpu fine") << 0.42 << HealthStatus::Healthy << "\u2714 healthy";
    QTest::newRow("cpu at 85 %") << 0.85 << HealthStatus::Degraded << "\u25B2 degraded";
    QTest::newRow("cpu at 95 %") << 0.95 << HealthStatus::Unhealthy << "\u2716 unhealthy";
    QTest::newRow("no value") << std::nan("") << HealthStatus::Unknown << "? unknown";
}

void TestTiles::statTileStatus()
{
    QFETCH(double, value);
    QFETCH(HealthStatus, status);
    QFETCH(QString, text);
    StatTile tile;
    tile.setTitle(QStringLiteral("CPU"));
    tile.setUnit(Unit::PercentRatio);
    tile.setThresholds(cpuThresholds);
    tile.setValue(value);
    QCOMPARE(tile.status(), status);
    QCOMPARE(tile.statusText(), text);
    tile.resize(tile.sizeHint());
    // The badge carries the status colour (and the glyph and word, checked above).
    QVERIFY(contains(tile.grab().toImage(), ThemeManager::current().statusColour(status)));
}

void TestTiles::statTileLowerIsWorse()
{
    StatTile tile;
    tile.setUnit(Unit::PercentRatio);
    tile.setThresholds(
        {{0.999, HealthStatus::Degraded, {}, {}}, {0.99, HealthStatus::Unhealthy, {}, {}}},
        ThresholdDirection::LowerIsWorse);
    tile.setCaption(QStringLiteral("target 99.9 %"));
    tile.setValue(0.9995);
    QCOMPARE(tile.status(), HealthStatus::Healthy);
    tile.setValue(0.995);
    QCOMPARE(tile.status(), HealthStatus::Degraded);
    tile.setValue(0.98);
    QCOMPARE(tile.status(), HealthStatus::Unhealthy);
    QCOMPARE(tile.valueText(), QStringLiteral("98.0 %"));
}

void TestTiles::statTileStale()
{
    StatTile tile;
    tile.setValue(12);
    tile.resize(tile.sizeHint());
    const QImage fresh = tile.grab().toImage();
    tile.setStale(true, 180'000);
    QVERIFY(tile.isStale());
    QVERIFY(tile.accessibleDescription().contains(QStringLiteral("data 3 min old")));
    QVERIFY(tile.grab().toImage() != fresh);
}

void TestTiles::gauge_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("valueText");
    QTest::addColumn<HealthStatus>("status");
    QTest::newRow("cpu 42 %") << 0.42 << 0.42 << "42.0 %" << HealthStatus::Healthy;
    QTest::newRow("cpu 88 %") << 0.88 << 0.88 << "88.0 %" << HealthStatus::Degraded;
    QTest::newRow("over the range is clamped") << 1.3 << 1.0 << "130 %" << HealthStatus::Unhealthy;
    QTest::newRow("no value") << std::nan("") << 0.0 << "\u2013" << HealthStatus::Unknown;
}

void TestTiles::gauge()
{
    QFETCH(double, value);
    QFETCH(double, fraction);
    QFETCH(QString, valueText);
    QFETCH(HealthStatus, status);
    GaugeWidget g;
    g.setTitle(QStringLiteral("CPU"));
    g.setThresholds(cpuThresholds);
    g.setValue(value);
    QCOMPARE(g.fraction(), fraction);
    QCOMPARE(g.valueText(), valueText);
    QCOMPARE(g.status(), status);
    QVERIFY(g.statusText().endsWith(healthStatusText(status)));
    g.resize(g.sizeHint());
    QVERIFY(g.height() == g.heightForWidth(g.width()));
    const QImage img = g.grab().toImage();
    QVERIFY(distinctColours(img) > 10);
    QVERIFY(contains(img, ThemeManager::current().statusColour(status)));
}

void TestTiles::barChart()
{
    BarChartWidget bars;
    bars.setTitle(QStringLiteral("Errors by endpoint"));
    bars.setUnit(Unit::Count);
    bars.setBars({{QStringLiteral("/api/login"), 12},
                  {QStringLiteral("/api/health"), 1},
                  {QStringLiteral("/api/leads"), 40}});
    bars.setSortDescending(true);
    const auto shown = bars.shownBars();
    QCOMPARE(shown.at(0).label, QStringLiteral("/api/leads"));
    QCOMPARE(shown.at(2).label, QStringLiteral("/api/health"));
    QCOMPARE(bars.valueText(0), QStringLiteral("40"));
    bars.setThresholds(
        {{10, HealthStatus::Degraded, {}, {}}, {30, HealthStatus::Unhealthy, {}, {}}});
    QCOMPARE(bars.valueText(0), QStringLiteral("\u2716 40"));
    QCOMPARE(bars.valueText(1), QStringLiteral("\u25B2 12"));
    QCOMPARE(bars.valueText(2), QStringLiteral("\u2714 1"));
    bars.resize(bars.sizeHint());
    QCOMPARE(bars.visibleBarCount(), 3);
    const QImage img = bars.grab().toImage();
    for (HealthStatus s : {HealthStatus::Healthy, HealthStatus::Degraded, HealthStatus::Unhealthy})
        QVERIFY(contains(img, ThemeManager::current().statusColour(s)));
    QVERIFY(bars.accessibleDescription().contains(QStringLiteral("/api/leads: 40")));
}

void TestTiles::barChartOverflow()
{
    BarChartWidget bars;
    QList<BarChartWidget::Bar> many;
    for (int i = 0; i < 40; ++i)
        many.append({QStringLiteral("endpoint %1").arg(i), double(i)});
    bars.setBars(many);
    bars.resize(400, 200);
    QVERIFY(bars.visibleBarCount() < 40);
    QVERIFY(bars.visibleBarCount() > 0);
}

void TestTiles::funnel()
{
    FunnelWidget f;
    f.setTitle(QStringLiteral("Lead conversion"));
    f.setStages({{QStringLiteral("Calls"), 1000},
                 {QStringLiteral("Leads"), 420},
                 {QStringLiteral("Appointments"), 105},
                 {QStringLiteral("Customers"), 42}});
    QCOMPARE(f.conversion(1), 0.42);
    QCOMPARE(f.conversion(2), 0.25);
    QCOMPARE(f.conversionText(2), QStringLiteral("\u2193 25.0 %"));
    QCOMPARE(f.overallConversion(), 0.042);
    QVERIFY(std::isnan(f.conversion(0)));
    f.resize(f.sizeHint());
    QVERIFY(distinctColours(f.grab().toImage()) > 10);
    QVERIFY(f.accessibleDescription().contains(QStringLiteral("Leads: 420 (42.0 %)")));
}

void TestTiles::funnelZeroStage()
{
    FunnelWidget f;
    f.setStages({{QStringLiteral("Visits"), 0}, {QStringLiteral("Sign-ups"), 0}});
    QVERIFY(std::isnan(f.conversion(1)));
    QCOMPARE(f.conversionText(1), QStringLiteral("\u2193 \u2013"));
    f.resize(300, 200);
    f.grab(); // paints without dividing by zero
}

QTEST_MAIN(TestTiles)
#include "tst_tiles.moc"
