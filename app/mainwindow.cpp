#include "mainwindow.h"

#include "session.h"

#include "models/core/clock.h"
#include "models/core/duration.h"
#include "models/dashboards/dashboardrunner.h"
#include "models/sources/collector.h"
#include "models/sources/healthmodel.h"
#include "widgets/dashboardpage.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace Wk {

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(session->workspace().title.isEmpty()
                       ? tr("Watchkeeper")
                       : tr("%1 — Watchkeeper").arg(session->workspace().title));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    for (DashboardRunner *runner : session->runners()) {
        auto *page = new DashboardPage(runner, session->health(), session->clock(), m_tabs);
        m_pages.append(page);
        m_tabs->addTab(page, runner->dashboard().title);
        m_tabs->setTabToolTip(m_tabs->count() - 1, runner->dashboard().audience);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);

    for (int i = 0; i < session->collector()->targets().size(); ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(label);
        m_targetLabels.append(label);
    }
    connect(session->collector(), &Collector::targetPolled, this, &MainWindow::updateTargetStatus);
    auto *ageTimer = new QTimer(this);
    connect(ageTimer, &QTimer::timeout, this, &MainWindow::updateTargetStatus);
    ageTimer->start(1000);
    updateTargetStatus();
    buildMenus();
    resize(1600, 1000);
    pageChanged(m_tabs->currentIndex());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *a =
            view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(tr("&Refresh now"), QKeySequence::Refresh, this, [this] {
        if (DashboardPage *p = currentPage())
            p->runner()->refresh();
    });
}

bool MainWindow::showDashboard(const QString &id)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->runner()->dashboard().id.compare(id, Qt::CaseInsensitive) == 0 ||
            m_pages[i]->runner()->dashboard().title.compare(id, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

DashboardPage *MainWindow::currentPage() const
{
    return qobject_cast<DashboardPage *>(m_tabs->currentWidget());
}

void MainWindow::pageChanged(int index)
{
    // Only the visible dashboard runs its queries.
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages[i]->runner()->setActive(i == index);
}

void MainWindow::updateTargetStatus()
{
    const auto &targets = m_session->collector()->targets();
    const qint64 now = m_session->clock()->nowMs();
    for (int i = 0; i < targets.size() && i < m_targetLabels.size(); ++i) {
        const TargetState &t = targets[i];
        QString text;
        if (t.lastPollMs == 0)
            text = tr("%1: waiting for first poll").arg(t.config.name);
        else if (t.ok)
            text = tr("%1: ✔ ok %2 ago (%3 ms)")
                       .arg(t.config.name, humanAge(now - t.lastPollMs))
                       .arg(t.durationMs);
        else
            text =
                tr("%1: ✖ %2 (%3 ago)").arg(t.config.name, t.error, humanAge(now - t.lastPollMs));
        if (t.rejectedSeries > 0)
            text += tr(" — %n series over the cap dropped", nullptr, t.rejectedSeries);
        m_targetLabels[i]->setText(text);
        m_targetLabels[i]->setToolTip(t.config.url.toDisplayString(QUrl::RemoveUserInfo));
    }
}

} // namespace Wk
