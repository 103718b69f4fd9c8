#include "alertsfixture.h"

#include "models/alerts/silencesmodel.h"
#include "widgets/auditreasondialog.h"
#include "widgets/silencedialog.h"
#include "widgets/silencelistproxy.h"
#include "widgets/silencespage.h"
#include "widgets/thememanager.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Wk;

// The silences page over a book's local silence store: states with glyph and word, the
// "expires within 5 minutes" and "matches no alert now" markers, active only, and the new,
// edit and expire-early actions.
class TestSilencesPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<AlertsFixture> m_world;
    std::unique_ptr<SilencesPage> m_page;
    QString m_active, m_soon, m_pending, m_expired;

    AlertBook *book() const { return m_world->book.get(); }
    qint64 now() const { return m_world->clock.nowMs(); }

    QString save(const QString &matcher, qint64 startIn, qint64 length, const QString &comment)
    {
        Silence s;
        s.matchers << LabelMatcher::parse(matcher);
        s.startsAtMs = now() + startIn;
        s.endsAtMs = s.startsAtMs + length;
        s.createdBy = QStringLiteral("li.wei");
        s.comment = comment;
        QString id;
        book()->silenceStore()->save(s, [&id](const Result<QString> &r) {
            if (r)
                id = r.value();
        });
        return id;
    }

    QString cell(const QString &id, int column) const
    {
        QAbstractItemModel *m = m_page->view()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(SilencesModel::IdRole).toString() == id)
                return m->index(r, column).data().toString();
        }
        return QStringLiteral("(not listed)");
    }

private Q_SLOTS:
    void init()
    {
        ThemeManager::instance()->setVariant(Theme::Variant::Desktop);
        m_world = std::make_unique<AlertsFixture>();
        m_world->start();
        m_expired = save(QStringLiteral("alertname=\"DiskSpaceWarning\""), 0, 10 * 60'000,
                         QStringLiteral("disk cleanup ran"));
        m_world->clock.advance(11 * 60'000);
        m_active = save(QStringLiteral("instance=\"web-1\""), 0, 2 * 3'600'000,
                        QStringLiteral("deploy 4711, ticket OPS-12"));
        m_soon = save(QStringLiteral("alertname=\"ExternalAPIFailures\""), 0, 3 * 60'000,
                      QStringLiteral("partner API maintenance"));
        m_pending = save(QStringLiteral("instance=~\"db-.*\""), 3'600'000, 2 * 3'600'000,
                         QStringLiteral("database failover drill"));
        QVERIFY(!m_expired.isEmpty() && !m_active.isEmpty() && !m_soon.isEmpty() &&
                !m_pending.isEmpty());
        m_page = std::make_unique<SilencesPage>(book());
        m_page->resize(1300, 360);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_world.reset();
    }

    void statesInGlyphAndWord()
    {
        QAbstractItemModelTester tester(m_page->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->view()->model()->rowCount(), 4);
        QCOMPARE(cell(m_active, SilencesModel::StateColumn), u"\u25CF active"_qs);
        QCOMPARE(cell(m_soon, SilencesModel::StateColumn),
                 u"\u25B2 active, expires within 5 minutes"_qs);
        QCOMPARE(cell(m_pending, SilencesModel::StateColumn), u"\u25CB pending"_qs);
        QCOMPARE(cell(m_expired, SilencesModel::StateColumn), u"\u2714 expired"_qs);
        QCOMPARE(cell(m_soon, SilencesModel::MatchingColumn), u"\u25CB matches no alert now"_qs);
        QCOMPARE(cell(m_active, SilencesModel::MatchingColumn), u"matches 1 alert now"_qs);
        QCOMPARE(cell(m_active, SilencesModel::CreatedByColumn), u"li.wei"_qs);
        QCOMPARE(cell(m_active, SilencesModel::CommentColumn), u"deploy 4711, ticket OPS-12"_qs);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/alertsui-silences.png")));

        // Time passes: the soon-ending one expires on the clock.
        m_world->clock.advance(4 * 60'000);
        QCOMPARE(cell(m_soon, SilencesModel::StateColumn), u"\u2714 expired"_qs);
    }

    void activeOnly()
    {
        m_page->setActiveOnly(true);
        QCOMPARE(m_page->view()->model()->rowCount(), 2);
        QCOMPARE(cell(m_pending, 0), u"(not listed)"_qs);
        m_page->setActiveOnly(false);
        QCOMPARE(m_page->view()->model()->rowCount(), 4);
    }

    void newFromTheKeyboard()
    {
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_N);
        SilenceDialog *dialog = m_page->findChild<SilenceDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isEditing());
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->reject();
    }

    void editKeepsTheSilenceAndChangesTheComment()
    {
        m_page->selectSilence(m_active);
        QCOMPARE(m_page->currentSilenceId(), m_active);
        SilenceDialog *dialog = m_page->editSelected();
        QVERIFY(dialog);
        QVERIFY(dialog->isEditing());
        QCOMPARE(dialog->silence().matchers, book()->silenceStore()->silence(m_active)->matchers);
        QCOMPARE(dialog->silence().comment, u"deploy 4711, ticket OPS-12"_qs);
        QCOMPARE(dialog->silence().endsAtMs / 60'000,
                 book()->silenceStore()->silence(m_active)->endsAtMs / 60'000);
        dialog->setComment(QStringLiteral("deploy 4711 rolled back, ticket OPS-12"));
        dialog->accept();
        // Same matchers and start on an active silence: changed in place, as Alertmanager does.
        QCOMPARE(dialog->savedId(), m_active);
        QCOMPARE(book()->silenceStore()->silence(m_active)->comment,
                 u"deploy 4711 rolled back, ticket OPS-12"_qs);
    }

    void expireEarlyNeedsAReason()
    {
        m_page->selectSilence(m_active);
        AuditReasonDialog *dialog = m_page->expireSelected();
        QVERIFY(dialog);
        QVERIFY(!dialog->canRun());
        dialog->accept();
        QCOMPARE(book()->silenceStore()->silence(m_active)->stateAt(now()), Silence::State::Active);
        QTest::keyClicks(dialog->reasonEdit(), u"deploy finished early"_qs);
        QVERIFY(dialog->canRun());
        dialog->accept();
        QCOMPARE(book()->silenceStore()->silence(m_active)->stateAt(now()),
                 Silence::State::Expired);
        QCOMPARE(cell(m_active, SilencesModel::StateColumn), u"\u2714 expired"_qs);

        // An expired one cannot be expired again.
        m_page->selectSilence(m_expired);
        QVERIFY(!m_page->expireSelected());
        QVERIFY(m_page->messageText().contains(u"already expired"));
    }
};

QTEST_MAIN(TestSilencesPage)
#include "tst_silencespage.moc"
