#pragma once

#include "widgets/units.h"

#include <QList>
#include <QWidget>

namespace Wk {

// A conversion funnel: one centred bar per stage, as wide as the stage's share of the first, and
// between stages the percentage that went on; the overall conversion underneath.
class FunnelWidget final : public QWidget
{
    Q_OBJECT
public:
    struct Stage
    {
        QString name;
        double value = 0;
    };

    explicit FunnelWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(Unit unit); // default: Count
    void setStages(const QList<Stage> &stages);
    const QList<Stage> &stages() const { return m_stages; }

    // Share of stage `index` that reached it from the stage before (index >= 1); NaN when the
    // stage before is zero.
    double conversion(int index) const;
    double overallConversion() const;        // last over first
    QString conversionText(int index) const; // "↓ 42.0 %"

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refreshAccessibleText();

    QString m_title;
    Unit m_unit = Unit::Count;
    QList<Stage> m_stages;
};

} // namespace Wk
