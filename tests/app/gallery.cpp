// Renders the program's windows and dialogs to PNG files in one language, for looking at them
// (long German words, Spanish sentences):
//   app_gallery DIR [LANG]     files: DIR/app-<what>-<lang>.png; LANG: de, es or en (default en)
#include "app/firstrunpage.h"
#include "app/settingswindow.h"
#include "app/translation.h"

#include "models/config/userconfig.h"
#include "models/incidents/incidentseverity.h"
#include "widgets/openincidentdialog.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no user config is touched
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    const QString lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    if (const auto installed = Translation::install(lang); !installed) {
        qCritical("%s", qPrintable(installed.error().toString()));
        return 2;
    }
    QDir().mkpath(dir);
    const auto save = [&](QWidget *w, const QString &what) {
        w->show();
        if (!QTest::qWaitForWindowExposed(w))
            qWarning("%s: not exposed", qPrintable(what));
        QCoreApplication::processEvents();
        const QString file = QDir(dir).filePath(QStringLiteral("app-%1-%2.png").arg(what, lang));
        if (!w->grab().save(file))
            qCritical("cannot write %s", qPrintable(file));
        else
            qInfo("%s", qPrintable(file));
    };

    QTemporaryDir tmp;
    UserConfig config(tmp.filePath(QStringLiteral("watchkeeper.ini")));
    FirstRunPage welcome(&config);
    welcome.resize(900, 640);
    save(&welcome, QStringLiteral("firstrun"));

    const QString workspace = tmp.filePath(QStringLiteral("ws.yml"));
    QFile f(workspace);
    if (f.open(QIODevice::WriteOnly)) {
        f.write("title: shop\n"
                "targets:\n"
                "  - {name: shop-health, url: 'http://127.0.0.1:9/api/health/detailed'}\n"
                "  - {name: shop, url: 'http://127.0.0.1:9/metrics', kind: metrics}\n");
        f.close();
    }
    SettingsWindow settings(&config, workspace);
    settings.resize(980, 700);
    for (const auto &[page, name] :
         {std::pair{SettingsWindow::Page::Targets, QStringLiteral("settings-targets")},
          std::pair{SettingsWindow::Page::Notifications, QStringLiteral("settings-channels")},
          std::pair{SettingsWindow::Page::User, QStringLiteral("settings-user")},
          std::pair{SettingsWindow::Page::Appearance, QStringLiteral("settings-appearance")}}) {
        settings.showPage(page);
        save(&settings, name);
    }

    OpenIncidentDialog open(QStringLiteral("DatabaseUnavailable on db-1:5432"),
                            QStringLiteral("DatabaseUnavailable on db-1:5432"),
                            IncidentSeverity::P1);
    save(&open, QStringLiteral("open-incident"));
    return 0;
}
