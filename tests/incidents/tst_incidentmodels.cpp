#include "incidenttestutil.h"
#include "models/incidents/incidentdemo.h"
#include "models/incidents/incidentfiltermodel.h"
#include "models/incidents/incidentlistmodel.h"
#include "models/incidents/incidenttimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Wk;
using namespace IncidentTest;
using R = IncidentListModel::Role;

class TestIncidentModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(T0);
        m_repo = openRepository(QStringLiteral(":memory:"), m_clock.get(),
                                QStringLiteral("maria.lopez"));
        QVERIFY(m_repo);
        m_p1 = IncidentDemo::populate(m_repo.get(), T0);
        QVERIFY(m_p1 > 0);
    }
    void cleanup()
    {
        m_repo.reset();
        m_clock.reset();
    }

    void listModelRoles()
    {
        IncidentListModel model(m_repo.get(), m_clock.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), m_repo->incidents().size());
        const QModelIndex i = model.index(model.rowOf(m_p1));
        QCOMPARE(i.data(R::IdRole).toLongLong(), m_p1);
        QCOMPARE(i.data(R::SeverityKeyRole).toString(), QStringLiteral("P1"));
        QCOMPARE(i.data(R::SeverityNameRole).toString(), QStringLiteral("Critical"));
        QCOMPARE(i.data(R::StageRole).toInt(), int(IncidentStage::FollowUp));
        QCOMPARE(i.data(R::StageNameRole).toString(), QStringLiteral("Follow-up"));
        QCOMPARE(i.data(R::CommanderRole).toString(), QStringLiteral("maria.lopez"));
        QCOMPARE(i.data(R::AssigneesRole).toStringList(),
                 (QStringList{QStringLiteral("dev.patel"), QStringLiteral("sam.okafor")}));
        QCOMPARE(i.data(R::AgeMsRole).toLongLong(), 3 * 24 * Hour);
        QCOMPARE(i.data(R::FiringAlertsRole).toInt(), 0);
        QCOMPARE(i.data(R::ResponseSlaRole).value<SlaStatus>().state, SlaStatus::State::Met);
        QVERIFY(i.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("P1 \u00b7 ")));
        QVERIFY(model.roleNames().contains(R::ResolutionSlaRole));
        QCOMPARE(i.data(R::IncidentRole).value<Incident>().id, m_p1);
    }

    void listModelFollowsTheRepository()
    {
        IncidentListModel model(m_repo.get(), m_clock.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int before = model.rowCount();
        const qint64 id =
            m_repo->openIncident(QStringLiteral("New"), IncidentSeverity::P3).incident.id;
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        m_repo->moveStage(id, IncidentStage::Assessment);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), model.rowOf(id));
        QCOMPARE(model.index(model.rowOf(id)).data(R::StageRole).toInt(),
                 int(IncidentStage::Assessment));
    }

    void dragCarriesIdAndVersion()
    {
        IncidentListModel model(m_repo.get(), m_clock.get());
        const QModelIndex i = model.index(model.rowOf(m_p1));
        QVERIFY(model.flags(i) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(model.mimeData({i, i}));
        QVERIFY(mime);
        const auto items = IncidentListModel::incidentsFromMime(mime.get());
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().first, m_p1);
        QCOMPARE(items.first().second, m_repo->versionOf(m_p1));
        QVERIFY(IncidentListModel::incidentsFromMime(nullptr).isEmpty());
    }

    void filters_data()
    {
        QTest::addColumn<int>("stage"); // -1: any
        QTest::addColumn<QList<int>>("severities");
        QTest::addColumn<bool>("mine");
        QTest::addColumn<bool>("openOnly");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("detection column, most urgent first")
            << int(IncidentStage::Detection) << QList<int>{} << false << false
            << QStringList{"Login failures spike on the auth service", "Disk usage at 83 % on db-2",
                           "Deprecated /v1/calls endpoint still called 40 times a day"};
        QTest::newRow("P1 only") << -1 << QList<int>{1} << false << false
                                 << QStringList{"Database unavailable: API cannot reach the "
                                                "PostgreSQL primary",
                                                "Login failures spike on the auth service"};
        QTest::newRow("mine: maria commands one")
            << -1 << QList<int>{} << true << false
            << QStringList{"Database unavailable: API cannot reach the PostgreSQL primary"};
        QTest::newRow("open only hides the closed column")
            << int(IncidentStage::Closed) << QList<int>{} << false << true << QStringList{};
        QTest::newRow("closed column")
            << int(IncidentStage::Closed) << QList<int>{} << false << false
            << QStringList{"Typo in the appointment reminder e-mail "
                           "footer"};
    }
    void filters()
    {
        QFETCH(int, stage);
        QFETCH(QList<int>, severities);
        QFETCH(bool, mine);
        QFETCH(bool, openOnly);
        IncidentListModel source(m_repo.get(), m_clock.get());
        IncidentFilterModel filter;
        filter.setSourceModel(&source);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (stage >= 0)
            filter.setStage(IncidentStage(stage));
        QSet<IncidentSeverity> set;
        for (int s : severities)
            set.insert(IncidentSeverity(s));
        filter.setSeverities(set);
        filter.setMineOnly(mine, m_repo->operatorName());
        filter.setOpenOnly(openOnly);
        QStringList titles;
        for (int r = 0; r < filter.rowCount(); ++r)
            titles << filter.index(r, 0).data(R::TitleRole).toString();
        QTEST(titles, "titles");
    }

    void filterFollowsMoves()
    {
        IncidentListModel source(m_repo.get(), m_clock.get());
        IncidentFilterModel detection;
        detection.setSourceModel(&source);
        detection.setStage(IncidentStage::Detection);
        IncidentFilterModel assessment;
        assessment.setSourceModel(&source);
        assessment.setStage(IncidentStage::Assessment);
        QAbstractItemModelTester t1(&detection,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&assessment,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int d = detection.rowCount();
        const int a = assessment.rowCount();
        const qint64 id = detection.index(0, 0).data(R::IdRole).toLongLong();
        QVERIFY(m_repo->moveStage(id, IncidentStage::Assessment).ok());
        QCOMPARE(detection.rowCount(), d - 1);
        QCOMPARE(assessment.rowCount(), a + 1);
    }

    void timelineModel()
    {
        IncidentTimelineModel model(m_repo.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setIncident(m_p1);
        const Incident inc = *m_repo->incident(m_p1);
        QCOMPARE(model.rowCount(), inc.timeline.size());
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(IncidentTimelineModel::KindKeyRole).toString(),
                 QStringLiteral("created"));
        QCOMPARE(first.data(IncidentTimelineModel::WhoRole).toString(),
                 QStringLiteral("watchkeeper"));
        QCOMPARE(first.data(IncidentTimelineModel::AtMsRole).toLongLong(), inc.createdMs);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_clock->advance(Minute);
        QVERIFY(m_repo->addNote(m_p1, QStringLiteral("Review held; notes in the wiki.")).ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        const QModelIndex last = model.index(model.rowCount() - 1);
        QCOMPARE(last.data(IncidentTimelineModel::TextRole).toString(),
                 QStringLiteral("Review held; notes in the wiki."));
        QCOMPARE(last.data(IncidentTimelineModel::WhoRole).toString(),
                 QStringLiteral("maria.lopez"));
        QCOMPARE(last.data(IncidentTimelineModel::KindNameRole).toString(), QStringLiteral("Note"));
        QVERIFY(!last.data(IncidentTimelineModel::PendingRole).toBool());

        // Another incident's changes leave it alone.
        const qint64 other =
            m_repo->openIncident(QStringLiteral("other"), IncidentSeverity::P4).incident.id;
        m_repo->addNote(other, QStringLiteral("x"));
        QCOMPARE(inserted.size(), 1);
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentRepository> m_repo;
    qint64 m_p1 = 0;
};

QTEST_GUILESS_MAIN(TestIncidentModels)
#include "tst_incidentmodels.moc"
