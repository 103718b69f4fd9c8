#include "reportcommand.h"

#include "session.h"
#include "translation.h"

#include "models/core/duration.h"
#include "models/dashboards/dashboardrunner.h"
#include "models/sources/healthmodel.h"
#include "widgets/reportwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace Wk {

int runReportCommand(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("watchkeeper"));
    QApplication::setOrganizationName(QStringLiteral("watchkeeper"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!Translation::installForProgram(err))
        return 2;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("report", "Write a dashboard as a PDF report."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), {});
    const QCommandLineOption dashboard(QStringLiteral("dashboard"),
                                       QApplication::translate("report", "Dashboard id."),
                                       QStringLiteral("id"), QStringLiteral("executive"));
    const QCommandLineOption range(QStringLiteral("range"),
                                   QApplication::translate("report", "Time range, e.g. 7d."),
                                   QStringLiteral("duration"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 QApplication::translate("report", "The PDF file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("report", "Report on the simulated "
                                                                    "service."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("report", "Workspace file."),
                                       QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("report", "Language of the report."),
                                  QStringLiteral("code"));
    parser.addOptions({dashboard, range, pdf, demo, workspace, lang});
    parser.process(app);
    if (!parser.isSet(pdf)) {
        err << QApplication::translate("report", "usage: %1")
                   .arg(QStringLiteral("watchkeeper report --dashboard ID --range 7d --pdf FILE "
                                       "[--demo | --workspace FILE] [--lang CODE]"))
            << Qt::endl;
        return 2;
    }

    Session::Options options;
    options.demo = parser.isSet(demo) || !parser.isSet(workspace);
    options.workspacePath = parser.value(workspace);
    qint64 rangeMs = 0;
    if (parser.isSet(range)) {
        const auto r = parseDuration(parser.value(range));
        if (!r) {
            err << QStringLiteral("watchkeeper report: --range: %1").arg(r.error().message)
                << Qt::endl;
            return 2;
        }
        rangeMs = r.value();
        options.backfillDays = int(std::max<qint64>(7, rangeMs / (24 * 3600 * 1000)));
    }
    Session session;
    const auto started = session.start(options);
    if (!started) {
        err << QStringLiteral("watchkeeper report: %1").arg(started.error().toString()) << Qt::endl;
        return 1;
    }
    DashboardRunner *runner = session.runner(parser.value(dashboard));
    if (!runner) {
        err << QStringLiteral("watchkeeper report: no dashboard named \"%1\"")
                   .arg(parser.value(dashboard))
            << Qt::endl;
        return 2;
    }
    if (rangeMs > 0)
        runner->setRangeMs(rangeMs);

    // Wait for the first poll (the present), then for every panel's answer.
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&session, &Session::firstDataArrived, &loop, &QEventLoop::quit);
    deadline.start(30'000);
    loop.exec();
    const auto answered = [runner] {
        for (int i = 0; i < runner->panelCount(); ++i) {
            if (runner->data(i).state == PanelData::State::Loading)
                return false;
        }
        return true;
    };
    QObject::connect(runner, &DashboardRunner::panelUpdated, &loop, [&] {
        if (answered())
            loop.quit();
    });
    runner->refresh();
    if (!answered())
        loop.exec();

    ReportWriter writer(runner, session.health(), session.clock());
    writer.setSource(session.workspace().title);
    const auto pages = writer.write(parser.value(pdf));
    if (!pages) {
        err << QStringLiteral("watchkeeper report: %1").arg(pages.error().toString()) << Qt::endl;
        return 1;
    }
    const QStringList problems = runner->panelProblems();
    for (const QString &p : problems)
        err << QStringLiteral("watchkeeper report: %1").arg(p) << Qt::endl;
    out << QApplication::translate("report", "report written to %1 (%n page(s))", nullptr,
                                   pages.value())
               .arg(parser.value(pdf))
        << Qt::endl;
    return problems.isEmpty() ? 0 : 3;
}

} // namespace Wk
