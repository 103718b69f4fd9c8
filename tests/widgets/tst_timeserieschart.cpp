#include "widgets/thememanager.h"
#include "widgets/timeserieschart.h"

#include <QAbstractButton>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace Wk;

namespace {

constexpr qint64 start = 1'700'000'000'000;
constexpr qint64 step = 15'000;
constexpr int dayPoints = 5760;

QuerySeries daySeries(const QString &endpoint, double base, double amplitude, int phase)
{
    QuerySeries s;
    s.labels = Labels{{QStringLiteral("__name__"), QStringLiteral("http_request_duration_seconds")},
                      {QStringLiteral("endpoint"), endpoint}};
    s.samples.reserve(dayPoints);
    for (int i = 0; i < dayPoints; ++i) {
        const double v =
            base + amplitude * std::sin((i + phase) / 300.0) + amplitude * 0.2 * std::sin(i * 1.7);
        s.samples.push_back({start + i * step, v});
    }
    return s;
}

QList<QuerySeries> fourSeries()
{
    return {daySeries(QStringLiteral("/api/health"), 0.05, 0.02, 0),
            daySeries(QStringLiteral("/api/login"), 0.12, 0.05, 500),
            daySeries(QStringLiteral("/api/leads"), 0.2, 0.08, 1000),
            daySeries(QStringLiteral("/api/calls"), 0.35, 0.1, 1500)};
}

int distinctColours(const QImage &img)
{
    std::set<QRgb> colours;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            colours.insert(img.pixel(x, y));
    return int(colours.size());
}

bool hasColourNear(const QImage &img, const QColor &c)
{
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor p = img.pixelColor(x, y);
            if (std::abs(p.red() - c.red()) < 24 && std::abs(p.green() - c.green()) < 24 &&
                std::abs(p.blue() - c.blue()) < 24)
                return true;
        }
    return false;
}

// A saturated pixel of the colour's hue: antialiased thin lines blend with the background but
// keep their hue.
bool hasHueNear(const QImage &img, const QColor &c)
{
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor p = img.pixelColor(x, y);
            if (p.hsvSaturation() >= 60 && p.value() >= 60 &&
                std::abs(p.hsvHue() - c.hsvHue()) <= 5)
                return true;
        }
    return false;
}

} // namespace

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { ThemeManager::instance()->setVariant(Theme::Variant::Desktop); }
    void decimatesToPixelColumns();
    void rendersSomething();
    void thresholdsAndTarget();
    void states();
    void staleness_data();
    void staleness();
    void gapsBreakTheLine();
    void hiddenChartDefersWork();
    void legendAndVisibility();
    void legendGivesWayInASmallChart();
    void unitAwareAxis_data();
    void unitAwareAxis();
    void zoomPanReset();
    void readout();
    void hoverShowsReadout();
    void resizeRedecimates();
};

void TestTimeSeriesChart::decimatesToPixelColumns()
{
    TimeSeriesChart chart;
    chart.resize(800, 400);
    chart.setUnit(Unit::Seconds);
    chart.setSeries(fourSeries(), QStringLiteral("{{endpoint}}"));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.isDirty());
    QCOMPARE(chart.seriesCount(), 4);
    QVERIFY(chart.plotColumns() > 400 && chart.plotColumns() < 800);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(chart.pointCount(i) > chart.plotColumns(), qPrintable(QString::number(i)));
        QVERIFY2(chart.pointCount(i) <= 2 * chart.width(),
                 qPrintable(QStringLiteral("%1 points").arg(chart.pointCount(i))));
        QVERIFY(chart.pointCount(i) < dayPoints);
        QCOMPARE(chart.runCount(i), 1);
    }
    QCOMPARE(chart.state(), TimeSeriesChart::State::Ready);
    QCOMPARE(chart.viewMinMs(), start);
    QCOMPARE(chart.viewMaxMs(), start + (dayPoints - 1) * step);
}

void TestTimeSeriesChart::rendersSomething()
{
    TimeSeriesChart chart;
    chart.resize(800, 400);
    chart.setTitle(QStringLiteral("API latency"));
    chart.setUnit(Unit::Seconds);
    chart.setSeries(fourSeries(), QStringLiteral("{{endpoint}}"));
    chart.setThresholds({{0.5, HealthStatus::Unhealthy, {}, QStringLiteral("SLO 500 ms")}});
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.isDirty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(chart.grab().save(file));
    const QImage img(file);
    QCOMPARE(img.size(), chart.size() * chart.devicePixelRatio());
    QVERIFY2(distinctColours(img) > 20, "the picture is nearly blank");
    // Each series colour made it onto the picture.
    for (int i = 0; i < 4; ++i)
        QVERIFY2(hasColourNear(img, ThemeManager::current().seriesColour(i)),
                 qPrintable(QStringLiteral("series %1 not drawn").arg(i)));
}

void TestTimeSeriesChart::thresholdsAndTarget()
{
    TimeSeriesChart chart;
    chart.resize(600, 300);
    chart.setUnit(Unit::Seconds);
    chart.setSeries(fourSeries());
    chart.setThresholds(
        {{0.2, HealthStatus::Degraded, {}, {}}, {0.4, HealthStatus::Unhealthy, {}, {}}});
    chart.setTarget(0.1, QStringLiteral("target 100 ms"));
    chart.show();
    QTRY_VERIFY(!chart.isDirty());
    QCOMPARE(chart.thresholdLineCount(), 2);
    QVERIFY(chart.hasTargetLine());
    // With the series hidden, what is left on the plot in status colours are the threshold lines.
    for (int i = 0; i < chart.seriesCount(); ++i)
        chart.setSeriesVisible(i, false);
    chart.refreshNow();
    QCOMPARE(chart.thresholdLineCount(), 2);
    const QImage img = chart.findChild<QGraphicsView *>()->grab().toImage();
    QVERIFY(hasHueNear(img, ThemeManager::current().degraded));
    QVERIFY(hasHueNear(img, ThemeManager::current().unhealthy));
    QVERIFY(!hasHueNear(img, ThemeManager::current().seriesColour(0)));

    chart.setThresholds({});
    chart.clearTarget();
    chart.refreshNow();
    QCOMPARE(chart.thresholdLineCount(), 0);
    QVERIFY(!chart.hasTargetLine());
}

void TestTimeSeriesChart::states()
{
    TimeSeriesChart chart;
    chart.resize(400, 200);
    chart.show();
    // Before the first answer the chart is waiting, not empty.
    QCOMPARE(chart.state(), TimeSeriesChart::State::Loading);
    QCOMPARE(chart.overlayText(), QStringLiteral("Loading\u2026"));

    chart.setSeries({});
    QCOMPARE(chart.state(), TimeSeriesChart::State::NoData);
    QCOMPARE(chart.overlayText(), QStringLiteral("No data"));

    QuerySeries onlyStale;
    onlyStale.samples = {{start, staleNaN()}, {start + step, std::nan("")}};
    chart.setSeries({onlyStale});
    QCOMPARE(chart.state(), TimeSeriesChart::State::NoData);

    chart.setSeries(fourSeries());
    QCOMPARE(chart.state(), TimeSeriesChart::State::Ready);
    QVERIFY(chart.overlayText().isEmpty());

    chart.setError(QStringLiteral("connection refused"));
    QCOMPARE(chart.state(), TimeSeriesChart::State::Error);
    QVERIFY(chart.overlayText().contains(QStringLiteral("connection refused")));
    QVERIFY(chart.overlayText().startsWith(QStringLiteral("\u2716")));
    QCOMPARE(chart.seriesCount(), 4); // the last data stays under the message
    chart.clearError();
    QCOMPARE(chart.state(), TimeSeriesChart::State::Ready);
}

void TestTimeSeriesChart::staleness_data()
{
    QTest::addColumn<qint64>("refresh");
    QTest::addColumn<qint64>("age");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fresh") << qint64(60'000) << qint64(30'000) << QString();
    QTest::newRow("exactly twice the refresh is not stale")
        << qint64(60'000) << qint64(120'000) << QString();
    QTest::newRow("three minutes on a one-minute refresh")
        << qint64(60'000) << qint64(180'000) << QStringLiteral("data 3 min old");
    QTest::newRow("executive five-minute refresh")
        << qint64(300'000) << qint64(400'000) << QString();
    QTest::newRow("an hour old") << qint64(300'000) << qint64(3'600'000)
                                 << QStringLiteral("data 1 h old");
}

void TestTimeSeriesChart::staleness()
{
    QFETCH(qint64, refresh);
    QFETCH(qint64, age);
    QFETCH(QString, expected);
    TimeSeriesChart chart;
    chart.resize(500, 250);
    chart.setSeries(fourSeries());
    chart.setRefreshIntervalMs(refresh);
    chart.setDataAgeMs(age);
    chart.show();
    QTRY_VERIFY(!chart.isDirty());
    QCOMPARE(chart.isStale(), !expected.isEmpty());
    QCOMPARE(chart.staleText(), expected);
    if (!expected.isEmpty()) {
        // Greyed: the picture is paler than the fresh one.
        auto *view = chart.findChild<QGraphicsView *>();
        QVERIFY(view);
        const QImage stale = view->grab().toImage();
        chart.setDataAgeMs(0);
        const QImage fresh = view->grab().toImage();
        auto saturation = [](const QImage &img) {
            qint64 sum = 0;
            // The lower half: the age badge sits at the top.
            for (int y = img.height() / 2; y < img.height(); y += 3)
                for (int x = 0; x < img.width(); x += 3)
                    sum += img.pixelColor(x, y).hsvSaturation();
            return sum;
        };
        QVERIFY(saturation(stale) < saturation(fresh));
    }
}

void TestTimeSeriesChart::gapsBreakTheLine()
{
    QList<QuerySeries> series = fourSeries();
    for (int i = 2000; i < 2100; ++i)
        series[0].samples[size_t(i)].v = std::nan("");
    series[1].samples[3000].v = staleNaN();
    // A scrape outage with no samples at all: ten missing steps.
    series[2].samples.erase(series[2].samples.begin() + 4000, series[2].samples.begin() + 4010);
    TimeSeriesChart chart;
    chart.resize(800, 400);
    chart.setSeries(series);
    chart.show();
    QTRY_VERIFY(!chart.isDirty());
    QCOMPARE(chart.runCount(0), 2);
    QCOMPARE(chart.runCount(1), 2);
    QCOMPARE(chart.runCount(2), 2);
    QCOMPARE(chart.runCount(3), 1);
}

void TestTimeSeriesChart::hiddenChartDefersWork()
{
    TimeSeriesChart chart;
    chart.resize(600, 300);
    chart.setSeries(fourSeries());
    QCoreApplication::processEvents();
    QVERIFY(chart.isDirty()); // never shown: nothing decimated
    QCOMPARE(chart.pointCount(0), 0);
    chart.show();
    QTRY_VERIFY(!chart.isDirty());
    QVERIFY(chart.pointCount(0) > 0);
    chart.hide();
    chart.setUnit(Unit::Seconds);
    QCoreApplication::processEvents();
    QVERIFY(chart.isDirty());
    chart.show();
    QTRY_VERIFY(!chart.isDirty());
}

// A chart too small for every legend entry shows the first ones whole and "+N more" (naming the
// rest in its tool tip), never a row cut in half.
void TestTimeSeriesChart::legendGivesWayInASmallChart()
{
    TimeSeriesChart chart;
    chart.resize(220, 120);
    chart.setSeries(fourSeries(), QStringLiteral("{{endpoint}}"));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.isDirty());
    const auto buttons = chart.findChildren<QAbstractButton *>();
    QCOMPARE(buttons.size(), 4);
    int shown = 0;
    for (QAbstractButton *b : buttons) {
        if (!b->isHidden()) {
            QCOMPARE(b, buttons.at(shown)); // the first ones
            ++shown;
        }
    }
    QVERIFY2(shown >= 1 && shown < 4, qPrintable(QString::number(shown)));
    QLabel *more = nullptr;
    for (QLabel *l : chart.findChildren<QLabel *>()) {
        if (l->text().startsWith(u'+'))
            more = l;
    }
    QVERIFY(more && !more->isHidden());
    QCOMPARE(more->text(), QStringLiteral("+%1 more").arg(4 - shown));
    QVERIFY(more->toolTip().contains(QStringLiteral("/api/calls")));
    // Every shown entry lies whole inside the chart.
    QTRY_VERIFY(buttons.at(0)->geometry().isValid());
    QWidget *box = buttons.at(0)->parentWidget();
    for (int i = 0; i < shown; ++i)
        QTRY_VERIFY2(box->rect().contains(buttons.at(i)->geometry()),
                     qPrintable(QString::number(i)));

    // Given room, all four come back.
    chart.resize(900, 400);
    QTRY_VERIFY(std::all_of(buttons.begin(), buttons.end(),
                            [](QAbstractButton *b) { return !b->isHidden(); }));
    QTRY_VERIFY(more->isHidden());
}

void TestTimeSeriesChart::legendAndVisibility()
{
    TimeSeriesChart chart;
    chart.resize(600, 300);
    chart.setSeries(fourSeries(), QStringLiteral("{{endpoint}}"));
    chart.show();
    QTRY_VERIFY(!chart.isDirty());
    QCOMPARE(chart.legendText(1), QStringLiteral("/api/login"));
    const auto buttons = chart.findChildren<QAbstractButton *>();
    QCOMPARE(buttons.size(), 4);
    for (QAbstractButton *b : buttons) {
        QVERIFY(!b->toolTip().isEmpty());
        QVERIFY(!b->accessibleName().isEmpty());
    }
    QSignalSpy spy(&chart, &TimeSeriesChart::seriesVisibilityChanged);
    buttons.at(1)->click(); // the legend entry hides its series
    QCOMPARE(spy.count(), 1);
    QVERIFY(!chart.isSeriesVisible(1));
    QTRY_VERIFY(!chart.isDirty());
    QCOMPARE(chart.pointCount(1), 0);
    QVERIFY(chart.pointCount(0) > 0);
    // The choice survives a refresh with the same series.
    chart.setSeries(fourSeries(), QStringLiteral("{{endpoint}}"));
    QVERIFY(!chart.isSeriesVisible(1));
    QVERIFY(!buttons.at(1)->isChecked());
    buttons.at(1)->click();
    QVERIFY(chart.isSeriesVisible(1));
    QTRY_VERIFY(!chart.isDirty());
    QVERIFY(chart.pointCount(1) > 0);
}

void TestTimeSeriesChart::unitAwareAxis_data()
{
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("seconds shown as ms") << Unit::Seconds << 1.0 << " ms";
    QTest::newRow("ratio shown as percent") << Unit::PercentRatio << 1.0 << " %";
    QTest::newRow("bytes shown as MiB") << Unit::Bytes << 1024.0 * 1024 * 1024 << " MiB";
    QTest::newRow("dollars") << Unit::Usd << 100.0 << "f";
    QTest::newRow("requests per second") << Unit::RequestsPerSecond << 100.0 << " req/s";
}

void TestTimeSeriesChart::unitAwareAxis()
{
    QFETCH(Unit, unit);
    QFETCH(double, scale);
    QFETCH(QString, suffix);
    QList<QuerySeries> series = fourSeries();
    for (QuerySeries &s : series)
        for (Sample &x : s.samples)
            x.v *= scale;
    TimeSeriesChart chart;
    chart.resize(600, 300);
    chart.setUnit(unit);
    chart.setSeries(series);
    chart.show();
    QTRY_VERIFY(!chart.isDirty());
    QVERIFY2(chart.valueAxisLabelFormat().endsWith(suffix),
             qPrintable(chart.valueAxisLabelFormat()));
    if (unit == Unit::Usd)
        QVERIFY(chart.valueAxisLabelFormat().startsWith(QLatin1Char('$')));
}

void TestTimeSeriesChart::zoomPanReset()
{
    TimeSeriesChart chart;
    chart.resize(800, 400);
    chart.setSeries(fourSeries());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.isDirty());
    auto *view = chart.findChild<QGraphicsView *>();
    QVERIFY(view);
    QSignalSpy spy(&chart, &TimeSeriesChart::viewRangeChanged);
    const qint64 fullMin = chart.viewMinMs();
    const qint64 fullMax = chart.viewMaxMs();

    // Rubber band from a quarter to half of the view.
    const int y = view->height() / 2;
    const QPoint from(view->width() / 4, y);
    const QPoint to(view->width() / 2, y);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(spy.count(), 1);
    const qint64 zMin = spy.last().at(0).toLongLong();
    const qint64 zMax = spy.last().at(1).toLongLong();
    QVERIFY(zMin > fullMin && zMax < fullMax);
    QVERIFY(zMax - zMin < (fullMax - fullMin) / 3);
    QCOMPARE(chart.viewMinMs(), zMin);
    QTRY_VERIFY(!chart.isDirty());
    QVERIFY(chart.isZoomed());
    // A refresh with new data and the same home range keeps the user's zoom.
    chart.setTimeRange(fullMin, fullMax);
    chart.setSeries(fourSeries());
    QCOMPARE(chart.viewMinMs(), zMin);
    QCOMPARE(chart.viewMaxMs(), zMax);

    // Keyboard: pan right by a tenth of the view.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(spy.count(), 2);
    QVERIFY(chart.viewMinMs() > zMin);
    QCOMPARE(chart.viewMaxMs() - chart.viewMinMs(), zMax - zMin);

    // Wheel with focus zooms out around the cursor.
    const qint64 before = chart.viewMaxMs() - chart.viewMinMs();
    QWheelEvent wheel(QPointF(view->width() / 2.0, y),
                      view->mapToGlobal(QPointF(view->width() / 2.0, y)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(spy.count(), 3);
    QVERIFY(chart.viewMaxMs() - chart.viewMinMs() > before);

    // Double-click goes back home.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, from);
    QVERIFY(!chart.isZoomed());
    QCOMPARE(chart.viewMinMs(), fullMin);
    QCOMPARE(chart.viewMaxMs(), fullMax);
    QCOMPARE(spy.last().at(0).toLongLong(), fullMin);

    // The wall display is not interactive.
    chart.setInteractive(false);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(chart.viewMinMs(), fullMin);
}

void TestTimeSeriesChart::readout()
{
    QuerySeries a;
    a.labels = Labels{{QStringLiteral("endpoint"), QStringLiteral("/api/health")}};
    QuerySeries b;
    b.labels = Labels{{QStringLiteral("endpoint"), QStringLiteral("/api/login")}};
    for (int i = 0; i < 10; ++i) {
        a.samples.push_back({start + i * step, 0.045});
        b.samples.push_back({start + i * step, i == 5 ? staleNaN() : 1.5});
    }
    TimeSeriesChart chart;
    chart.setUnit(Unit::Seconds);
    chart.setSeries({a, b}, QStringLiteral("{{endpoint}}"));
    const QString text = chart.readoutAt(start + 2 * step + 3000);
    QVERIFY2(text.contains(QStringLiteral("/api/health: 45 ms")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/api/login: 1.5 s")), qPrintable(text));
    const QString atGap = chart.readoutAt(start + 5 * step);
    QVERIFY2(atGap.contains(QStringLiteral("/api/login: \u2013")), qPrintable(atGap));
    // Far outside the data there is no value to read.
    QVERIFY(chart.readoutAt(start + 1000 * step).contains(QStringLiteral("/api/health: \u2013")));
}

void TestTimeSeriesChart::hoverShowsReadout()
{
    TimeSeriesChart chart;
    chart.resize(800, 400);
    chart.setUnit(Unit::Seconds);
    chart.setSeries(fourSeries(), QStringLiteral("{{endpoint}}"));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.isDirty());
    auto *view = chart.findChild<QGraphicsView *>();
    QVERIFY(view);
    auto visibleReadout = [&]() -> QLabel * {
        for (QLabel *l : view->findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(QStringLiteral("/api/login")))
                return l;
        return nullptr;
    };
    QVERIFY(!visibleReadout());
    QTest::mouseMove(view->viewport(), QPoint(view->width() / 2, view->height() / 2));
    QTRY_VERIFY(visibleReadout());
    QLabel *label = visibleReadout();
    QVERIFY(label->text().contains(QStringLiteral(" ms")));
    // It stays inside the chart.
    QVERIFY(view->rect().contains(label->geometry()));
    // Escape hides it; the wall (non-interactive) never shows it.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!visibleReadout());
    chart.setInteractive(false);
    QTest::mouseMove(view->viewport(), QPoint(view->width() / 3, view->height() / 2));
    QVERIFY(!visibleReadout());
}

void TestTimeSeriesChart::resizeRedecimates()
{
    TimeSeriesChart chart;
    chart.resize(900, 300);
    chart.setSeries(fourSeries());
    chart.show();
    QTRY_VERIFY(!chart.isDirty());
    const int wide = chart.plotColumns();
    chart.resize(400, 300);
    QTRY_VERIFY(chart.plotColumns() < 400);
    QTRY_VERIFY(!chart.isDirty());
    QVERIFY(chart.plotColumns() < wide);
    QVERIFY(chart.pointCount(0) <= 2 * chart.plotColumns() + 2);
}

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
