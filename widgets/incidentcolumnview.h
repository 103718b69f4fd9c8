#pragma once

#include "models/incidents/incidentstage.h"

#include <QListView>

namespace Wk {

// One column of the incident board: the cards of one stage. Cards can be dragged to another
// column; `[` and `]` ask to move the current card one stage back or on; Left and Right hand
// the focus to the neighbouring column. The board does the moving (moveRequested).
class IncidentColumnView final : public QListView
{
    Q_OBJECT
public:
    explicit IncidentColumnView(IncidentStage stage, QWidget *parent = nullptr);

    IncidentStage stage() const { return m_stage; }
    // A read-only column (the wall display) neither drags, accepts drops nor moves by key.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The incident id of the current card, 0 when none.
    qint64 currentIncident() const;
    // Lays the cards out again (after the theme's sizes changed).
    void relayout() { scheduleDelayedItemsLayout(); }

Q_SIGNALS:
    // Move `incidentId`, last seen at `version`, to `stage`.
    void moveRequested(qint64 incidentId, int version, Wk::IncidentStage stage);
    // Move the current card one stage back (-1) or on (+1).
    void stepRequested(qint64 incidentId, int version, int direction);
    // Left (-1) or Right (+1) pressed: focus the neighbouring column.
    void neighbourRequested(int direction);
    void currentIncidentChanged(qint64 incidentId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    IncidentStage m_stage;
    bool m_readOnly = false;
};

} // namespace Wk
