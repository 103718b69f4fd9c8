#include "incidenttestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <future>

using namespace Wk;
using namespace IncidentTest;

namespace {

// A database that can be made unreachable: the connector refuses while `reachable` is false.
struct Switch
{
    std::atomic<bool> reachable{true}; // read by the retries' worker thread
    IncidentRepository::Connector connector(const QString &path)
    {
        return [this, path]() -> Result<std::unique_ptr<Database>> {
            if (!reachable)
                return Error(
                    QStringLiteral("cannot open database %1: connection refused").arg(path));
            return Database::open(path);
        };
    }
};

// The connection drops under the repository (as a server going away does).
void loseConnection(IncidentRepository &repo, Switch &sw)
{
    sw.reachable = false;
    repo.database()->sql().close();
}

QStringList texts(const Incident &inc, TimelineEntry::Kind kind)
{
    QStringList out;
    for (const TimelineEntry &e : inc.timeline) {
        if (e.kind == kind)
            out << e.text;
    }
    return out;
}

} // namespace

class TestIncidentRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("incidents-%1.db").arg(++m_n));
    }

    void timelineSaysWhoAndWhen()
    {
        ManualClock clock(T0);
        auto repo = openRepository(m_path, &clock, QStringLiteral("alice"));
        QVERIFY(repo);
        QCOMPARE(repo->operatorName(), QStringLiteral("alice"));
        const auto opened = repo->openIncident(QStringLiteral("Payments failing"),
                                               IncidentSeverity::P2, QStringLiteral("alice"));
        QVERIFY2(opened.status == IncidentWriteResult::Status::Applied, qPrintable(opened.message));
        const qint64 id = opened.incident.id;
        QVERIFY(id > 0);

        clock.advance(2 * Minute);
        repo->setOperatorName(QStringLiteral("bob"));
        QCOMPARE(repo->moveStage(id, IncidentStage::Assessment).status,
                 IncidentWriteResult::Status::Applied);
        clock.advance(Minute);
        QCOMPARE(repo->addNote(id, QStringLiteral("Gateway returns 502")).status,
                 IncidentWriteResult::Status::Applied);
        clock.advance(Minute);
        QCOMPARE(repo->setSeverity(id, IncidentSeverity::P1).status,
                 IncidentWriteResult::Status::Applied);

        const Incident inc = *repo->incident(id);
        QCOMPARE(inc.timeline.size(), 5);
        const QList<std::tuple<TimelineEntry::Kind, QString, qint64>> want{
            {TimelineEntry::Kind::Created, "alice", T0},
            {TimelineEntry::Kind::StageChange, "bob", T0 + 2 * Minute},
            {TimelineEntry::Kind::Acknowledgement, "bob", T0 + 2 * Minute},
            {TimelineEntry::Kind::Note, "bob", T0 + 3 * Minute},
            {TimelineEntry::Kind::SeverityChange, "bob", T0 + 4 * Minute}};
        for (int i = 0; i < want.size(); ++i) {
            QCOMPARE(inc.timeline.at(i).kind, std::get<0>(want.at(i)));
            QCOMPARE(inc.timeline.at(i).who, std::get<1>(want.at(i)));
            QCOMPARE(inc.timeline.at(i).atMs, std::get<2>(want.at(i)));
            QVERIFY(inc.timeline.at(i).id > 0);
        }
        QCOMPARE(inc.timeline.at(3).text, QStringLiteral("Gateway returns 502"));
        QCOMPARE(inc.version, 3); // created, moved, severity; the note does not count
        QCOMPARE(inc.updatedBy, QStringLiteral("bob"));
        QCOMPARE(inc.acknowledgedMs, T0 + 2 * Minute);
    }

    void operatorDefaultsToTheOsUser()
    {
        ManualClock clock(T0);
        qputenv("USER", "osuser");
        auto repo = openRepository(m_path, &clock, QString());
        QCOMPARE(repo->operatorName(), QStringLiteral("osuser"));
        QCOMPARE(IncidentRepository::systemUserName(), QStringLiteral("osuser"));
    }

    void survivesARestart()
    {
        ManualClock clock(T0);
        QJsonObject before;
        {
            auto repo = openRepository(m_path, &clock, QStringLiteral("alice"));
            const qint64 id =
                repo->openIncident(QStringLiteral("Redis slow"), IncidentSeverity::P3).incident.id;
            repo->moveStage(id, IncidentStage::Response);
            repo->addNote(id, QStringLiteral("Evicting keys"));
            repo->submit(IncidentChange::addActionItem(id, repo->versionOf(id),
                                                       QStringLiteral("Alert on evictions"),
                                                       QStringLiteral("dave"), QDate(2024, 1, 5)));
            repo->submit(IncidentChange::tickCommunication(
                id, repo->versionOf(id), CommunicationChannel::SlackIncidents, true));
            before = repo->incident(id)->toJson();
        }
        auto again = openRepository(m_path, &clock, QStringLiteral("carol"));
        QCOMPARE(again->incidents().size(), 1);
        QCOMPARE(again->incidents().first().toJson(), before);
    }

    void staleEditIsRefusedNamingTheWinner()
    {
        ManualClock clock(T0);
        auto a = openRepository(m_path, &clock, QStringLiteral("alice"));
        const qint64 id =
            a->openIncident(QStringLiteral("API errors"), IncidentSeverity::P2).incident.id;
        auto b = openRepository(m_path, &clock, QStringLiteral("bob"));
        QCOMPARE(b->versionOf(id), 1);

        clock.setNow(T0 + 10 * Second);
        QCOMPARE(a->moveStage(id, IncidentStage::Response).status,
                 IncidentWriteResult::Status::Applied);
        // Bob still sees version 1 (his poll has not run) and edits from it.
        QCOMPARE(b->versionOf(id), 1);
        const IncidentWriteResult r =
            b->submit(IncidentChange::setSeverity(id, 1, IncidentSeverity::P1));
        QCOMPARE(r.status, IncidentWriteResult::Status::Refused);
        QVERIFY2(r.message.contains(QStringLiteral("changed by alice at ")), qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("set severity P1")));
        QCOMPARE(r.incident.stage, IncidentStage::Response); // the current state comes back
        QCOMPARE(r.incident.version, 2);
        QCOMPARE(r.incident.severity, IncidentSeverity::P2);
        QCOMPARE(b->versionOf(id), 2); // and bob's view is up to date now
        QCOMPARE(a->incident(id)->severity, IncidentSeverity::P2);

        // Made again on what he now sees, it applies.
        QCOMPARE(b->submit(IncidentChange::setSeverity(id, 2, IncidentSeverity::P1)).status,
                 IncidentWriteResult::Status::Applied);
    }

    void appendsNeverConflict()
    {
        ManualClock clock(T0);
        auto a = openRepository(m_path, &clock, QStringLiteral("alice"));
        const qint64 id =
            a->openIncident(QStringLiteral("Cache misses"), IncidentSeverity::P3).incident.id;
        auto b = openRepository(m_path, &clock, QStringLiteral("bob"));
        a->moveStage(id, IncidentStage::Assessment);
        QCOMPARE(b->addNote(id, QStringLiteral("seen from bob")).status,
                 IncidentWriteResult::Status::Applied);
        QCOMPARE(b->acknowledge(id).status, IncidentWriteResult::Status::Unchanged);
        QCOMPARE(b->incident(id)->stage, IncidentStage::Assessment);
    }

    void otherClientsSeeChangesWithinASecond()
    {
        ManualClock clock(T0);
        auto a = openRepository(m_path, &clock, QStringLiteral("alice"));
        auto b = openRepository(m_path, &clock, QStringLiteral("bob"));
        QSignalSpy seen(b.get(), &IncidentRepository::changed);
        const qint64 id =
            a->openIncident(QStringLiteral("Traffic surge"), IncidentSeverity::P3).incident.id;
        QCOMPARE(seen.size(), 0);
        clock.advance(500); // one poll of PRAGMA data_version
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().first().toLongLong(), id);
        QVERIFY(b->incident(id));

        a->moveStage(id, IncidentStage::Response);
        a->addNote(id, QStringLiteral("scaling out"));
        clock.advance(500);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(b->incident(id)->stage, IncidentStage::Response);
        QCOMPARE(texts(*b->incident(id), TimelineEntry::Kind::Note),
                 QStringList{QStringLiteral("scaling out")});
        clock.advance(5000); // nothing new: no signal
        QCOMPARE(seen.size(), 2);
    }

    void offlineChangesAreQueuedAndReplayedInOrder()
    {
        ManualClock clock(T0);
        Switch sw;
        auto a = openRepository(m_path, &clock, QStringLiteral("alice"),
                                m_dir.filePath(QStringLiteral("offline-%1").arg(m_n)),
                                sw.connector(m_path));
        auto b = openRepository(m_path, &clock, QStringLiteral("bob"));
        const qint64 id =
            a->openIncident(QStringLiteral("DB failover"), IncidentSeverity::P2).incident.id;
        b->reload();
        QSignalSpy connection(a.get(), &IncidentRepository::connectionChanged);
        QSignalSpy refused(a.get(), &IncidentRepository::changeRefused);

        loseConnection(*a, sw);
        clock.advance(Second);
        IncidentWriteResult r = a->addNote(id, QStringLiteral("offline note 1"));
        QCOMPARE(r.status, IncidentWriteResult::Status::Queued);
        QVERIFY(!a->isOnline());
        QCOMPARE(connection.size(), 1);
        QCOMPARE(connection.first().at(0).toBool(), false);
        QCOMPARE(a->connectionMessage(), QStringLiteral("the connection to the database was lost"));
        QCOMPARE(connection.first().at(1).toString(), a->connectionMessage());
        // The last state stays, with the queued note shown as pending.
        QCOMPARE(a->incident(id)->timeline.last().text, QStringLiteral("offline note 1"));
        QVERIFY(a->incident(id)->timeline.last().pending);
        QCOMPARE(a->incident(id)->pendingChanges, 1);

        clock.advance(Second);
        QCOMPARE(a->moveStage(id, IncidentStage::Response).status,
                 IncidentWriteResult::Status::Queued);
        clock.advance(Second);
        QCOMPARE(a->setSeverity(id, IncidentSeverity::P1).status,
                 IncidentWriteResult::Status::Queued);
        clock.advance(Second);
        const IncidentWriteResult created =
            a->openIncident(QStringLiteral("Opened while offline"), IncidentSeverity::P4);
        QCOMPARE(created.status, IncidentWriteResult::Status::Queued);
        QVERIFY(created.incident.id < 0);
        clock.advance(Second);
        QCOMPARE(a->addNote(created.incident.id, QStringLiteral("on the new one")).status,
                 IncidentWriteResult::Status::Queued);
        clock.advance(Second);
        QCOMPARE(a->addNote(id, QStringLiteral("offline note 2")).status,
                 IncidentWriteResult::Status::Queued);
        QCOMPARE(a->queuedCount(), 6);
        QCOMPARE(a->incident(id)->stage, IncidentStage::Response); // shown as it will be

        // The queue is on disk: a crash now would keep it.
        QFile queueFile(m_dir.filePath(QStringLiteral("offline-%1/queue.json").arg(m_n)));
        QVERIFY(queueFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(queueFile.readAll())
                     .object()
                     .value(QStringLiteral("changes"))
                     .toArray()
                     .size(),
                 6);
        queueFile.close();

        // Meanwhile bob moves the same incident.
        clock.advance(Second);
        QCOMPARE(b->moveStage(id, IncidentStage::Assessment).status,
                 IncidentWriteResult::Status::Applied);

        // Still unreachable: the retry (tried on a worker thread) fails and everything stays
        // queued.
        clock.advance(2 * Second);
        QTRY_VERIFY(!a->isReconnecting());
        QVERIFY(!a->isOnline());
        QCOMPARE(a->queuedCount(), 6);
        QVERIFY(a->connectionMessage().contains(QStringLiteral("connection refused")));

        sw.reachable = true;
        clock.advance(2 * Second);
        QTRY_VERIFY(a->isOnline());
        QCOMPARE(connection.last().at(0).toBool(), true);
        QCOMPARE(a->queuedCount(), 0);
        QVERIFY(!queueFile.exists());

        // The move and the severity change made on the old version are refused, naming bob.
        QCOMPARE(refused.size(), 2);
        const IncidentChange firstRefused = refused.at(0).at(0).value<IncidentChange>();
        QCOMPARE(firstRefused.kind, IncidentChange::Kind::MoveStage);
        QVERIFY2(refused.at(0).at(1).toString().contains(QStringLiteral("changed by bob at")),
                 qPrintable(refused.at(0).at(1).toString()));
        QCOMPARE(refused.at(1).at(0).value<IncidentChange>().kind,
                 IncidentChange::Kind::SetSeverity);

        const Incident inc = *a->incident(id);
        QCOMPARE(inc.stage, IncidentStage::Assessment);
        QCOMPARE(inc.severity, IncidentSeverity::P2);
        QCOMPARE(inc.pendingChanges, 0);
        // Both notes stored, in the order typed, at the time typed, by alice.
        QCOMPARE(texts(inc, TimelineEntry::Kind::Note),
                 (QStringList{QStringLiteral("offline note 1"), QStringLiteral("offline note 2")}));
        for (const TimelineEntry &e : inc.timeline) {
            QVERIFY(!e.pending);
            if (e.kind == TimelineEntry::Kind::Note)
                QCOMPARE(e.who, QStringLiteral("alice"));
        }
        QCOMPARE(inc.timeline.at(1).atMs, T0 + Second);

        // The incident opened offline got a stored id, with its note.
        QVERIFY(!a->incident(created.incident.id));
        std::optional<Incident> fresh;
        for (const Incident &i : a->incidents()) {
            if (i.title == QStringLiteral("Opened while offline"))
                fresh = i;
        }
        QVERIFY(fresh);
        QVERIFY(fresh->id > 0);
        QCOMPARE(texts(*fresh, TimelineEntry::Kind::Note),
                 QStringList{QStringLiteral("on the new one")});
        // And bob sees it all.
        b->reload();
        QCOMPARE(b->incidents().size(), 2);
        QCOMPARE(texts(*b->incident(id), TimelineEntry::Kind::Note).size(), 2);
    }

    void queueSurvivesACrashAndAppliesOnce()
    {
        ManualClock clock(T0);
        Switch sw;
        const QString offline = m_dir.filePath(QStringLiteral("offline-%1").arg(m_n));
        qint64 id = 0;
        {
            auto a = openRepository(m_path, &clock, QStringLiteral("alice"), offline,
                                    sw.connector(m_path));
            id = a->openIncident(QStringLiteral("Crashy"), IncidentSeverity::P3).incident.id;
            loseConnection(*a, sw);
            clock.advance(Second);
            QCOMPARE(a->addNote(id, QStringLiteral("typed before the crash")).status,
                     IncidentWriteResult::Status::Queued);
            clock.advance(Second);
            QCOMPARE(a->moveStage(id, IncidentStage::Response).status,
                     IncidentWriteResult::Status::Queued);
        } // the app goes away with the database still unreachable

        // The next start (database back) applies the queue.
        sw.reachable = true;
        auto again =
            openRepository(m_path, &clock, QStringLiteral("alice"), offline, sw.connector(m_path));
        QVERIFY(again->isOnline());
        QCOMPARE(again->queuedCount(), 0);
        const Incident inc = *again->incident(id);
        QCOMPARE(texts(inc, TimelineEntry::Kind::Note),
                 QStringList{QStringLiteral("typed before the crash")});
        QCOMPARE(inc.stage, IncidentStage::Response);

        // A queue whose first change was already stored (the crash came after the commit)
        // applies it only once.
        QJsonArray changes;
        IncidentChange note = IncidentChange::addNote(id, QStringLiteral("exactly once"));
        note.who = QStringLiteral("alice");
        note.atMs = T0 + Hour;
        note.uid = QStringLiteral("11111111-2222-3333-4444-555555555555");
        QVERIFY(again->submit(note).ok());
        changes.append(note.toJson());
        again.reset();
        QFile file(QDir(offline).filePath(QStringLiteral("queue.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}}).toJson());
        file.close();
        auto third =
            openRepository(m_path, &clock, QStringLiteral("alice"), offline, sw.connector(m_path));
        QCOMPARE(third->queuedCount(), 0);
        QCOMPARE(texts(*third->incident(id), TimelineEntry::Kind::Note)
                     .count(QStringLiteral("exactly once")),
                 1);
    }

    void startsOfflineWithTheLastKnownState()
    {
        ManualClock clock(T0);
        Switch sw;
        const QString offline = m_dir.filePath(QStringLiteral("offline-%1").arg(m_n));
        qint64 id = 0;
        {
            auto a = openRepository(m_path, &clock, QStringLiteral("alice"), offline,
                                    sw.connector(m_path));
            id = a->openIncident(QStringLiteral("Seen before"), IncidentSeverity::P2).incident.id;
        }
        sw.reachable = false;
        auto a =
            openRepository(m_path, &clock, QStringLiteral("alice"), offline, sw.connector(m_path));
        QVERIFY(a);
        QVERIFY(!a->isOnline());
        QVERIFY(a->connectionMessage().contains(QStringLiteral("connection refused")));
        QCOMPARE(a->incident(id)->title, QStringLiteral("Seen before"));
        QCOMPARE(a->addNote(id, QStringLiteral("while down")).status,
                 IncidentWriteResult::Status::Queued);
        sw.reachable = true;
        QVERIFY(a->reconnect());
        QCOMPARE(texts(*a->incident(id), TimelineEntry::Kind::Note),
                 QStringList{QStringLiteral("while down")});
    }

    // A server that does not answer makes a connection attempt wait its whole timeout: the
    // timed retry waits on a worker thread while the window goes on, and says what happened.
    void retryWaitsOffTheWindowsThread()
    {
        ManualClock clock(T0);
        std::atomic<bool> reachable{true};
        std::atomic<int> waiting{0};
        std::promise<void> answer;
        const std::shared_future<void> answered = answer.get_future().share();
        const QString path = m_path;
        auto a = openRepository(
            m_path, &clock, QStringLiteral("alice"),
            m_dir.filePath(QStringLiteral("offline-%1").arg(m_n)),
            [&reachable, &waiting, answered, path]() -> Result<std::unique_ptr<Database>> {
                if (reachable)
                    return Database::open(path);
                ++waiting;
                answered.wait(); // the server that does not answer
                return Error(QStringLiteral("cannot open database: timeout expired"));
            });
        QVERIFY(a);
        const Qt::HANDLE windowThread = QThread::currentThreadId();
        reachable = false;
        a->database()->sql().close();
        clock.advance(Second); // the poll notices
        QVERIFY(!a->isOnline());
        clock.advance(2 * Second); // the retry
        QTRY_COMPARE(waiting.load(), 1);
        QVERIFY(a->isReconnecting());
        bool windowRan = false;
        QTimer::singleShot(0, this, [&windowRan] { windowRan = true; });
        QTRY_VERIFY(windowRan); // events go on while the try waits
        QCOMPARE(QThread::currentThreadId(), windowThread);
        answer.set_value();
        QTRY_VERIFY(!a->isReconnecting());
        QVERIFY(!a->isOnline());
        QVERIFY2(a->connectionMessage().contains(QStringLiteral("timeout expired")),
                 qPrintable(a->connectionMessage()));
        // Answering again: the next retry connects.
        reachable = true;
        clock.advance(2 * Second);
        QTRY_VERIFY(a->isOnline());
    }

    void withoutAnOfflineFolderWritesFail()
    {
        ManualClock clock(T0);
        Switch sw;
        auto a = openRepository(m_path, &clock, QStringLiteral("alice"), {}, sw.connector(m_path));
        const qint64 id = a->openIncident(QStringLiteral("x"), IncidentSeverity::P4).incident.id;
        loseConnection(*a, sw);
        const IncidentWriteResult r = a->addNote(id, QStringLiteral("lost?"));
        QCOMPARE(r.status, IncidentWriteResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(r.message));
        QVERIFY(!a->isOnline());
    }

    void unknownIncidentAndBadInput()
    {
        ManualClock clock(T0);
        auto a = openRepository(m_path, &clock, QStringLiteral("alice"));
        QCOMPARE(a->addNote(99, QStringLiteral("x")).status, IncidentWriteResult::Status::Failed);
        QVERIFY(a->addNote(99, QStringLiteral("x")).message.contains(QStringLiteral("99")));
        QCOMPARE(a->openIncident(QStringLiteral("  "), IncidentSeverity::P1).status,
                 IncidentWriteResult::Status::Failed);
        QVERIFY(a->incidents().isEmpty());
    }

    void schemaIsMigratedOnce()
    {
        auto db = Database::open(m_path);
        QVERIFY(db);
        QCOMPARE(
            db.value()->migrate(IncidentRepository::module(), IncidentRepository::migrations()),
            std::nullopt);
        QCOMPARE(db.value()->schemaVersion(IncidentRepository::module()).value(), 1);
        ManualClock clock(T0);
        auto repo = IncidentRepository::open(std::move(db.value()), {}, &clock);
        QVERIFY(repo);
        QVERIFY(repo.value()->openIncident(QStringLiteral("ok"), IncidentSeverity::P4).ok());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "tst_incidentrepository.moc"
