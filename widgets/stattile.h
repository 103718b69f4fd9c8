#pragma once

#include "models/metrics/sample.h"
#include "widgets/threshold.h"
#include "widgets/units.h"

#include <QPointF>
#include <QWidget>

#include <vector>

namespace Wk {

// A big number with its unit, a status from thresholds (colour plus glyph and word), the change
// over the shown series and a sparkline of it.
class StatTile final : public QWidget
{
    Q_OBJECT
public:
    explicit StatTile(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(Unit unit);
    // The number shown; NaN shows a dash. Overrides the last value of the series.
    void setValue(double value);
    // The sparkline; the value becomes the last finite sample and the change is measured against
    // the first one.
    void setSeries(const std::vector<Sample> &samples);
    void setThresholds(const QList<Threshold> &thresholds,
                       ThresholdDirection direction = ThresholdDirection::HigherIsWorse);
    // A line under the number, such as "target 99.9 %".
    void setCaption(const QString &caption);
    // Greys the tile and says how old the value is ("data 3 min old").
    void setStale(bool stale, qint64 ageMs = 0);

    double value() const { return m_value; }
    QString valueText() const;
    QString deltaText() const; // "↑ 12 %", "↓ 3.5 %", or empty without a series
    HealthStatus status() const;
    QString statusText() const; // "✔ healthy", or empty without thresholds
    bool isStale() const { return m_stale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refreshAccessibleText();

    QString m_title;
    QString m_caption;
    Unit m_unit = Unit::None;
    double m_value;
    double m_first;
    std::vector<Sample> m_series;
    QList<QPointF> m_spark; // decimated to m_sparkWidth columns
    int m_sparkWidth = -1;
    QList<Threshold> m_thresholds;
    ThresholdDirection m_direction = ThresholdDirection::HigherIsWorse;
    bool m_stale = false;
    qint64 m_ageMs = 0;
};

} // namespace Wk
