#include "app/session.h"
#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"
#include "app/walldisplay.h"

#include "models/core/clock.h"
#include "models/dashboards/dashboardrunner.h"
#include "models/sources/collector.h"
#include "widgets/dashboardpage.h"

#include <QApplication>
#include <QDialog>
#include <QSignalSpy>
#include <QTest>

using namespace Wk;

// The NOC wall on an injected clock: rotation, the connection banner over the last data, and
// recovery without a click.
class TestWall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rotatesAndSurvivesALostService()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        Simulator sim(7, &clock);
        auto server = std::make_unique<SimulatorServer>(&sim);
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const Workspace demo =
            demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {});

        Session session(&clock);
        Session::Options options;
        options.targets = demo.targets;
        QVERIFY(session.start(options).ok());
        QSignalSpy first(&session, &Session::firstDataArrived);
        QVERIFY(first.wait(10000));

        DisplayConfig config;
        config.dashboards = {QStringLiteral("operations"), QStringLiteral("engineering")};
        config.rotateMs = 5000;
        WallController wall(&session, {config});
        WallDisplay *display = wall.displays().first();
        display->resize(1280, 800);
        display->show();
        QCOMPARE(display->currentPage()->runner()->dashboard().id, QStringLiteral("operations"));
        QVERIFY(display->currentPage()->runner()->isActive());

        clock.advance(5000);
        QCOMPARE(display->currentPage()->runner()->dashboard().id, QStringLiteral("engineering"));
        QVERIFY(session.runner(QStringLiteral("engineering"))->isActive());
        QVERIFY(!session.runner(QStringLiteral("operations"))->isActive());
        clock.advance(5000);
        QCOMPARE(display->currentIndex(), 0);
        QVERIFY(!display->isBannerVisible());

        // The service goes away: the banner names the target and the reason; the page keeps
        // its panels and their last data.
        server.reset();
        QSignalSpy polled(session.collector(), &Collector::targetPolled);
        session.collector()->pollNow(0);
        QVERIFY(polled.wait(10000));
        QTRY_VERIFY(display->isBannerVisible());
        QVERIFY2(display->bannerText().contains(QStringLiteral("unreachable")),
                 qPrintable(display->bannerText()));
        QVERIFY(display->currentPage()->isVisible());
        // Never a dialog on the wall.
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QDialog *>(w) || !w->isVisible());

        // It comes back on the same port: the next poll clears the banner by itself.
        server = std::make_unique<SimulatorServer>(&sim);
        QCOMPARE(server->listen(QHostAddress::LocalHost, port), port);
        polled.clear();
        session.collector()->pollNow(0);
        QVERIFY(polled.wait(10000));
        QTRY_VERIFY(!display->isBannerVisible());
    }
};

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
