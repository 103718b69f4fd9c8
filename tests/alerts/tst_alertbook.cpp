#include "fakealertsource.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/alertrepository.h"
#include "models/alerts/localalertsource.h"
#include "models/alerts/localsilencestore.h"
#include "models/alerts/ruleevaluator.h"
#include "models/core/clock.h"
#include "models/promql/queryengine.h"
#include "models/storage/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <yaml-cpp/yaml.h>

using namespace Wk;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
// A Monday, 2024-03-25 12:00 UTC.
constexpr qint64 Monday = 1'711'368'000'000;

// Everything an AlertBook needs, in memory, on a ManualClock.
struct Bench
{
    explicit Bench(qint64 start = Monday, AlertRepository *repo = nullptr)
        : clock(start)
        , store(&clock, repo)
        , book(&clock, &source, &store, repo)
    {
        book.setOperatorName(QStringLiteral("alice"));
    }
    ManualClock clock;
    FakeAlertSource source;
    LocalSilenceStore store;
    AlertBook book;

    Result<QString> save(const Silence &s)
    {
        std::optional<Result<QString>> out;
        store.save(s, [&out](const Result<QString> &r) { out = r; });
        return *out; // the local store answers before save() returns
    }
    Silence silence(const QString &matchers, qint64 from, qint64 to,
                    const QString &comment = QStringLiteral("known issue, INC-1"))
    {
        Silence s;
        s.matchers = parseMatcherListOrDie(matchers);
        s.startsAtMs = from;
        s.endsAtMs = to;
        s.createdBy = QStringLiteral("alice");
        s.comment = comment;
        return s;
    }
    static LabelMatchers parseMatcherListOrDie(const QString &text)
    {
        LabelMatchers out;
        for (const QString &part : text.split(u';', Qt::SkipEmptyParts))
            out << LabelMatcher::parse(part);
        return out;
    }
};

// A query engine whose answer the test sets: a one-sample vector, or nothing.
class SwitchEngine final : public QueryEngine
{
public:
    bool firing = false;
    void instantQuery(const QString &, qint64 t, Callback done) override
    {
        QueryResult r;
        r.type = QueryResult::Type::Vector;
        if (firing)
            r.series.append(
                {Labels{{QStringLiteral("instance"), QStringLiteral("api:8080")}}, {{t, 1.0}}});
        done(r);
    }
    void rangeQuery(const QString &, qint64, qint64, qint64, Callback done) override
    {
        done(QueryResult::failure(Error(QStringLiteral("unused"))));
    }
    QString name() const override { return QStringLiteral("switch"); }
};

QList<int> stepsOf(const QSignalSpy &spy)
{
    QList<int> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(1).value<EscalationStep>().number;
    return out;
}

} // namespace

class TestAlertBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AlertStatus>();
        qRegisterMetaType<EscalationStep>();
        qRegisterMetaType<Acknowledgement::EndReason>();
    }

    void acknowledgeDefaultExpiry()
    {
        Bench b;
        const Alert a = b.source.fire(QStringLiteral("HighMemoryUsage"), QStringLiteral("api"),
                                      QStringLiteral("high"), b.clock.nowMs());
        QSignalSpy acked(&b.book, &AlertBook::acknowledged);
        QSignalSpy ended(&b.book, &AlertBook::unacknowledged);
        const Result<Acknowledgement> ack = b.book.acknowledge(a.id, QStringLiteral("on it"));
        QVERIFY(ack);
        QCOMPARE(ack.value().by, QStringLiteral("alice"));
        QCOMPARE(ack.value().note, QStringLiteral("on it"));
        QCOMPARE(ack.value().expiresAtMs - ack.value().atMs, 24 * Hour);
        QVERIFY(b.book.isAcknowledged(a.id));
        QCOMPARE(acked.count(), 1);
        QVERIFY(b.book.status(a.id)
                    ->ack->describe(b.clock.nowMs() + 12 * Minute)
                    .contains(QStringLiteral("alice 12 min ago: on it")));

        b.clock.advance(24 * Hour - 1);
        QVERIFY(b.book.isAcknowledged(a.id));
        b.clock.advance(1);
        QVERIFY(!b.book.isAcknowledged(a.id));
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(1).value<Acknowledgement::EndReason>(),
                 Acknowledgement::EndReason::Expired);
    }

    void acknowledgeCustomExpiry_data()
    {
        QTest::addColumn<qint64>("expiry");
        QTest::newRow("30 minutes") << 30 * Minute;
        QTest::newRow("4 hours") << 4 * Hour;
        QTest::newRow("3 days (longer than the default)") << 72 * Hour;
    }
    void acknowledgeCustomExpiry()
    {
        QFETCH(qint64, expiry);
        Bench b;
        const Alert a = b.source.fire(QStringLiteral("DiskSpaceWarning"), QStringLiteral("db"),
                                      QStringLiteral("medium"), b.clock.nowMs());
        QVERIFY(b.book.acknowledge(a.id, QStringLiteral("cleanup scheduled"), expiry));
        b.clock.advance(expiry - 1);
        QVERIFY(b.book.isAcknowledged(a.id));
        b.clock.advance(1);
        QVERIFY(!b.book.isAcknowledged(a.id));
    }

    void acknowledgementEndsWhenResolved()
    {
        Bench b;
        const Alert a = b.source.fire(QStringLiteral("DatabaseUnavailable"), QStringLiteral("api"),
                                      QStringLiteral("critical"), b.clock.nowMs());
        QVERIFY(b.book.acknowledge(a.id, QStringLiteral("restarting postgres")));
        QSignalSpy ended(&b.book, &AlertBook::unacknowledged);
        QSignalSpy resolved(&b.book, &AlertBook::alertResolved);
        b.clock.advance(10 * Minute);
        b.source.resolve(a.id, b.clock.nowMs());
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(1).value<Acknowledgement::EndReason>(),
                 Acknowledgement::EndReason::Resolved);
        QVERIFY(!b.book.isAcknowledged(a.id));
        // The next episode starts unacknowledged.
        b.clock.advance(Minute);
        b.source.fire(a.labels, b.clock.nowMs());
        QVERIFY(!b.book.isAcknowledged(a.id));
        QCOMPARE(b.book.status(a.id)->state, AlertStatus::State::Firing);
    }

    void acknowledgeRefusals()
    {
        Bench b;
        const Alert a = b.source.fire(QStringLiteral("X"), QStringLiteral("i"),
                                      QStringLiteral("low"), b.clock.nowMs());
        const auto unknown = b.book.acknowledge(42, QStringLiteral("n"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("no alert 000000000000002a")));
        QVERIFY(!b.book.acknowledge(a.id, QStringLiteral("n"), 0));
        QVERIFY(b.book.acknowledge(a.id, QStringLiteral("n")));
        const auto twice = b.book.acknowledge(a.id, QStringLiteral("again"));
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("already acknowledged by alice")));
        b.source.resolve(a.id, b.clock.nowMs());
        const auto resolved = b.book.acknowledge(a.id, QStringLiteral("late"));
        QVERIFY(!resolved);
        QVERIFY(resolved.error().message.contains(QStringLiteral("resolved")));
    }

    void unacknowledge()
    {
        Bench b;
        const Alert a = b.source.fire(QStringLiteral("X"), QStringLiteral("i"),
                                      QStringLiteral("high"), b.clock.nowMs());
        QVERIFY(b.book.unacknowledge(a.id).has_value()); // not acknowledged
        QVERIFY(b.book.acknowledge(a.id, QStringLiteral("mine")));
        QSignalSpy ended(&b.book, &AlertBook::unacknowledged);
        QVERIFY(!b.book.unacknowledge(a.id, QStringLiteral("handing over")));
        QVERIFY(!b.book.isAcknowledged(a.id));
        QCOMPARE(ended.first().at(1).value<Acknowledgement::EndReason>(),
                 Acknowledgement::EndReason::Unacknowledged);
        QVERIFY(b.book.acknowledge(a.id, QStringLiteral("mine again")));
    }

    void bulkAcknowledge()
    {
        Bench b;
        const Alert x = b.source.fire(QStringLiteral("A"), QStringLiteral("1"),
                                      QStringLiteral("high"), b.clock.nowMs());
        const Alert y = b.source.fire(QStringLiteral("B"), QStringLiteral("1"),
                                      QStringLiteral("high"), b.clock.nowMs());
        QVERIFY(b.book.acknowledge(y.id, QStringLiteral("first")));
        const AlertBook::BulkResult r =
            b.book.acknowledge(QList<quint64>{x.id, y.id, 7}, QStringLiteral("bulk"));
        QCOMPARE(r.acknowledged.size(), 1);
        QCOMPARE(r.acknowledged.first().fingerprint, x.id);
        QCOMPARE(r.failed.size(), 2);
        QVERIFY(b.book.isAcknowledged(x.id));
        QCOMPARE(b.book.acknowledgement(y.id)->note, QStringLiteral("first"));
    }

    void operatorDefaultsToOsUser()
    {
        qputenv("USER", "osuser");
        Bench b;
        b.book.setOperatorName(QString());
        QCOMPARE(b.book.operatorName(), QStringLiteral("osuser"));
        b.book.setOperatorName(QStringLiteral("  Night Shift "));
        QCOMPARE(b.book.operatorName(), QStringLiteral("Night Shift"));
    }

    void silenceSuppressesExactlyMatchingUntilItExpires()
    {
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        const Alert target = b.source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("a"),
                                           QStringLiteral("critical"), t0);
        const Alert otherInstance = b.source.fire(
            QStringLiteral("HighErrorRate"), QStringLiteral("b"), QStringLiteral("critical"), t0);
        const Alert otherName = b.source.fire(QStringLiteral("PerformanceDegradation"),
                                              QStringLiteral("a"), QStringLiteral("high"), t0);
        QSignalSpy suppression(&b.book, &AlertBook::suppressionChanged);
        const Result<QString> id = b.save(
            b.silence(QStringLiteral("alertname=HighErrorRate;instance=a"), t0, t0 + 2 * Hour));
        QVERIFY(id);
        QCOMPARE(b.book.status(target.id)->silencedBy, QStringList{id.value()});
        QVERIFY(b.book.status(target.id)->isSuppressed());
        QVERIFY(!b.book.status(otherInstance.id)->isSuppressed());
        QVERIFY(!b.book.status(otherName.id)->isSuppressed());
        QCOMPARE(suppression.count(), 1);
        QCOMPARE(b.book.matchingAlertCount(b.store.silences().first().matchers), 1);

        b.clock.advance(2 * Hour - 1);
        QVERIFY(b.book.status(target.id)->isSilenced());
        b.clock.advance(1); // the clock alone ends it
        QVERIFY(!b.book.status(target.id)->isSilenced());
        QCOMPARE(suppression.count(), 2);
        QCOMPARE(b.store.silences().first().stateAt(b.clock.nowMs()), Silence::State::Expired);
    }

    void silenceWithoutCommentIsRefused()
    {
        Bench b;
        const Alert a = b.source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("a"),
                                      QStringLiteral("critical"), b.clock.nowMs());
        Silence s = *b.book.silenceFromAlert(a.id, 2 * Hour);
        QCOMPARE(s.createdBy, QStringLiteral("alice"));
        const Result<QString> refused = b.save(s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("needs a comment")),
                 qPrintable(refused.error().message));
        QVERIFY(b.store.silences().isEmpty());
        QVERIFY(!b.book.status(a.id)->isSuppressed());
        s.comment = QStringLiteral("known, fix deploying");
        QVERIFY(b.save(s));
        QVERIFY(b.book.status(a.id)->isSilenced());
    }

    void pendingSilenceStartsOnTheClock()
    {
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        const Alert a =
            b.source.fire(QStringLiteral("X"), QStringLiteral("i"), QStringLiteral("high"), t0);
        QVERIFY(b.save(b.silence(QStringLiteral("alertname=X"), t0 + Hour, t0 + 3 * Hour)));
        QCOMPARE(b.store.silences().first().stateAt(t0), Silence::State::Pending);
        QVERIFY(!b.book.status(a.id)->isSilenced());
        b.clock.advance(Hour);
        QVERIFY(b.book.status(a.id)->isSilenced());
    }

    void editSilence_data()
    {
        QTest::addColumn<int>("minutesIn"); // when the edit happens, from creation
        QTest::addColumn<bool>("changeMatchers");
        QTest::addColumn<qint64>("newEndOffset"); // from the original start
        QTest::addColumn<bool>("sameId");
        QTest::addColumn<int>("silences"); // how many the store holds afterwards
        QTest::newRow("active, longer end: updated in place")
            << 10 << false << 3 * Hour << true << 1;
        QTest::newRow("active, new matchers: expired and replaced")
            << 10 << true << 2 * Hour << false << 2;
        QTest::newRow("pending, later end: updated in place")
            << -1 << false << 3 * Hour << true << 1;
        QTest::newRow("pending, new matchers: expired and replaced")
            << -1 << true << 2 * Hour << false << 2;
        QTest::newRow("expired: a new silence") << 200 << false << 5 * Hour << false << 2;
    }
    void editSilence()
    {
        QFETCH(int, minutesIn);
        QFETCH(bool, changeMatchers);
        QFETCH(qint64, newEndOffset);
        QFETCH(bool, sameId);
        QFETCH(int, silences);
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        const qint64 start = minutesIn < 0 ? t0 + Hour : t0;
        const QString id =
            b.save(b.silence(QStringLiteral("alertname=X"), start, start + 2 * Hour)).value();
        if (minutesIn > 0)
            b.clock.advance(minutesIn * Minute);
        Silence edit = *b.store.silence(id);
        if (changeMatchers)
            edit.matchers << LabelMatcher::parse(QStringLiteral("instance=i"));
        edit.endsAtMs = start + newEndOffset;
        edit.comment = QStringLiteral("edited: still deploying");
        edit.createdBy = QStringLiteral("bob");
        const Result<QString> r = b.save(edit);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value() == id, sameId);
        QCOMPARE(int(b.store.silences().size()), silences);
        const Silence now = *b.store.silence(r.value());
        QCOMPARE(now.comment, QStringLiteral("edited: still deploying"));
        QCOMPARE(now.createdBy, QStringLiteral("bob"));
        if (!sameId && minutesIn < 200) {
            // The replaced silence ended at the edit.
            QCOMPARE(b.store.silence(id)->endsAtMs, b.clock.nowMs());
            QCOMPARE(b.store.silence(id)->stateAt(b.clock.nowMs()), Silence::State::Expired);
        }
    }

    void expireEarly()
    {
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        const Alert a =
            b.source.fire(QStringLiteral("X"), QStringLiteral("i"), QStringLiteral("high"), t0);
        const QString id =
            b.save(b.silence(QStringLiteral("alertname=X"), t0, t0 + 4 * Hour)).value();
        QVERIFY(b.book.status(a.id)->isSilenced());
        b.clock.advance(Minute);
        std::optional<Error> result = Error(QStringLiteral("not called"));
        b.store.expire(id, QStringLiteral("alice"), QStringLiteral("fixed"),
                       [&result](const std::optional<Error> &e) { result = e; });
        QVERIFY(!result);
        QVERIFY(!b.book.status(a.id)->isSilenced());
        QCOMPARE(b.store.silence(id)->endsAtMs, t0 + Minute);
        // Expiring it again is fine (Alertmanager answers 200); an unknown id is not.
        b.store.expire(id, QStringLiteral("alice"), {},
                       [&result](const std::optional<Error> &e) { result = e; });
        QVERIFY(!result);
        b.store.expire(QStringLiteral("no-such-id"), QStringLiteral("alice"), {},
                       [&result](const std::optional<Error> &e) { result = e; });
        QVERIFY(result);
        QVERIFY(result->message.contains(QStringLiteral("no-such-id")));
    }

    void ackSilenceIsAnAcknowledgement()
    {
        // An "ACK!" silence (karma's convention, or amtool) acknowledges rather than silences.
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        const Alert a =
            b.source.fire(QStringLiteral("X"), QStringLiteral("i"), QStringLiteral("critical"), t0);
        Silence s = b.silence(QStringLiteral("alertname=X"), t0, t0 + 15 * Minute,
                              QStringLiteral("ACK! looking at it"));
        s.createdBy = QStringLiteral("carol");
        const QString id = b.save(s).value();
        const AlertStatus st = *b.book.status(a.id);
        QVERIFY(st.isAcknowledged());
        QVERIFY(!st.isSilenced());
        QCOMPARE(st.ack->by, QStringLiteral("carol"));
        QCOMPARE(st.ack->note, QStringLiteral("looking at it"));
        QCOMPARE(st.ack->silenceId, id);
        // Un-acknowledging it expires the silence.
        QVERIFY(!b.book.unacknowledge(a.id, QStringLiteral("mine now")));
        QVERIFY(!b.book.isAcknowledged(a.id));
        QCOMPARE(b.store.silence(id)->stateAt(b.clock.nowMs()), Silence::State::Expired);
    }

    void weeklyMaintenanceSuppressesHighNotCritical()
    {
        // Monday 12:00 UTC; the window is Tuesdays 02:00-05:00 Europe/Berlin (01:00-04:00 UTC).
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        const Alert high = b.source.fire(QStringLiteral("PerformanceDegradation"),
                                         QStringLiteral("api"), QStringLiteral("high"), t0);
        const Alert critical = b.source.fire(QStringLiteral("SystemDown"), QStringLiteral("db"),
                                             QStringLiteral("critical"), t0);
        QVERIFY(b.book.acknowledge(critical.id, QStringLiteral("avoid escalation noise")));
        MaintenanceWindow w;
        w.name = QStringLiteral("Tuesday patching");
        w.kind = MaintenanceWindow::Kind::Weekly;
        w.setWeekday(Qt::Tuesday);
        w.startTime = QTime(2, 0);
        w.durationMs = 3 * Hour;
        w.timeZone = "Europe/Berlin";
        w.comment = QStringLiteral("kernel updates, CHG-12");
        const Result<MaintenanceWindow> added = b.book.addMaintenanceWindow(w);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added.value().createdBy, QStringLiteral("alice"));
        QVERIFY(!b.book.status(high.id)->isInMaintenance());

        b.clock.advance(13 * Hour); // Tuesday 01:00 UTC = 02:00 CET
        QVERIFY(b.book.status(high.id)->isInMaintenance());
        QCOMPARE(b.book.status(high.id)->maintenanceNames,
                 QStringList{QStringLiteral("Tuesday patching")});
        QVERIFY(!b.book.status(critical.id)->isInMaintenance());
        QVERIFY(!b.book.status(critical.id)->isSuppressed());

        b.clock.advance(3 * Hour);
        QVERIFY(!b.book.status(high.id)->isInMaintenance());
        // A week later it is back.
        b.clock.advance(7 * 24 * Hour - 3 * Hour + Minute);
        QVERIFY(b.book.status(high.id)->isInMaintenance());

        QVERIFY(!b.book.removeMaintenanceWindow(added.value().id, QStringLiteral("done")));
        QVERIFY(!b.book.status(high.id)->isInMaintenance());
        QVERIFY(b.book.maintenanceWindows().isEmpty());
    }

    void maintenanceRefusesInvalidWindows()
    {
        Bench b;
        MaintenanceWindow w;
        w.name = QStringLiteral("bad");
        w.kind = MaintenanceWindow::Kind::OneOff;
        w.startsAtMs = b.clock.nowMs();
        w.endsAtMs = w.startsAtMs + Hour; // 1 h: only a warning
        const Result<MaintenanceWindow> noComment = b.book.addMaintenanceWindow(w);
        QVERIFY(!noComment);
        QVERIFY(noComment.error().message.contains(QStringLiteral("comment")));
        w.comment = QStringLiteral("quick restart");
        const Result<MaintenanceWindow> ok = b.book.addMaintenanceWindow(w);
        QVERIFY(ok);
        QCOMPARE(ok.value().validate().warnings.size(), 1);
        MaintenanceWindow edit = ok.value();
        edit.endsAtMs = edit.startsAtMs + 3 * Hour;
        QVERIFY(!b.book.updateMaintenanceWindow(edit));
        QCOMPARE(b.book.maintenanceWindow(edit.id)->endsAtMs, edit.endsAtMs);
        QVERIFY(b.book.updateMaintenanceWindow(MaintenanceWindow{}).has_value());
    }

    void inhibitionWithEqualLabels()
    {
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        const Alert sameInstance =
            b.source.fire(QStringLiteral("PerformanceDegradation"), QStringLiteral("api:8080"),
                          QStringLiteral("high"), t0);
        const Alert otherInstance =
            b.source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("api:9090"),
                          QStringLiteral("critical"), t0);
        // A pending cause inhibits nothing (Alertmanager never hears of pending alerts).
        const Alert down = b.source.fire(FakeAlertSource::labels(QStringLiteral("SystemDown"),
                                                                 QStringLiteral("api:8080"),
                                                                 QStringLiteral("critical")),
                                         t0, true);
        QVERIFY(!b.book.status(sameInstance.id)->isInhibited());
        b.source.promote(down.id, t0 + Minute);
        const AlertStatus inhibited = *b.book.status(sameInstance.id);
        QCOMPARE(inhibited.inhibitedBy, QList<quint64>{down.id});
        QCOMPARE(inhibited.inhibitedByNames, QStringList{QStringLiteral("SystemDown")});
        QVERIFY(inhibited.suppressionText().contains(QStringLiteral("inhibited by SystemDown")));
        QVERIFY(!b.book.status(otherInstance.id)->isInhibited());
        QVERIFY(!b.book.status(down.id)->isInhibited());

        b.source.resolve(down.id, t0 + 2 * Minute);
        QVERIFY(!b.book.status(sameInstance.id)->isInhibited());

        // Workspace rules replace the default.
        InhibitRule byJob;
        byJob.sourceMatchers << LabelMatcher::parse(QStringLiteral("alertname=HighErrorRate"));
        byJob.targetMatchers << LabelMatcher::parse(QStringLiteral("severity=high"));
        b.book.setInhibitRules({byJob});
        QCOMPARE(b.book.status(sameInstance.id)->inhibitedBy, QList<quint64>{otherInstance.id});
    }

    void escalation_data()
    {
        QTest::addColumn<int>("ackAtMinute"); // -1: never
        QTest::addColumn<QList<int>>("steps");
        QTest::newRow("unacknowledged: 5, 15 and 30 minutes") << -1 << QList<int>{1, 2, 3};
        QTest::newRow("acknowledged at 2 min: none") << 2 << QList<int>{};
        QTest::newRow("acknowledged at 10 min: only the first") << 10 << QList<int>{1};
        QTest::newRow("acknowledged at 20 min: two") << 20 << QList<int>{1, 2};
        QTest::newRow("acknowledged exactly at 15 min: two") << 15 << QList<int>{1, 2};
    }
    void escalation()
    {
        QFETCH(int, ackAtMinute);
        QFETCH(QList<int>, steps);
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        QSignalSpy escalated(&b.book, &AlertBook::escalated);
        const Alert a = b.source.fire(QStringLiteral("DatabaseUnavailable"), QStringLiteral("api"),
                                      QStringLiteral("critical"), t0);
        for (int minute = 1; minute <= 60; ++minute) {
            b.clock.advance(Minute);
            if (minute == ackAtMinute)
                QVERIFY(b.book.acknowledge(a.id, QStringLiteral("on it")));
        }
        QCOMPARE(stepsOf(escalated), steps);
        const AlertStatus s = *b.book.status(a.id);
        QCOMPARE(int(s.escalations.size()), int(steps.size()));
        const qint64 afterMinutes[] = {5, 15, 30};
        for (int i = 0; i < int(s.escalations.size()); ++i) {
            QCOMPARE(s.escalations.at(i).step, i + 1);
            QCOMPARE(s.escalations.at(i).atMs, t0 + afterMinutes[i] * Minute);
        }
        if (!steps.isEmpty()) {
            const EscalationStep first = escalated.first().at(1).value<EscalationStep>();
            QCOMPARE(first.channels,
                     (QStringList{QStringLiteral("pagerduty"), QStringLiteral("sms")}));
            QCOMPARE(first.target, QStringLiteral("on-call engineer"));
        }
    }

    void escalationOnlyForUnsuppressedCritical()
    {
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        QSignalSpy escalated(&b.book, &AlertBook::escalated);
        b.source.fire(QStringLiteral("HighMemoryUsage"), QStringLiteral("api"),
                      QStringLiteral("high"), t0);
        const Alert silenced = b.source.fire(QStringLiteral("SystemDown"), QStringLiteral("db"),
                                             QStringLiteral("critical"), t0);
        QVERIFY(b.save(b.silence(QStringLiteral("alertname=SystemDown"), t0, t0 + 20 * Minute)));
        b.clock.advance(10 * Minute);
        QCOMPARE(escalated.count(), 0);
        // The silence ends at 20 min: the step due then (step 2 at 15 min) is taken at once.
        b.clock.advance(10 * Minute);
        QCOMPARE(stepsOf(escalated), QList<int>{2});
        QCOMPARE(b.book.status(silenced.id)->escalations.first().atMs, t0 + 20 * Minute);
        b.clock.advance(10 * Minute);
        QCOMPARE(stepsOf(escalated), (QList<int>{2, 3}));
    }

    void escalationPolicyFromWorkspace()
    {
        const YAML::Node node = YAML::Load("escalation:\n"
                                           "  matchers: ['severity=~\"critical|high\"']\n"
                                           "  steps:\n"
                                           "    - after: 20m\n"
                                           "      channels: [phone]\n"
                                           "    - after: 2m\n"
                                           "      channels: [pagerduty]\n"
                                           "      target: primary\n")["escalation"];
        const Result<EscalationPolicy> p = EscalationPolicy::parse(node, QStringLiteral("ws.yml"));
        QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
        QCOMPARE(p.value().steps.size(), 2);
        QCOMPARE(p.value().steps.first().number, 1);
        QCOMPARE(p.value().steps.first().afterMs, 2 * Minute);
        QCOMPARE(p.value().steps.first().target, QStringLiteral("primary"));
        QCOMPARE(p.value().steps.last().channels, QStringList{QStringLiteral("phone")});

        Bench b;
        b.book.setEscalationPolicy(p.value());
        QSignalSpy escalated(&b.book, &AlertBook::escalated);
        b.source.fire(QStringLiteral("HighMemoryUsage"), QStringLiteral("a"),
                      QStringLiteral("high"), b.clock.nowMs());
        b.clock.advance(30 * Minute);
        QCOMPARE(stepsOf(escalated), (QList<int>{1, 2}));

        const Result<EscalationPolicy> bad = EscalationPolicy::parse(
            YAML::Load("steps:\n  - after: soon\n    channels: [x]\n"), QStringLiteral("ws.yml"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().toString().startsWith(QStringLiteral("ws.yml:2:")),
                 qPrintable(bad.error().toString()));
        QCOMPARE(EscalationPolicy::parse(YAML::Node()).value().steps.size(), 3); // the guide's
        const Result<EscalationPolicy> fromWorkspace = EscalationPolicy::parseYaml(
            "title: x\nescalation:\n  steps:\n    - after: 1m\n      channels: [a]\n");
        QCOMPARE(fromWorkspace.value().steps.size(), 1);
        QCOMPARE(EscalationPolicy::parseYaml("title: x\n").value().steps.size(), 3);
    }

    void attentionCount()
    {
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        QSignalSpy attention(&b.book, &AlertBook::attentionChanged);
        const Alert c = b.source.fire(QStringLiteral("SystemDown"), QStringLiteral("a"),
                                      QStringLiteral("critical"), t0);
        b.source.fire(QStringLiteral("DiskSpaceWarning"), QStringLiteral("a"),
                      QStringLiteral("medium"), t0);
        b.source.fire(FakeAlertSource::labels(QStringLiteral("HighMemoryUsage"),
                                              QStringLiteral("a"), QStringLiteral("high")),
                      t0, true); // pending does not count
        QCOMPARE(b.book.attentionCount(), 2);
        QCOMPARE(b.book.worstAttentionSeverity(), QStringLiteral("critical"));
        QVERIFY(b.book.acknowledge(c.id, QStringLiteral("x")));
        QCOMPARE(b.book.attentionCount(), 1);
        QCOMPARE(b.book.worstAttentionSeverity(), QStringLiteral("medium"));
        QCOMPARE(attention.last().at(0).toInt(), 1);
        QCOMPARE(attention.last().at(1).toString(), QStringLiteral("medium"));
    }

    void signalsForNotifiers()
    {
        Bench b;
        const qint64 t0 = b.clock.nowMs();
        QSignalSpy firing(&b.book, &AlertBook::alertFiring);
        QSignalSpy added(&b.book, &AlertBook::statusAdded);
        QSignalSpy removed(&b.book, &AlertBook::statusRemoved);
        const Alert p =
            b.source.fire(FakeAlertSource::labels(QStringLiteral("X"), QStringLiteral("a"),
                                                  QStringLiteral("high")),
                          t0, true);
        QCOMPARE(added.count(), 1);
        QCOMPARE(firing.count(), 0);
        b.source.promote(p.id, t0 + 5 * Minute);
        QCOMPARE(firing.count(), 1);
        QCOMPARE(firing.first().first().value<AlertStatus>().state, AlertStatus::State::Firing);
        b.source.remove(p.id);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!b.book.status(p.id));
    }

    void localEvaluatorDrivesTheBook()
    {
        ManualClock clock(Monday);
        SwitchEngine engine;
        RuleEvaluator evaluator(&clock, &engine, nullptr);
        RuleEvaluator::Options options;
        options.logFailures = false;
        evaluator.setOptions(options);
        Rule rule;
        rule.name = QStringLiteral("DatabaseUnavailable");
        rule.expr = QStringLiteral("up == 0");
        rule.forMs = 2 * Minute;
        rule.labels.insert(QStringLiteral("severity"), QStringLiteral("critical"));
        RuleGroup group;
        group.name = QStringLiteral("g");
        group.intervalMs = Minute;
        group.rules << rule;
        evaluator.setRules({group});
        LocalAlertSource source(&evaluator);
        LocalSilenceStore store(&clock, nullptr);
        AlertBook book(&clock, &source, &store, nullptr);
        evaluator.start();

        engine.firing = true;
        clock.advance(Minute);
        QCOMPARE(book.count(), 1);
        const AlertStatus pending = book.statuses().first();
        QCOMPARE(pending.state, AlertStatus::State::Pending);
        QVERIFY(book.acknowledge(pending.id(), QStringLiteral("early")));
        clock.advance(2 * Minute);
        QCOMPARE(book.statuses().first().state, AlertStatus::State::Firing);
        QVERIFY(book.isAcknowledged(pending.id()));
        engine.firing = false;
        clock.advance(Minute);
        QCOMPARE(book.statuses().first().state, AlertStatus::State::Resolved);
        QVERIFY(!book.isAcknowledged(pending.id()));
        clock.advance(20 * Minute); // resolved alerts leave after 15 minutes
        QCOMPARE(book.count(), 0);
    }

    void persistsAndAudits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.db"));
        const qint64 t0 = Monday;
        quint64 alertId = 0;
        QString silenceId;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            auto repo = AlertRepository::open(db.value().get());
            QVERIFY(repo);
            Bench b(t0, repo.value().get());
            const Alert a = b.source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("a"),
                                          QStringLiteral("critical"), t0);
            alertId = a.id;
            QVERIFY(b.book.acknowledge(a.id, QStringLiteral("looking"), 4 * Hour));
            silenceId =
                b.save(b.silence(QStringLiteral("alertname=HighErrorRate"), t0, t0 + 2 * Hour))
                    .value();
            MaintenanceWindow w;
            w.name = QStringLiteral("nightly");
            w.startsAtMs = t0 + Hour;
            w.endsAtMs = t0 + 3 * Hour;
            w.comment = QStringLiteral("db upgrade");
            QVERIFY(b.book.addMaintenanceWindow(w));
            b.clock.advance(Minute);
            QVERIFY(!b.book.unacknowledge(a.id, QStringLiteral("wrong alert")));
            QVERIFY(b.book.acknowledge(a.id, QStringLiteral("right alert"), 4 * Hour));
        }
        // A new process: the same alert comes back from the evaluator.
        auto db = Database::open(path);
        auto repo = AlertRepository::open(db.value().get());
        Bench b(t0 + 2 * Minute, repo.value().get());
        QCOMPARE(b.store.silences().size(), 1);
        QCOMPARE(b.store.silences().first().id, silenceId);
        QCOMPARE(b.book.maintenanceWindows().size(), 1);
        b.source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("a"),
                      QStringLiteral("critical"), t0);
        const AlertStatus s = *b.book.status(alertId);
        QVERIFY(s.isAcknowledged());
        QCOMPARE(s.ack->note, QStringLiteral("right alert"));
        QVERIFY(s.isSilenced());

        const auto audit = repo.value()->auditEntries();
        QVERIFY(audit);
        QStringList actions;
        for (const AuditEntry &e : audit.value())
            actions << e.action;
        QCOMPARE(actions, (QStringList{AuditEntry::Acknowledge, AuditEntry::SilenceCreate,
                                       AuditEntry::MaintenanceAdd, AuditEntry::Unacknowledge,
                                       AuditEntry::Acknowledge}));
        const AuditEntry unack = audit.value().at(3);
        QCOMPARE(unack.actor, QStringLiteral("alice"));
        QCOMPARE(unack.reason, QStringLiteral("wrong alert"));
        QCOMPARE(unack.target, Alert::fingerprintToString(alertId));
        QCOMPARE(unack.atMs, t0 + Minute);
        QCOMPARE(audit.value().at(1).reason, QStringLiteral("known issue, INC-1"));
        QVERIFY(
            audit.value().at(1).details.contains(QStringLiteral("alertname=\"HighErrorRate\"")));
    }

    // Steps taken before a restart count after it: the same firing episode does not page the
    // step-2 people again, and step 3 still comes at 30 minutes. A new episode starts over.
    void escalationStepsSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.db"));
        const qint64 t0 = Monday;
        quint64 alertId = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            auto repo = AlertRepository::open(db.value().get());
            QVERIFY(repo);
            Bench b(t0, repo.value().get());
            QSignalSpy escalated(&b.book, &AlertBook::escalated);
            alertId = b.source
                          .fire(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db"),
                                QStringLiteral("critical"), t0)
                          .id;
            for (int minute = 1; minute <= 16; ++minute)
                b.clock.advance(Minute);
            QCOMPARE(stepsOf(escalated), (QList<int>{1, 2}));
        }
        // A new process at 20 minutes: the evaluator brings the same episode back.
        auto db = Database::open(path);
        auto repo = AlertRepository::open(db.value().get());
        QVERIFY(repo);
        Bench b(t0 + 20 * Minute, repo.value().get());
        QSignalSpy escalated(&b.book, &AlertBook::escalated);
        b.source.fire(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db"),
                      QStringLiteral("critical"), t0);
        const AlertStatus restored = *b.book.status(alertId);
        QCOMPARE(restored.escalations.size(), 2);
        QCOMPARE(restored.escalations.at(0).step, 1);
        QCOMPARE(restored.escalations.at(0).atMs, t0 + 5 * Minute);
        QCOMPARE(restored.escalations.at(1).step, 2);
        QCOMPARE(restored.escalations.at(1).atMs, t0 + 15 * Minute);
        QVERIFY(!restored.escalations.at(1).channels.isEmpty()); // from the policy
        b.clock.advance(Minute);
        QCOMPARE(escalated.count(), 0);
        b.clock.advance(9 * Minute); // 30 minutes
        QCOMPARE(stepsOf(escalated), QList<int>{3});
        // Resolved and firing again later: a new episode escalates from step 1.
        b.source.resolve(alertId, t0 + 40 * Minute);
        b.clock.advance(10 * Minute);
        b.source.fire(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db"),
                      QStringLiteral("critical"), b.clock.nowMs());
        QVERIFY(b.book.status(alertId)->escalations.isEmpty());
        b.clock.advance(5 * Minute);
        QCOMPARE(stepsOf(escalated), (QList<int>{3, 1}));
    }

    void seesChangesOfAnotherProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        auto db1 = Database::open(path);
        auto db2 = Database::open(path);
        auto repo1 = AlertRepository::open(db1.value().get());
        auto repo2 = AlertRepository::open(db2.value().get());
        Bench desk(Monday, repo1.value().get());
        Bench cli(Monday, repo2.value().get());
        const Alert a = desk.source.fire(QStringLiteral("X"), QStringLiteral("i"),
                                         QStringLiteral("critical"), Monday);
        cli.source.set(a);
        QSignalSpy acked(&desk.book, &AlertBook::acknowledged);
        QVERIFY(cli.book.acknowledge(a.id, QStringLiteral("from the command line")));
        QVERIFY(cli.save(cli.silence(QStringLiteral("alertname=Y"), Monday, Monday + Hour)));
        QVERIFY(!desk.book.isAcknowledged(a.id));
        desk.clock.advance(desk.book.options().reloadIntervalMs);
        QVERIFY(desk.book.isAcknowledged(a.id));
        QCOMPARE(acked.count(), 1);
        QCOMPARE(desk.store.silences().size(), 1);
    }

    void recordsHistory()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("h.db")));
        auto repo = AlertRepository::open(db.value().get());
        Bench b(Monday, repo.value().get());
        const Alert p =
            b.source.fire(FakeAlertSource::labels(QStringLiteral("DatabaseUnavailable"),
                                                  QStringLiteral("a"), QStringLiteral("critical")),
                          Monday, true);
        b.clock.advance(Minute);
        b.source.promote(p.id, b.clock.nowMs());
        b.clock.advance(5 * Minute); // escalation step 1
        const auto active = repo.value()->lastRecordedActive();
        QVERIFY(active);
        QCOMPARE(active.value().size(), 1);
        QCOMPARE(active.value().first().event, AlertHistoryEntry::Firing);
        QCOMPARE(active.value().first().labels, p.labels);
        b.source.resolve(p.id, b.clock.nowMs());
        QVERIFY(repo.value()->lastRecordedActive().value().isEmpty());
        const auto history = repo.value()->history(p.id);
        QStringList events;
        for (const AlertHistoryEntry &e : history.value())
            events.prepend(e.event);
        QCOMPARE(events, (QStringList{QStringLiteral("pending"), QStringLiteral("firing"),
                                      QStringLiteral("escalated"), QStringLiteral("resolved")}));
    }
};

QTEST_GUILESS_MAIN(TestAlertBook)
#include "tst_alertbook.moc"
