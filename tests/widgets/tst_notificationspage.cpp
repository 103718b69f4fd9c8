// The Notifications tab: every delivery in a row, newest at the bottom, narrowed by text and to
// the problems, with the counts in words.

#include "models/alerts/notificationdeliverymodel.h"
#include "widgets/notificationspage.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Wk;

namespace {
NotificationDelivery delivery(const QString &channel, const QString &alert,
                              NotificationDelivery::Outcome outcome, qint64 atMs)
{
    NotificationDelivery d;
    d.atMs = atMs;
    d.channel = channel;
    d.channelType = channel.section(u'-', 0, 0);
    d.alertName = alert;
    d.severity = QStringLiteral("critical");
    d.outcome = outcome;
    d.attempt = 1;
    d.alertId = 0x1000 + quint64(atMs % 10'000 / 1000) + 1;
    return d;
}
} // namespace

class TestNotificationsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFiltersAndCounts()
    {
        NotificationDeliveryModel model;
        const qint64 t0 = 1'700'000'000'000;
        model.append(delivery(QStringLiteral("slack-critical"), QStringLiteral("SystemDown"),
                              NotificationDelivery::Outcome::Sent, t0));
        model.append(delivery(QStringLiteral("pagerduty-oncall"), QStringLiteral("SystemDown"),
                              NotificationDelivery::Outcome::Retrying, t0 + 1000));
        model.append(delivery(QStringLiteral("email-ops"), QStringLiteral("HighErrorRate"),
                              NotificationDelivery::Outcome::Failed, t0 + 2000));
        NotificationsPage page(&model);
        page.resize(1000, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.visibleRows(), 3);
        QCOMPARE(page.summaryText(), QStringLiteral("3 shown · 1 failed · 1 retrying"));

        page.setTextFilter(QStringLiteral("systemdown"));
        QCOMPARE(page.visibleRows(), 2);
        page.setProblemsOnly(true);
        QCOMPARE(page.visibleRows(), 1); // the retrying page
        QVERIFY(page.findChild<QCheckBox *>()->isChecked());
        page.setTextFilter(QString());
        QCOMPARE(page.visibleRows(), 2); // retrying and failed
        page.setProblemsOnly(false);

        // A new delivery appears at the bottom, in sight.
        model.append(delivery(QStringLiteral("slack-critical"), QStringLiteral("HighErrorRate"),
                              NotificationDelivery::Outcome::Sent, t0 + 3000));
        QCOMPARE(page.visibleRows(), 4);
        QCOMPARE(page.summaryText(), QStringLiteral("4 shown · 1 failed · 1 retrying"));

        // Opening a row leads to its alert.
        QSignalSpy opened(&page, &NotificationsPage::alertActivated);
        const QModelIndex first = page.view()->model()->index(0, 0);
        Q_EMIT page.view()->activated(first);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toULongLong(), quint64(0x1001));
    }
};

QTEST_MAIN(TestNotificationsPage)
#include "tst_notificationspage.moc"
