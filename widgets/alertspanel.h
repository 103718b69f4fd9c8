#pragma once

#include "models/alerts/alertstatus.h"
#include "models/core/clock.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace Wk {

class AlertBook;

// The wall's alert list, and the dashboards' `alerts` panel: read-only, compact, the firing
// alerts nobody has acknowledged and nothing suppresses, worst severity first and the longest
// firing first within a severity. Each row: the severity as a coloured badge with its glyph and
// word, the alert name, the instance, how long it has fired and the escalation step reached.
// Rows that do not fit are counted ("+3 more"); with nothing to show it says so. It reads an
// AlertsModel (StatusRole), its own or the one the dashboards share (PanelModels::alerts); that
// model must not filter out firing alerts. Changes mark it dirty and one repaint follows; ages
// move on the clock while shown.
class AlertsPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 TickMs = 15'000;

    // Over an AlertsModel of its own; book is not owned.
    explicit AlertsPanel(AlertBook *book, QWidget *parent = nullptr);
    // Over a shared AlertsModel (any grouping); alerts and clock are not owned.
    AlertsPanel(QAbstractItemModel *alerts, Clock *clock, QWidget *parent = nullptr);
    ~AlertsPanel() override;

    // The alerts the panel stands for, in its order (whether or not all fit).
    QList<AlertStatus> alerts() const { return m_alerts; }
    // The rows drawn as text: "✖ critical  DatabaseUnavailable  db-1  12 min", then "+N more"
    // when some did not fit, or the empty-state line.
    QStringList lines() const;
    int shownCount() const;
    int rowHeight() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void watch();
    void collect(const QModelIndex &parent);
    void markDirty();
    void rebuild();
    void scheduleTick();
    QString ageText(const AlertStatus &s) const;
    int capacity() const; // rows that fit, the "+N more" line included when needed

    QPointer<QAbstractItemModel> m_model; // not owned, or owned through QObject parent
    QPointer<Clock> m_clock;              // not owned
    QList<AlertStatus> m_alerts;
    bool m_dirty = true;
    bool m_queued = false;
    Clock::TimerId m_tick = 0;
};

} // namespace Wk
