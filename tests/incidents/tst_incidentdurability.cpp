#include "models/incidents/incidentrepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

// A process writing a burst of incident edits is killed with SIGKILL in the middle of it; every
// edit it reported as committed must be there when the database is opened again.
class TestIncidentDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidBurstKeepsEveryCommittedEdit_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("killed after 60 edits") << 60;
        QTest::newRow("killed after 250 edits") << 250;
    }
    void killedMidBurstKeepsEveryCommittedEdit()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("burst.db"));

        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(WK_INCIDENT_BURST_WRITER), {path, QString::number(1'000'000)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QByteArray output;
        int lastCommitted = 0;
        const auto parse = [&] {
            output += writer.readAllStandardOutput();
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("committed "))
                    lastCommitted = std::max(lastCommitted, line.mid(10).toInt());
            }
        };
        while (lastCommitted < killAfter) {
            QVERIFY2(writer.waitForReadyRead(20000),
                     qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
            parse();
        }
        writer.kill(); // SIGKILL: no destructor, no flush, no clean close
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        parse(); // lines written before the kill landed
        QVERIFY(lastCommitted >= killAfter);

        ManualClock clock;
        IncidentRepository::Options options;
        options.location = path;
        auto repo = IncidentRepository::open(options, &clock);
        QVERIFY2(repo, qPrintable(repo.error().toString()));
        QCOMPARE(repo.value()->incidents().size(), 1);
        const Incident inc = repo.value()->incidents().first();
        QSet<QString> notes;
        int moves = 0;
        for (const TimelineEntry &e : inc.timeline) {
            if (e.kind == TimelineEntry::Kind::Note)
                notes.insert(e.text);
            if (e.kind == TimelineEntry::Kind::StageChange)
                ++moves;
            QCOMPARE(e.who, QStringLiteral("burst"));
        }
        int expectedMoves = 0;
        for (int i = 1; i <= lastCommitted; ++i) {
            if (i % 5 == 0)
                ++expectedMoves;
            else
                QVERIFY2(notes.contains(QStringLiteral("burst edit %1").arg(i)),
                         qPrintable(
                             QStringLiteral("edit %1 of %2 is missing").arg(i).arg(lastCommitted)));
        }
        // At most the one edit in flight when it was killed may have committed unreported.
        QVERIFY(moves == expectedMoves || moves == expectedMoves + 1);
        QVERIFY(notes.size() == lastCommitted - expectedMoves ||
                notes.size() == lastCommitted - expectedMoves + 1);
        // Version counts the moves (and the creation).
        QCOMPARE(inc.version, 1 + moves);

        QSqlQuery check(repo.value()->database()->sql());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        qInfo("killed after %d reported commits; %lld timeline entries survived", lastCommitted,
              static_cast<long long>(inc.timeline.size()));
    }
};

QTEST_GUILESS_MAIN(TestIncidentDurability)
#include "tst_incidentdurability.moc"
