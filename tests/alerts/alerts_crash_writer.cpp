// Test helper for tst_alertsdurability: makes an acknowledgement, a silence and a maintenance
// window in the database named by its argument, prints "ready", then acknowledges and
// un-acknowledges in a loop, printing "committed ID" (the audit id) after each committed change,
// until it is killed.
#include "fakealertsource.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/alertrepository.h"
#include "models/alerts/localsilencestore.h"
#include "models/core/clock.h"
#include "models/storage/database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Wk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: alerts_crash_writer DATABASE\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    auto repo = AlertRepository::open(db.value().get());
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(repo.error().toString()));
        return 1;
    }
    SystemClock clock;
    FakeAlertSource source;
    LocalSilenceStore store(&clock, repo.value().get());
    AlertBook book(&clock, &source, &store, repo.value().get());
    book.setOperatorName(QStringLiteral("crash-writer"));
    const qint64 now = clock.nowMs();
    const Alert kept = source.fire(QStringLiteral("SystemDown"), QStringLiteral("db:5432"),
                                   QStringLiteral("critical"), now);
    const Alert flapping = source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("api:80"),
                                       QStringLiteral("critical"), now);
    if (!book.acknowledge(kept.id, QStringLiteral("kept across the crash"))) {
        std::fprintf(stderr, "acknowledge failed\n");
        return 1;
    }
    Silence s;
    s.matchers << LabelMatcher::parse(QStringLiteral("alertname=DiskSpaceWarning"));
    s.startsAtMs = now;
    s.endsAtMs = now + 3'600'000;
    s.createdBy = QStringLiteral("crash-writer");
    s.comment = QStringLiteral("kept across the crash");
    bool saved = false;
    store.save(s, [&saved](const Result<QString> &r) { saved = r.ok(); });
    MaintenanceWindow w;
    w.name = QStringLiteral("kept across the crash");
    w.startsAtMs = now;
    w.endsAtMs = now + 3 * 3'600'000;
    w.comment = QStringLiteral("durability test");
    if (!saved || !book.addMaintenanceWindow(w)) {
        std::fprintf(stderr, "silence or window failed\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const bool ok = book.isAcknowledged(flapping.id)
                            ? !book.unacknowledge(flapping.id, QStringLiteral("loop"))
                            : book.acknowledge(flapping.id, QStringLiteral("loop")).ok();
        if (!ok)
            return 1;
        std::printf("committed %lld\n",
                    static_cast<long long>(repo.value()->lastAuditId().value()));
        std::fflush(stdout);
    }
}
