#pragma once

#include "panelview.h"

#include <QWidget>

class QAbstractItemModel;
class QTimer;

namespace Wk {

class Clock;
class DashboardRunner;
class PanelView;

// One dashboard: its panels on a 12-column grid, each fed from the runner's answers.
// Updates only mark panels dirty; one coalescing timer applies them, and a hidden page does
// no work until it is shown again.
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(DashboardRunner *runner, const PanelModels &models, QWidget *parent = nullptr);
    DashboardPage(DashboardRunner *runner, QAbstractItemModel *health, Clock *clock,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    DashboardRunner *runner() const { return m_runner; }
    int panelCount() const { return int(m_panels.size()); }
    PanelView *panel(int index) const { return m_panels.at(index); }

    // Applies pending updates now (normally the timer does).
    void refreshNow();
    // The wall display: no interaction, bigger type from the theme.
    void setInteractive(bool interactive);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markDirty(int panel);
    void openFullView(int panel);
    void updateAges();

    DashboardRunner *m_runner; // not owned
    Clock *m_clock;            // not owned
    PanelModels m_models;      // not owned
    QList<PanelView *> m_panels;
    QList<bool> m_dirty;
    QTimer *m_applyTimer;
    QTimer *m_ageTimer;
};

} // namespace Wk
