// Resident memory of the NOC wall over simulated time: the simulated service polled through the
// real pipeline (HTTP on loopback), all four dashboards rotating every 30 s, the clock advanced
// in 5-second steps. Prints RSS and the store's own accounting every ten simulated minutes.
#include "app/session.h"
#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"
#include "app/walldisplay.h"

#include "models/core/clock.h"
#include "models/metrics/seriesstore.h"
#include "models/sources/collector.h"
#include "widgets/thememanager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTextStream>

#include <unistd.h>

using namespace Wk;

namespace {

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int minutes = argc > 1 ? QByteArray(argv[1]).toInt() : 60;
    QTextStream out(stdout);
    ThemeManager::instance()->setVariant(Theme::Variant::Wall);

    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Simulator sim(7, &clock);
    SimulatorServer server(&sim);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    Session session(&clock);
    Session::Options options;
    options.targets =
        demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}).targets;
    options.database = QStringLiteral(":none");
    if (!session.start(options).ok())
        return 1;
    DisplayConfig display;
    display.rotateMs = 30'000;
    WallController wall(&session, {display});
    WallDisplay *w = wall.displays().first();
    w->resize(1920, 1080);
    w->show();

    QSignalSpy polled(session.collector(), &Collector::targetPolled);
    const auto waitPolls = [&] {
        // Every due poll answers before the clock moves on.
        for (int i = 0; i < 50 && !polled.isEmpty(); ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        polled.wait(200);
        QCoreApplication::processEvents();
    };
    waitPolls();
    QElapsedTimer wallTime;
    wallTime.start();
    out << "minute  rss_MiB  store_MiB  series  page" << Qt::endl;
    QList<double> samples;
    for (int step = 1; step <= minutes * 12; ++step) {
        polled.clear();
        clock.advance(5'000);
        waitPolls();
        if (step % 120 == 0) {
            const double rss = rssMiB();
            samples << rss;
            out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(step / 12, 6)
                       .arg(rss, 7, 'f', 1)
                       .arg(session.store()->memoryBytes() / (1024.0 * 1024.0), 9, 'f', 2)
                       .arg(session.store()->seriesCount(), 6)
                       .arg(w->currentIndex())
                << Qt::endl;
        }
    }
    out << QStringLiteral("simulated %1 min in %2 s of real time; RSS first %3 MiB, last %4 MiB, "
                          "growth over the last half %5 MiB")
               .arg(minutes)
               .arg(wallTime.elapsed() / 1000.0, 0, 'f', 1)
               .arg(samples.value(0), 0, 'f', 1)
               .arg(samples.value(samples.size() - 1), 0, 'f', 1)
               .arg(samples.value(samples.size() - 1) - samples.value(samples.size() / 2), 0, 'f',
                    1)
        << Qt::endl;
    return 0;
}
