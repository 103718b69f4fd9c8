#include "cli.h"
#include "firstrun.h"
#include "mainwindow.h"
#include "reportcommand.h"
#include "screenshot.h"
#include "session.h"
#include "singleinstance.h"
#include "translation.h"
#include "walldisplay.h"

#include "models/config/userconfig.h"
#include "models/core/duration.h"
#include "widgets/dashboardpage.h"
#include "widgets/thememanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>

#include <pwd.h>
#include <unistd.h>

using namespace Wk;

namespace {

// Screenshots and reports need no display: choose the offscreen platform before Qt starts.
void chooseOffscreenIfHeadless(int argc, char **argv)
{
    bool wantsOffscreen = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        // --help and --version print and leave: they must work over SSH with no display.
        if (a == "--screenshot" || a.startsWith("--screenshot=") || a == "--help" || a == "-h" ||
            a == "--version" || a == "-v")
            wantsOffscreen = true;
    }
    if (wantsOffscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char **argv)
{
    // Who acts (acknowledgements, silences, incident notes) defaults to the OS user; a service
    // or a bare shell may have no USER, so take it from the account database.
    if (qEnvironmentVariableIsEmpty("USER")) {
        if (const passwd *pw = getpwuid(getuid()))
            qputenv("USER", pw->pw_name);
    }

    // The report renders panels, so it needs a (headless) GUI application.
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return runReportCommand(argc, argv);
    // Subcommands (metrics check, rules test, ...) run without a GUI.
    if (argc > 1 && Cli::isSubcommand(QString::fromLocal8Bit(argv[1])))
        return Cli::run(argc, argv);

    chooseOffscreenIfHeadless(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("watchkeeper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Watchkeeper"));
    QApplication::setOrganizationName(QStringLiteral("watchkeeper"));
    QApplication::setApplicationVersion(QStringLiteral(WK_VERSION));

    QTextStream err(stderr);
    // The language before any text is made, --help's included.
    if (!Translation::installForProgram(err))
        return 2;
    // The user's own settings (config folder): what opens without --demo or --workspace, theme.
    UserConfig user;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate(
            "main", "Operations console: service health, metrics, alerts and incidents.\n\n"
                    "Subcommands: %1\n  watchkeeper report --dashboard ID --range 7d --pdf FILE   "
                    "write a dashboard as a PDF report")
            .arg(Cli::subcommandSummary()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Run against the built-in "
                                                                  "simulated service."));
    const QCommandLineOption workspace(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        QApplication::translate("main", "Workspace file (YAML) with targets, rules, database."),
        QStringLiteral("file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render offscreen once data has arrived, write the PNG "
                                        "and exit."),
        QStringLiteral("file.png"));
    const QCommandLineOption dashboard(
        QStringLiteral("dashboard"),
        QApplication::translate("main", "Dashboard to show first (executive, engineering, "
                                        "business, operations)."),
        QStringLiteral("name"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QApplication::translate("main", "Seed of the simulated "
                                                                  "service (demo)."),
                                  QStringLiteral("n"), QStringLiteral("42"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Window size for screenshots, "
                                                                  "WIDTHxHEIGHT."),
                                  QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption wall(QStringLiteral("wall"),
                                  QApplication::translate("main",
                                                          "NOC wall mode: fullscreen, dark, "
                                                          "rotating dashboards, no dialogs."));
    const QCommandLineOption screen(QStringLiteral("screen"),
                                    QApplication::translate("main", "Wall: the screen to use "
                                                                    "(from 0)."),
                                    QStringLiteral("n"));
    const QCommandLineOption rotate(QStringLiteral("rotate"),
                                    QApplication::translate("main", "Wall: time per dashboard, "
                                                                    "e.g. 30s."),
                                    QStringLiteral("duration"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language of the program (de, en, es); the system "
                                        "locale's by default."),
        QStringLiteral("code"));
    parser.addOptions(
        {demo, workspace, screenshot, dashboard, seed, size, wall, screen, rotate, lang});
    parser.process(app);

    // One desktop window per user: a second launch raises the first and ends. The wall and
    // headless screenshots may run beside it.
    SingleInstance instance;
    if (!parser.isSet(wall) && !parser.isSet(screenshot)) {
        if (instance.start(app.arguments().mid(1)) == SingleInstance::Role::Secondary) {
            err << QApplication::translate("main", "watchkeeper: already running; its window "
                                                   "was raised")
                << Qt::endl;
            return 0;
        }
        QObject::connect(&instance, &SingleInstance::raiseRequested, &app, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && w->windowType() == Qt::Window) {
                    w->setWindowState((w->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
                    w->raise();
                    w->activateWindow();
                }
            }
        });
    }

    bool demoMode = parser.isSet(demo);
    QString workspacePath = parser.value(workspace);
    if (!demoMode && workspacePath.isEmpty()) {
        // The choice of an earlier run, or the welcome page.
        FirstRun::Choice choice = FirstRun::recorded(user);
        if (!choice.isSet()) {
            if (parser.isSet(screenshot) || parser.isSet(wall)) {
                err << QApplication::translate("main", "watchkeeper: give --demo or --workspace "
                                                       "FILE (see --help)")
                    << Qt::endl;
                return 2;
            }
            const auto chosen = FirstRun::ask(user);
            if (!chosen)
                return 0; // the welcome page was closed
            choice = *chosen;
        }
        demoMode = choice.demo;
        workspacePath = choice.workspacePath;
    }

    if (parser.isSet(wall) || user.theme() == UserConfig::themeWall())
        ThemeManager::instance()->setVariant(Theme::Variant::Wall);
    else
        ThemeManager::instance();
    Session session;
    Session::Options options;
    options.demo = demoMode;
    options.workspacePath = workspacePath;
    options.seed = parser.value(seed).toUInt();
    const auto started = session.start(options);
    if (!started) {
        err << QStringLiteral("watchkeeper: %1").arg(started.error().toString()) << Qt::endl;
        return 1;
    }

    if (parser.isSet(wall)) {
        // The wall's screens: --screen/--rotate for one, or the workspace's displays: section.
        QList<DisplayConfig> displays = session.workspace().displays;
        if (displays.isEmpty() || parser.isSet(screen) || parser.isSet(rotate)) {
            DisplayConfig d = displays.value(0);
            if (parser.isSet(screen))
                d.screen = parser.value(screen).toInt();
            if (parser.isSet(rotate)) {
                const auto ms = parseDuration(parser.value(rotate));
                if (!ms) {
                    err << QStringLiteral("watchkeeper: --rotate: %1").arg(ms.error().message)
                        << Qt::endl;
                    return 2;
                }
                d.rotateMs = ms.value();
            }
            if (parser.isSet(dashboard))
                d.dashboards.prepend(parser.value(dashboard));
            displays = {d};
        }
        WallController controller(&session, displays);
        if (parser.isSet(screenshot)) {
            WallDisplay *first = controller.displays().first();
            const QStringList wh = parser.value(size).split(u'x');
            first->resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1920,
                          wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 1080);
            auto *shot = new ScreenshotTaker(
                &session, first, [first] { return first->currentPage(); }, parser.value(screenshot),
                &app);
            shot->start();
            first->show();
            return app.exec();
        }
        controller.show();
        return app.exec();
    }

    auto window = std::make_unique<MainWindow>(&session);
    // A language chosen in Settings: the window is made again in it, where the user was.
    std::function<void()> followLanguage = [&] {
        QObject::connect(window.get(), &MainWindow::languageChangeRequested, &app,
                         [&](const QString &code) {
                             QString error;
                             auto next = MainWindow::inLanguage(*window, code, &error);
                             if (!next) {
                                 err << QStringLiteral("watchkeeper: %1").arg(error) << Qt::endl;
                                 return;
                             }
                             window.release()->deleteLater(); // it is sending this signal
                             window = std::move(next);
                             followLanguage();
                         });
    };
    followLanguage();
    if (parser.isSet(dashboard) && !window->showDashboard(parser.value(dashboard))) {
        err << QApplication::translate("main", "watchkeeper: no dashboard named \"%1\"")
                   .arg(parser.value(dashboard))
            << Qt::endl;
        return 2;
    }

    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(u'x');
        window->resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1600,
                       wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 1000);
        auto *shot = new ScreenshotTaker(
            &session, window.get(), [&window] { return window->currentPage(); },
            parser.value(screenshot), &app);
        shot->start();
        window->show();
        return app.exec();
    }

    window->show();
    const int status = app.exec();
    window.reset(); // before the session it shows
    return status;
}
