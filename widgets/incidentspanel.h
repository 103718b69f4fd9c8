#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;

namespace Wk {

class Clock;
class IncidentFilterModel;

// The dashboards' "incidents" panel: open incidents, worst first, each as one line with its
// severity (word and colour), title, stage and age. Read-only; the board is where work happens.
class IncidentsPanel final : public QWidget
{
    Q_OBJECT
public:
    // model: an IncidentListModel (not owned).
    explicit IncidentsPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    int shownCount() const;
    QString lineText(int row) const; // "P1 Critical · Database down · Assessment · 12 min"

private:
    void update();

    IncidentFilterModel *m_filter; // child
    QListView *m_list;
    QLabel *m_empty;
};

} // namespace Wk
