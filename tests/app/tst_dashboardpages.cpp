#include "app/session.h"

#include "models/dashboards/dashboardrunner.h"
#include "models/sources/collector.h"
#include "models/sources/healthmodel.h"
#include "widgets/dashboardpage.h"
#include "widgets/panelview.h"
#include "widgets/timeserieschart.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

// Every built-in dashboard rendered offscreen from the simulated service's data: every panel
// has data, and charts hold points.
class TestDashboardPages : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<Session>();
        Session::Options options;
        options.demo = true;
        options.seed = 7;
        options.backfillDays = 2;
        options.database = QStringLiteral(":none");
        const auto started = m_session->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        QSignalSpy first(m_session.get(), &Session::firstDataArrived);
        QVERIFY(first.wait(15000));
    }

    void everyPanelHasData_data()
    {
        QTest::addColumn<QString>("id");
        for (DashboardRunner *r : m_session->runners())
            QTest::newRow(qPrintable(r->dashboard().id)) << r->dashboard().id;
    }
    void everyPanelHasData()
    {
        QFETCH(QString, id);
        DashboardRunner *runner = m_session->runner(id);
        QVERIFY(runner);
        DashboardPage page(runner, m_session->health(), m_session->clock());
        page.resize(1600, 1000);
        page.show();
        runner->refresh(); // the local engine answers at once
        page.refreshNow();
        QVERIFY2(runner->allPanelsHaveData(), qPrintable(runner->panelProblems().join(u'\n')));
        int charts = 0;
        for (int i = 0; i < page.panelCount(); ++i) {
            PanelView *p = page.panel(i);
            QVERIFY2(p->hasData(),
                     qPrintable(p->panel().title + QStringLiteral(": ") + p->stateText()));
            if (TimeSeriesChart *chart = p->chart()) {
                chart->refreshNow();
                QVERIFY(chart->seriesCount() > 0);
                int points = 0;
                for (int s = 0; s < chart->seriesCount(); ++s)
                    points += chart->pointCount(s);
                QVERIFY2(points > 10, qPrintable(p->panel().title));
                if (charts == 0) {
                    // The desktop's panel exports: a PNG and the chart's lines as CSV.
                    QTemporaryDir dir;
                    const QString png = dir.filePath(QStringLiteral("p.png"));
                    const QString csv = dir.filePath(QStringLiteral("p.csv"));
                    QVERIFY(p->exportPng(png));
                    QVERIFY(!QImage(png).isNull());
                    QVERIFY(p->exportCsv(csv));
                    QFile f(csv);
                    QVERIFY(f.open(QIODevice::ReadOnly));
                    const QList<QByteArray> lines = f.readAll().split('\n');
                    QVERIFY(lines.first().startsWith("time,"));
                    QVERIFY(lines.size() > 20);
                }
                ++charts;
            }
        }
        QVERIFY(charts > 0);
        const QImage shot = page.grab().toImage();
        QVERIFY(!shot.isNull());
    }
};

QTEST_MAIN(TestDashboardPages)
#include "tst_dashboardpages.moc"
