#include "fakealertmanager.h"

#include "models/alerts/alertrepository.h"
#include "models/alerts/alertscli.h"
#include "models/core/clock.h"
#include "models/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Wk;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 T0 = 1'795'796'539'000; // 2026-11-27T16:22:19Z

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Labels labels(const char *name, const char *instance, const char *severity)
{
    return Labels{{QStringLiteral("alertname"), QString::fromLatin1(name)},
                  {QStringLiteral("instance"), QString::fromLatin1(instance)},
                  {QStringLiteral("severity"), QString::fromLatin1(severity)}};
}

} // namespace

class TestAlertsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    ManualClock m_clock{T0};
    quint64 m_down = 0;
    quint64 m_slow = 0;

    Run run(const QStringList &args, const QUrl &alertmanager = {})
    {
        AlertsCliContext ctx;
        ctx.database = m_db;
        ctx.alertmanager = alertmanager;
        ctx.operatorName = QStringLiteral("cli-user");
        ctx.clock = &m_clock;
        ctx.timeoutMs = 5000;
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = runAlertsCommand(args, ctx, out, err);
        out.flush();
        err.flush();
        return r;
    }

private Q_SLOTS:
    void init()
    {
        // A workspace database whose history says two alerts fire and one resolved.
        m_db = m_dir.filePath(QStringLiteral("ws-%1.db").arg(QTest::currentTestFunction()));
        auto db = Database::open(m_db);
        QVERIFY(db);
        auto repo = AlertRepository::open(db.value().get());
        QVERIFY(repo);
        QList<AlertHistoryEntry> history;
        const auto entry = [&](const Labels &l, const QString &event, qint64 at) {
            AlertHistoryEntry e;
            e.fingerprint = Alert::fingerprint(l);
            e.atMs = at;
            e.event = event;
            e.alertName = l.value(u"alertname");
            e.labels = l;
            e.annotations.insert(QStringLiteral("summary"), e.alertName + QStringLiteral(" now"));
            e.activeAtMs = at;
            history << e;
            return e.fingerprint;
        };
        m_down = entry(labels("DatabaseUnavailable", "api:8080", "critical"),
                       AlertHistoryEntry::Firing, T0 - 10 * Minute);
        m_slow = entry(labels("PerformanceDegradation", "web:80", "high"),
                       AlertHistoryEntry::Firing, T0 - 20 * Minute);
        const Labels gone = labels("DiskSpaceWarning", "db:9100", "medium");
        entry(gone, AlertHistoryEntry::Firing, T0 - 60 * Minute);
        entry(gone, AlertHistoryEntry::Resolved, T0 - 30 * Minute);
        QVERIFY(!repo.value()->appendHistory(history));
    }

    void listLocal()
    {
        const Run r = run({QStringLiteral("alerts"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.first().contains(QStringLiteral("as last recorded")), qPrintable(r.out));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("ID")));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(2).startsWith(Alert::fingerprintToString(m_down)));
        QVERIFY(lines.at(2).contains(QStringLiteral("DatabaseUnavailable")));
        QVERIFY(lines.at(3).contains(QStringLiteral("PerformanceDegradation")));
        QVERIFY(!r.out.contains(QStringLiteral("DiskSpaceWarning")));

        const Run json =
            run({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray arr = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(arr.size(), 2);
        const QJsonObject first = arr.first().toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), Alert::fingerprintToString(m_down));
        QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("firing"));
        QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("recorded"));
        QVERIFY(first.value(QLatin1String("acknowledged")).isNull());
        // The default inhibition does not apply across instances.
        QCOMPARE(arr.at(1).toObject().value(QLatin1String("suppressed")).toBool(), false);
    }

    void ackAndUnack()
    {
        const QString prefix = Alert::fingerprintToString(m_down).left(6);
        const Run missingNote = run({QStringLiteral("alerts"), QStringLiteral("ack"), prefix});
        QCOMPARE(missingNote.code, 2);
        QVERIFY(missingNote.err.contains(QStringLiteral("usage")));
        const Run unknown =
            run({QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("ffffffff"),
                 QStringLiteral("--note"), QStringLiteral("x")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no current alert ffffffff")),
                 qPrintable(unknown.err));

        const Run ack = run({QStringLiteral("alerts"), QStringLiteral("ack"), prefix,
                             QStringLiteral("--note"), QStringLiteral("failing over to replica"),
                             QStringLiteral("--expires"), QStringLiteral("4h")});
        QCOMPARE(ack.code, 0);
        QVERIFY2(ack.out.contains(QStringLiteral("acknowledged %1 (DatabaseUnavailable) until "
                                                 "2026-11-27 20:22:19 UTC")
                                      .arg(Alert::fingerprintToString(m_down))),
                 qPrintable(ack.out));
        {
            auto db = Database::open(m_db);
            auto repo = AlertRepository::open(db.value().get());
            const QList<Acknowledgement> open = repo.value()->openAcks().value();
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.first().by, QStringLiteral("cli-user"));
            QCOMPARE(open.first().expiresAtMs, T0 + 240 * Minute);
        }
        const Run list =
            run({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject first =
            QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        QCOMPARE(first.value(QLatin1String("acknowledged"))
                     .toObject()
                     .value(QLatin1String("note"))
                     .toString(),
                 QStringLiteral("failing over to replica"));

        const Run again = run({QStringLiteral("alerts"), QStringLiteral("ack"), prefix,
                               QStringLiteral("--note"), QStringLiteral("again")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already acknowledged by cli-user")));

        const Run unack = run({QStringLiteral("alerts"), QStringLiteral("unack"), prefix,
                               QStringLiteral("--reason"), QStringLiteral("wrong alert")});
        QCOMPARE(unack.code, 0);
        const Run after =
            run({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(after.out.toUtf8())
                    .array()
                    .first()
                    .toObject()
                    .value(QLatin1String("acknowledged"))
                    .isNull());
    }

    void silences()
    {
        const Run noComment = run({QStringLiteral("silence"), QStringLiteral("add"),
                                   QStringLiteral("alertname=PerformanceDegradation"),
                                   QStringLiteral("--duration"), QStringLiteral("2h")});
        QCOMPARE(noComment.code, 1);
        QVERIFY2(noComment.err.contains(QStringLiteral("needs a comment")),
                 qPrintable(noComment.err));

        const Run bad = run({QStringLiteral("silence"), QStringLiteral("add"),
                             QStringLiteral("instance=~\"(\""), QStringLiteral("--comment"),
                             QStringLiteral("x")});
        QCOMPARE(bad.code, 2);

        const Run add =
            run({QStringLiteral("silence"), QStringLiteral("add"),
                 QStringLiteral("PerformanceDegradation"), QStringLiteral("instance=\"web:80\""),
                 QStringLiteral("--duration"), QStringLiteral("2h"), QStringLiteral("--comment"),
                 QStringLiteral("CDN cache warming, CHG-9"), QStringLiteral("--author"),
                 QStringLiteral("dana")});
        QCOMPARE(add.code, 0);
        const QString id = add.out.trimmed();
        QCOMPARE(id.size(), 36);

        const Run list = run({QStringLiteral("silence"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.startsWith(QStringLiteral("ID")));
        QVERIFY(list.out.contains(id));
        QVERIFY(list.out.contains(
            QStringLiteral("{alertname=\"PerformanceDegradation\", instance=\"web:80\"}")));
        QVERIFY(list.out.contains(QStringLiteral("dana")));
        QVERIFY(list.out.contains(QStringLiteral("2026-11-27 18:22:19 UTC")));

        const Run alerts = run({QStringLiteral("alerts"), QStringLiteral("list")});
        QVERIFY(alerts.out.contains(QStringLiteral("silenced by 1 silence")));

        const Run json =
            run({QStringLiteral("silence"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject s = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
        QCOMPARE(s.value(QLatin1String("id")).toString(), id);
        QCOMPARE(
            s.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString(),
            QStringLiteral("active"));
        QCOMPARE(s.value(QLatin1String("comment")).toString(),
                 QStringLiteral("CDN cache warming, CHG-9"));

        const Run expire = run({QStringLiteral("silence"), QStringLiteral("expire"), id.left(8)});
        QCOMPARE(expire.code, 0);
        QVERIFY(expire.out.isEmpty());
        QVERIFY(!run({QStringLiteral("silence"), QStringLiteral("list")}).out.contains(id));
        QVERIFY(
            run({QStringLiteral("silence"), QStringLiteral("list"), QStringLiteral("--expired")})
                .out.contains(id));
        const Run unknown =
            run({QStringLiteral("silence"), QStringLiteral("expire"), QStringLiteral("nope")});
        QCOMPARE(unknown.code, 1);
    }

    void maintenanceAndAudit()
    {
        {
            auto db = Database::open(m_db);
            auto repo = AlertRepository::open(db.value().get());
            MaintenanceWindow w;
            w.name = QStringLiteral("Tuesday patching");
            w.kind = MaintenanceWindow::Kind::Weekly;
            w.setWeekday(Qt::Tuesday);
            w.startTime = QTime(2, 0);
            w.durationMs = 180 * Minute;
            w.timeZone = "Europe/Berlin";
            w.createdBy = QStringLiteral("ops");
            w.comment = QStringLiteral("kernel, \"monthly\"");
            AuditEntry e;
            e.atMs = T0;
            e.actor = QStringLiteral("ops");
            e.action = AuditEntry::MaintenanceAdd;
            e.details = w.scheduleText();
            e.reason = w.comment;
            QVERIFY(repo.value()->insertWindow(w, e));
        }
        const Run list = run({QStringLiteral("maintenance"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("Tue 02:00 Europe/Berlin for 3h")));
        QVERIFY(list.out.contains(QStringLiteral("all but critical")));
        // Friday 16:22 UTC: next Tuesday 02:00 CET is 01:00 UTC.
        QVERIFY2(list.out.contains(QStringLiteral("2026-12-01 01:00:00 UTC")),
                 qPrintable(list.out));

        run({QStringLiteral("alerts"), QStringLiteral("ack"), Alert::fingerprintToString(m_slow),
             QStringLiteral("--note"), QStringLiteral("looking, see #ops")});
        const QString file = m_dir.filePath(QStringLiteral("audit.csv"));
        const Run exported = run({QStringLiteral("audit"), QStringLiteral("export"), file});
        QCOMPARE(exported.code, 0);
        QVERIFY(exported.out.contains(QStringLiteral("wrote 2 audit entries")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("time,actor,action,target,details,reason\r\n"));
        QVERIFY(csv.contains(",\"kernel, \"\"monthly\"\"\"\r\n"));
        QVERIFY(
            csv.contains("cli-user,acknowledge," + Alert::fingerprintToString(m_slow).toUtf8()));
        const Run toStdout =
            run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("-")});
        QCOMPARE(toStdout.out.toUtf8(), csv);
    }

    void usageErrors()
    {
        const Run unknown = run({QStringLiteral("alerts"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("silence add MATCHER")));
        const Run option =
            run({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--yaml")});
        QCOMPARE(option.code, 2);
        QVERIFY(option.err.contains(QStringLiteral("unknown option --yaml")));
        QVERIFY(isAlertsCommand(QStringLiteral("silence")));
        QVERIFY(!isAlertsCommand(QStringLiteral("incident")));
    }

    void alertmanagerMode()
    {
        FakeAlertmanager am(&m_clock);
        Alert a;
        a.labels = labels("DiskFull", "host-7", "critical");
        a.id = Alert::fingerprint(a.labels);
        a.activeAtMs = T0 - Minute;
        am.alerts << a;
        const Run list = run({QStringLiteral("alerts"), QStringLiteral("list")}, am.url());
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("Alertmanager at %1").arg(am.url().toString())),
                 qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("DiskFull")));
        QVERIFY(!list.out.contains(QStringLiteral("DatabaseUnavailable"))); // not the history

        const Run ack =
            run({QStringLiteral("alerts"), QStringLiteral("ack"), Alert::fingerprintToString(a.id),
                 QStringLiteral("--note"), QStringLiteral("replacing disk")},
                am.url());
        QCOMPARE(ack.code, 0);
        QCOMPARE(am.silences.size(), 1);
        QCOMPARE(am.silences.first().comment, QStringLiteral("ACK! replacing disk"));
        QCOMPARE(am.silences.first().createdBy, QStringLiteral("cli-user"));

        const Run add = run({QStringLiteral("silence"), QStringLiteral("add"),
                             QStringLiteral("instance=host-7"), QStringLiteral("--comment"),
                             QStringLiteral("rack move")},
                            am.url());
        QCOMPARE(add.code, 0);
        QCOMPARE(am.silences.size(), 2);
        const Run expire =
            run({QStringLiteral("silence"), QStringLiteral("expire"), add.out.trimmed()}, am.url());
        QCOMPARE(expire.code, 0);
        QCOMPARE(am.silences.at(1).endsAtMs, T0);

        am.failWith = 502;
        const Run down = run({QStringLiteral("alerts"), QStringLiteral("list")}, am.url());
        QCOMPARE(down.code, 1);
        QVERIFY(down.err.contains(QStringLiteral("HTTP 502")));
    }
};

QTEST_GUILESS_MAIN(TestAlertsCli)
#include "tst_alertscli.moc"
