#include "models/alerts/alertrepository.h"
#include "models/storage/database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

// A writer process is killed with SIGKILL in the middle of its changes; every change it had
// reported committed must be in the database afterwards, and the database must be sound.
class TestAlertsDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesKill9()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.db"));
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(WK_CRASH_WRITER), {path});
        QVERIFY2(writer.waitForStarted(10'000), qPrintable(writer.errorString()));

        QByteArray buffer;
        bool ready = false;
        qint64 lastCommitted = 0;
        int commits = 0;
        while (commits < 200) {
            if (!writer.waitForReadyRead(10'000))
                QFAIL(qPrintable(QStringLiteral("writer stopped: %1")
                                     .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
            buffer += writer.readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(nl);
                buffer.remove(0, nl + 1);
                if (line == "ready") {
                    ready = true;
                } else if (line.startsWith("committed ")) {
                    lastCommitted = line.mid(10).toLongLong();
                    ++commits;
                }
            }
        }
        QVERIFY(ready);
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10'000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        auto repo = AlertRepository::open(db.value().get());
        QVERIFY(repo);

        QVERIFY(repo.value()->lastAuditId().value() >= lastCommitted);
        const auto acks = repo.value()->openAcks().value();
        QVERIFY(std::any_of(acks.cbegin(), acks.cend(), [](const Acknowledgement &a) {
            return a.note == QLatin1String("kept across the crash") &&
                   a.by == QLatin1String("crash-writer");
        }));
        const auto silences = repo.value()->silences().value();
        QCOMPARE(silences.size(), 1);
        QCOMPARE(silences.first().comment, QStringLiteral("kept across the crash"));
        const auto windows = repo.value()->maintenanceWindows().value();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows.first().name, QStringLiteral("kept across the crash"));
        // The audit log holds the three set-up changes and every loop change reported.
        const auto audit = repo.value()->auditEntries().value();
        QVERIFY(audit.size() >= 3 + 200);
        QCOMPARE(audit.at(0).action, AuditEntry::Acknowledge);
        QCOMPARE(audit.at(1).action, AuditEntry::SilenceCreate);
        QCOMPARE(audit.at(2).action, AuditEntry::MaintenanceAdd);
    }
};

QTEST_GUILESS_MAIN(TestAlertsDurability)
#include "tst_alertsdurability.moc"
