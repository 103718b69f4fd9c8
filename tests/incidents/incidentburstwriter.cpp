// Helper for tst_incidentdurability: writes a burst of incident edits to a SQLite database and
// prints "committed N" after each one is committed, until it is killed.
//   incident_burst_writer DATABASE COUNT
#include "models/incidents/incidentrepository.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Wk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: incident_burst_writer DATABASE COUNT\n");
        return 2;
    }
    IncidentRepository::Options options;
    options.location = args.at(1);
    options.operatorName = QStringLiteral("burst");
    auto repo = IncidentRepository::open(options, SystemClock::instance());
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(repo.error().toString()));
        return 1;
    }
    const auto opened = repo.value()->openIncident(QStringLiteral("Burst"), IncidentSeverity::P2);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    const qint64 id = opened.incident.id;
    std::printf("incident %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    const int count = args.at(2).toInt();
    for (int i = 1; i <= count; ++i) {
        // Every fifth edit moves the incident between Assessment and Response; the rest are notes.
        IncidentWriteResult r;
        if (i % 5 == 0) {
            const IncidentStage to =
                (i / 5) % 2 ? IncidentStage::Response : IncidentStage::Assessment;
            r = repo.value()->moveStage(id, to);
        } else {
            r = repo.value()->addNote(id, QStringLiteral("burst edit %1").arg(i));
        }
        if (r.status != IncidentWriteResult::Status::Applied) {
            std::fprintf(stderr, "edit %d: %s\n", i, qPrintable(r.message));
            return 1;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
