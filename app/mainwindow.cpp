#include "mainwindow.h"

#include "session.h"
#include "settingswindow.h"
#include "translation.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/notificationtray.h"
#include "models/alerts/notifier.h"
#include "models/alerts/ruleevaluator.h"
#include "models/core/clock.h"
#include "models/core/duration.h"
#include "models/dashboards/dashboardrunner.h"
#include "models/incidents/incidentrepository.h"
#include "models/sources/collector.h"
#include "models/sources/healthmodel.h"
#include "widgets/alertspage.h"
#include "widgets/auditpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/incidentboard.h"
#include "widgets/maintenancepage.h"
#include "widgets/notificationspage.h"
#include "widgets/reportwriter.h"
#include "widgets/silencespage.h"
#include "widgets/thememanager.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

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
        auto *page = new DashboardPage(runner, session->panelModels(), m_tabs);
        m_pages.append(page);
        m_tabs->addTab(page, runner->dashboard().title);
        m_tabs->setTabToolTip(m_tabs->count() - 1, runner->dashboard().audience);
    }
    if (AlertBook *book = session->alertBook()) {
        auto *alerts = new AlertsPage(book, session->engine(), m_tabs);
        // The detail chart plots the alert's rule expression over the last hour.
        RuleEvaluator *rules = session->rules(); // outlives the window
        alerts->setExpressionLookup([rules](const QString &name) -> QString {
            for (int g = 0; rules && g < rules->groupCount(); ++g)
                for (const Rule &r : rules->group(g).rules)
                    if (r.isAlerting() && r.name == name)
                        return r.expr;
            return {};
        });
        if (session->notifier())
            alerts->setDeliveryModel(session->notifier()->deliveries());
        alerts->setProperty("wkTabId", QStringLiteral("alerts"));
        m_tabs->addTab(alerts, tr("Alerts"));
        m_tabs->setTabToolTip(
            m_tabs->count() - 1,
            tr("Firing and pending alerts: A acknowledge, S suppress, I open incident, / filter"));
    }
    if (session->incidents()) {
        auto *board = new IncidentBoard(m_tabs);
        board->setRepository(session->incidents(), session->clock());
        board->setProperty("wkTabId", QStringLiteral("incidents"));
        m_tabs->addTab(board, tr("Incidents"));
        m_tabs->setTabToolTip(m_tabs->count() - 1,
                              tr("P1–P4 incidents through the guide's five stages"));
        // "Open incident…" on the alerts page shows the new incident on the board.
        if (auto *alerts = m_tabs->findChild<AlertsPage *>()) {
            alerts->setIncidentAutomation(session->incidentAutomation());
            connect(alerts, &AlertsPage::incidentOpened, this, [this, board](qint64 id) {
                m_tabs->setCurrentWidget(board);
                board->selectIncident(id);
            });
        }
    }
    if (AlertBook *book = session->alertBook()) {
        const auto addTool = [this](QWidget *page, const char *id, const QString &title) {
            page->setProperty("wkTabId", QString::fromLatin1(id));
            m_tabs->addTab(page, title);
        };
        addTool(new SilencesPage(book, m_tabs), "silences", tr("Silences"));
        addTool(new MaintenancePage(book, m_tabs), "maintenance", tr("Maintenance"));
        addTool(new AuditPage(book, m_tabs), "audit", tr("Audit"));
        if (session->notifier()) {
            auto *notifications = new NotificationsPage(session->notifier()->deliveries(), m_tabs);
            addTool(notifications, "notifications", tr("Notifications"));
            // A delivery leads to its alert.
            connect(notifications, &NotificationsPage::alertActivated, this, [this](quint64 id) {
                if (auto *alerts = m_tabs->findChild<AlertsPage *>()) {
                    m_tabs->setCurrentWidget(alerts);
                    alerts->selectAlert(id);
                }
            });
        }
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);

    rebuildTargetLabels();
    connect(session->collector(), &Collector::targetPolled, this, &MainWindow::updateTargetStatus);
    auto *ageTimer = new QTimer(this);
    connect(ageTimer, &QTimer::timeout, this, &MainWindow::updateTargetStatus);
    ageTimer->start(1000);
    updateTargetStatus();
    buildMenus();
    buildTray();
    // The user's operator name and quiet hours, from the user config.
    if (m_session->incidents() && !m_user.operatorName().isEmpty())
        m_session->incidents()->setOperatorName(m_user.operatorName());
    if (m_session->alertBook() && !m_user.operatorName().isEmpty())
        m_session->alertBook()->setOperatorName(m_user.operatorName());
    if (m_session->notifier() && m_session->notifier()->tray() && m_user.hasQuietHours()) {
        ChannelConfig desktop = m_session->notifier()->tray()->settings();
        desktop.quietHours.start = m_user.quietStart();
        desktop.quietHours.end = m_user.quietEnd();
        m_session->notifier()->tray()->setSettings(desktop);
    }
    resize(1600, 1000);
    pageChanged(m_tabs->currentIndex());
}

MainWindow::~MainWindow()
{
    // Pages removed while the window goes must not switch the (shared) runners off.
    m_tabs->disconnect(this);
}

std::unique_ptr<MainWindow> MainWindow::inLanguage(MainWindow &current, const QString &code,
                                                   QString *error)
{
    const auto installed = Translation::install(code);
    if (!installed) {
        if (error)
            *error = installed.error().toString();
        return nullptr;
    }
    current.m_session->retranslateDashboards();
    auto next = std::make_unique<MainWindow>(current.m_session);
    next->setGeometry(current.geometry());
    next->setWindowState(current.windowState());
    next->m_tabs->setCurrentIndex(current.m_tabs->currentIndex());
    if (current.m_settings && current.m_settings->isVisible()) {
        next->showSettings();
        next->m_settings->setGeometry(current.m_settings->geometry());
        next->m_settings->showPage(current.m_settings->currentPage());
    }
    if (current.isVisible())
        next->show();
    return next;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Export &report (PDF)…"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                    &MainWindow::exportReport);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                    &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    // The time range of the shown dashboard: the picker Grafana users expect.
    auto *bar = addToolBar(tr("Time range"));
    bar->setObjectName(QStringLiteral("timeRange"));
    bar->setMovable(false);
    m_range = new QComboBox(bar);
    m_range->setAccessibleName(tr("Time range"));
    m_range->setToolTip(tr("Time range of the charts (Ctrl+[ and Ctrl+] step through)"));
    const QList<QPair<QString, qint64>> ranges{
        {tr("Last 5 minutes"), 5ll * 60 * 1000},     {tr("Last hour"), 3600ll * 1000},
        {tr("Last 6 hours"), 6 * 3600ll * 1000},     {tr("Last 24 hours"), 24 * 3600ll * 1000},
        {tr("Last 7 days"), 7 * 24 * 3600ll * 1000}, {tr("Last 30 days"), 30 * 24 * 3600ll * 1000}};
    for (const auto &[label, ms] : ranges)
        m_range->addItem(label, ms);
    bar->addWidget(m_range);
    connect(m_range, &QComboBox::activated, this, [this](int index) {
        if (DashboardPage *p = currentPage())
            p->runner()->setRangeMs(m_range->itemData(index).toLongLong());
    });
    auto *earlier = new QAction(tr("Shorter range"), this);
    earlier->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    connect(earlier, &QAction::triggered, this, [this] {
        if (m_range->currentIndex() > 0) {
            m_range->setCurrentIndex(m_range->currentIndex() - 1);
            Q_EMIT m_range->activated(m_range->currentIndex());
        }
    });
    auto *later = new QAction(tr("Longer range"), this);
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    connect(later, &QAction::triggered, this, [this] {
        if (m_range->currentIndex() < m_range->count() - 1) {
            m_range->setCurrentIndex(m_range->currentIndex() + 1);
            Q_EMIT m_range->activated(m_range->currentIndex());
        }
    });
    addAction(earlier);
    addAction(later);
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

void MainWindow::buildTray()
{
    NotificationTray *tray = m_session->notifier() ? m_session->notifier()->tray() : nullptr;
    if (!tray)
        return;
    // The badge: unacknowledged firing alerts, in the colour of the worst, with the count as
    // text so colour is never the only sign.
    m_tray = new QSystemTrayIcon(this);
    const auto paintBadge = [this](int count, const QString &worst) {
        const Theme &theme = ThemeManager::current();
        QPixmap pm(64, 64);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const HealthStatus s = worst == u"critical"                       ? HealthStatus::Unhealthy
                               : (worst == u"high" || worst == u"medium") ? HealthStatus::Degraded
                               : count > 0                                ? HealthStatus::Degraded
                                                                          : HealthStatus::Healthy;
        p.setBrush(theme.statusColour(s));
        p.setPen(Qt::NoPen);
        p.drawEllipse(pm.rect().adjusted(2, 2, -2, -2));
        p.setPen(theme.onStatus);
        QFont f = theme.font(28, true);
        f.setPixelSize(count > 9 ? 26 : 36);
        p.setFont(f);
        p.drawText(pm.rect(), Qt::AlignCenter,
                   count > 0 ? QString::number(std::min(count, 99)) : QStringLiteral("✔"));
        p.end();
        m_tray->setIcon(QIcon(pm));
        m_tray->setToolTip(
            count > 0
                ? tr("Watchkeeper: %n unacknowledged alert(s), worst %1", nullptr, count).arg(worst)
                : tr("Watchkeeper: no unacknowledged alerts"));
    };
    paintBadge(0, {});
    connect(tray, &NotificationTray::badgeChanged, this, paintBadge);
    connect(tray, &NotificationTray::show, this,
            [this](const QString &title, const QString &body, const QString &severity) {
                m_tray->showMessage(title, body,
                                    severity == u"critical" ? QSystemTrayIcon::Critical
                                                            : QSystemTrayIcon::Warning,
                                    15'000);
            });
    // No sound library: the system bell, once per alert and at each reminder.
    connect(tray, &NotificationTray::playSound, this, [] { QApplication::beep(); });
    connect(tray, &NotificationTray::soundReminder, this, [] { QApplication::beep(); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

bool MainWindow::showDashboard(const QString &id)
{
    for (int i = m_pages.size(); i < m_tabs->count(); ++i) {
        // The tool tabs by their English name (the same in every language) or as shown.
        if (m_tabs->widget(i)->property("wkTabId").toString().compare(id, Qt::CaseInsensitive) ==
                0 ||
            m_tabs->tabText(i).compare(id, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
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
    if (m_range && index >= 0 && index < m_pages.size()) {
        const int at = m_range->findData(m_pages[index]->runner()->rangeMs());
        if (at >= 0)
            m_range->setCurrentIndex(at);
    }
}

void MainWindow::exportReport()
{
    DashboardPage *page = currentPage();
    if (!page)
        return;
    const QString id = page->runner()->dashboard().id;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), id + QStringLiteral("-report.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    ReportWriter writer(page->runner(), m_session->health(), m_session->clock());
    writer.setSource(m_session->workspace().title);
    const auto pages = writer.write(path);
    if (pages)
        statusBar()->showMessage(
            tr("Report written to %1 (%n page(s))", nullptr, pages.value()).arg(path), 10'000);
    else
        QMessageBox::warning(this, tr("Export report"), pages.error().toString());
}

void MainWindow::rebuildTargetLabels()
{
    qDeleteAll(m_targetLabels);
    m_targetLabels.clear();
    for (int i = 0; i < m_session->collector()->targets().size(); ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(label);
        m_targetLabels.append(label);
    }
}

void MainWindow::showSettings()
{
    if (!m_settings) {
        m_settings = new SettingsWindow(&m_user, m_session->workspace().path, this);
        connect(m_settings, &SettingsWindow::targetsChanged, this,
                [this](const QList<TargetConfig> &targets) {
                    m_session->collector()->setTargets(targets);
                    rebuildTargetLabels();
                    updateTargetStatus();
                });
        connect(m_settings, &SettingsWindow::notificationsChanged, this,
                [this](const NotificationConfig &config) {
                    if (m_session->notifier())
                        m_session->notifier()->setConfig(config);
                });
        connect(m_settings, &SettingsWindow::operatorChanged, this, [this](const QString &name) {
            if (m_session->incidents())
                m_session->incidents()->setOperatorName(name);
            if (m_session->alertBook())
                m_session->alertBook()->setOperatorName(name);
        });
        connect(m_settings, &SettingsWindow::quietHoursChanged, this,
                [this](const QTime &start, const QTime &end) {
                    NotificationTray *tray =
                        m_session->notifier() ? m_session->notifier()->tray() : nullptr;
                    if (!tray)
                        return;
                    ChannelConfig desktop = tray->settings();
                    desktop.quietHours.start = start;
                    desktop.quietHours.end = end;
                    tray->setSettings(desktop);
                });
        // themeChanged: already applied through the ThemeManager. A language: the window is
        // made again in it by its owner.
        connect(m_settings, &SettingsWindow::languageChanged, this,
                &MainWindow::languageChangeRequested);
    }
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
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
