#pragma once

#include "models/promql/queryengine.h"
#include "widgets/threshold.h"
#include "widgets/units.h"

#include <QWidget>

#include <memory>

namespace Wk {

// A line chart of query series over time. Qt Charts stays behind this class (nothing of it
// appears here), so the drawing backend can change without touching dashboards.
//
// Setters only store and mark the chart dirty; one zero-delay timer rebuilds it, and not while
// the chart is hidden (it catches up when shown). Each series is decimated to at most two points
// per pixel column (decimateMinMax) and handed to the backend with one replace() per line.
// Desktop interaction: drag to zoom, Shift+drag or middle-drag to pan, wheel to zoom, double-click
// (or Home) to reset; hovering shows the time and each series' value.
class TimeSeriesChart final : public QWidget
{
    Q_OBJECT
public:
    enum class State { Ready, Loading, NoData, Error };

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    // The series to draw; legend text from a template such as "{{endpoint}}" (empty: the label
    // set). Series keep their colour and shown/hidden choice by legend text across calls.
    void setSeries(const QList<QuerySeries> &series, const QString &legendTemplate = {});
    void clearSeries();
    void setTitle(const QString &title);
    QString title() const;
    void setUnit(Unit unit);
    Unit unit() const;
    // Horizontal dashed lines, coloured by level (or their own colour).
    void setThresholds(const QList<Threshold> &thresholds);
    void setTarget(double value, const QString &label = {});
    void clearTarget();
    // The home time range (epoch ms), shown unless the user zoomed or panned; a zoom outlives
    // refreshes until reset (double-click, Home, or resetZoom()). Without a home range the
    // data's extent is shown.
    void setTimeRange(qint64 minMs, qint64 maxMs);
    void clearTimeRange();
    void resetZoom();
    bool isZoomed() const;
    // A fixed value range (raw units); NaN for either bound lets the data decide.
    void setValueRange(double min, double max);
    // Expected spacing of samples; a longer step breaks the line. 0 (default) guesses it from
    // the data.
    void setStepMs(qint64 stepMs);

    // While loading with no data yet, the chart says so.
    void setLoading(bool loading);
    // A failed query: the chart keeps its last data under a wash and shows the message.
    void setError(const QString &message);
    void clearError();
    // The data counts as stale (greyed, "data 3 min old") when older than twice the refresh.
    void setRefreshIntervalMs(qint64 ms);
    void setDataAgeMs(qint64 ageMs);
    // Zoom, pan and hover read-out; off on the wall display.
    void setInteractive(bool interactive);
    bool isInteractive() const;

    // Does any pending rebuild now (normally the coalescing timer does).
    void refreshNow();
    bool isDirty() const;

    // Inspection, for tests and accessibility.
    State state() const;
    bool isStale() const;
    QString overlayText() const; // what the chart shows over the plot ("No data", ...), or empty
    QString staleText() const;   // "data 3 min old", or empty when fresh
    int seriesCount() const;
    QString legendText(int series) const;
    bool isSeriesVisible(int series) const;
    void setSeriesVisible(int series, bool visible);
    int pointCount(int series) const; // points the backend holds for the series, all runs
    int runCount(int series) const;   // unbroken runs the series is drawn as
    int thresholdLineCount() const;
    bool hasTargetLine() const;
    qint64 viewMinMs() const;
    qint64 viewMaxMs() const;
    QString valueAxisLabelFormat() const;
    int plotColumns() const; // pixel columns the last rebuild decimated to
    // The hover read-out for a time: "12:34:56" then "name: value" per shown series.
    QString readoutAt(qint64 timeMs) const;

Q_SIGNALS:
    // The user zoomed, panned or reset the view.
    void viewRangeChanged(qint64 minMs, qint64 maxMs);
    void seriesVisibilityChanged(int series, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Private;
    friend class Private;
    std::unique_ptr<Private> d;
};

} // namespace Wk
