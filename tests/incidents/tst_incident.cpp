#include "models/incidents/communicationchecklist.h"
#include "models/incidents/incident.h"
#include "models/incidents/incidentchange.h"

#include <QTest>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Minute = 60'000;

IncidentChange by(IncidentChange c, const QString &who, qint64 atMs)
{
    c.who = who;
    c.atMs = atMs;
    return c;
}

Incident opened(IncidentSeverity severity = IncidentSeverity::P2)
{
    auto r = by(IncidentChange::create(QStringLiteral("Checkout slow"), severity), "alice", T0)
                 .applyTo({});
    Incident inc = r.value().incident;
    inc.id = 7;
    return inc;
}

} // namespace

class TestIncident : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void severityTargets_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("response");
        QTest::addColumn<qint64>("resolution");
        QTest::addColumn<QString>("name");
        QTest::newRow("P1 critical: 5 min / 1 h")
            << "P1" << 5 * Minute << 60 * Minute << "Critical";
        QTest::newRow("P2 high: 15 min / 4 h") << "P2" << 15 * Minute << 240 * Minute << "High";
        QTest::newRow("P3 medium: 1 h / 24 h")
            << "P3" << 60 * Minute << 24 * 60 * Minute << "Medium";
        QTest::newRow("P4 low: 4 h / 72 h") << "p4" << 240 * Minute << 72 * 60 * Minute << "Low";
    }
    void severityTargets()
    {
        QFETCH(QString, key);
        const auto severity = IncidentSeverities::parse(key);
        QVERIFY(severity);
        const SeverityInfo info = IncidentSeverities::info(*severity);
        QCOMPARE(info.key, key.toUpper());
        QTEST(info.responseMs, "response");
        QTEST(info.resolutionMs, "resolution");
        QTEST(info.name, "name");
        QVERIFY(!info.impact.isEmpty());
        QVERIFY(!info.examples.isEmpty());
    }

    void severityParseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("P0") << "P0";
        QTest::newRow("P5") << "P5";
        QTest::newRow("empty") << "";
        QTest::newRow("P12") << "P12";
        QTest::newRow("word") << "critical";
    }
    void severityParseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!IncidentSeverities::parse(text));
    }

    void stages()
    {
        QCOMPARE(IncidentStages::all().size(), 6);
        QCOMPARE(IncidentStages::parse(u"Follow-up"), IncidentStage::FollowUp);
        QCOMPARE(IncidentStages::parse(u"followup"), IncidentStage::FollowUp);
        QCOMPARE(IncidentStages::parse(u"  RESPONSE "), IncidentStage::Response);
        QVERIFY(!IncidentStages::parse(u"triage"));
        QCOMPARE(IncidentStages::next(IncidentStage::Detection), IncidentStage::Assessment);
        QVERIFY(!IncidentStages::next(IncidentStage::Closed));
        QVERIFY(!IncidentStages::previous(IncidentStage::Detection));
        QCOMPARE(IncidentStages::previous(IncidentStage::Closed), IncidentStage::FollowUp);
        QVERIFY(IncidentStages::isActive(IncidentStage::Resolution));
        QVERIFY(!IncidentStages::isActive(IncidentStage::FollowUp));
        for (IncidentStage s : IncidentStages::all())
            QCOMPARE(IncidentStages::parse(IncidentStages::key(s)), s);
    }

    void communicationChecklist_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QStringList>("channels");
        QTest::newRow("P1: everything, phone and social media too")
            << "P1" << QStringList{"slack",       "stakeholder-email", "phone",
                                   "status-page", "customer-email",    "social-media"};
        QTest::newRow("P2: status page and customer e-mail")
            << "P2" << QStringList{"slack", "stakeholder-email", "status-page", "customer-email"};
        QTest::newRow("P3: internal only") << "P3" << QStringList{"slack", "stakeholder-email"};
        QTest::newRow("P4: internal only") << "P4" << QStringList{"slack", "stakeholder-email"};
    }
    void communicationChecklist()
    {
        QFETCH(QString, severity);
        QStringList keys;
        for (CommunicationChannel c :
             CommunicationChecklist::required(*IncidentSeverities::parse(severity)))
            keys << CommunicationChecklist::key(c);
        QTEST(keys, "channels");
        for (CommunicationChannel c : CommunicationChecklist::allChannels())
            QCOMPARE(CommunicationChecklist::parse(CommunicationChecklist::key(c)), c);
    }

    void createWritesTheTimeline()
    {
        const Incident inc = opened(IncidentSeverity::P1);
        QCOMPARE(inc.version, 1);
        QCOMPARE(inc.createdMs, T0);
        QCOMPARE(inc.createdBy, QStringLiteral("alice"));
        QCOMPARE(inc.timeline.size(), 1);
        QCOMPARE(inc.timeline.first().kind, TimelineEntry::Kind::Created);
        QCOMPARE(inc.timeline.first().who, QStringLiteral("alice"));
        QCOMPARE(inc.timeline.first().atMs, T0);
        QVERIFY(inc.timeline.first().text.contains(QStringLiteral("P1")));
    }

    void moveAcknowledgesResolvesAndReopens()
    {
        Incident inc = opened();
        auto r = by(IncidentChange::moveStage(inc.id, 1, IncidentStage::Assessment), "bob",
                    T0 + 3 * Minute)
                     .applyTo(inc);
        QVERIFY(r);
        QVERIFY(r.value().fieldsChanged);
        inc = r.value().incident;
        QCOMPARE(inc.stage, IncidentStage::Assessment);
        QCOMPARE(inc.acknowledgedMs, T0 + 3 * Minute);
        QCOMPARE(inc.acknowledgedBy, QStringLiteral("bob"));
        QCOMPARE(r.value().added.size(), 2); // the move and the acknowledgement
        QCOMPARE(r.value().added.at(0).kind, TimelineEntry::Kind::StageChange);
        QCOMPARE(r.value().added.at(0).data, QStringLiteral("detection>assessment"));
        QCOMPARE(r.value().added.at(1).kind, TimelineEntry::Kind::Acknowledgement);

        inc = by(IncidentChange::moveStage(inc.id, 2, IncidentStage::Resolution), "bob",
                 T0 + 30 * Minute)
                  .applyTo(inc)
                  .value()
                  .incident;
        QCOMPARE(inc.resolvedMs, T0 + 30 * Minute);
        QCOMPARE(inc.acknowledgedMs, T0 + 3 * Minute); // the first acknowledgement stays

        r = by(IncidentChange::moveStage(inc.id, 3, IncidentStage::Response), "carol",
               T0 + 40 * Minute)
                .applyTo(inc);
        inc = r.value().incident;
        QCOMPARE(inc.resolvedMs, 0);
        QVERIFY(r.value().added.first().text.contains(QStringLiteral("reopened")));

        inc = by(IncidentChange::moveStage(inc.id, 4, IncidentStage::Closed), "carol",
                 T0 + 50 * Minute)
                  .applyTo(inc)
                  .value()
                  .incident;
        QCOMPARE(inc.closedMs, T0 + 50 * Minute);
        QCOMPARE(inc.resolvedMs, T0 + 50 * Minute);
        QVERIFY(!inc.isOpen());
    }

    void sameStageChangesNothing()
    {
        const Incident inc = opened();
        auto r = by(IncidentChange::moveStage(inc.id, 1, IncidentStage::Detection), "bob", T0)
                     .applyTo(inc);
        QVERIFY(r);
        QVERIFY(!r.value().anythingChanged);
    }

    void severityChangeSaysEscalated()
    {
        const Incident inc = opened(IncidentSeverity::P3);
        auto r = by(IncidentChange::setSeverity(inc.id, 1, IncidentSeverity::P1), "bob", T0 + 1)
                     .applyTo(inc);
        QCOMPARE(r.value().incident.severity, IncidentSeverity::P1);
        QCOMPARE(r.value().added.first().kind, TimelineEntry::Kind::SeverityChange);
        QCOMPARE(r.value().added.first().data, QStringLiteral("P3>P1"));
        QVERIFY(r.value().added.first().text.startsWith(QStringLiteral("Escalated")));
    }

    void notesAndAppendsKeepTheVersion()
    {
        const Incident inc = opened();
        auto r =
            by(IncidentChange::addNote(inc.id, QStringLiteral("  looking at db  ")), "bob", T0 + 1)
                .applyTo(inc);
        QVERIFY(!r.value().fieldsChanged);
        QCOMPARE(r.value().added.first().text, QStringLiteral("looking at db"));
        QVERIFY(!IncidentChange::addNote(1, {}).isChecked());
        QVERIFY(IncidentChange::moveStage(1, 1, IncidentStage::Response).isChecked());
        auto empty =
            by(IncidentChange::addNote(inc.id, QStringLiteral("   ")), "bob", T0).applyTo(inc);
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("text")));
    }

    void alertsFireAndResolveOnce()
    {
        Incident inc = opened();
        Incident::LinkedAlert a;
        a.fingerprint = QStringLiteral("f1");
        a.alertname = QStringLiteral("DatabaseUnavailable");
        a.instance = QStringLiteral("db-1:5432");
        a.severity = QStringLiteral("critical");
        inc = by(IncidentChange::alertFired(inc.id, a), "watchkeeper", T0 + 1)
                  .applyTo(inc)
                  .value()
                  .incident;
        QCOMPARE(inc.alerts.size(), 1);
        QCOMPARE(inc.alerts.first().state, QStringLiteral("firing"));
        QVERIFY(!by(IncidentChange::alertFired(inc.id, a), "watchkeeper", T0 + 2)
                     .applyTo(inc)
                     .value()
                     .anythingChanged);
        auto resolved =
            by(IncidentChange::alertResolved(inc.id, a.fingerprint), "watchkeeper", T0 + 3)
                .applyTo(inc);
        QCOMPARE(resolved.value().incident.alerts.first().state, QStringLiteral("resolved"));
        QCOMPARE(resolved.value().incident.alerts.first().resolvedMs, T0 + 3);
        QCOMPARE(resolved.value().added.first().kind, TimelineEntry::Kind::AlertResolved);
        QVERIFY(!by(IncidentChange::alertResolved(inc.id, QStringLiteral("nope")), "w", T0)
                     .applyTo(inc));
    }

    void slaBreachRecordedOnce()
    {
        Incident inc = opened(IncidentSeverity::P1);
        const IncidentChange c =
            by(IncidentChange::recordSlaBreach(inc.id, QStringLiteral("response"), 5 * Minute),
               "watchkeeper", T0 + 5 * Minute);
        inc = c.applyTo(inc).value().incident;
        QVERIFY(inc.hasSlaBreachRecorded(QStringLiteral("response")));
        QVERIFY(!inc.hasSlaBreachRecorded(QStringLiteral("resolution")));
        QVERIFY(inc.timeline.last().text.contains(QStringLiteral("5 min")));
        QVERIFY(!c.applyTo(inc).value().anythingChanged);
    }

    void actionItemsAndTicks()
    {
        Incident inc = opened();
        inc = by(IncidentChange::addActionItem(inc.id, 1, QStringLiteral("Add a replica"),
                                               QStringLiteral("dave"), QDate(2023, 12, 1)),
                 "alice", T0 + 1)
                  .applyTo(inc)
                  .value()
                  .incident;
        QCOMPARE(inc.actionItems.size(), 1);
        QCOMPARE(inc.actionItems.first().id, 1);
        Incident::ActionItem item = inc.actionItems.first();
        item.done = true;
        auto r = by(IncidentChange::updateActionItem(inc.id, 2, item), "dave", T0 + 2).applyTo(inc);
        QVERIFY(r.value().incident.actionItems.first().done);
        QVERIFY(r.value().added.first().text.contains(QStringLiteral("done")));
        item.id = 9;
        QVERIFY(!by(IncidentChange::updateActionItem(inc.id, 2, item), "dave", T0).applyTo(inc));

        inc =
            by(IncidentChange::tickCommunication(inc.id, 2, CommunicationChannel::StatusPage, true),
               "erin", T0 + 5)
                .applyTo(inc)
                .value()
                .incident;
        QVERIFY(inc.isTicked(CommunicationChannel::StatusPage));
        QCOMPARE(inc.communication.first().who, QStringLiteral("erin"));
        inc = by(IncidentChange::tickCommunication(inc.id, 3, CommunicationChannel::StatusPage,
                                                   false),
                 "erin", T0 + 6)
                  .applyTo(inc)
                  .value()
                  .incident;
        QVERIFY(!inc.isTicked(CommunicationChannel::StatusPage));
    }

    void jsonRoundTrip()
    {
        Incident inc = opened(IncidentSeverity::P1);
        inc.commander = QStringLiteral("alice");
        inc.assignees = {QStringLiteral("bob"), QStringLiteral("carol")};
        inc.impact = QStringLiteral("No calls connected for 12 minutes");
        inc.acknowledgedMs = T0 + 1000;
        inc.acknowledgedBy = QStringLiteral("bob");
        inc.alerts.append({QStringLiteral("f"), QStringLiteral("SystemDown"),
                           QStringLiteral("api:3000"), QStringLiteral("critical"),
                           QStringLiteral("firing"), QStringLiteral("down"), T0, 0});
        inc.actionItems.append(
            {1, QStringLiteral("x"), QStringLiteral("y"), QDate(2024, 1, 2), false});
        inc.communication.append({CommunicationChannel::Phone, QStringLiteral("z"), T0 + 5});
        QCOMPARE(Incident::fromJson(inc.toJson()), inc);

        IncidentChange c = by(IncidentChange::setAssignees(7, 3, {QStringLiteral("a")}), "b", 9);
        c.uid = QStringLiteral("u-1");
        const auto back = IncidentChange::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().toJson(), c.toJson());
        QVERIFY(!IncidentChange::fromJson(QJsonObject{{QStringLiteral("kind"), "explode"}}));
    }

    void attachRules()
    {
        Incident inc = opened();
        inc.alerts.append({QStringLiteral("f1"),
                           QStringLiteral("A"),
                           QStringLiteral("db:1"),
                           QStringLiteral("critical"),
                           QStringLiteral("firing"),
                           {},
                           T0,
                           0});
        Incident::LinkedAlert sameInstance;
        sameInstance.fingerprint = QStringLiteral("f2");
        sameInstance.instance = QStringLiteral("db:1");
        Incident::LinkedAlert other;
        other.fingerprint = QStringLiteral("f3");
        other.instance = QStringLiteral("web:1");
        QVERIFY(inc.takesAlert(sameInstance));
        QVERIFY(!inc.takesAlert(other));
        inc.stage = IncidentStage::FollowUp;
        QVERIFY(!inc.takesAlert(sameInstance));
    }
};

QTEST_GUILESS_MAIN(TestIncident)
#include "tst_incident.moc"
