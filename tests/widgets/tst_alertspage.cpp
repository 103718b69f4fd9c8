#include "alertsfixture.h"

#include "models/alerts/notificationdeliverymodel.h"
#include "models/alerts/silencestore.h"
#include "models/incidents/incidentautomation.h"
#include "models/incidents/incidentrepository.h"
#include "widgets/acknowledgedialog.h"
#include "widgets/alertdetailpane.h"
#include "widgets/alertlistproxy.h"
#include "widgets/alertspage.h"
#include "widgets/alertspanel.h"
#include "widgets/matchereditor.h"
#include "widgets/openincidentdialog.h"
#include "widgets/silencedialog.h"
#include "widgets/thememanager.h"
#include "widgets/timeserieschart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Wk;

namespace {

QString screenshotPath(const char *name)
{
    return QStringLiteral("/tmp/alertsui-%1.png").arg(QLatin1String(name));
}

} // namespace

// The alerts page over an AlertBook fed by the real rule evaluator on a ManualClock: filters,
// grouping, the A / Shift+A / S / slash keys, the acknowledge and silence dialogs, the details.
class TestAlertsPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<AlertsFixture> m_world;
    std::unique_ptr<AlertsPage> m_page;

    AlertBook *book() const { return m_world->book.get(); }

    // The visible rows as "alertname instance", in view order (groups' children included).
    QStringList rows(const QModelIndex &parent = {}) const
    {
        QStringList out;
        QAbstractItemModel *m = m_page->proxy();
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (m->data(i, AlertsModel::IsGroupRole).toBool()) {
                out << rows(i);
                continue;
            }
            out << m->data(i, AlertsModel::AlertNameRole).toString() + u' ' +
                       m->data(i, AlertsModel::InstanceRole).toString();
        }
        return out;
    }

    QString cell(quint64 id, int column) const
    {
        const QModelIndex source = m_page->model()->indexOf(id, column);
        return m_page->proxy()->mapFromSource(source).data().toString();
    }

    void focusList()
    {
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->view()->setFocus();
        QTRY_VERIFY(m_page->view()->hasFocus());
    }

    template<typename Dialog>
    Dialog *openDialog() const
    {
        const QList<Dialog *> dialogs = m_page->findChildren<Dialog *>();
        for (Dialog *d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        ThemeManager::instance()->setVariant(Theme::Variant::Desktop);
        m_world = std::make_unique<AlertsFixture>();
        QCOMPARE(m_world->ruleErrors, 0);
        m_world->start();
        m_page = std::make_unique<AlertsPage>(book(), &m_world->engine);
        AlertsFixture *world = m_world.get();
        m_page->setExpressionLookup(
            [world](const QString &name) { return world->expression(name); });
        m_page->resize(1500, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_world.reset();
    }

    void theWorldHasItsAlerts()
    {
        // The fixture is what the other tests assume.
        const auto st = [this](const char *name, const char *instance) {
            return book()->status(m_world->alertId(QLatin1String(name), QLatin1String(instance)));
        };
        QVERIFY(st("DatabaseUnavailable", "db-1"));
        QCOMPARE(st("DatabaseUnavailable", "db-1")->state, AlertStatus::State::Firing);
        QCOMPARE(st("CacheMissRateHigh", "web-2")->state, AlertStatus::State::Pending);
        QVERIFY(st("HighErrorRate", "db-1")->isInhibited());
        QVERIFY(!st("HighErrorRate", "web-1")->isSuppressed());
        QCOMPARE(st("PerformanceDegradation", "web-2")->state, AlertStatus::State::Resolved);
        QCOMPARE(book()->count(), 7);
    }

    void modelTester()
    {
        QAbstractItemModelTester tester(m_page->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setGrouping(AlertsModel::Grouping::ByInstance);
        m_page->setShowSuppressed(true);
        m_page->setTextFilter(QStringLiteral("db"));
        m_page->setGrouping(AlertsModel::Grouping::ByAlertName);
        m_page->setTextFilter({});
    }

    void columnsSayStatusInWords()
    {
        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        QCOMPARE(cell(db, AlertListProxy::SeverityColumn), QStringLiteral("\u2716 critical"));
        QCOMPARE(cell(db, AlertListProxy::StateColumn), QStringLiteral("\u25CF firing"));
        QVERIFY2(cell(db, AlertListProxy::EscalationColumn).startsWith(u"step 1 of 3"),
                 qPrintable(cell(db, AlertListProxy::EscalationColumn)));
        const quint64 cache =
            m_world->alertId(QStringLiteral("CacheMissRateHigh"), QStringLiteral("web-2"));
        QCOMPARE(cell(cache, AlertListProxy::StateColumn), QStringLiteral("\u25D0 pending"));
        QCOMPARE(cell(cache, AlertListProxy::SeverityColumn), QStringLiteral("\u25BD low"));
        // The columns in the order the on-call reads them.
        QCOMPARE(m_page->view()->header()->logicalIndex(0), int(AlertListProxy::SeverityColumn));
        QCOMPARE(m_page->view()->header()->logicalIndex(7), int(AlertListProxy::EscalationColumn));
    }

    void suppressedShownUnderTheToggleWithReason()
    {
        QVERIFY(!rows().contains(u"HighErrorRate db-1"_qs));
        QCOMPARE(m_page->suppressedToggle()->text(), u"Show suppressed and inhibited (1)"_qs);
        m_page->suppressedToggle()->click();
        QVERIFY(rows().contains(u"HighErrorRate db-1"_qs));
        const quint64 inhibited =
            m_world->alertId(QStringLiteral("HighErrorRate"), QStringLiteral("db-1"));
        QCOMPARE(cell(inhibited, AlertListProxy::SuppressionColumn),
                 u"\u2298 inhibited by DatabaseUnavailable"_qs);
    }

    void filterBySeverity_data()
    {
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("critical only") << QStringList{u"high"_qs, u"medium"_qs, u"low"_qs}
                                       << QStringList{u"DatabaseUnavailable db-1"_qs};
        QTest::newRow("critical and high")
            << QStringList{u"medium"_qs, u"low"_qs}
            << QStringList{u"DatabaseUnavailable db-1"_qs, u"HighErrorRate web-1"_qs,
                           u"PerformanceDegradation web-2"_qs};
        QTest::newRow("low only") << QStringList{u"critical"_qs, u"high"_qs, u"medium"_qs}
                                  << QStringList{u"DeprecatedAPIUsage web-2"_qs,
                                                 u"CacheMissRateHigh web-2"_qs};
    }

    void filterBySeverity()
    {
        QFETCH(QStringList, hidden);
        QFETCH(QStringList, expected);
        QCOMPARE(rows().size(), 6);
        for (const QString &sev : hidden)
            m_page->setSeverityShown(sev, false);
        QCOMPARE(rows(), expected);
    }

    void lastSeverityBoxStaysOn()
    {
        for (const char *sev : {"critical", "high", "medium", "low"})
            m_page->setSeverityShown(QLatin1String(sev), false);
        QCOMPARE(rows(),
                 (QStringList{u"DeprecatedAPIUsage web-2"_qs, u"CacheMissRateHigh web-2"_qs}));
    }

    void filterByState()
    {
        m_page->setStateShown(AlertStatus::State::Firing, false);
        QCOMPARE(rows(),
                 (QStringList{u"PerformanceDegradation web-2"_qs, u"CacheMissRateHigh web-2"_qs}));
        m_page->setStateShown(AlertStatus::State::Resolved, false);
        QCOMPARE(rows(), QStringList{u"CacheMissRateHigh web-2"_qs});
    }

    void filterByText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("instance text")
            << u"web-2"_qs
            << QStringList{u"PerformanceDegradation web-2"_qs, u"DeprecatedAPIUsage web-2"_qs,
                           u"CacheMissRateHigh web-2"_qs};
        QTest::newRow("matcher") << u"instance=~\"db.*\""_qs
                                 << QStringList{u"DatabaseUnavailable db-1"_qs,
                                                u"DiskSpaceWarning db-1"_qs};
        QTest::newRow("nothing") << u"no-such-thing"_qs << QStringList{};
    }

    void filterByText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        focusList();
        QTest::keyClick(m_page->view(), Qt::Key_Slash);
        QVERIFY(m_page->filterEdit()->hasFocus());
        QTest::keyClicks(m_page->filterEdit(), text);
        QCOMPARE(m_page->filterEdit()->text(), text); // typed, not taken as shortcuts
        QCOMPARE(rows(), expected);
        QVERIFY(!openDialog<AcknowledgeDialog>());
        QVERIFY(!openDialog<SilenceDialog>());
        QTest::keyClick(m_page->filterEdit(), Qt::Key_Escape);
        QCOMPARE(m_page->filterEdit()->text(), QString());
        QCOMPARE(rows().size(), 6);
    }

    void groupByInstance()
    {
        m_page->setGrouping(AlertsModel::Grouping::ByInstance);
        QAbstractItemModel *m = m_page->proxy();
        QStringList groups;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex g = m->index(r, 0);
            QVERIFY(m->data(g, AlertsModel::IsGroupRole).toBool());
            groups << m->data(g, AlertsModel::GroupKeyRole).toString() + u':' +
                          QString::number(m->rowCount(g));
            QVERIFY(m_page->view()->isExpanded(g));
        }
        groups.sort();
        QCOMPARE(groups, (QStringList{u"db-1:2"_qs, u"web-1:1"_qs, u"web-2:3"_qs}));
        QVERIFY(m_page->view()->rootIsDecorated());
    }

    void keyAAcknowledgesSelected()
    {
        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        m_page->selectAlert(db);
        focusList();
        QTest::keyClick(m_page->view(), Qt::Key_A);
        AcknowledgeDialog *dialog = openDialog<AcknowledgeDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->alertIds(), QList<quint64>{db});
        QCOMPARE(dialog->operatorText(), u"ana.ops"_qs);
        QCOMPARE(dialog->expiryMs().value_or(0), Acknowledgement::DefaultExpiryMs);
        QTRY_VERIFY(dialog->noteEdit()->hasFocus());
        QTest::keyClicks(dialog->noteEdit(), u"restarting the primary"_qs);
        dialog->setExpiryMs(4 * 3'600'000);
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
        QVERIFY(book()->isAcknowledged(db));
        const std::optional<Acknowledgement> ack = book()->acknowledgement(db);
        QCOMPARE(ack->by, u"ana.ops"_qs);
        QCOMPARE(ack->note, u"restarting the primary"_qs);
        QCOMPARE(ack->expiresAtMs, m_world->clock.nowMs() + 4 * 3'600'000);
        QVERIFY2(cell(db, AlertListProxy::AcknowledgedColumn).contains(u"ana.ops"),
                 qPrintable(cell(db, AlertListProxy::AcknowledgedColumn)));
        QVERIFY(m_page->detail()->acknowledgementText().contains(u"ana.ops"));

        // Shift+A takes it back.
        focusList();
        QTest::keyClick(m_page->view(), Qt::Key_A, Qt::ShiftModifier);
        QVERIFY(!book()->isAcknowledged(db));
        QCOMPARE(cell(db, AlertListProxy::AcknowledgedColumn), QString());
    }

    // I opens an incident from the current alert: title and severity suggested from it, the
    // alert linked, the incident announced for the board.
    void keyIOpensAnIncidentFromTheAlert()
    {
        QVERIFY(!m_page->openIncidentAction()->isEnabled()); // no incidents yet: no action
        IncidentRepository::Options options;
        options.location = QStringLiteral(":memory:");
        options.operatorName = QStringLiteral("ana.ops");
        auto repo = IncidentRepository::open(options, &m_world->clock);
        QVERIFY(repo);
        IncidentAutomation automation(repo.value().get());
        m_page->setIncidentAutomation(&automation);
        QVERIFY(m_page->openIncidentAction()->isEnabled());
        QSignalSpy opened(m_page.get(), &AlertsPage::incidentOpened);

        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        m_page->selectAlert(db);
        focusList();
        QTest::keyClick(m_page->view(), Qt::Key_I);
        OpenIncidentDialog *dialog = openDialog<OpenIncidentDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->title(), u"DatabaseUnavailable on db-1"_qs);
        QCOMPARE(dialog->severity(), IncidentSeverity::P1); // critical
        QVERIFY(dialog->findChild<QLabel *>(u"targets"_qs)->text().contains(u"5 min"));

        // An empty title cannot be sent.
        dialog->setTitle(QString());
        QVERIFY(
            !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->setTitle(u"Primary database down"_qs);
        dialog->setSeverity(IncidentSeverity::P2);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(opened.size(), 1);
        const qint64 id = opened.at(0).at(0).toLongLong();
        const std::optional<Incident> incident = repo.value()->incident(id);
        QVERIFY(incident);
        QCOMPARE(incident->title, u"Primary database down"_qs);
        QCOMPARE(incident->severity, IncidentSeverity::P2);
        QCOMPARE(incident->alerts.size(), 1);
        QCOMPARE(incident->alerts.at(0).alertname, u"DatabaseUnavailable"_qs);
        QCOMPARE(incident->alerts.at(0).fingerprint, Alert::fingerprintToString(db));
        QVERIFY(m_page->messageText().contains(QString::number(id)));
        QTRY_VERIFY(!openDialog<OpenIncidentDialog>());

        // A high alert suggests P2; nothing selected says why nothing opens.
        const quint64 web =
            m_world->alertId(QStringLiteral("HighErrorRate"), QStringLiteral("web-1"));
        m_page->selectAlert(web);
        dialog = m_page->openIncidentForSelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->severity(), IncidentSeverity::P2);
        dialog->reject();
        m_page->view()->clearSelection();
        m_page->view()->setCurrentIndex({});
        QVERIFY(!m_page->openIncidentForSelected());
        QVERIFY(m_page->messageText().contains(u"select an alert"));
        m_page->setIncidentAutomation(nullptr);
    }

    // The details say who was told: the latest outcome per channel, with why it failed.
    void detailsListTheNotifications()
    {
        NotificationDeliveryModel deliveries;
        m_page->setDeliveryModel(&deliveries);
        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        m_page->selectAlert(db);
        QCOMPARE(m_page->detail()->notifiedText(), QString());
        const auto add = [&](const QString &channel, NotificationDelivery::Outcome outcome,
                             const QString &reason) {
            NotificationDelivery d;
            d.atMs = m_world->clock.nowMs();
            d.channel = channel;
            d.channelType = channel.section(u'-', 0, 0);
            d.alertId = db;
            d.kind = Notification::Kind::Firing;
            d.outcome = outcome;
            d.reason = reason;
            d.nextAttemptMs = d.atMs + 30'000;
            deliveries.append(d);
        };
        add(QStringLiteral("pagerduty-oncall"), NotificationDelivery::Outcome::Retrying,
            QStringLiteral("HTTP 503 Service Unavailable"));
        add(QStringLiteral("slack-critical"), NotificationDelivery::Outcome::Sent, {});
        QStringList lines = m_page->detail()->notifiedText().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"pagerduty-oncall firing retrying") &&
                     lines.at(0).endsWith(u": HTTP 503 Service Unavailable"),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"slack-critical firing sent"), qPrintable(lines.at(1)));
        // The retry went through: one line per channel, the latest.
        add(QStringLiteral("pagerduty-oncall"), NotificationDelivery::Outcome::Sent, {});
        lines = m_page->detail()->notifiedText().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"pagerduty-oncall firing sent"), qPrintable(lines.at(0)));
        m_page->setDeliveryModel(nullptr);
    }

    void bulkAcknowledgeAndInlineErrors()
    {
        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        const quint64 web =
            m_world->alertId(QStringLiteral("HighErrorRate"), QStringLiteral("web-1"));
        m_page->selectAlert(db);
        const QModelIndex webRow = m_page->proxy()->mapFromSource(m_page->model()->indexOf(web));
        m_page->view()->selectionModel()->select(webRow, QItemSelectionModel::Select |
                                                             QItemSelectionModel::Rows);
        QCOMPARE(m_page->selectedAlertIds().size(), 2);
        AcknowledgeDialog *dialog = m_page->acknowledgeSelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->alertIds().size(), 2);
        // Someone else acknowledges one of them first: the dialog names it and stays open.
        QVERIFY(book()->acknowledge(web, QStringLiteral("mine")));
        dialog->accept();
        QVERIFY(book()->isAcknowledged(db));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(u"already acknowledged"),
                 qPrintable(dialog->errorText()));
        QCOMPARE(dialog->alertIds(), QList<quint64>{web});
        dialog->reject();

        // Nothing left to acknowledge: no dialog, a message instead.
        QVERIFY(!m_page->acknowledgeSelected());
        QVERIFY(m_page->messageText().contains(u"Nothing to acknowledge"));
    }

    void customExpiryMustBeADuration()
    {
        m_page->selectAlert(
            m_world->alertId(QStringLiteral("DiskSpaceWarning"), QStringLiteral("db-1")));
        AcknowledgeDialog *dialog = m_page->acknowledgeSelected();
        QVERIFY(dialog);
        dialog->expiryCombo()->setCurrentIndex(dialog->expiryCombo()->count() - 1);
        QVERIFY(!dialog->expiryMs());
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->setExpiryMs(36 * 3'600'000);
        QCOMPARE(dialog->expiryMs().value_or(0), 36 * 3'600'000);
        QVERIFY(ok->isEnabled());
        dialog->reject();
    }

    void keySOpensSilenceDialogThatNeedsAComment()
    {
        const quint64 web =
            m_world->alertId(QStringLiteral("HighErrorRate"), QStringLiteral("web-1"));
        m_page->selectAlert(web);
        focusList();
        QTest::keyClick(m_page->view(), Qt::Key_S);
        SilenceDialog *dialog = openDialog<SilenceDialog>();
        QVERIFY(dialog);
        MatcherEditor *matchers = dialog->matcherEditor();
        QCOMPARE(matchers->rowCount(), 2);
        QCOMPARE(matchers->nameEdit(0)->text(), u"alertname"_qs);
        QCOMPARE(matchers->valueEdit(0)->text(), u"HighErrorRate"_qs);
        QCOMPARE(matchers->nameEdit(1)->text(), u"instance"_qs);
        QCOMPARE(matchers->valueEdit(1)->text(), u"web-1"_qs);
        QCOMPARE(matchers->operatorCombo(1)->currentText(), u"="_qs);
        QCOMPARE(dialog->creatorEdit()->text(), u"ana.ops"_qs);
        QCOMPARE(dialog->previewText(), u"Matches 1 alert now"_qs);

        // No comment: refused, and it says why.
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->isCommentMessageShown());
        QVERIFY(dialog->commentMessage().contains(SilenceDialog::commentRequiredText()));
        QCOMPARE(SilenceDialog::commentRequiredText(),
                 u"A comment is required: say why (the guide requires documentation for every "
                 "suppression)"_qs);
        dialog->accept(); // even forced, nothing is saved
        QVERIFY(book()->silenceStore()->silences().isEmpty());
        QVERIFY(dialog->isVisible());
        // Blank space is no comment either.
        QTest::keyClicks(dialog->commentEdit(), u"   "_qs);
        QVERIFY(!dialog->okButton()->isEnabled());

        QTest::keyClicks(dialog->commentEdit(), u"deploy 4711 rolls back, ticket OPS-12"_qs);
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!dialog->isCommentMessageShown());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());

        const QList<Silence> saved = book()->silenceStore()->silences();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().comment, u"deploy 4711 rolls back, ticket OPS-12"_qs);
        QCOMPARE(saved.first().createdBy, u"ana.ops"_qs);
        QCOMPARE(saved.first().endsAtMs - saved.first().startsAtMs, 2 * 3'600'000);
        QTRY_VERIFY(book()->status(web)->isSilenced());

        // Silenced alerts leave the list until the toggle shows them, with who and until when.
        QVERIFY(!rows().contains(u"HighErrorRate web-1"_qs));
        m_page->setShowSuppressed(true);
        QVERIFY(rows().contains(u"HighErrorRate web-1"_qs));
        const QString reason = cell(web, AlertListProxy::SuppressionColumn);
        QVERIFY2(reason.startsWith(u"\u2298 silenced by ana.ops until "), qPrintable(reason));
    }

    void silenceDialogNamesTheBadMatcher()
    {
        m_page->selectAlert(
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1")));
        SilenceDialog *dialog = m_page->suppressSelected();
        QVERIFY(dialog);
        dialog->setComment(QStringLiteral("database migration"));
        QVERIFY(dialog->okButton()->isEnabled());
        MatcherEditor *matchers = dialog->matcherEditor();
        matchers->operatorCombo(1)->setCurrentIndex(2); // =~
        matchers->valueEdit(1)->setText(QStringLiteral("db-[1"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->errorText().contains(u"matcher 2 (instance=~\"db-[1\")"),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->errorText().contains(u"invalid regular expression"));

        matchers->valueEdit(1)->setText(QStringLiteral("db-.*|web-1"));
        QVERIFY(dialog->errorText().isEmpty());
        QCOMPARE(dialog->previewText(), u"Matches 1 alert now"_qs);
        matchers->removeRow(0);
        QCOMPARE(dialog->previewText(), u"Matches 4 alerts now"_qs); // db-1 three, web-1 one

        // A matcher that matches everything is refused, as Alertmanager refuses it.
        matchers->valueEdit(0)->setText(QStringLiteral(".*"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->errorText().contains(u"empty string"));
        matchers->addRow();
        matchers->nameEdit(1)->setText(QStringLiteral("severity"));
        matchers->valueEdit(1)->setText(QStringLiteral("critical"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->setDurationMs(3'600'000);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->accept();
        QCOMPARE(book()->silenceStore()->silences().size(), 1);
        QCOMPARE(book()->silenceStore()->silences().first().endsAtMs,
                 m_world->clock.nowMs() + 3'600'000);
    }

    void silenceFromSeveralAlerts()
    {
        const quint64 a =
            m_world->alertId(QStringLiteral("DeprecatedAPIUsage"), QStringLiteral("web-2"));
        const quint64 b =
            m_world->alertId(QStringLiteral("CacheMissRateHigh"), QStringLiteral("web-2"));
        m_page->selectAlert(a);
        m_page->view()->selectionModel()->select(
            m_page->proxy()->mapFromSource(m_page->model()->indexOf(b)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        SilenceDialog *dialog = m_page->suppressSelected();
        QVERIFY(dialog);
        const Silence s = dialog->silence();
        QCOMPARE(s.matchers.size(), 2);
        QCOMPARE(s.matchers.at(0).toString(),
                 u"alertname=~\"CacheMissRateHigh|DeprecatedAPIUsage\""_qs);
        QCOMPARE(s.matchers.at(1).toString(), u"instance=\"web-2\""_qs);
        QCOMPARE(dialog->previewText(), u"Matches 2 alerts now"_qs);
        dialog->reject();
    }

    void detailShowsTheAlertAndItsChart()
    {
        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        m_page->selectAlert(db);
        AlertDetailPane *detail = m_page->detail();
        QCOMPARE(detail->alertId(), db);
        QCOMPARE(detail->titleText(), u"DatabaseUnavailable on db-1"_qs);
        QCOMPARE(detail->summaryText(), u"Database db-1 is down"_qs);
        QCOMPARE(detail->runbookUrl(), u"https://runbooks.example.com/database-unavailable"_qs);
        QCOMPARE(detail->expression(), u"db_up == 0"_qs);
        // The value compared, with the number as a line: the hour before the outage shows too.
        QCOMPARE(detail->chartedQuery(), u"db_up"_qs);
        QCOMPARE(detail->chartedThreshold().value_or(-1), 0.0);
        QVERIFY2(detail->escalationText().startsWith(u"step 1 at "),
                 qPrintable(detail->escalationText()));
        TimeSeriesChart *chart = detail->chart();
        chart->refreshNow();
        QCOMPARE(chart->seriesCount(), 1);
        QCOMPARE(chart->thresholdLineCount(), 1);
        QVERIFY2(chart->pointCount(0) >= 200, qPrintable(QString::number(chart->pointCount(0))));
        QCOMPARE(chart->viewMaxMs() - chart->viewMinMs(), AlertDetailPane::ChartRangeMs);

        // Only the alert's own series when the expression returns several.
        const quint64 web =
            m_world->alertId(QStringLiteral("HighErrorRate"), QStringLiteral("web-1"));
        m_page->selectAlert(web);
        chart->refreshNow();
        QCOMPARE(chart->seriesCount(), 1);
        QVERIFY(chart->legendText(0).contains(u"web-1"));

        // Enter opens the details.
        focusList();
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QVERIFY(!m_page->view()->hasFocus());
        QVERIFY(m_page->detail()->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget()->isAncestorOf(m_page->detail()));
    }

    void alertsPanelListsWhatNeedsAttentionWorstFirst()
    {
        AlertsPanel panel(book());
        panel.resize(900, panel.rowHeight() * 8);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QStringList names;
        for (const AlertStatus &s : panel.alerts())
            names << s.alertName() + u' ' + s.alert.labels.value(u"instance");
        // Not the pending, the inhibited or the resolved ones.
        QCOMPARE(names, (QStringList{u"DatabaseUnavailable db-1"_qs, u"HighErrorRate web-1"_qs,
                                     u"DiskSpaceWarning db-1"_qs, u"DeprecatedAPIUsage web-2"_qs}));
        QCOMPARE(panel.lines().first(),
                 u"\u2716 critical  DatabaseUnavailable  db-1  step 1 \u00B7 9 min"_qs);

        // The same from a shared model, whatever its grouping (the dashboards' alerts panel).
        AlertsModel shared(book());
        shared.setGrouping(AlertsModel::Grouping::ByInstance);
        AlertsPanel fromModel(&shared, &m_world->clock);
        fromModel.resize(900, fromModel.rowHeight() * 8);
        QCOMPARE(fromModel.lines(), panel.lines());

        // Acknowledged or silenced: off the panel.
        QVERIFY(book()->acknowledge(
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1")), {}));
        QTRY_COMPARE(panel.alerts().size(), 3);
        QVERIFY(panel.lines().first().startsWith(u"\u25B2 high  HighErrorRate"));

        // Too small for all: the rest is counted.
        panel.resize(900, panel.rowHeight() * 2);
        QCOMPARE(panel.shownCount(), 1);
        QCOMPARE(panel.lines().last(), u"+2 more"_qs);

        ThemeManager::instance()->setVariant(Theme::Variant::Wall);
        panel.resize(1400, panel.rowHeight() * 4);
        QVERIFY(panel.grab().save(screenshotPath("panel-wall")));
        ThemeManager::instance()->setVariant(Theme::Variant::Desktop);

        // Nothing left: it says so.
        for (const AlertStatus &s : panel.alerts())
            QVERIFY(book()->acknowledge(s.id(), {}));
        QTRY_VERIFY(panel.alerts().isEmpty());
        QCOMPARE(panel.lines(), QStringList{u"\u2714 No firing alert needs attention"_qs});
    }

    void screenshots()
    {
        // A few alerts in different states: one acknowledged, one silenced, one inhibited.
        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        QVERIFY(book()->acknowledge(db, QStringLiteral("restarting the primary")));
        SilenceDialog silence(book());
        silence.setFromAlert(
            m_world->alertId(QStringLiteral("DeprecatedAPIUsage"), QStringLiteral("web-2")));
        silence.setComment(QStringLiteral("clients migrate by Friday, ticket API-88"));
        silence.accept();
        m_world->clock.advance(4 * 60'000);
        m_page->setShowSuppressed(true);
        m_page->selectAlert(db);
        m_page->detail()->chart()->refreshNow();
        QCoreApplication::sendPostedEvents();
        QVERIFY(m_page->grab().save(screenshotPath("alerts")));

        m_page->selectAlert(
            m_world->alertId(QStringLiteral("HighErrorRate"), QStringLiteral("web-1")));
        SilenceDialog *dialog = m_page->suppressSelected();
        QVERIFY(dialog);
        dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 0)));
        QVERIFY(dialog->grab().save(screenshotPath("silence-dialog")));
        dialog->reject();

        AcknowledgeDialog *ack = m_page->acknowledgeSelected();
        QVERIFY(ack);
        ack->setNote(QStringLiteral("looking at the deploy"));
        ack->resize(ack->sizeHint().expandedTo(QSize(520, 0)));
        QVERIFY(ack->grab().save(screenshotPath("acknowledge-dialog")));
        ack->reject();

        ThemeManager::instance()->setVariant(Theme::Variant::Wall);
        m_page->detail()->chart()->refreshNow();
        QCoreApplication::sendPostedEvents(); // the layouts take the new type sizes
        QVERIFY(m_page->grab().save(screenshotPath("alerts-wall")));
        ThemeManager::instance()->setVariant(Theme::Variant::Desktop);
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
