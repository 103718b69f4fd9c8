#include "models/incidents/incidentdemo.h"
#include "models/incidents/incidentlistmodel.h"
#include "models/incidents/incidentrepository.h"
#include "widgets/incidentboard.h"
#include "widgets/incidentcolumnview.h"
#include "widgets/incidentdetailpane.h"
#include "widgets/incidentnotebox.h"
#include "widgets/thememanager.h"

#include <QApplication>
#include <QDropEvent>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

namespace {

constexpr qint64 Now = 1'700'000'000'000 + 3 * 24 * 3'600'000LL;

qint64 findByTitle(const IncidentRepository &repo, const QString &prefix)
{
    for (const Incident &inc : repo.incidents()) {
        if (inc.title.startsWith(prefix))
            return inc.id;
    }
    return 0;
}

} // namespace

class TestIncidentBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        ThemeManager::instance()->setVariant(Theme::Variant::Desktop);
        m_clock = std::make_unique<ManualClock>(Now);
        IncidentRepository::Options options;
        options.location = QStringLiteral(":memory:");
        options.operatorName = QStringLiteral("maria.lopez");
        auto repo = IncidentRepository::open(options, m_clock.get());
        QVERIFY(repo);
        m_repo = std::move(repo.value());
        QVERIFY(IncidentDemo::populate(m_repo.get(), Now) > 0);
        m_board = std::make_unique<IncidentBoard>();
        m_board->setRepository(m_repo.get(), m_clock.get());
        m_board->resize(1800, 950);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    }
    void cleanup()
    {
        m_board.reset();
        m_repo.reset();
        m_clock.reset();
    }

    void rendersCardsInEveryColumn()
    {
        for (IncidentStage stage : IncidentStages::all())
            QVERIFY2(m_board->cardCount(stage) > 0, qPrintable(IncidentStages::name(stage)));
        QCOMPARE(m_board->cardCount(IncidentStage::Detection), 3);
        const qint64 login = findByTitle(*m_repo, QStringLiteral("Login failures"));
        m_board->selectIncident(login);
        QCOMPARE(m_board->detailPane()->incidentId(), login);
        QApplication::processEvents();
        const QImage shot = m_board->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QStringLiteral("/tmp/incident-board.png")));
        // Not one flat colour: cards were drawn.
        QSet<QRgb> colours;
        for (int x = 0; x < shot.width(); x += 7)
            colours.insert(shot.pixel(x, shot.height() / 3));
        QVERIFY(colours.size() > 5);
    }

    void cardsSayTheirCountdownsInWords()
    {
        const qint64 login = findByTitle(*m_repo, QStringLiteral("Login failures"));
        const QStringList loginCard = m_board->cardLines(login);
        QCOMPARE(loginCard.size(), 5);
        QVERIFY(loginCard.at(0).startsWith(QStringLiteral("P1 Critical")));
        QCOMPARE(loginCard.at(1), QStringLiteral("Login failures spike on the auth service"));
        QCOMPARE(loginCard.at(3), QStringLiteral("\u2716 BREACHED Response 2:00 over"));
        const qint64 disk = findByTitle(*m_repo, QStringLiteral("Disk usage"));
        QCOMPARE(m_board->cardLines(disk).at(3),
                 QStringLiteral("\u25B2 DUE SOON Response 10:00 left"));
        // The countdown moves with the clock.
        m_clock->advance(30'000);
        QCOMPARE(m_board->cardLines(disk).at(3),
                 QStringLiteral("\u25B2 DUE SOON Response 9:30 left"));
        const qint64 p1 = findByTitle(*m_repo, QStringLiteral("Database unavailable"));
        QCOMPARE(m_board->cardLines(p1).at(3), QStringLiteral("\u2714 Response met in 3 min"));
    }

    void bracketKeysMoveTheSelectedCard()
    {
        const qint64 login = findByTitle(*m_repo, QStringLiteral("Login failures"));
        m_board->selectIncident(login);
        IncidentColumnView *detection = m_board->column(IncidentStage::Detection);
        detection->setFocus();
        QCOMPARE(detection->currentIncident(), login);
        QTest::keyClick(detection, Qt::Key_BracketRight);
        QCOMPARE(m_repo->incident(login)->stage, IncidentStage::Assessment);
        QCOMPARE(m_board->cardCount(IncidentStage::Detection), 2);
        QCOMPARE(m_board->cardCount(IncidentStage::Assessment), 2);
        // The card stays selected in its new column, so `]` again moves it on.
        IncidentColumnView *assessment = m_board->column(IncidentStage::Assessment);
        QCOMPARE(assessment->currentIncident(), login);
        QCOMPARE(m_board->selectedIncident(), login);
        QTest::keyClick(assessment, Qt::Key_BracketRight);
        QCOMPARE(m_repo->incident(login)->stage, IncidentStage::Response);
        QTest::keyClick(m_board->column(IncidentStage::Response), Qt::Key_BracketLeft);
        QCOMPARE(m_repo->incident(login)->stage, IncidentStage::Assessment);
        const Incident inc = *m_repo->incident(login);
        QCOMPARE(inc.timeline.last().kind, TimelineEntry::Kind::StageChange);
        QCOMPARE(inc.timeline.last().who, QStringLiteral("maria.lopez"));
        QCOMPARE(inc.timeline.last().atMs, Now);
        QVERIFY(inc.acknowledgedMs == Now); // the first move acknowledged it
    }

    void leftAndRightWalkTheColumns()
    {
        IncidentColumnView *detection = m_board->column(IncidentStage::Detection);
        detection->setFocus();
        detection->setCurrentIndex(detection->model()->index(0, 0));
        QTest::keyClick(detection, Qt::Key_Right);
        QVERIFY(m_board->column(IncidentStage::Assessment)->hasFocus());
        QTest::keyClick(m_board->column(IncidentStage::Assessment), Qt::Key_Left);
        QVERIFY(detection->hasFocus());
    }

    void dropMovesTheCard()
    {
        const qint64 sms = findByTitle(*m_repo, QStringLiteral("SMS provider"));
        IncidentColumnView *response = m_board->column(IncidentStage::Response);
        auto *model =
            qobject_cast<QAbstractItemModel *>(m_board->column(IncidentStage::Assessment)->model());
        QModelIndex source;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(IncidentListModel::IdRole).toLongLong() == sms)
                source = model->index(r, 0);
        }
        QVERIFY(source.isValid());
        std::unique_ptr<QMimeData> mime(model->mimeData({source}));
        QDragEnterEvent enter(QPoint(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(response->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(response->viewport(), &drop);
        QCOMPARE(m_repo->incident(sms)->stage, IncidentStage::Response);
        QCOMPARE(m_board->selectedIncident(), sms);
    }

    void moveFromAnOldCardIsRefusedAndSaidSo()
    {
        const qint64 sms = findByTitle(*m_repo, QStringLiteral("SMS provider"));
        const int shown = m_repo->versionOf(sms);
        // Someone else (here: the detail pane's severity control) changes it first.
        QVERIFY(m_repo->setSeverity(sms, IncidentSeverity::P1).ok());
        QSignalSpy finished(m_board.get(), &IncidentBoard::writeFinished);
        const IncidentWriteResult r = m_board->moveIncident(sms, shown, IncidentStage::Response);
        QCOMPARE(r.status, IncidentWriteResult::Status::Refused);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(m_board->statusText().contains(QStringLiteral("changed by maria.lopez at")),
                 qPrintable(m_board->statusText()));
        QCOMPARE(m_repo->incident(sms)->stage, IncidentStage::Assessment);
    }

    void ctrlEnterAddsTheNote()
    {
        const qint64 p1 = findByTitle(*m_repo, QStringLiteral("Database unavailable"));
        m_board->selectIncident(p1);
        IncidentNoteBox *box = m_board->detailPane()->noteBox();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("Review held; PgBouncer rollout planned"));
        QTest::keyClick(box, Qt::Key_Return); // a plain Enter is a new line
        QVERIFY(box->toPlainText().contains(u'\n'));
        QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
        const Incident inc = *m_repo->incident(p1);
        QCOMPARE(inc.timeline.last().kind, TimelineEntry::Kind::Note);
        QCOMPARE(inc.timeline.last().text,
                 QStringLiteral("Review held; PgBouncer rollout planned"));
        QCOMPARE(inc.timeline.last().who, QStringLiteral("maria.lopez"));
        QVERIFY(box->toPlainText().isEmpty());
        QListView *timeline = m_board->detailPane()->timelineView();
        QCOMPARE(timeline->model()->rowCount(), inc.timeline.size());
        QVERIFY(timeline->model()
                    ->index(timeline->model()->rowCount() - 1, 0)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Review held")));
    }

    void filters()
    {
        m_board->setSeverityFilter({IncidentSeverity::P1});
        QCOMPARE(m_board->cardCount(IncidentStage::Detection), 1);
        QCOMPARE(m_board->cardCount(IncidentStage::FollowUp), 1);
        QCOMPARE(m_board->cardCount(IncidentStage::Response), 0);
        m_board->setSeverityFilter({});
        m_board->setMineOnly(true);
        QCOMPARE(m_board->cardCount(IncidentStage::FollowUp), 1);
        QCOMPARE(m_board->cardCount(IncidentStage::Detection), 0);
        m_board->setMineOnly(false);
        m_board->setOpenOnly(true);
        QCOMPARE(m_board->cardCount(IncidentStage::Closed), 0);
        QVERIFY(!m_board->column(IncidentStage::Closed)->isVisible());
    }

    void wallModeIsReadOnlyAndLarge()
    {
        const qint64 login = findByTitle(*m_repo, QStringLiteral("Login failures"));
        const QSize desktopCard =
            m_board->column(IncidentStage::Detection)
                ->visualRect(m_board->column(IncidentStage::Detection)->model()->index(0, 0))
                .size();
        m_board->setWallMode(true);
        m_board->resize(1920, 1080);
        QApplication::processEvents();
        QVERIFY(!m_board->detailPane()->isVisible());
        IncidentColumnView *detection = m_board->column(IncidentStage::Detection);
        QVERIFY(detection->isReadOnly());
        QCOMPARE(detection->focusPolicy(), Qt::NoFocus);
        QCOMPARE(
            m_board->moveIncident(login, m_repo->versionOf(login), IncidentStage::Response).status,
            IncidentWriteResult::Status::Failed);
        QTest::keyClick(detection, Qt::Key_BracketRight);
        QCOMPARE(m_repo->incident(login)->stage, IncidentStage::Detection);
        const QSize wallCard = detection->visualRect(detection->model()->index(0, 0)).size();
        QVERIFY2(wallCard.height() > desktopCard.height() * 3 / 2,
                 qPrintable(
                     QStringLiteral("%1 vs %2").arg(wallCard.height()).arg(desktopCard.height())));
        QVERIFY(m_board->grab().toImage().save(QStringLiteral("/tmp/incident-board-wall.png")));
    }

    void offlineIsSaidAndTheLastStateKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("board.db"));
        bool reachable = true;
        IncidentRepository::Options options;
        options.location = path;
        options.operatorName = QStringLiteral("maria.lopez");
        options.offlineDir = dir.filePath(QStringLiteral("offline"));
        options.connector = [&reachable, path]() -> Result<std::unique_ptr<Database>> {
            if (!reachable)
                return Error(QStringLiteral("connection refused"));
            return Database::open(path);
        };
        auto repo = IncidentRepository::open(options, m_clock.get());
        QVERIFY(repo);
        IncidentDemo::populate(repo.value().get(), Now);
        IncidentBoard board;
        board.setRepository(repo.value().get(), m_clock.get());
        board.show();
        QVERIFY(board.statusText().isEmpty());
        reachable = false;
        repo.value()->database()->sql().close();
        m_clock->advance(1000);
        QVERIFY2(board.statusText().contains(QStringLiteral("Offline")),
                 qPrintable(board.statusText()));
        QCOMPARE(board.cardCount(IncidentStage::Detection), 3);
        const qint64 login = findByTitle(*repo.value(), QStringLiteral("Login failures"));
        board.selectIncident(login);
        QCOMPARE(board.stepSelected(1).status, IncidentWriteResult::Status::Queued);
        QCOMPARE(board.cardCount(IncidentStage::Assessment), 2);
        QVERIFY(board.statusText().contains(QStringLiteral("1 change waiting to be stored")));
        QVERIFY(board.cardLines(login).at(2).contains(QStringLiteral("waiting")));
        reachable = true;
        m_clock->advance(2000); // the retry tries on a worker thread, then connects
        QTRY_VERIFY(board.statusText().isEmpty());
        QCOMPARE(repo.value()->incident(login)->stage, IncidentStage::Assessment);
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentRepository> m_repo;
    std::unique_ptr<IncidentBoard> m_board;
};

QTEST_MAIN(TestIncidentBoard)
#include "tst_incidentboard.moc"
