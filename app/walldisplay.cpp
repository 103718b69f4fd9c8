#include "walldisplay.h"

#include "session.h"

#include "models/core/clock.h"
#include "models/core/duration.h"
#include "models/dashboards/dashboardrunner.h"
#include "models/sources/collector.h"
#include "models/sources/healthmodel.h"
#include "widgets/dashboardpage.h"
#include "widgets/thememanager.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <QSet>

namespace Wk {

namespace {

constexpr qint64 BurnInShiftMs = 3 * 60 * 1000;
// A small circuit of offsets: content moves a few pixels every few minutes and comes back.
const QPoint BurnInPath[] = {{0, 0}, {3, 1}, {4, 4}, {1, 3}, {-2, 2}, {-3, -1}, {-1, -3}, {2, -2}};

} // namespace

WallDisplay::WallDisplay(Session *session, const DisplayConfig &config, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_config(config)
    , m_title(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_dimmer(new QWidget(this))
{
    setWindowTitle(tr("Watchkeeper wall"));
    setCursor(Qt::BlankCursor);
    setAutoFillBackground(true);
    const Theme &theme = ThemeManager::current();
    setPalette(theme.palette());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    m_title->setFont(theme.font(theme.titlePt + 6, true));
    m_clock->setFont(theme.font(theme.titlePt + 6, true));
    m_freshness->setFont(theme.font(theme.normalPt));
    header->addWidget(m_title, 1);
    header->addWidget(m_freshness);
    header->addSpacing(24);
    header->addWidget(m_clock);
    layout->addLayout(header);

    m_banner->setWordWrap(true);
    m_banner->setFont(theme.font(theme.titlePt + 2, true));
    m_banner->setAutoFillBackground(true);
    QPalette bp = m_banner->palette();
    bp.setColor(QPalette::Window, theme.unhealthy);
    bp.setColor(QPalette::WindowText, theme.onStatus);
    m_banner->setPalette(bp);
    m_banner->setContentsMargins(12, 6, 12, 6);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    const auto &runners = session->runners();
    for (DashboardRunner *runner : runners) {
        if (!config.dashboards.isEmpty() && !config.dashboards.contains(runner->dashboard().id))
            continue;
        auto *page = new DashboardPage(runner, session->panelModels(), m_stack);
        page->setInteractive(false);
        m_pages.append(page);
        m_stack->addWidget(page);
    }
    // Keep the workspace's playlist order, not the tab order.
    if (!config.dashboards.isEmpty()) {
        std::stable_sort(m_pages.begin(), m_pages.end(), [&](DashboardPage *a, DashboardPage *b) {
            return config.dashboards.indexOf(a->runner()->dashboard().id) <
                   config.dashboards.indexOf(b->runner()->dashboard().id);
        });
    }

    // Night dimming: a translucent layer above everything, transparent to input.
    m_dimmer->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dimmer->setAutoFillBackground(true);
    QPalette dp = m_dimmer->palette();
    dp.setColor(QPalette::Window, QColor(0, 0, 0, 140));
    m_dimmer->setPalette(dp);
    m_dimmer->hide();

    auto *second = new QTimer(this);
    connect(second, &QTimer::timeout, this, &WallDisplay::tick);
    second->start(1000);
    auto *shift = new QTimer(this);
    connect(shift, &QTimer::timeout, this, &WallDisplay::shiftContent);
    shift->start(int(BurnInShiftMs));
    connect(session->collector(), &Collector::targetPolled, this, &WallDisplay::tick);

    showIndex(0);
    tick();
}

WallDisplay::~WallDisplay()
{
    if (m_rotationTimer)
        m_session->clock()->cancel(m_rotationTimer);
}

DashboardPage *WallDisplay::currentPage() const
{
    return m_pages.value(m_index);
}

QList<DashboardRunner *> WallDisplay::playlist() const
{
    QList<DashboardRunner *> out;
    for (DashboardPage *p : m_pages)
        out.append(p->runner());
    return out;
}

void WallDisplay::showIndex(int index)
{
    if (m_pages.isEmpty())
        return;
    m_index = ((index % m_pages.size()) + m_pages.size()) % m_pages.size();
    m_stack->setCurrentWidget(m_pages[m_index]);
    const Dashboard &d = m_pages[m_index]->runner()->dashboard();
    m_title->setText(m_pages.size() > 1
                         ? tr("%1  ·  %2 of %3").arg(d.title).arg(m_index + 1).arg(m_pages.size())
                         : d.title);
    scheduleRotation();
    Q_EMIT pageChanged(m_index);
}

void WallDisplay::next()
{
    showIndex(m_index + 1);
}

void WallDisplay::scheduleRotation()
{
    Clock *clock = m_session->clock();
    if (m_rotationTimer)
        clock->cancel(m_rotationTimer);
    m_rotationTimer = 0;
    if (m_pages.size() > 1 && m_config.rotateMs > 0) {
        m_rotationTimer = clock->callAfter(m_config.rotateMs, this, [this] {
            m_rotationTimer = 0;
            next();
        });
    }
}

void WallDisplay::tick()
{
    const qint64 now = m_session->clock()->nowMs();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now);
    m_clock->setText(QLocale().toString(local.time(), QStringLiteral("HH:mm:ss")));

    // Freshness is the age of the newest successful poll; a lost target raises the banner.
    qint64 newest = 0;
    QStringList lost;
    for (const TargetState &t : m_session->collector()->targets()) {
        newest = std::max(newest, t.lastSuccessMs);
        if (t.lastPollMs > 0 && !t.ok)
            lost << tr("%1: %2").arg(t.config.name, t.error);
    }
    m_freshness->setText(newest > 0 ? tr("updated %1 ago").arg(humanAge(now - newest))
                                    : tr("waiting for data"));
    if (!lost.isEmpty()) {
        QString since;
        if (newest > 0)
            since = tr(" — showing the last data, from %1")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(newest).time(),
                                                QStringLiteral("HH:mm:ss")));
        m_banner->setText(
            tr("⚠ Connection lost  %1%2").arg(lost.join(QStringLiteral("; ")), since));
    }
    m_banner->setVisible(!lost.isEmpty());

    bool night = false;
    if (m_config.dimAtNight) {
        const int h = local.time().hour();
        night = m_config.nightStartHour > m_config.nightEndHour
                    ? (h >= m_config.nightStartHour || h < m_config.nightEndHour)
                    : (h >= m_config.nightStartHour && h < m_config.nightEndHour);
    }
    if (night != m_dimmer->isVisible()) {
        m_dimmer->setGeometry(rect());
        m_dimmer->setVisible(night);
        m_dimmer->raise();
    }
}

void WallDisplay::shiftContent()
{
    m_shiftStep = (m_shiftStep + 1) % int(std::size(BurnInPath));
    m_offset = BurnInPath[m_shiftStep];
    layout()->setContentsMargins(12 + m_offset.x(), 8 + m_offset.y(), 12 - m_offset.x(),
                                 8 - m_offset.y());
}

void WallDisplay::placeOnScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen = screens.value(m_config.screen, QGuiApplication::primaryScreen());
    if (!screen)
        return;
    if (windowHandle())
        windowHandle()->setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    m_dimmer->setGeometry(rect());
}

bool WallDisplay::isBannerVisible() const
{
    return !m_banner->isHidden();
}

QString WallDisplay::bannerText() const
{
    return m_banner->text();
}

QString WallDisplay::freshnessText() const
{
    return m_freshness->text();
}

bool WallDisplay::isDimmed() const
{
    return !m_dimmer->isHidden();
}

WallController::WallController(Session *session, QList<DisplayConfig> displays, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (displays.isEmpty())
        displays.append(DisplayConfig{});
    for (const DisplayConfig &d : displays) {
        auto *w = new WallDisplay(session, d);
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(w, &WallDisplay::pageChanged, this, &WallController::updateActiveRunners);
        m_displays.append(w);
    }
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &WallController::screenRemoved);
    updateActiveRunners();
}

WallController::~WallController()
{
    qDeleteAll(m_displays);
}

void WallController::show()
{
    for (WallDisplay *w : std::as_const(m_displays))
        w->placeOnScreen();
}

void WallController::updateActiveRunners()
{
    QSet<DashboardRunner *> shown;
    for (WallDisplay *w : std::as_const(m_displays)) {
        if (DashboardPage *p = w->currentPage())
            shown.insert(p->runner());
    }
    for (DashboardRunner *r : m_session->runners())
        r->setActive(shown.contains(r));
}

void WallController::screenRemoved(QScreen *screen)
{
    // A screen unplugged: its display moves to a remaining screen and keeps rotating.
    for (WallDisplay *w : std::as_const(m_displays)) {
        if (w->screen() == screen || !QGuiApplication::screens().contains(w->screen())) {
            QTimer::singleShot(0, w, [w] {
                if (QScreen *primary = QGuiApplication::primaryScreen()) {
                    if (w->windowHandle())
                        w->windowHandle()->setScreen(primary);
                    w->setGeometry(primary->geometry());
                    w->showFullScreen();
                }
            });
        }
    }
}

} // namespace Wk
