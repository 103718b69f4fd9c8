#pragma once

#include "dashboard.h"

#include "models/promql/queryengine.h"

#include <QObject>

namespace Wk {

class Clock;

// What a panel shows now: the answers to its queries and how fresh they are.
struct PanelData
{
    enum class State { Loading, Ok, NoData, Error };

    State state = State::Loading;
    QList<QueryResult> range;   // one range answer per query (timeseries, sparklines)
    QList<QueryResult> instant; // one instant answer per query (stat, gauge, bar, funnel, table)
    QString error;              // the first query error, with the query named
    qint64 updatedMs = 0;       // when the answers were computed
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0;
};

// Runs a dashboard's queries on its refresh interval through a QueryEngine and keeps the
// answers for the widgets. An inactive (hidden) dashboard does no work.
class DashboardRunner final : public QObject
{
    Q_OBJECT
public:
    DashboardRunner(Dashboard dashboard, QueryEngine *engine, Clock *clock,
                    QObject *parent = nullptr);
    ~DashboardRunner() override;

    const Dashboard &dashboard() const { return m_dashboard; }
    // Takes the words (titles, descriptions, labels, legends) of the same dashboard in another
    // language; queries, layout and data stay. Returns false when `words` is another dashboard.
    bool setWords(const Dashboard &words);
    const PanelData &data(int panel) const { return m_data.at(panel); }
    int panelCount() const { return int(m_data.size()); }

    // The time window of timeseries panels (default: the dashboard's time_range).
    void setRangeMs(qint64 rangeMs);
    qint64 rangeMs() const { return m_rangeMs; }
    // Points per range query; the chart decimates further to its pixel width.
    void setResolution(int points) { m_resolution = std::max(10, points); }

    // Active runners refresh on the dashboard's interval; activating refreshes at once when the
    // data is older than the interval.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void refresh();

    // Every query panel has data (none loading, none in error, none empty).
    bool allPanelsHaveData() const;
    QStringList panelProblems() const; // "Panel title: no data" etc.

Q_SIGNALS:
    void panelUpdated(int panel);
    void refreshed();

private:
    void scheduleNext();
    void finishPanel(int panel);

    Dashboard m_dashboard;
    QueryEngine *m_engine; // not owned
    Clock *m_clock;        // not owned
    QList<PanelData> m_data;
    QList<int> m_pending; // outstanding queries per panel
    qint64 m_rangeMs;
    int m_resolution = 360;
    bool m_active = false;
    quint64 m_timer = 0;
    quint64 m_generation = 0;
    qint64 m_lastRefreshMs = 0;
};

} // namespace Wk

namespace Wk {

// A panel's answers as CSV (RFC 4180): for range answers one row per time with a column per
// series ("time" first, ISO 8601 UTC); for instant answers one row per series with its labels
// and value. Column names come from the queries' legend templates or the label sets.
QString panelDataToCsv(const Panel &panel, const PanelData &data);

} // namespace Wk
