#include "incidentcli.h"

#include "incidentrepository.h"
#include "incidentreview.h"
#include "models/core/duration.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::IncidentCli)
};

enum Exit { Done = 0, Failed = 1, Usage = 2, Refused = 3 };

int usage(QTextStream &err, const QString &why)
{
    err << why << "\n\n" << incidentCommandUsage();
    err.flush();
    return Usage;
}

// Takes "--name VALUE" out of args; nullopt when absent, an empty optional value is an error.
std::optional<QString> takeOption(QStringList &args, const QString &name, bool *missingValue)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return std::nullopt;
    if (i + 1 >= args.size()) {
        *missingValue = true;
        args.removeAt(i);
        return std::nullopt;
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

std::optional<qint64> parseId(const QString &text)
{
    QString t = text;
    if (t.startsWith(QLatin1String("INC-"), Qt::CaseInsensitive))
        t = t.mid(4);
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

int report(const IncidentWriteResult &r, QTextStream &out, QTextStream &err,
           const QString &doneText)
{
    switch (r.status) {
    case IncidentWriteResult::Status::Applied:
        out << doneText << '\n';
        return Done;
    case IncidentWriteResult::Status::Unchanged:
        out << Tr::tr("Nothing to change: incident %1 is already like that.").arg(r.incident.id)
            << '\n';
        return Done;
    case IncidentWriteResult::Status::Queued:
        out << r.message << '\n';
        return Done;
    case IncidentWriteResult::Status::Refused:
        err << r.message << '\n';
        return Refused;
    case IncidentWriteResult::Status::Failed:
        break;
    }
    err << r.message << '\n';
    return Failed;
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, u' ', true);
}

} // namespace

QString incidentCommandUsage()
{
    return Tr::tr(
        "Usage: watchkeeper incident COMMAND [--as NAME]\n"
        "  list [--json] [--open]       every incident (--open: not closed)\n"
        "  show ID                      one incident with its timeline\n"
        "  open --title TEXT --severity P1|P2|P3|P4 [--commander NAME] [--impact TEXT]\n"
        "  move ID STAGE                detection, assessment, response, resolution,\n"
        "                               follow-up or closed\n"
        "  note ID TEXT...              add a note to the timeline\n"
        "  ack ID                       acknowledge\n"
        "  export ID --markdown FILE    post-incident review (FILE - for standard output)\n"
        "  export ID --pdf FILE\n"
        "Exit codes: 0 done, 1 failed, 2 usage, 3 refused because the incident changed.\n");
}

int runIncidentCommand(const QStringList &arguments, const QString &databaseLocation,
                       QTextStream &out, QTextStream &err, const IncidentPdfWriter &pdfWriter)
{
    QStringList args = arguments;
    bool missing = false;
    const std::optional<QString> as = takeOption(args, QStringLiteral("--as"), &missing);
    if (missing)
        return usage(err, Tr::tr("--as needs a name"));
    if (args.isEmpty())
        return usage(err, Tr::tr("incident: which command?"));
    const QString command = args.takeFirst();
    static const QStringList known{QStringLiteral("list"),  QStringLiteral("show"),
                                   QStringLiteral("open"),  QStringLiteral("move"),
                                   QStringLiteral("note"),  QStringLiteral("ack"),
                                   QStringLiteral("export")};
    if (!known.contains(command))
        return usage(err, Tr::tr("incident: unknown command \"%1\"").arg(command));
    if (databaseLocation.isEmpty()) {
        err << Tr::tr("incident: no database; set database: in the workspace") << '\n';
        return Failed;
    }

    // Parse everything before touching the database, so a typo costs nothing.
    std::optional<qint64> id;
    if (command != QLatin1String("list") && command != QLatin1String("open")) {
        if (args.isEmpty())
            return usage(err, Tr::tr("incident %1: which incident (ID)?").arg(command));
        id = parseId(args.takeFirst());
        if (!id)
            return usage(
                err,
                Tr::tr("incident %1: the ID is a positive number (or INC-number)").arg(command));
    }

    std::optional<QString> markdown;
    std::optional<QString> pdf;
    if (command == QLatin1String("export")) {
        markdown = takeOption(args, QStringLiteral("--markdown"), &missing);
        pdf = takeOption(args, QStringLiteral("--pdf"), &missing);
        if (missing)
            return usage(err, Tr::tr("incident export: --markdown and --pdf need a file"));
        if (!args.isEmpty())
            return usage(err, Tr::tr("incident export: unexpected \"%1\"").arg(args.first()));
        if (bool(markdown) == bool(pdf))
            return usage(err, Tr::tr("incident export: give one of --markdown FILE or --pdf FILE"));
    }
    if (command == QLatin1String("show") && !args.isEmpty())
        return usage(err, Tr::tr("incident show: unexpected \"%1\"").arg(args.first()));

    IncidentRepository::Options options;
    options.location = databaseLocation;
    options.operatorName = as.value_or(QString());
    auto opened = IncidentRepository::open(options, SystemClock::instance());
    if (!opened) {
        err << opened.error().toString() << '\n';
        return Failed;
    }
    IncidentRepository &repo = *opened.value();
    const qint64 now = SystemClock::instance()->nowMs();
    const auto findIncident = [&]() -> std::optional<Incident> {
        auto inc = repo.incident(*id);
        if (!inc)
            err << Tr::tr("there is no incident %1 in %2").arg(*id).arg(databaseLocation) << '\n';
        return inc;
    };

    if (command == QLatin1String("list")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        const bool openOnly = takeFlag(args, QStringLiteral("--open"));
        if (!args.isEmpty())
            return usage(err, Tr::tr("incident list: unexpected \"%1\"").arg(args.first()));
        QList<Incident> list;
        for (const Incident &inc : repo.incidents()) {
            if (!openOnly || inc.isOpen())
                list << inc;
        }
        if (json) {
            QJsonArray array;
            for (const Incident &inc : std::as_const(list))
                array.append(inc.toJson());
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Done;
        }
        out << pad(Tr::tr("ID"), 6) << pad(Tr::tr("SEV"), 4) << pad(Tr::tr("STAGE"), 12)
            << pad(Tr::tr("AGE"), 11) << pad(Tr::tr("COMMANDER"), 14) << Tr::tr("TITLE") << '\n';
        for (const Incident &inc : std::as_const(list)) {
            out << pad(QString::number(inc.id), 6) << pad(IncidentSeverities::key(inc.severity), 4)
                << pad(IncidentStages::key(inc.stage), 12) << pad(humanAge(now - inc.createdMs), 11)
                << pad(inc.commander.isEmpty() ? QStringLiteral("-") : inc.commander, 14)
                << inc.title << '\n';
        }
        if (list.isEmpty())
            out << Tr::tr("(no incidents)") << '\n';
        return Done;
    }

    if (command == QLatin1String("open")) {
        const auto title = takeOption(args, QStringLiteral("--title"), &missing);
        const auto severityText = takeOption(args, QStringLiteral("--severity"), &missing);
        const auto commander = takeOption(args, QStringLiteral("--commander"), &missing);
        const auto impact = takeOption(args, QStringLiteral("--impact"), &missing);
        if (missing)
            return usage(err, Tr::tr("incident open: an option is missing its value"));
        if (!args.isEmpty())
            return usage(err, Tr::tr("incident open: unexpected \"%1\"").arg(args.first()));
        if (!title || title->trimmed().isEmpty())
            return usage(err, Tr::tr("incident open: --title is required"));
        if (!severityText)
            return usage(err, Tr::tr("incident open: --severity P1|P2|P3|P4 is required"));
        const auto severity = IncidentSeverities::parse(*severityText);
        if (!severity)
            return usage(err, Tr::tr("incident open: severity \"%1\" is not P1, P2, P3 or P4")
                                  .arg(*severityText));
        const IncidentWriteResult r = repo.openIncident(
            *title, *severity, commander.value_or(QString()), impact.value_or(QString()));
        return report(r, out, err,
                      Tr::tr("Opened incident %1 (%2): %3")
                          .arg(r.incident.id)
                          .arg(IncidentSeverities::label(*severity), r.incident.title));
    }

    if (command == QLatin1String("move")) {
        if (args.size() != 1)
            return usage(err, Tr::tr("incident move: give one stage"));
        const auto stage = IncidentStages::parse(args.first());
        if (!stage)
            return usage(err, Tr::tr("incident move: \"%1\" is not a stage").arg(args.first()));
        if (!findIncident())
            return Failed;
        return report(
            repo.moveStage(*id, *stage), out, err,
            Tr::tr("Incident %1 is now in %2").arg(*id).arg(IncidentStages::name(*stage)));
    }

    if (command == QLatin1String("note")) {
        const QString text = args.join(u' ').trimmed();
        if (text.isEmpty())
            return usage(err, Tr::tr("incident note: the note is empty"));
        if (!findIncident())
            return Failed;
        return report(repo.addNote(*id, text), out, err,
                      Tr::tr("Note added to incident %1").arg(*id));
    }

    if (command == QLatin1String("ack")) {
        if (!args.isEmpty())
            return usage(err, Tr::tr("incident ack: unexpected \"%1\"").arg(args.first()));
        if (!findIncident())
            return Failed;
        return report(repo.acknowledge(*id), out, err, Tr::tr("Incident %1 acknowledged").arg(*id));
    }

    const auto incident = findIncident();
    if (!incident)
        return Failed;

    if (command == QLatin1String("show")) {
        out << IncidentReview::toMarkdown(*incident, now);
        return Done;
    }

    // export
    if (pdf) {
        if (!pdfWriter) {
            err << Tr::tr("incident export: PDF export is not available in this build") << '\n';
            return Failed;
        }
        if (auto error = pdfWriter(*incident, now, *pdf)) {
            err << error->toString() << '\n';
            return Failed;
        }
        out << Tr::tr("Wrote the review of incident %1 to %2").arg(*id).arg(*pdf) << '\n';
        return Done;
    }
    const QString text = IncidentReview::toMarkdown(*incident, now);
    if (*markdown == QLatin1String("-")) {
        out << text;
        return Done;
    }
    QSaveFile file(*markdown);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << Tr::tr("cannot write %1: %2").arg(*markdown, file.errorString()) << '\n';
        return Failed;
    }
    out << Tr::tr("Wrote the review of incident %1 to %2").arg(*id).arg(*markdown) << '\n';
    return Done;
}

} // namespace Wk
