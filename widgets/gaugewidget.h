#pragma once

#include "widgets/threshold.h"
#include "widgets/units.h"

#include <QWidget>

namespace Wk {

// A value against its range and thresholds on a 240° arc, e.g. CPU 42 %: the arc and a badge take
// the status colour, and the badge says the status in a glyph and a word.
class GaugeWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit GaugeWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(Unit unit);               // default: PercentRatio
    void setRange(double min, double max); // default: 0..1
    void setValue(double value);           // NaN: no value
    void setThresholds(const QList<Threshold> &thresholds,
                       ThresholdDirection direction = ThresholdDirection::HigherIsWorse);

    double value() const { return m_value; }
    double fraction() const; // where the value sits in the range, clamped to 0..1; 0 for NaN
    QString valueText() const;
    HealthStatus status() const;
    QString statusText() const; // "▲ degraded"

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refreshAccessibleText();

    QString m_title;
    Unit m_unit = Unit::PercentRatio;
    double m_min = 0;
    double m_max = 1;
    double m_value;
    QList<Threshold> m_thresholds;
    ThresholdDirection m_direction = ThresholdDirection::HigherIsWorse;
};

} // namespace Wk
