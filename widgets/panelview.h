#pragma once

#include "models/dashboards/dashboardrunner.h"
#include "models/promql/queryengine.h"
#include "widgets/threshold.h"
#include "widgets/units.h"

#include <QFrame>

#include <memory>

class QAbstractItemModel;
class QLabel;
class QTableWidget;

namespace Wk {

class BarChartWidget;
class Clock;
class IncidentsPanel;
class FunnelWidget;
class GaugeWidget;
class StatTile;
class StatusGridView;
class TimeSeriesChart;

// The live models panels of some types show (status, alerts, incidents); any may be null.
struct PanelModels
{
    QAbstractItemModel *health = nullptr;    // HealthRoles, one row per check
    QAbstractItemModel *alerts = nullptr;    // an AlertsModel
    QAbstractItemModel *incidents = nullptr; // an IncidentListModel
    Clock *clock = nullptr;
};

// One panel of a dashboard: its title, and the widget its type calls for, fed from PanelData.
class PanelView final : public QFrame
{
    Q_OBJECT
public:
    PanelView(const Wk::Panel &panel, const PanelModels &models, QWidget *parent = nullptr);
    PanelView(const Wk::Panel &panel, QAbstractItemModel *health, Clock *clock,
              QWidget *parent = nullptr);

    const Wk::Panel &panel() const { return m_panel; }

    // How a panel definition reads in widget terms (shared with reports).
    static QList<Threshold> thresholds(const Wk::Panel &panel);
    static Unit unit(const Wk::Panel &panel);
    // The single number an instant answer stands for: a scalar, or the first series' value.
    static double singleValue(const QueryResult &answer);
    void apply(const PanelData &data);
    // How old the shown data is; past twice the refresh the panel greys and says so.
    void setDataAge(qint64 ageMs, qint64 refreshMs);
    void setInteractive(bool interactive);

    // Inspection for tests: whether the panel shows data (not loading, empty or broken).
    bool hasData() const { return m_hasData; }
    QString stateText() const; // "no data", the error, or empty
    TimeSeriesChart *chart() const { return m_chart; }
    QWidget *content() const { return m_content; }
    const PanelData *lastData() const { return m_lastData.get(); }

    // Desktop actions (also on the panel's context menu).
    void copyQuery() const;
    bool exportPng(const QString &path);
    bool exportCsv(const QString &path) const;

Q_SIGNALS:
    void fullViewRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void applyTheme();
    void setMessage(const QString &text, bool error);

    Wk::Panel m_panel;
    QLabel *m_title;
    QLabel *m_message;
    QWidget *m_content = nullptr;
    TimeSeriesChart *m_chart = nullptr;
    StatTile *m_stat = nullptr;
    GaugeWidget *m_gauge = nullptr;
    StatusGridView *m_status = nullptr;
    BarChartWidget *m_bar = nullptr;
    FunnelWidget *m_funnel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_text = nullptr;
    IncidentsPanel *m_incidents = nullptr;
    bool m_hasData = false;
    bool m_interactive = true;
    std::unique_ptr<PanelData> m_lastData;
};

} // namespace Wk
