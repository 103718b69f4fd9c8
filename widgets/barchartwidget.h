#pragma once

#include "widgets/threshold.h"
#include "widgets/units.h"

#include <QList>
#include <QWidget>

namespace Wk {

// Categories against values as horizontal bars, labels on the left and values at the bar ends.
// With thresholds each bar takes its status colour and its value the status glyph.
class BarChartWidget final : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double value = 0;
    };

    explicit BarChartWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(Unit unit);
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    void setThresholds(const QList<Threshold> &thresholds,
                       ThresholdDirection direction = ThresholdDirection::HigherIsWorse);
    // Largest first (default: the order given).
    void setSortDescending(bool sort);

    // Bars in drawing order, and how many fit the current height (the rest are summarised).
    QList<Bar> shownBars() const;
    int visibleBarCount() const;
    QString valueText(int shownIndex) const; // "42 ms" or "▲ 420 ms" with thresholds

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    void refreshAccessibleText();

    QString m_title;
    Unit m_unit = Unit::None;
    QList<Bar> m_bars;
    QList<Threshold> m_thresholds;
    ThresholdDirection m_direction = ThresholdDirection::HigherIsWorse;
    bool m_sort = false;
};

} // namespace Wk
