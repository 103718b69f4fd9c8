#include "app/firstrun.h"
#include "app/firstrunpage.h"
#include "app/firstruntester.h"
#include "app/session.h"
#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"

#include "models/config/userconfig.h"
#include "models/config/workspace.h"
#include "models/core/clock.h"
#include "models/sources/healthmodel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Wk;

class TestFirstRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimulatorServer> m_server;
    QUrl m_base;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    // A port nothing listens on.
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The user's config folder becomes a test folder, emptied for each run.
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .removeRecursively();
        m_sim = std::make_unique<Simulator>(7, SystemClock::instance());
        m_server = std::make_unique<SimulatorServer>(m_sim.get());
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    void init() { QDir(UserConfig::directory()).removeRecursively(); }

    void connectTestSaveAndNextStart()
    {
        UserConfig config;
        QVERIFY(!FirstRun::recorded(config).isSet());

        FirstRunPage page(&config);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::keyClicks(child<QLineEdit>(&page, "healthUrl"),
                         m_base.toString() + QStringLiteral("/api/health"));
        QTest::keyClicks(child<QLineEdit>(&page, "metricsUrl"),
                         m_base.toString() + QStringLiteral("/metrics"));
        QTest::mouseClick(child<QPushButton>(&page, "testConnection"), Qt::LeftButton);

        QLabel *health = child<QLabel>(&page, "healthResult");
        QLabel *metrics = child<QLabel>(&page, "metricsResult");
        QTRY_VERIFY_WITH_TIMEOUT(health->text().contains(QStringLiteral("checks")), 10000);
        QVERIFY2(health->text().contains(QStringLiteral("healthy: 4 checks (database, redis, "
                                                        "external_apis, system_resources)")),
                 qPrintable(health->text()));
        QVERIFY2(health->text().contains(QStringLiteral("version 1.0.0")),
                 qPrintable(health->text()));
        QTRY_VERIFY_WITH_TIMEOUT(metrics->text().contains(QStringLiteral("families")), 10000);
        QVERIFY2(QRegularExpression(QStringLiteral("\\d+ series in \\d+ families"))
                     .match(metrics->text())
                     .hasMatch(),
                 qPrintable(metrics->text()));
        page.grab().save(QStringLiteral("/tmp/firstrun-welcome.png"));

        QSignalSpy ready(&page, &FirstRunPage::workspaceReady);
        QTest::mouseClick(child<QPushButton>(&page, "saveAndOpen"), Qt::LeftButton);
        QCOMPARE(ready.size(), 1);
        const QString path = ready.at(0).at(0).toString();
        QCOMPARE(QFileInfo(path).absolutePath(),
                 QFileInfo(UserConfig::directory()).absoluteFilePath());
        QVERIFY(QFileInfo::exists(path));

        const auto ws = WorkspaceLoader::loadFile(path);
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
        QCOMPARE(ws.value().targets.size(), 2);
        const TargetConfig &h = ws.value().targets.at(0);
        const TargetConfig &m = ws.value().targets.at(1);
        QCOMPARE(h.name, QStringLiteral("service-health"));
        QCOMPARE(h.kind, TargetConfig::Kind::Health);
        QCOMPARE(h.url, QUrl(m_base.toString() + QStringLiteral("/api/health")));
        QCOMPARE(h.intervalMs, 30'000);
        QCOMPARE(m.name, QStringLiteral("service"));
        QCOMPARE(m.kind, TargetConfig::Kind::Metrics);
        QCOMPARE(m.intervalMs, 15'000);
        QCOMPARE(ws.value().title, QStringLiteral("127.0.0.1"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("# The service's health endpoint"));

        // The next start: a fresh read of the user config opens that workspace.
        UserConfig nextStart;
        QCOMPARE(nextStart.start(), UserConfig::Start::Workspace);
        const FirstRun::Choice choice = FirstRun::recorded(nextStart);
        QVERIFY(!choice.demo);
        QCOMPARE(choice.workspacePath, path);

        // ... and its dashboards come alive from it.
        Session session;
        Session::Options options;
        options.workspacePath = choice.workspacePath;
        options.database = QStringLiteral(":none");
        QSignalSpy data(&session, &Session::firstDataArrived);
        const auto started = session.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        QVERIFY(session.runners().size() >= 4);
        QVERIFY(data.wait(10000));
        QCOMPARE(
            session.health()->status(QStringLiteral("service-health"), QStringLiteral("database")),
            HealthStatus::Healthy);
    }

    void refusedConnectionSaysWhy()
    {
        UserConfig config;
        FirstRunPage page(&config);
        page.show();
        QLineEdit *url = child<QLineEdit>(&page, "healthUrl");
        QTest::keyClicks(url, QStringLiteral("127.0.0.1:%1").arg(closedPort()));
        // Enter in the field tests too.
        QTest::keyClick(url, Qt::Key_Return);
        QLabel *health = child<QLabel>(&page, "healthResult");
        QTRY_VERIFY_WITH_TIMEOUT(health->text().contains(QStringLiteral("unreachable")), 10000);
        QVERIFY2(health->text().contains(QStringLiteral("unreachable: connection refused")),
                 qPrintable(health->text()));
        // The scheme and the guide's path were filled in.
        QVERIFY(url->text().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(url->text().endsWith(QStringLiteral("/api/health")));
        QVERIFY(child<QLabel>(&page, "metricsResult")->text().isEmpty());
    }

    void urlsMixedUpAreNamed()
    {
        UserConfig config;
        FirstRunPage page(&config);
        page.show();
        QTest::keyClicks(child<QLineEdit>(&page, "healthUrl"),
                         m_base.toString() + QStringLiteral("/metrics"));
        QTest::keyClicks(child<QLineEdit>(&page, "metricsUrl"),
                         m_base.toString() + QStringLiteral("/api/health"));
        QTest::mouseClick(child<QPushButton>(&page, "testConnection"), Qt::LeftButton);
        QLabel *health = child<QLabel>(&page, "healthResult");
        QLabel *metrics = child<QLabel>(&page, "metricsResult");
        QTRY_VERIFY_WITH_TIMEOUT(health->text().contains(QStringLiteral("metrics page")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(metrics->text().contains(QStringLiteral("health response")),
                                 10000);
    }

    void missingHealthUrlIsRefused()
    {
        UserConfig config;
        FirstRunPage page(&config);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy ready(&page, &FirstRunPage::workspaceReady);
        QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(ready.size(), 0);
        QVERIFY(child<QLabel>(&page, "message")->text().contains(QStringLiteral("health URL")));
        QCOMPARE(config.start(), UserConfig::Start::Unset);
        QVERIFY(!QFileInfo::exists(
            QDir(UserConfig::directory()).filePath(QStringLiteral("workspace.yaml"))));
    }

    void demoIsRecorded()
    {
        UserConfig config;
        FirstRunPage page(&config);
        page.show();
        QSignalSpy demo(&page, &FirstRunPage::demoChosen);
        QTest::mouseClick(child<QPushButton>(&page, "tryDemo"), Qt::LeftButton);
        QCOMPARE(demo.size(), 1);
        UserConfig nextStart;
        QCOMPARE(nextStart.start(), UserConfig::Start::Demo);
        QVERIFY(FirstRun::recorded(nextStart).demo);
    }

    void askReturnsTheChoiceOrNothing()
    {
        UserConfig config;
        // The page is shown by ask(); choose the demo on it from the event loop.
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *page = qobject_cast<FirstRunPage *>(w))
                    QTest::mouseClick(child<QPushButton>(page, "tryDemo"), Qt::LeftButton);
            }
        });
        const auto choice = FirstRun::ask(config);
        QVERIFY(choice.has_value());
        QVERIFY(choice->demo);

        UserConfig other(QDir(UserConfig::directory()).filePath(QStringLiteral("other.ini")));
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *page = qobject_cast<FirstRunPage *>(w))
                    page->close();
            }
        });
        QVERIFY(!FirstRun::ask(other).has_value());
        QCOMPARE(other.start(), UserConfig::Start::Unset);
    }

    void recordedWorkspaceThatIsGoneAsksAgain()
    {
        UserConfig config;
        config.setStartWorkspace(
            QDir(UserConfig::directory()).filePath(QStringLiteral("gone.yaml")));
        QCOMPARE(config.start(), UserConfig::Start::Workspace);
        QVERIFY(!FirstRun::recorded(config).isSet());
    }

    void newWorkspaceFilesDoNotOverwrite()
    {
        const auto targets =
            FirstRun::targetsFor(QUrl(QStringLiteral("https://api.cloudgreet.com/api/health")), {});
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().name, QStringLiteral("cloudgreet-health"));
        const auto a = FirstRun::writeWorkspace(targets, UserConfig::directory());
        const auto b = FirstRun::writeWorkspace(targets, UserConfig::directory());
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(QFileInfo(a.value()).fileName(), QStringLiteral("workspace.yaml"));
        QCOMPARE(QFileInfo(b.value()).fileName(), QStringLiteral("workspace-2.yaml"));
        QCOMPARE(WorkspaceLoader::loadFile(b.value()).value().title,
                 QStringLiteral("api.cloudgreet.com"));
    }

    void urlFromInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("health");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host only gets scheme and the health path")
            << "status.example.com" << true << "http://status.example.com/api/health";
        QTest::newRow("host and port get the metrics path")
            << "10.0.0.5:9100" << false << "http://10.0.0.5:9100/metrics";
        QTest::newRow("a full URL stays") << "https://x.example.com/api/health/detailed" << true
                                          << "https://x.example.com/api/health/detailed";
        QTest::newRow("a trailing slash is no path")
            << "https://x.example.com/" << true << "https://x.example.com/api/health";
        QTest::newRow("blank is nothing") << "   " << true << "";
    }

    void urlFromInput()
    {
        QFETCH(QString, input);
        QFETCH(bool, health);
        QFETCH(QString, expected);
        QCOMPARE(FirstRun::urlFromInput(input, health ? TargetConfig::Kind::Health
                                                      : TargetConfig::Kind::Metrics)
                     .toString(),
                 expected);
    }

    void serviceName_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");
        QTest::newRow("the domain names the service") << "https://api.cloudgreet.com/api/health"
                                                      << "cloudgreet";
        QTest::newRow("a single label") << "http://billing:8080/metrics"
                                        << "billing";
        QTest::newRow("an address") << "http://10.1.2.3/api/health"
                                    << "service";
        QTest::newRow("localhost") << "http://localhost:3000/api/health"
                                   << "service";
        QTest::newRow("a name starting with a digit") << "http://9lives.example/api/health"
                                                      << "service";
    }

    void serviceName()
    {
        QFETCH(QString, url);
        QFETCH(QString, name);
        QCOMPARE(FirstRun::serviceName(QUrl(url)), name);
    }

    void userConfigRoundTrip()
    {
        {
            UserConfig c;
            c.setOperatorName(QStringLiteral("  Ada  "));
            c.setTheme(UserConfig::themeWall());
            c.setLanguage(QStringLiteral("de"));
            c.setQuietHours(QTime(22, 0), QTime(7, 30));
            QVERIFY(c.sync().ok());
        }
        UserConfig c;
        QCOMPARE(c.operatorName(), QStringLiteral("Ada"));
        QCOMPARE(c.theme(), QStringLiteral("wall"));
        QCOMPARE(c.language(), QStringLiteral("de"));
        QVERIFY(c.hasQuietHours());
        QCOMPARE(c.quietStart(), QTime(22, 0));
        QCOMPARE(c.quietEnd(), QTime(7, 30));
        QVERIFY(c.filePath().startsWith(UserConfig::directory()));
        c.setQuietHours(QTime(8, 0), QTime(8, 0)); // an empty span is none
        QVERIFY(!c.hasQuietHours());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
