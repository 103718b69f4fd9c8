#include "models/sources/healthmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Wk;

class TestHealthModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportThenFailure()
    {
        HealthModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        HealthReport report;
        report.overall = HealthStatus::Degraded;
        report.version = QStringLiteral("1.0.0");
        HealthCheck db;
        db.name = QStringLiteral("database");
        db.status = HealthStatus::Degraded;
        db.message = QStringLiteral("Query time: 450ms");
        db.durationMs = 450;
        HealthCheck redis;
        redis.name = QStringLiteral("redis");
        redis.status = HealthStatus::Healthy;
        report.checks = {db, redis};
        model.applyReport(QStringLiteral("api"), report, 1000);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(HealthRoles::Check).toString(), QStringLiteral("overall"));
        QCOMPARE(model.status(QStringLiteral("api"), QStringLiteral("database")),
                 HealthStatus::Degraded);
        QCOMPARE(model.index(1).data(HealthRoles::DurationMs).toDouble(), 450.0);
        QCOMPARE(model.index(1).data(HealthRoles::UpdatedMs).toLongLong(), 1000);
        QCOMPARE(model.index(1).data(HealthRoles::StatusText).toString(),
                 QStringLiteral("degraded"));

        model.applyFailure(QStringLiteral("api"), QStringLiteral("unreachable: connection refused"),
                           2000);
        QCOMPARE(model.status(QStringLiteral("api"), QStringLiteral("overall")),
                 HealthStatus::Unhealthy);
        QCOMPARE(model.status(QStringLiteral("api"), QStringLiteral("database")),
                 HealthStatus::Unknown);
        QCOMPARE(model.index(0).data(HealthRoles::Error).toString(),
                 QStringLiteral("unreachable: connection refused"));
        // The last good poll time stays; the failure does not pretend to be fresh data.
        QCOMPARE(model.index(1).data(HealthRoles::UpdatedMs).toLongLong(), 1000);

        // A check the service stops reporting goes away.
        report.checks = {db};
        model.applyReport(QStringLiteral("api"), report, 3000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.worstStatus(), HealthStatus::Degraded);
    }
};

QTEST_GUILESS_MAIN(TestHealthModel)
#include "tst_healthmodel.moc"
