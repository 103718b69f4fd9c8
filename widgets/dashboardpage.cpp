#include "dashboardpage.h"

#include "panelview.h"

#include "models/core/clock.h"
#include "models/dashboards/dashboardrunner.h"

#include <QDialog>
#include <QGridLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace Wk {

DashboardPage::DashboardPage(DashboardRunner *runner, QAbstractItemModel *health, Clock *clock,
                             QWidget *parent)
    : DashboardPage(runner, PanelModels{health, nullptr, nullptr, clock}, parent)
{}

DashboardPage::DashboardPage(DashboardRunner *runner, const PanelModels &models, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_clock(models.clock)
    , m_models(models)
    , m_applyTimer(new QTimer(this))
    , m_ageTimer(new QTimer(this))
{
    const Dashboard &d = runner->dashboard();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 8, 8, 8);
    grid->setSpacing(8);
    int rows = 0;
    for (int i = 0; i < d.panels.size(); ++i) {
        const Panel &p = d.panels[i];
        auto *view = new PanelView(p, models, this);
        m_panels.append(view);
        connect(view, &PanelView::fullViewRequested, this, [this, i] { openFullView(i); });
        grid->addWidget(view, p.grid.y, p.grid.x, p.grid.h,
                        std::min(p.grid.w, d.columns - p.grid.x));
        rows = std::max(rows, p.grid.y + p.grid.h);
    }
    for (int c = 0; c < d.columns; ++c)
        grid->setColumnStretch(c, 1);
    for (int r = 0; r < rows; ++r)
        grid->setRowStretch(r, 1);
    m_dirty = QList<bool>(m_panels.size(), false);

    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(0);
    connect(m_applyTimer, &QTimer::timeout, this, &DashboardPage::refreshNow);
    connect(runner, &DashboardRunner::panelUpdated, this, &DashboardPage::markDirty);
    connect(m_ageTimer, &QTimer::timeout, this, &DashboardPage::updateAges);
    m_ageTimer->start(5000);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::markDirty(int panel)
{
    m_dirty[panel] = true;
    if (isVisible())
        m_applyTimer->start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty.contains(true))
        m_applyTimer->start();
    updateAges();
}

void DashboardPage::refreshNow()
{
    for (int i = 0; i < m_panels.size(); ++i) {
        if (!m_dirty[i])
            continue;
        m_dirty[i] = false;
        m_panels[i]->apply(m_runner->data(i));
    }
    updateAges();
}

void DashboardPage::updateAges()
{
    if (!isVisible())
        return;
    const qint64 now = m_clock->nowMs();
    const qint64 refresh = m_runner->dashboard().refreshMs;
    for (int i = 0; i < m_panels.size(); ++i) {
        const qint64 updated = m_runner->data(i).updatedMs;
        if (updated > 0)
            m_panels[i]->setDataAge(now - updated, refresh);
    }
}

void DashboardPage::openFullView(int panel)
{
    // The panel alone, large, kept up to date while open.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(m_runner->dashboard().panels[panel].title);
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new PanelView(m_runner->dashboard().panels[panel], m_models, dialog);
    layout->addWidget(view);
    view->apply(m_runner->data(panel));
    connect(m_runner, &DashboardRunner::panelUpdated, view, [this, view, panel](int updated) {
        if (updated == panel)
            view->apply(m_runner->data(panel));
    });
    dialog->resize(window()->size() * 0.85);
    dialog->show();
}

void DashboardPage::setInteractive(bool interactive)
{
    for (PanelView *p : std::as_const(m_panels))
        p->setInteractive(interactive);
}

} // namespace Wk
