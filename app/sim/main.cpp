// watchkeeper-sim: the simulated service on its own, for trying Watchkeeper, Prometheus or
// curl against it.

#include "simulator.h"
#include "simulatorserver.h"

#include "models/core/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("watchkeeper-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WK_VERSION));

    const auto tr = [](const char *text) {
        return QCoreApplication::translate("watchkeeper-sim", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates the monitored service: GET /api/health, /api/health/detailed and "
           "/metrics; inject faults with POST /sim/faults, clear them with DELETE /sim/faults."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption({QStringLiteral("p"), QStringLiteral("port")},
                                        tr("Port to listen on; 0 picks a free one (default 8080)."),
                                        tr("port"), QStringLiteral("8080"));
    const QCommandLineOption seedOption(
        {QStringLiteral("s"), QStringLiteral("seed")},
        tr("Seed of the simulation; the same seed gives the same values (default 42)."), tr("seed"),
        QStringLiteral("42"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        tr("Address to listen on (default 127.0.0.1)."),
                                        tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           tr("Log every request on stderr as a JSON line."));
    parser.addOptions({portOption, seedOption, bindOption, verboseOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("watchkeeper-sim: --port: expected a number from 0 to 65535, "
                                   "got \"%1\"")
                                    .arg(parser.value(portOption))));
        return 2;
    }
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("watchkeeper-sim: --seed: expected a whole number, got \"%1\"")
                                    .arg(parser.value(seedOption))));
        return 2;
    }
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("watchkeeper-sim: --bind: \"%1\" is not an IP address")
                                    .arg(parser.value(bindOption))));
        return 2;
    }

    Wk::Simulator simulator(seed, Wk::SystemClock::instance());
    Wk::SimulatorServer server(&simulator);
    server.setVerbose(parser.isSet(verboseOption));
    if (server.listen(address, quint16(port)) == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("watchkeeper-sim: cannot listen on %1 port %2")
                                    .arg(address.toString())
                                    .arg(port)));
        return 1;
    }
    std::printf("watchkeeper-sim listening on %s\n",
                qPrintable(server.url().toString(QUrl::StripTrailingSlash)));
    std::fflush(stdout);
    return app.exec();
}
