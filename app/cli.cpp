#include "cli.h"
#include "translation.h"

#include "models/alerts/alertscli.h"
#include "models/alerts/rulestest.h"
#include "models/config/workspace.h"
#include "models/incidents/incidentcli.h"
#include "models/metrics/expositioncheck.h"
#include "widgets/incidentpdfexport.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUrl>

#include <QCoreApplication>
#include <QGuiApplication>

#include <QTextStream>
#include <memory>

namespace Wk::Cli {

namespace {

struct Command
{
    const char *group;
    const char *verb;
    const char *usage;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

int metricsCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1) {
        err << QCoreApplication::translate("Wk::Cli", "usage: %1")
                   .arg(QStringLiteral("watchkeeper metrics check FILE|-"))
            << Qt::endl;
        return 2;
    }
    return runMetricsCheck(args.first(), out, err);
}

int rulesTest(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        err << QCoreApplication::translate("Wk::Cli", "usage: %1")
                   .arg(QStringLiteral("watchkeeper rules test FILE..."))
            << Qt::endl;
        return 2;
    }
    return runRulesTest(args, out, err);
}

// The database a state command works on: --database LOC, the database of --workspace FILE,
// or the user's (demo.db with --demo). The options are taken out of args.
Result<QString> databaseLocation(QStringList &args, QUrl *alertmanager = nullptr)
{
    QString location;
    bool demo = false;
    for (int i = 0; i < args.size();) {
        const QString a = args[i];
        if ((a == u"--database" || a == u"--workspace") && i + 1 < args.size()) {
            if (a == u"--database") {
                location = args[i + 1];
            } else {
                auto ws = WorkspaceLoader::loadFile(args[i + 1]);
                if (!ws)
                    return ws.error();
                location = ws.value().database;
                if (alertmanager)
                    *alertmanager = ws.value().alertmanager;
            }
            args.remove(i, 2);
        } else if (a == u"--demo") {
            demo = true;
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    if (location.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        location =
            QDir(dir).filePath(demo ? QStringLiteral("demo.db") : QStringLiteral("watchkeeper.db"));
    }
    return location;
}

int incident(const QStringList &given, QTextStream &out, QTextStream &err)
{
    QStringList args = given;
    const auto location = databaseLocation(args);
    if (!location) {
        err << QStringLiteral("watchkeeper incident: %1").arg(location.error().toString())
            << Qt::endl;
        return 1;
    }
    return runIncidentCommand(args, location.value(), out, err, &writeIncidentPdf);
}

int alertsGroup(const QStringList &given, QTextStream &out, QTextStream &err)
{
    QStringList args = given;
    AlertsCliContext ctx;
    const auto location = databaseLocation(args, &ctx.alertmanager);
    if (!location) {
        err << QStringLiteral("watchkeeper: %1").arg(location.error().toString()) << Qt::endl;
        return 1;
    }
    ctx.database = location.value();
    return runAlertsCommand(args, ctx, out, err);
}

const Command Commands[] = {
    {"metrics", "check",
     QT_TRANSLATE_NOOP(
         "Wk::Cli",
         "metrics check FILE|-   parse an exposition page, print its counts or first error"),
     metricsCheck},
    {"rules", "test",
     QT_TRANSLATE_NOOP("Wk::Cli",
                       "rules test FILE...      run rule unit tests (promtool test rules format)"),
     rulesTest},
    {"alerts", nullptr,
     QT_TRANSLATE_NOOP("Wk::Cli", "alerts list [--json] | ack ID... --note TEXT | unack ID..."),
     alertsGroup},
    {"silence", nullptr,
     QT_TRANSLATE_NOOP("Wk::Cli",
                       "silence add MATCHER... --duration 2h --comment TEXT | list | expire ID"),
     alertsGroup},
    {"maintenance", nullptr, QT_TRANSLATE_NOOP("Wk::Cli", "maintenance list [--json]"),
     alertsGroup},
    {"audit", nullptr,
     QT_TRANSLATE_NOOP("Wk::Cli",
                       "audit export FILE.csv|-   (all: [--workspace FILE | --database LOC])"),
     alertsGroup},
    {"incident", nullptr,
     QT_TRANSLATE_NOOP("Wk::Cli",
                       "incident list|show|open|move|note|ack|export ...   the incident board "
                       "[--workspace FILE | --database LOC]"),
     incident},
};

} // namespace

bool isSubcommand(const QString &word)
{
    for (const Command &c : Commands) {
        if (word == QLatin1String(c.group))
            return true;
    }
    return false;
}

QString subcommandSummary()
{
    QStringList lines;
    for (const Command &c : Commands)
        lines << QStringLiteral("  watchkeeper ") + QCoreApplication::translate("Wk::Cli", c.usage);
    return QStringLiteral("\n") + lines.join(u'\n');
}

int run(int argc, char **argv)
{
    // A PDF is drawn with fonts: that needs a (headless) GUI application.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || qstrcmp(argv[i], "--pdf") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appOwner(needsGui ? new QGuiApplication(argc, argv)
                                                        : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("watchkeeper"));
    QCoreApplication::setOrganizationName(QStringLiteral("watchkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WK_VERSION));
    // Scripts read our output: only warnings and errors go to the log.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wk.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!Translation::installForProgram(err))
        return 2;
    const QStringList args = Translation::withoutLang(QCoreApplication::arguments()).mid(1);
    const QString group = args.value(0);
    const QString verb = args.value(1);
    for (const Command &c : Commands) {
        if (group != QLatin1String(c.group))
            continue;
        if (!c.verb) // the group takes its own verbs (the alerts groups want their name too)
            return c.run(c.run == alertsGroup ? args : args.mid(1), out, err);
        if (verb == QLatin1String(c.verb))
            return c.run(args.mid(2), out, err);
    }
    err << QStringLiteral("watchkeeper: unknown command \"%1 %2\"; commands:").arg(group, verb)
        << subcommandSummary() << Qt::endl;
    return 2;
}

} // namespace Wk::Cli
