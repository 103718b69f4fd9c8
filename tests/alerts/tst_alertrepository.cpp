#include "models/alerts/alert.h"
#include "models/alerts/alertrepository.h"
#include "models/alerts/auditlogmodel.h"
#include "models/storage/database.h"
#include "tests/storage/pgtestdb.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

// A fresh database of the row's kind; PostgreSQL rows skip without WK_TEST_POSTGRES_URL.
class Backend
{
public:
    explicit Backend(const QString &kind)
    {
        if (kind == QLatin1String("postgresql")) {
            if (PgTestDb::serverUrl().isEmpty())
                return;
            location = PgTestDb::urlWithFreshSchema(&m_schema);
        } else {
            location = m_dir.filePath(QStringLiteral("alerts.db"));
        }
    }
    ~Backend()
    {
        if (!m_schema.isEmpty())
            PgTestDb::dropSchema(m_schema);
    }
    QString location;

private:
    QTemporaryDir m_dir;
    QString m_schema;
};

AuditEntry audit(const QString &action, const QString &reason = QStringLiteral("because"))
{
    AuditEntry e;
    e.atMs = T0;
    e.actor = QStringLiteral("alice");
    e.action = action;
    e.details = QStringLiteral("details");
    e.reason = reason;
    return e;
}

} // namespace

class TestAlertRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }

    void roundTrips_data() { backends_data(); }
    void roundTrips()
    {
        QFETCH(QString, kind);
        Backend backend(kind);
        if (backend.location.isEmpty())
            QSKIP(qPrintable(PgTestDb::skipReason()));
        auto db = Database::open(backend.location);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        auto opened = AlertRepository::open(db.value().get());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        AlertRepository &repo = *opened.value();
        QCOMPARE(db.value()->schemaVersion(AlertRepository::module()).value(), 3);
        QCOMPARE(repo.lastAuditId().value(), 0);

        // Acknowledgements.
        Acknowledgement a;
        a.fingerprint = 0xfedcba9876543210ull; // above the signed 64-bit range
        a.alertName = QStringLiteral("SystemDown");
        a.labels = Labels{{QStringLiteral("alertname"), QStringLiteral("SystemDown")},
                          {QStringLiteral("instance"), QStringLiteral("api:8080")}};
        a.by = QStringLiteral("alice");
        a.atMs = T0;
        a.expiresAtMs = T0 + 1000;
        const auto id = repo.insertAck(a, audit(AuditEntry::Acknowledge));
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        QVERIFY(!repo.setAckSilence(id.value(), QStringLiteral("sil-1")));
        auto open = repo.openAcks();
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().fingerprint, a.fingerprint);
        QCOMPARE(open.value().first().labels, a.labels);
        QCOMPARE(open.value().first().silenceId, QStringLiteral("sil-1"));
        QVERIFY(open.value().first().note.isEmpty());
        QVERIFY(!repo.endAck(id.value(), T0 + 10, Acknowledgement::EndReason::Unacknowledged,
                             QStringLiteral("bob"), audit(AuditEntry::Unacknowledge)));
        QVERIFY(repo.openAcks().value().isEmpty());
        // Ending it twice is refused, and writes no audit line.
        QVERIFY(repo.endAck(id.value(), T0 + 20, Acknowledgement::EndReason::Expired,
                            QStringLiteral("x"), audit(AuditEntry::AckEnded)));
        const auto ended = repo.acksOf(a.fingerprint);
        QCOMPARE(ended.value().first().endReason, Acknowledgement::EndReason::Unacknowledged);
        QCOMPARE(ended.value().first().endedBy, QStringLiteral("bob"));
        QCOMPARE(*ended.value().first().endedAtMs, T0 + 10);

        // Silences keep every operator.
        Silence s;
        s.id = Silence::newId();
        s.matchers << LabelMatcher::parse(QStringLiteral("alertname=\"A\""))
                   << LabelMatcher::parse(QStringLiteral("instance!=\"b\""))
                   << LabelMatcher::parse(QStringLiteral("job=~\"x|y\""))
                   << LabelMatcher::parse(QStringLiteral("env!~\"dev.*\""));
        s.startsAtMs = T0;
        s.endsAtMs = T0 + 5000;
        s.createdBy = QStringLiteral("alice");
        s.comment = QStringLiteral("a \"quoted\", comment\nover two lines");
        QVERIFY(!repo.writeSilences({s}, audit(AuditEntry::SilenceCreate)));
        s.endsAtMs = T0 + 9000;
        QVERIFY(!repo.writeSilences({s}, audit(AuditEntry::SilenceEdit)));
        const auto silences = repo.silences();
        QCOMPARE(silences.value().size(), 1);
        QVERIFY(silences.value().first().matchers == s.matchers);
        QCOMPARE(silences.value().first().comment, s.comment);
        QCOMPARE(silences.value().first().endsAtMs, T0 + 9000);
        QCOMPARE(repo.purgeSilences(T0 + 9001).value(), 1);

        // Maintenance windows.
        MaintenanceWindow w;
        w.name = QStringLiteral("weekly");
        w.kind = MaintenanceWindow::Kind::Weekly;
        w.setWeekday(Qt::Tuesday);
        w.startTime = QTime(2, 30);
        w.durationMs = 3 * 3'600'000;
        w.timeZone = "Europe/Berlin";
        w.matchers << LabelMatcher::parse(QStringLiteral("team=db"));
        w.createdBy = QStringLiteral("ops");
        w.comment = QStringLiteral("patching");
        const auto wid = repo.insertWindow(w, audit(AuditEntry::MaintenanceAdd));
        QVERIFY(wid);
        w.id = wid.value();
        w.suppressCritical = true;
        QVERIFY(!repo.updateWindow(w, audit(AuditEntry::MaintenanceEdit)));
        const auto windows = repo.maintenanceWindows();
        QCOMPARE(windows.value().size(), 1);
        const MaintenanceWindow back = windows.value().first();
        QCOMPARE(back.startTime, QTime(2, 30));
        QCOMPARE(back.timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(back.weekdays, w.weekdays);
        QVERIFY(back.suppressCritical);
        QVERIFY(back.matchers == w.matchers);
        QVERIFY(!repo.removeWindow(w.id, T0, audit(AuditEntry::MaintenanceRemove)));
        QVERIFY(repo.maintenanceWindows().value().isEmpty());
        QVERIFY(repo.removeWindow(w.id, T0, audit(AuditEntry::MaintenanceRemove)));

        // History.
        AlertHistoryEntry h;
        h.fingerprint = a.fingerprint;
        h.atMs = T0;
        h.event = AlertHistoryEntry::Firing;
        h.alertName = a.alertName;
        h.labels = a.labels;
        h.annotations.insert(QStringLiteral("summary"), QStringLiteral("down"));
        h.value = std::nan("");
        h.activeAtMs = T0 - 60'000;
        QVERIFY(!repo.appendHistory({h}));
        h.event = AlertHistoryEntry::Escalated;
        h.atMs = T0 + 300'000;
        h.step = 1;
        QVERIFY(!repo.appendHistory({h}));
        // The steps of this episode, by number; none before it began.
        const auto steps = repo.escalationsSince(a.fingerprint, T0 - 60'000);
        QVERIFY(steps);
        QCOMPARE(steps.value().size(), 1);
        QCOMPARE(steps.value().first().step, 1);
        QCOMPARE(steps.value().first().atMs, T0 + 300'000);
        QVERIFY(repo.escalationsSince(a.fingerprint, T0 + 300'001).value().isEmpty());
        auto active = repo.lastRecordedActive();
        QCOMPARE(active.value().size(), 1); // an escalation does not end being active
        QCOMPARE(active.value().first().annotations.value(QStringLiteral("summary")),
                 QStringLiteral("down"));
        QVERIFY(std::isnan(active.value().first().value));
        QCOMPARE(repo.pruneHistory(T0 + 1).value(), 1);

        // Every change above wrote one audit line, in order.
        const auto entries = repo.auditEntries();
        QStringList actions;
        for (const AuditEntry &e : entries.value())
            actions << e.action;
        QCOMPARE(actions, (QStringList{AuditEntry::Acknowledge, AuditEntry::Unacknowledge,
                                       AuditEntry::SilenceCreate, AuditEntry::SilenceEdit,
                                       AuditEntry::MaintenanceAdd, AuditEntry::MaintenanceEdit,
                                       AuditEntry::MaintenanceRemove}));
        QCOMPARE(repo.lastAuditId().value(), entries.value().last().id);
        QCOMPARE(repo.auditEntries(entries.value().at(4).id).value().size(), 2);
    }

    // Two desktops (or one after a restart) that see the same firing write one row; a
    // database from before keeps one of its duplicates.
    void historyOncePerEpisodeAndEvent_data() { backends_data(); }
    void historyOncePerEpisodeAndEvent()
    {
        QFETCH(QString, kind);
        Backend backend(kind);
        if (backend.location.isEmpty())
            QSKIP(qPrintable(PgTestDb::skipReason()));
        auto db = Database::open(backend.location);
        QVERIFY(db);
        // Schema 2 (no unique index yet), with a duplicate as older versions wrote them.
        QVERIFY(!db.value()->migrate(AlertRepository::module(),
                                     AlertRepository::migrations().mid(0, 2)));
        AlertHistoryEntry h;
        h.fingerprint = 0x1234;
        h.atMs = T0;
        h.event = AlertHistoryEntry::Firing;
        h.alertName = QStringLiteral("X");
        h.activeAtMs = T0 - 60'000;
        for (const qint64 at : {T0, T0 + 10}) {
            QSqlQuery q(db.value()->sql());
            q.prepare(QStringLiteral("INSERT INTO alert_history (fingerprint, at_ms, event, "
                                     "alertname, labels, annotations, value, active_at, detail, "
                                     "step) VALUES (?, ?, ?, ?, '{}', '{}', NULL, ?, '', 0)"));
            q.addBindValue(Alert::fingerprintToString(h.fingerprint));
            q.addBindValue(at);
            q.addBindValue(h.event);
            q.addBindValue(h.alertName);
            q.addBindValue(h.activeAtMs);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        auto opened = AlertRepository::open(db.value().get());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        AlertRepository &repo = *opened.value();
        QCOMPARE(repo.history(h.fingerprint).value().size(), 1);

        // The same firing from another desktop, a moment later: not written again.
        h.atMs = T0 + 500;
        QVERIFY(!repo.appendHistory({h}));
        QCOMPARE(repo.history(h.fingerprint).value().size(), 1);
        // Its resolution and a later episode are rows of their own.
        h.event = AlertHistoryEntry::Resolved;
        QVERIFY(!repo.appendHistory({h}));
        h.event = AlertHistoryEntry::Firing;
        h.activeAtMs = T0 + 3'600'000;
        QVERIFY(!repo.appendHistory({h}));
        QCOMPARE(repo.history(h.fingerprint).value().size(), 3);
    }

    void auditCsv()
    {
        AuditEntry plain;
        plain.atMs = T0;
        plain.actor = QStringLiteral("alice");
        plain.action = AuditEntry::Acknowledge;
        plain.target = QStringLiteral("00000000000000ff");
        plain.details = QStringLiteral("SystemDown");
        plain.reason = QStringLiteral("on it");
        AuditEntry tricky = plain;
        tricky.atMs = T0 + 1;
        tricky.actor = QStringLiteral("Łukasz");
        tricky.details = QStringLiteral("{alertname=\"X\", instance=\"a\"}");
        tricky.reason = QStringLiteral("line one\r\nline \"two\"");
        const QByteArray csv = AuditEntry::toCsv({plain, tricky});
        const QByteArray expected =
            "time,actor,action,target,details,reason\r\n"
            "2023-11-14T22:13:20.000Z,alice,acknowledge,00000000000000ff,SystemDown,on it\r\n"
            "2023-11-14T22:13:20.001Z,\xc5\x81ukasz,acknowledge,00000000000000ff,"
            "\"{alertname=\"\"X\"\", instance=\"\"a\"\"}\",\"line one\r\nline \"\"two\"\"\"\r\n";
        QCOMPARE(csv, expected);
    }

    void auditModelAndExport()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        auto repo = AlertRepository::open(db.value().get());
        AuditLogModel model(repo.value().get(), 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!repo.value()->appendAudit(
                audit(AuditEntry::SilenceCreate, QStringLiteral("r%1").arg(i))));
        QVERIFY(!model.reload());
        QCOMPARE(model.rowCount(), 3); // the newest three
        QCOMPARE(model.data(model.index(0, AuditLogModel::ReasonColumn)).toString(),
                 QStringLiteral("r2"));
        QVERIFY(!repo.value()->appendAudit(audit(AuditEntry::SilenceExpire, QStringLiteral("r5"))));
        QVERIFY(!model.reload());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(2, 0), AuditLogModel::ActionRole).toString(),
                 AuditEntry::SilenceExpire);

        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(!AuditLogModel::exportCsv(repo.value().get(), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 6 + 1); // header, six entries, the empty rest after CRLF
        QVERIFY(lines.at(6).contains(",r5\r"));
        QVERIFY(AuditLogModel::exportCsv(repo.value().get(),
                                         dir.filePath(QStringLiteral("no/dir/x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestAlertRepository)
#include "tst_alertrepository.moc"
