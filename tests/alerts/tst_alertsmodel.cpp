#include "fakealertsource.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/alertsmodel.h"
#include "models/alerts/localsilencestore.h"
#include "models/alerts/maintenancemodel.h"
#include "models/alerts/silencesmodel.h"
#include "models/core/clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Wk;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 T0 = 1'711'368'000'000; // Monday 2024-03-25 12:00 UTC

struct Bench
{
    Bench()
        : clock(T0)
        , store(&clock, nullptr)
        , book(&clock, &source, &store, nullptr)
    {
        book.setOperatorName(QStringLiteral("alice"));
    }
    ManualClock clock;
    FakeAlertSource source;
    LocalSilenceStore store;
    AlertBook book;

    QString silence(const QString &matcher, qint64 from, qint64 to, const QString &comment)
    {
        Silence s;
        s.matchers << LabelMatcher::parse(matcher);
        s.startsAtMs = from;
        s.endsAtMs = to;
        s.createdBy = QStringLiteral("alice");
        s.comment = comment;
        QString id;
        store.save(s, [&id](const Result<QString> &r) { id = r ? r.value() : QString(); });
        return id;
    }
};

QStringList column(const QAbstractItemModel &m, int col, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.data(m.index(r, col, parent)).toString();
    return out;
}

} // namespace

class TestAlertsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<AlertStatus>(); }

    void flatOrderAndRoles()
    {
        Bench b;
        AlertsModel model(&b.book);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        b.source.fire(QStringLiteral("DiskSpaceWarning"), QStringLiteral("db"),
                      QStringLiteral("medium"), T0);
        const Alert down = b.source.fire(QStringLiteral("SystemDown"), QStringLiteral("api"),
                                         QStringLiteral("critical"), T0);
        b.source.fire(QStringLiteral("HighMemoryUsage"), QStringLiteral("api"),
                      QStringLiteral("high"), T0);
        b.source.fire(FakeAlertSource::labels(QStringLiteral("HighErrorRate"),
                                              QStringLiteral("api"), QStringLiteral("critical")),
                      T0, true);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.alertCount(), 4);
        // Worst severity first; firing before pending.
        QCOMPARE(
            column(model, AlertsModel::AlertColumn),
            (QStringList{QStringLiteral("SystemDown"), QStringLiteral("HighErrorRate"),
                         QStringLiteral("HighMemoryUsage"), QStringLiteral("DiskSpaceWarning")}));
        const QModelIndex i = model.indexOf(down.id);
        QCOMPARE(i.row(), 0);
        QCOMPARE(model.alertId(i), down.id);
        QCOMPARE(model.data(i, AlertsModel::SeverityRole).toString(), QStringLiteral("critical"));
        QCOMPARE(model.data(i, AlertsModel::StateRole).toString(), QStringLiteral("firing"));
        QCOMPARE(model.data(i, AlertsModel::SummaryRole).toString(),
                 QStringLiteral("SystemDown summary"));
        QCOMPARE(model.data(i, AlertsModel::FingerprintRole).toString(),
                 Alert::fingerprintToString(down.id));
        QCOMPARE(model.data(i, AlertsModel::StatusRole).value<AlertStatus>().id(), down.id);
        QVERIFY(model.data(i, AlertsModel::NeedsAttentionRole).toBool());
        b.clock.advance(3 * Minute);
        QCOMPARE(model.data(model.index(0, AlertsModel::SinceColumn)).toString(),
                 QStringLiteral("3 min"));
        QCOMPARE(model.headerData(AlertsModel::SummaryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Summary"));
        QVERIFY(model.roleNames().values().contains("ackBy"));
        QCOMPARE(model.data(i, AlertsModel::ExpressionRole).toString(), QString());
        model.setExpressionLookup([](const Alert &a) {
            return a.alertName() == u"SystemDown" ? QStringLiteral("up == 0") : QString();
        });
        QCOMPARE(model.data(i, AlertsModel::ExpressionRole).toString(), QStringLiteral("up == 0"));
    }

    void narrowDataChangedOnAck()
    {
        Bench b;
        AlertsModel model(&b.book);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        b.source.fire(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("critical"), T0);
        const Alert x =
            b.source.fire(QStringLiteral("B"), QStringLiteral("1"), QStringLiteral("high"), T0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(b.book.acknowledge(x.id, QStringLiteral("on it")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex tl = changed.first().at(0).toModelIndex();
        const QModelIndex br = changed.first().at(1).toModelIndex();
        QCOMPARE(tl.row(), 1);
        QCOMPARE(br.row(), 1);
        const QList<int> roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(AlertsModel::AcknowledgedRole));
        QVERIFY(roles.contains(AlertsModel::AckByRole));
        QVERIFY(!roles.contains(AlertsModel::LabelsRole));
        QVERIFY(!roles.contains(AlertsModel::SilencedRole));
        const QModelIndex row = model.indexOf(x.id, AlertsModel::AcknowledgedColumn);
        QCOMPARE(model.data(row).toString(), QStringLiteral("alice, 0 s ago"));
        QCOMPARE(model.data(row, AlertsModel::AckNoteRole).toString(), QStringLiteral("on it"));
    }

    void stateChangeMovesTheRow()
    {
        Bench b;
        AlertsModel model(&b.book);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Alert a =
            b.source.fire(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("high"), T0);
        b.source.fire(QStringLiteral("B"), QStringLiteral("1"), QStringLiteral("high"), T0);
        b.source.fire(QStringLiteral("C"), QStringLiteral("1"), QStringLiteral("high"), T0);
        const QPersistentModelIndex kept = model.indexOf(a.id);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        b.source.resolve(a.id, T0 + Minute); // resolved sorts after firing
        QCOMPARE(moved.count(), 1);
        QCOMPARE(column(model, 0),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
        QCOMPARE(kept.row(), 2);
        QCOMPARE(model.data(kept, AlertsModel::StateRole).toString(), QStringLiteral("resolved"));
        b.source.remove(a.id);
        QCOMPARE(model.rowCount(), 2);
    }

    void grouping_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QStringList>("groups");
        QTest::newRow("by alertname") << int(AlertsModel::Grouping::ByAlertName)
                                      << QStringList{QStringLiteral("HighErrorRate (2)"),
                                                     QStringLiteral("PerformanceDegradation (1)")};
        QTest::newRow("by instance")
            << int(AlertsModel::Grouping::ByInstance)
            << QStringList{QStringLiteral("api:1 (2)"), QStringLiteral("api:2 (1)")};
    }
    void grouping()
    {
        QFETCH(int, grouping);
        QFETCH(QStringList, groups);
        Bench b;
        AlertsModel model(&b.book);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrouping(AlertsModel::Grouping(grouping));
        b.source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("api:1"),
                      QStringLiteral("critical"), T0);
        const Alert second = b.source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("api:2"),
                                           QStringLiteral("critical"), T0);
        b.source.fire(QStringLiteral("PerformanceDegradation"), QStringLiteral("api:1"),
                      QStringLiteral("high"), T0);
        QCOMPARE(column(model, 0), groups);
        QCOMPARE(model.alertCount(), 3);
        const QModelIndex g0 = model.index(0, 0);
        QVERIFY(model.data(g0, AlertsModel::IsGroupRole).toBool());
        QCOMPARE(model.data(g0, AlertsModel::SeverityRole).toString(), QStringLiteral("critical"));
        const QModelIndex child = model.indexOf(second.id);
        QVERIFY(child.parent().isValid());
        QCOMPARE(model.alertId(child), second.id);
        // Removing the only alert of a group removes the group.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        b.source.remove(second.id);
        QCOMPARE(model.alertCount(), 2);
        QCOMPARE(removed.count(), 1);
        model.setGrouping(AlertsModel::Grouping::None);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(0, 0).parent().isValid());
    }

    void filters()
    {
        Bench b;
        AlertsModel model(&b.book);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrouping(AlertsModel::Grouping::ByInstance);
        b.source.fire(QStringLiteral("SystemDown"), QStringLiteral("db-1:5432"),
                      QStringLiteral("critical"), T0);
        const Alert perf = b.source.fire(QStringLiteral("PerformanceDegradation"),
                                         QStringLiteral("db-1:5432"), QStringLiteral("high"), T0);
        b.source.fire(QStringLiteral("DiskSpaceWarning"), QStringLiteral("web-1:80"),
                      QStringLiteral("medium"), T0);
        b.source.fire(FakeAlertSource::labels(QStringLiteral("CacheMissRateHigh"),
                                              QStringLiteral("web-1:80"), QStringLiteral("medium")),
                      T0, true);
        QCOMPARE(model.alertCount(), 4);
        // The inhibited alert stays visible with its reason, until the filter hides it.
        const QModelIndex inhibited = model.indexOf(perf.id, AlertsModel::SuppressionColumn);
        QCOMPARE(model.data(inhibited).toString(), QStringLiteral("inhibited by SystemDown"));
        model.setShowSuppressed(false);
        QCOMPARE(model.alertCount(), 3);
        model.setShowSuppressed(true);

        model.setSeverityFilter({QStringLiteral("critical"), QStringLiteral("high")});
        QCOMPARE(model.alertCount(), 2);
        QCOMPARE(model.rowCount(), 1); // one instance left
        model.setSeverityFilter({});
        model.setStateFilter({AlertStatus::State::Pending});
        QCOMPARE(model.alertCount(), 1);
        model.setStateFilter({});
        model.setTextFilter(QStringLiteral("WEB-1"));
        QCOMPARE(model.alertCount(), 2);
        model.setTextFilter(QStringLiteral("instance=~\"db-.*\""));
        QCOMPARE(model.alertCount(), 2);
        model.setTextFilter(QStringLiteral("disk"));
        QCOMPARE(model.alertCount(), 1);
        // A new alert that fails the filter stays out; one that passes comes in.
        b.source.fire(QStringLiteral("SystemDown"), QStringLiteral("web-2:80"),
                      QStringLiteral("critical"), T0);
        QCOMPARE(model.alertCount(), 1);
        b.source.fire(QStringLiteral("DiskSpaceWarning"), QStringLiteral("db-1:5432"),
                      QStringLiteral("medium"), T0);
        QCOMPARE(model.alertCount(), 2);
        model.setTextFilter(QString());
        // Hiding acknowledged alerts removes a row when it is acknowledged.
        model.setShowAcknowledged(false);
        const int before = model.alertCount();
        QVERIFY(b.book.acknowledge(perf.id, QStringLiteral("x")));
        QCOMPARE(model.alertCount(), before - 1);
        QVERIFY(!model.indexOf(perf.id).isValid());
        QVERIFY(!b.book.unacknowledge(perf.id));
        QCOMPARE(model.alertCount(), before);
    }

    void silencesModel()
    {
        Bench b;
        b.source.fire(QStringLiteral("HighErrorRate"), QStringLiteral("a"),
                      QStringLiteral("critical"), T0);
        SilencesModel model(&b.store, &b.book);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString active = b.silence(QStringLiteral("alertname=HighErrorRate"), T0, T0 + Hour,
                                         QStringLiteral("deploying fix"));
        const QString pending = b.silence(QStringLiteral("alertname=Nothing"), T0 + Hour,
                                          T0 + 2 * Hour, QStringLiteral("planned"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(active), 0);
        QCOMPARE(model.rowOf(pending), 1);
        QCOMPARE(model.data(model.index(0, 0), SilencesModel::StateRole).toString(),
                 QStringLiteral("active"));
        QCOMPARE(model.data(model.index(0, 0), SilencesModel::MatchingAlertsRole).toInt(), 1);
        QCOMPARE(model.data(model.index(1, 0), SilencesModel::MatchesNoAlertRole).toBool(), true);
        QCOMPARE(model.data(model.index(1, SilencesModel::MatchingColumn)).toString(),
                 QStringLiteral("matches no alert now"));
        QCOMPARE(model.data(model.index(0, 0), SilencesModel::CreatedByRole).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(model.data(model.index(0, 0), SilencesModel::CommentRole).toString(),
                 QStringLiteral("deploying fix"));
        QVERIFY(!model.data(model.index(0, 0), SilencesModel::ExpiresSoonRole).toBool());

        // Five minutes before its end: "expires within 5 minutes", from the clock alone.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        b.clock.advance(55 * Minute);
        QVERIFY(changed.count() >= 1);
        QVERIFY(model.data(model.index(model.rowOf(active), 0), SilencesModel::ExpiresSoonRole)
                    .toBool());
        QCOMPARE(
            model.data(model.index(model.rowOf(active), SilencesModel::StateColumn)).toString(),
            QStringLiteral("active, expires within 5 minutes"));
        // A new alert matching the pending silence changes its count.
        b.source.fire(QStringLiteral("Nothing"), QStringLiteral("z"), QStringLiteral("low"),
                      b.clock.nowMs());
        QCOMPARE(model.data(model.index(model.rowOf(pending), 0), SilencesModel::MatchingAlertsRole)
                     .toInt(),
                 1);
        // At its end the active one expires and moves last; the pending one became active.
        b.clock.advance(5 * Minute);
        QCOMPARE(model.data(model.index(0, 0), SilencesModel::IdRole).toString(), pending);
        QCOMPARE(model.data(model.index(1, 0), SilencesModel::StateRole).toString(),
                 QStringLiteral("expired"));
        model.setShowExpired(false);
        QCOMPARE(model.rowCount(), 1);
    }

    void maintenanceModel()
    {
        Bench b;
        const Alert high = b.source.fire(QStringLiteral("PerformanceDegradation"),
                                         QStringLiteral("a"), QStringLiteral("high"), T0);
        MaintenanceModel model(&b.book);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        MaintenanceWindow w;
        w.name = QStringLiteral("Tuesday patching");
        w.kind = MaintenanceWindow::Kind::Weekly;
        w.setWeekday(Qt::Tuesday);
        w.startTime = QTime(2, 0);
        w.durationMs = 5 * Hour; // longer than the guide's 4 h: a warning
        w.timeZone = "Europe/Berlin";
        w.comment = QStringLiteral("patches");
        QVERIFY(b.book.addMaintenanceWindow(w));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, 0);
        QVERIFY(!model.data(row, MaintenanceModel::ActiveRole).toBool());
        // Tuesday 02:00 CET is 01:00 UTC, 13 hours after Monday noon.
        QCOMPARE(model.data(row, MaintenanceModel::NextStartRole).toLongLong(), T0 + 13 * Hour);
        QCOMPARE(model.data(row, MaintenanceModel::WarningsRole).toStringList().size(), 1);
        QCOMPARE(model.data(model.index(0, MaintenanceModel::ScopeColumn)).toString(),
                 QStringLiteral("every alert but critical"));
        b.clock.advance(13 * Hour);
        QVERIFY(model.data(model.index(0, 0), MaintenanceModel::ActiveRole).toBool());
        QCOMPARE(model.data(model.index(0, 0), MaintenanceModel::SuppressedAlertsRole).toInt(), 1);
        QVERIFY(b.book.status(high.id)->isInMaintenance());
        b.clock.advance(5 * Hour);
        QVERIFY(!model.data(model.index(0, 0), MaintenanceModel::ActiveRole).toBool());
        // Next Tuesday is after the change to summer time: 02:00 CEST is 00:00 UTC.
        QCOMPARE(model.data(model.index(0, 0), MaintenanceModel::NextStartRole).toLongLong(),
                 T0 + 12 * Hour + 7 * 24 * Hour);
        QVERIFY(!b.book.removeMaintenanceWindow(model.window(0).id, QStringLiteral("done")));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertsModel)
#include "tst_alertsmodel.moc"
