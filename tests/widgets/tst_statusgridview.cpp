#include "models/core/clock.h"
#include "models/sources/healthstatus.h"
#include "widgets/statusgridview.h"
#include "widgets/statustiledelegate.h"
#include "widgets/thememanager.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Wk;

namespace {

constexpr qint64 now0 = 1'700'000'000'000;

struct Row
{
    QString target;
    QString check;
    HealthStatus status;
    QString message;
    double durationMs;
    qint64 updatedMs;
    QString error;
};

void addRow(QStandardItemModel &model, const Row &r)
{
    auto *item = new QStandardItem;
    item->setData(r.target, HealthRoles::Target);
    item->setData(r.check, HealthRoles::Check);
    item->setData(int(r.status), HealthRoles::Status);
    item->setData(healthStatusText(r.status), HealthRoles::StatusText);
    item->setData(r.message, HealthRoles::Message);
    item->setData(r.durationMs, HealthRoles::DurationMs);
    item->setData(r.updatedMs, HealthRoles::UpdatedMs);
    item->setData(r.error, HealthRoles::Error);
    item->setData(r.target + QStringLiteral(" ") + r.check, Qt::DisplayRole);
    model.appendRow(item);
}

void fill(QStandardItemModel &model)
{
    addRow(model, {QStringLiteral("cloudgreet-api"),
                   QStringLiteral("database"),
                   HealthStatus::Healthy,
                   QStringLiteral("SELECT 1 ok"),
                   45,
                   now0 - 12'000,
                   {}});
    addRow(model, {QStringLiteral("cloudgreet-api"),
                   QStringLiteral("redis"),
                   HealthStatus::Degraded,
                   QStringLiteral("SET/GET slow"),
                   320,
                   now0 - 3'000,
                   {}});
    addRow(model, {QStringLiteral("cloudgreet-api"),
                   QStringLiteral("external apis"),
                   HealthStatus::Unhealthy,
                   QStringLiteral("3 of 4 APIs failing"),
                   1800,
                   now0 - 1'000,
                   {}});
    addRow(model, {QStringLiteral("cloudgreet-web"),
                   QStringLiteral("overall"),
                   HealthStatus::Unknown,
                   {},
                   -1,
                   0,
                   QStringLiteral("connection refused")});
    addRow(model, {QStringLiteral("cloudgreet-api"),
                   QStringLiteral("system"),
                   HealthStatus::Healthy,
                   QStringLiteral("CPU 42 %, memory 61 %, disk 70 %"),
                   2,
                   now0 - 500,
                   {}});
}

} // namespace

class TestStatusGridView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { ThemeManager::instance()->setVariant(Theme::Variant::Desktop); }
    void tileText_data();
    void tileText();
    void agesFollowTheClock();
    void tickOnlyWhileShown();
    void staleTiles();
    void modelChangesRepaint();
    void gridFillsWidth();
    void wallTilesAreLarger();
    void rendersTiles();
};

void TestStatusGridView::tileText_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("healthy with duration and age")
        << 0
        << QStringList{QStringLiteral("\u2714 healthy  45 ms"), QStringLiteral("database"),
                       QStringLiteral("cloudgreet-api"), QStringLiteral("SELECT 1 ok"),
                       QStringLiteral("updated 12 s ago")};
    QTest::newRow("degraded") << 1
                              << QStringList{QStringLiteral("\u25B2 degraded  320 ms"),
                                             QStringLiteral("redis"),
                                             QStringLiteral("cloudgreet-api"),
                                             QStringLiteral("SET/GET slow"),
                                             QStringLiteral("updated 3 s ago")};
    QTest::newRow("unhealthy, slow check in seconds")
        << 2
        << QStringList{QStringLiteral("\u2716 unhealthy  1.8 s"), QStringLiteral("external apis"),
                       QStringLiteral("cloudgreet-api"), QStringLiteral("3 of 4 APIs failing"),
                       QStringLiteral("updated 1 s ago")};
    QTest::newRow("poll failed, never polled")
        << 3
        << QStringList{QStringLiteral("? unknown"), QStringLiteral("overall"),
                       QStringLiteral("cloudgreet-web"),
                       QStringLiteral("\u2716 poll failed: connection refused"),
                       QStringLiteral("updated never")};
    QTest::newRow("just polled") << 4
                                 << QStringList{QStringLiteral("\u2714 healthy  2 ms"),
                                                QStringLiteral("system"),
                                                QStringLiteral("cloudgreet-api"),
                                                QStringLiteral("CPU 42 %, memory 61 %, disk 70 %"),
                                                QStringLiteral("updated just now")};
}

void TestStatusGridView::tileText()
{
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    QStandardItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    ManualClock clock(now0);
    StatusGridView view;
    view.setClock(&clock);
    view.setModel(&model);
    QCOMPARE(view.tileLines(row), expected);
}

void TestStatusGridView::agesFollowTheClock()
{
    QStandardItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    ManualClock clock(now0);
    StatusGridView view;
    view.setClock(&clock);
    view.setModel(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.tileLines(0).last(), QStringLiteral("updated 12 s ago"));
    clock.advance(5'000);
    QCOMPARE(view.tileLines(0).last(), QStringLiteral("updated 17 s ago"));
    clock.advance(3 * 60'000);
    QCOMPARE(view.tileLines(0).last(), QStringLiteral("updated 3 min ago"));
}

void TestStatusGridView::tickOnlyWhileShown()
{
    QStandardItemModel model;
    fill(model);
    ManualClock clock(now0 + 250);
    StatusGridView view;
    view.setClock(&clock);
    view.setModel(&model);
    QCOMPARE(clock.pendingCount(), 0); // hidden: no work scheduled
    QVERIFY(!view.isTicking());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isTicking());
    QCOMPARE(clock.pendingCount(), 1);
    clock.advance(10'000); // ten ticks, each scheduling the next
    QVERIFY(view.isTicking());
    QCOMPARE(clock.pendingCount(), 1);
    view.hide();
    QVERIFY(!view.isTicking());
    QCOMPARE(clock.pendingCount(), 0);
    view.show();
    QCOMPARE(clock.pendingCount(), 1);
}

void TestStatusGridView::staleTiles()
{
    QStandardItemModel model;
    fill(model);
    ManualClock clock(now0);
    StatusGridView view;
    view.setClock(&clock);
    view.setModel(&model);
    view.setStaleAfterMs(60'000);
    QVERIFY(!view.tileLines(0).last().contains(QStringLiteral("stale")));
    QVERIFY(view.tileLines(3).last().contains(QStringLiteral("stale"))); // never polled
    clock.advance(60'000);
    QCOMPARE(view.tileLines(0).last(), QStringLiteral("\u25B2 stale, updated 1 min ago"));
}

void TestStatusGridView::modelChangesRepaint()
{
    QStandardItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    ManualClock clock(now0);
    StatusGridView view;
    view.setClock(&clock);
    view.setModel(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage before = view.viewport()->grab().toImage();
    model.item(0)->setData(int(HealthStatus::Unhealthy), HealthRoles::Status);
    model.item(0)->setData(healthStatusText(HealthStatus::Unhealthy), HealthRoles::StatusText);
    QVERIFY(view.tileLines(0).first().startsWith(QStringLiteral("\u2716 unhealthy")));
    const QImage after = view.viewport()->grab().toImage();
    QVERIFY(before != after);
    model.removeRow(2);
    QCOMPARE(view.tileLines(2).at(1), QStringLiteral("overall"));
    QVERIFY(view.tileLines(4).isEmpty());
}

void TestStatusGridView::gridFillsWidth()
{
    QStandardItemModel model;
    fill(model);
    ManualClock clock(now0);
    StatusGridView view;
    view.setClock(&clock);
    view.setModel(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.columnCount(), 3);
    // Tiles sit side by side without overlapping, inside the viewport's width.
    QList<QRect> rects;
    for (int r = 0; r < model.rowCount(); ++r) {
        QTRY_VERIFY(view.visualRect(model.index(r, 0)).isValid());
        rects << view.visualRect(model.index(r, 0));
    }
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY(rects.at(i).right() < view.viewport()->width());
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects.at(i).intersects(rects.at(j)));
    }
    QCOMPARE(rects.at(0).top(), rects.at(2).top()); // three in the first row
    QVERIFY(rects.at(3).top() > rects.at(0).bottom());
    // Every tile is at least the theme's width and tall enough for its five lines.
    QVERIFY(rects.at(0).width() >= ThemeManager::current().tileWidth);
    QCOMPARE(rects.at(0).height(), view.tileSize().height());
}

void TestStatusGridView::wallTilesAreLarger()
{
    QStandardItemModel model;
    fill(model);
    ManualClock clock(now0);
    StatusGridView view;
    view.setClock(&clock);
    view.setModel(&model);
    view.resize(1800, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QSize desktop = view.tileSize();
    ThemeManager::instance()->setVariant(Theme::Variant::Wall);
    QTRY_VERIFY(view.tileSize().height() >= 2 * desktop.height());
    QTRY_COMPARE(view.columnCount(), 3);
    QTRY_COMPARE(view.visualRect(model.index(0, 0)).height(), view.tileSize().height());
}

void TestStatusGridView::rendersTiles()
{
    QStandardItemModel model;
    fill(model);
    ManualClock clock(now0);
    StatusGridView view;
    view.setClock(&clock);
    view.setModel(&model);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("grid.png"));
    QVERIFY(view.grab().save(file));
    const QImage img(file);
    std::set<QRgb> colours;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            colours.insert(img.pixel(x, y));
    QVERIFY(colours.size() > 20);
    // The status colours are on the picture.
    const Theme &th = ThemeManager::current();
    for (const QColor &c : {th.healthy, th.degraded, th.unhealthy})
        QVERIFY(colours.count(c.rgb()));
}

QTEST_MAIN(TestStatusGridView)
#include "tst_statusgridview.moc"
