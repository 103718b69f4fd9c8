#include "cli.h"

#include "models/alerts/rulestest.h"
#include "models/metrics/expositioncheck.h"

#include <QCoreApplication>
#include <QTextStream>

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
        err << "usage: watchkeeper metrics check FILE|-" << Qt::endl;
        return 2;
    }
    return runMetricsCheck(args.first(), out, err);
}

int rulesTest(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        err << "usage: watchkeeper rules test FILE..." << Qt::endl;
        return 2;
    }
    return runRulesTest(args, out, err);
}

const Command Commands[] = {
    {"metrics", "check",
     "metrics check FILE|-   parse an exposition page, print its counts or first error",
     metricsCheck},
    {"rules", "test", "rules test FILE...      run rule unit tests (promtool test rules format)",
     rulesTest},
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
        lines << QStringLiteral("  watchkeeper ") + QLatin1String(c.usage);
    return QStringLiteral("\n") + lines.join(u'\n');
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("watchkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString group = args.value(0);
    const QString verb = args.value(1);
    for (const Command &c : Commands) {
        if (group == QLatin1String(c.group) && verb == QLatin1String(c.verb))
            return c.run(args.mid(2), out, err);
    }
    err << QStringLiteral("watchkeeper: unknown command \"%1 %2\"; commands:").arg(group, verb)
        << subcommandSummary() << Qt::endl;
    return 2;
}

} // namespace Wk::Cli
