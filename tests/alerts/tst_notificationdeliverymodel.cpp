#include "models/alerts/notificationdeliverymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Wk;

namespace {

NotificationDelivery delivery(quint64 id, NotificationDelivery::Outcome outcome,
                              const QString &reason = {})
{
    NotificationDelivery d;
    d.id = id;
    d.atMs = 1'700'000'000'000 + qint64(id) * 1000;
    d.channel = QStringLiteral("sms-oncall");
    d.channelType = QStringLiteral("sms");
    d.recipient = QStringLiteral("+15550100");
    d.alertId = 42;
    d.alertName = QStringLiteral("SystemDown");
    d.severity = QStringLiteral("critical");
    d.kind = Notification::Kind::Firing;
    d.attempt = 1;
    d.outcome = outcome;
    d.reason = reason;
    return d;
}

} // namespace

class TestNotificationDeliveryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesAndColumns()
    {
        NotificationDeliveryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(delivery(1, NotificationDelivery::Outcome::Sent));
        NotificationDelivery retry = delivery(2, NotificationDelivery::Outcome::Retrying,
                                              QStringLiteral("HTTP 500 Internal Server Error"));
        retry.nextAttemptMs = 1'700'000'030'000;
        retry.code = 500;
        model.append(retry);
        model.append(delivery(3, NotificationDelivery::Outcome::RateLimited,
                              QStringLiteral("at most 1 per 5m")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(NotificationDeliveryModel::ColumnCount));

        const QModelIndex r = model.index(1, NotificationDeliveryModel::OutcomeColumn);
        QCOMPARE(r.data().toString(), QStringLiteral("retrying"));
        QCOMPARE(r.data(NotificationDeliveryModel::OutcomeNameRole).toString(),
                 QStringLiteral("retrying"));
        QCOMPARE(r.data(NotificationDeliveryModel::OutcomeRole).toInt(),
                 int(NotificationDelivery::Outcome::Retrying));
        QCOMPARE(r.data(NotificationDeliveryModel::NextAttemptRole).toLongLong(),
                 1'700'000'030'000);
        QCOMPARE(r.data(NotificationDeliveryModel::CodeRole).toInt(), 500);
        QCOMPARE(r.data(NotificationDeliveryModel::FailureRole).toBool(), true);
        QCOMPARE(model.index(1, NotificationDeliveryModel::DetailColumn).data().toString(),
                 QStringLiteral("retrying at 2023-11-14 22:13:50 UTC (attempt 2): HTTP 500 "
                                "Internal Server Error"));
        QCOMPARE(model.index(0, NotificationDeliveryModel::ChannelColumn).data().toString(),
                 QStringLiteral("sms-oncall → +15550100"));
        QCOMPARE(model.index(0, NotificationDeliveryModel::AlertColumn).data().toString(),
                 QStringLiteral("SystemDown"));
        QCOMPARE(model.index(0, NotificationDeliveryModel::EventColumn).data().toString(),
                 QStringLiteral("firing"));
        QCOMPARE(model.index(2, 0).data(NotificationDeliveryModel::OutcomeNameRole).toString(),
                 QStringLiteral("rate-limited"));
        QCOMPARE(model.index(2, 0).data(NotificationDeliveryModel::ReasonRole).toString(),
                 QStringLiteral("at most 1 per 5m"));
        QCOMPARE(model.index(2, 0).data(NotificationDeliveryModel::KindRole).toString(),
                 QStringLiteral("firing"));
        QCOMPARE(model.index(2, 0).data(NotificationDeliveryModel::RecipientRole).toString(),
                 QStringLiteral("+15550100"));
        QCOMPARE(model.index(2, 0)
                     .data(NotificationDeliveryModel::DeliveryRole)
                     .value<NotificationDelivery>()
                     .id,
                 quint64(3));
        QCOMPARE(
            model.headerData(NotificationDeliveryModel::OutcomeColumn, Qt::Horizontal).toString(),
            QStringLiteral("Outcome"));
        QVERIFY(model.roleNames().contains(NotificationDeliveryModel::ReasonRole));
        QCOMPARE(model.count(NotificationDelivery::Outcome::RateLimited), 1);
        QCOMPARE(model.count(NotificationDelivery::Outcome::Failed), 0);
    }

    void boundedSize()
    {
        NotificationDeliveryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(3);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (quint64 i = 1; i <= 5; ++i)
            model.append(delivery(i, NotificationDelivery::Outcome::Sent));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.delivery(0).id, quint64(3)); // oldest dropped first
        QCOMPARE(model.delivery(2).id, quint64(5));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotificationDeliveryModel)
#include "tst_notificationdeliverymodel.moc"
