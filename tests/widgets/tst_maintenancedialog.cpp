#include "alertsfixture.h"

#include "models/alerts/maintenancemodel.h"
#include "widgets/auditreasondialog.h"
#include "widgets/maintenancedialog.h"
#include "widgets/maintenancepage.h"
#include "widgets/matchereditor.h"
#include "widgets/thememanager.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeView>

using namespace Wk;

namespace {

MaintenanceWindow weeklyPatching()
{
    MaintenanceWindow w;
    w.id = 7;
    w.name = QStringLiteral("Database patching");
    w.kind = MaintenanceWindow::Kind::Weekly;
    w.setWeekday(Qt::Tuesday);
    w.setWeekday(Qt::Thursday);
    w.startTime = QTime(2, 30);
    w.durationMs = 3 * 3'600'000;
    w.timeZone = "Europe/Berlin";
    w.matchers << LabelMatcher(QStringLiteral("instance"), LabelMatcher::Op::RegexMatch,
                               QStringLiteral("db-.*"));
    w.createdBy = QStringLiteral("ana.ops");
    w.comment = QStringLiteral("monthly OS patches, change CHG-204");
    return w;
}

QString expectedNext(const MaintenanceWindow &w, qint64 now)
{
    const std::optional<MaintenanceWindow::Occurrence> occ = w.nextOccurrence(now);
    if (!occ)
        return {};
    const QTimeZone tz(w.timeZone);
    const QDateTime s = QDateTime::fromMSecsSinceEpoch(occ->startMs, tz);
    const QDateTime e = QDateTime::fromMSecsSinceEpoch(occ->endMs, tz);
    const QString end = e.date() == s.date()
                            ? QLocale().toString(e, QStringLiteral("HH:mm"))
                            : QLocale().toString(e, QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    return QStringLiteral("%1 to %2 %3")
        .arg(QLocale().toString(s, QStringLiteral("ddd yyyy-MM-dd HH:mm")), end,
             QString::fromUtf8(w.timeZone));
}

} // namespace

// The maintenance window dialog and page: fields round-trip, the next occurrence is shown in
// the window's zone, the guide's 2-4 h and never-critical rules are stated, saving goes through
// the AlertBook.
class TestMaintenanceDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<AlertsFixture> m_world;
    AlertBook *book() const { return m_world->book.get(); }
    qint64 now() const { return m_world->clock.nowMs(); }

private Q_SLOTS:
    void init()
    {
        ThemeManager::instance()->setVariant(Theme::Variant::Desktop);
        m_world = std::make_unique<AlertsFixture>();
        m_world->start();
    }

    void cleanup() { m_world.reset(); }

    void weeklyFieldsRoundTrip_data()
    {
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<bool>("custom");
        QTest::newRow("preset 3 h") << qint64(3 * 3'600'000) << false;
        QTest::newRow("custom 2h30m") << qint64(150 * 60'000) << true;
    }

    void weeklyFieldsRoundTrip()
    {
        QFETCH(qint64, duration);
        QFETCH(bool, custom);
        MaintenanceWindow w = weeklyPatching();
        w.durationMs = duration;
        MaintenanceDialog dialog(book());
        dialog.setWindow(w);
        QVERIFY(dialog.isEditing());
        QVERIFY(dialog.weeklyButton()->isChecked());
        QVERIFY(dialog.weekdayBox(Qt::Tuesday)->isChecked());
        QVERIFY(dialog.weekdayBox(Qt::Thursday)->isChecked());
        QVERIFY(!dialog.weekdayBox(Qt::Monday)->isChecked());
        QCOMPARE(dialog.startTimeEdit()->time(), QTime(2, 30));
        QCOMPARE(dialog.timeZoneCombo()->currentText(), u"Europe/Berlin"_qs);
        QCOMPARE(dialog.customDurationEdit()->isVisibleTo(&dialog), custom);
        QCOMPARE(dialog.matcherEditor()->nameEdit(0)->text(), u"instance"_qs);

        const MaintenanceWindow back = dialog.window();
        QCOMPARE(back.id, w.id);
        QCOMPARE(back.name, w.name);
        QCOMPARE(back.kind, MaintenanceWindow::Kind::Weekly);
        QCOMPARE(back.weekdays, w.weekdays);
        QCOMPARE(back.startTime, w.startTime);
        QCOMPARE(back.durationMs, duration);
        QCOMPARE(back.timeZone, w.timeZone);
        QCOMPARE(back.matchers, w.matchers);
        QCOMPARE(back.createdBy, w.createdBy);
        QCOMPARE(back.comment, w.comment);
        QCOMPARE(back.scheduleText(), w.scheduleText());
    }

    void nextOccurrenceShownInTheWindowsZone()
    {
        MaintenanceDialog dialog(book());
        const MaintenanceWindow w = weeklyPatching();
        dialog.setWindow(w);
        const QString expected = expectedNext(w, now());
        QVERIFY(!expected.isEmpty());
        QVERIFY2(dialog.nextOccurrenceText().startsWith(QStringLiteral("Next: ") + expected),
                 qPrintable(dialog.nextOccurrenceText() + QStringLiteral(" vs ") + expected));

        // Another day moves it; the text follows the fields, not the window it was given.
        dialog.weekdayBox(Qt::Tuesday)->setChecked(false);
        dialog.weekdayBox(Qt::Thursday)->setChecked(false);
        QVERIFY(dialog.nextOccurrenceText().contains(u"complete"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(u"at least one weekday"));
        const qint64 today =
            QDateTime::fromMSecsSinceEpoch(now(), QTimeZone("Europe/Berlin")).date().dayOfWeek();
        dialog.weekdayBox(Qt::DayOfWeek(today))->setChecked(true);
        dialog.startTimeEdit()->setTime(
            QDateTime::fromMSecsSinceEpoch(now() - 3'600'000, QTimeZone("Europe/Berlin")).time());
        QVERIFY2(dialog.nextOccurrenceText().startsWith(u"In force now: "),
                 qPrintable(dialog.nextOccurrenceText()));
        QVERIFY(dialog.nextOccurrenceText().contains(u"left)"));
    }

    void oneOffTimesAreTheZonesWallClock()
    {
        MaintenanceWindow w;
        w.name = QStringLiteral("Storage migration");
        w.kind = MaintenanceWindow::Kind::OneOff;
        w.timeZone = "America/New_York";
        w.startsAtMs = now() + 26 * 3'600'000 - now() % 60'000;
        w.endsAtMs = w.startsAtMs + 4 * 3'600'000;
        w.createdBy = QStringLiteral("ana.ops");
        w.comment = QStringLiteral("SAN firmware");
        MaintenanceDialog dialog(book());
        dialog.setWindow(w);
        QVERIFY(dialog.oneOffButton()->isChecked());
        const QDateTime shown = dialog.oneOffStartEdit()->dateTime();
        const QDateTime inZone =
            QDateTime::fromMSecsSinceEpoch(w.startsAtMs, QTimeZone("America/New_York"));
        QCOMPARE(shown.time(), inZone.time());
        QCOMPARE(shown.date(), inZone.date());
        QCOMPARE(dialog.window().startsAtMs, w.startsAtMs);
        QCOMPARE(dialog.window().endsAtMs, w.endsAtMs);
        QVERIFY(dialog.warningText().isEmpty());
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void guideRulesShown_data()
    {
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<bool>("warned");
        QTest::newRow("1 h is short") << qint64(3'600'000) << true;
        QTest::newRow("2 h") << qint64(2 * 3'600'000) << false;
        QTest::newRow("4 h") << qint64(4 * 3'600'000) << false;
        QTest::newRow("6 h is long") << qint64(6 * 3'600'000) << true;
    }

    void guideRulesShown()
    {
        QFETCH(qint64, duration);
        QFETCH(bool, warned);
        MaintenanceDialog dialog(book());
        MaintenanceWindow w = weeklyPatching();
        w.durationMs = duration;
        dialog.setWindow(w);
        QCOMPARE(dialog.warningText().contains(u"2 to 4 hours"), warned);
        QVERIFY(dialog.okButton()->isEnabled()); // a warning does not refuse the window
        QVERIFY(dialog.findChild<QLabel *>());   // the fixed text is a label of the dialog
        bool critical = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            critical |= l->text().contains(MaintenanceDialog::criticalText());
        QVERIFY(critical);
    }

    void commentAndZoneRequired()
    {
        MaintenanceDialog dialog(book());
        dialog.weeklyButton()->setChecked(true);
        dialog.weekdayBox(Qt::Saturday)->setChecked(true);
        QTest::keyClicks(dialog.nameEdit(), u"Weekend backups"_qs);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.warningText().contains(u"needs a comment"));
        QVERIFY(dialog.errorText().isEmpty()); // missing fields are a hint, not an error
        QTest::keyClicks(dialog.commentEdit(), u"full backup, ticket OPS-77"_qs);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.timeZoneCombo()->setEditText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(u"Mars/Olympus"));
        dialog.timeZoneCombo()->setEditText(QStringLiteral("Asia/Tokyo"));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(book()->maintenanceWindows().size(), 1);
        const MaintenanceWindow saved = book()->maintenanceWindows().first();
        QCOMPARE(saved.name, u"Weekend backups"_qs);
        QCOMPARE(saved.timeZone, QByteArray("Asia/Tokyo"));
        QCOMPARE(saved.weekdays, 1 << (Qt::Saturday - 1));
        QCOMPARE(saved.createdBy, u"ana.ops"_qs);
        QCOMPARE(dialog.savedWindow().id, saved.id);
    }

    void pageListsEditsAndRemoves()
    {
        MaintenancePage page(book());
        QAbstractItemModelTester tester(page.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1300, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // In force now, for everything but critical: DiskSpaceWarning (medium) is suppressed,
        // DatabaseUnavailable (critical) is not.
        MaintenanceWindow now;
        now.name = QStringLiteral("Web tier deploy");
        now.kind = MaintenanceWindow::Kind::OneOff;
        now.timeZone = "UTC";
        now.startsAtMs = this->now() - 30 * 60'000;
        now.endsAtMs = this->now() + 90 * 60'000;
        now.createdBy = QStringLiteral("li.wei");
        now.comment = QStringLiteral("release 5.2 rollout");
        QVERIFY(book()->addMaintenanceWindow(now));
        QVERIFY(book()->addMaintenanceWindow(weeklyPatching()));
        MaintenanceWindow longOne = weeklyPatching();
        longOne.name = QStringLiteral("Data centre power test");
        longOne.weekdays = 0;
        longOne.setWeekday(Qt::Sunday);
        longOne.durationMs = 6 * 3'600'000;
        longOne.matchers.clear();
        QVERIFY(book()->addMaintenanceWindow(longOne));
        QCOMPARE(page.view()->model()->rowCount(), 3);
        const quint64 disk =
            m_world->alertId(QStringLiteral("DiskSpaceWarning"), QStringLiteral("db-1"));
        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        QVERIFY(book()->status(disk)->isInMaintenance());
        QVERIFY(!book()->status(db)->isSuppressed());

        QAbstractItemModel *m = page.view()->model();
        QStringList next;
        for (int r = 0; r < m->rowCount(); ++r)
            next << m->index(r, MaintenanceModel::NextColumn).data().toString();
        QVERIFY2(next.filter(QStringLiteral("\u25CF in force until")).size() == 1,
                 qPrintable(next.join(u'|')));
        QVERIFY2(next.filter(QStringLiteral("\u25CB next: ")).size() == 2,
                 qPrintable(next.join(u'|')));
        QTRY_VERIFY(page.grab().save(QStringLiteral("/tmp/alertsui-maintenance.png")));

        // Edit through the page: the dialog holds the window.
        const qint64 weeklyId = book()->maintenanceWindows().at(1).id;
        page.selectWindow(weeklyId);
        MaintenanceDialog *dialog = page.editSelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->window().name, u"Database patching"_qs);
        dialog->resize(dialog->sizeHint().expandedTo(QSize(620, 0)));
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/alertsui-maintenance-dialog.png")));
        dialog->durationCombo()->setCurrentIndex(3); // 4 h
        dialog->accept();
        QCOMPARE(book()->maintenanceWindow(weeklyId)->durationMs, 4 * 3'600'000);

        // Remove needs a reason.
        page.selectWindow(weeklyId);
        AuditReasonDialog *remove = page.removeSelected();
        QVERIFY(remove);
        QVERIFY(!remove->canRun());
        remove->accept();
        QVERIFY(book()->maintenanceWindow(weeklyId));
        remove->setReason(QStringLiteral("patching moved to the new cluster"));
        remove->accept();
        QVERIFY(!book()->maintenanceWindow(weeklyId));
        QCOMPARE(page.view()->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestMaintenanceDialog)
#include "tst_maintenancedialog.moc"
