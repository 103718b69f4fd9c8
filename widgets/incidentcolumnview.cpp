#include "widgets/incidentcolumnview.h"

#include "models/incidents/incidentlistmodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace Wk {

IncidentColumnView::IncidentColumnView(IncidentStage stage, QWidget *parent)
    : QListView(parent)
    , m_stage(stage)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("%1 column").arg(IncidentStages::name(stage)));
    setToolTip(IncidentStages::description(stage));
    setReadOnly(false);
}

void IncidentColumnView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setDragEnabled(!readOnly);
    setAcceptDrops(!readOnly);
    setDropIndicatorShown(!readOnly);
    setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(readOnly ? QAbstractItemView::NoSelection
                              : QAbstractItemView::SingleSelection);
    setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
}

qint64 IncidentColumnView::currentIncident() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? i.data(IncidentListModel::IdRole).toLongLong() : 0;
}

void IncidentColumnView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const int key = event->key();
    if (!m_readOnly && (key == Qt::Key_BracketLeft || key == Qt::Key_BracketRight)) {
        if (current.isValid())
            Q_EMIT stepRequested(current.data(IncidentListModel::IdRole).toLongLong(),
                                 current.data(IncidentListModel::VersionRole).toInt(),
                                 key == Qt::Key_BracketLeft ? -1 : 1);
        event->accept();
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        Q_EMIT neighbourRequested(key == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void IncidentColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && event->mimeData()->hasFormat(IncidentListModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void IncidentColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_readOnly && event->mimeData()->hasFormat(IncidentListModel::mimeType())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void IncidentColumnView::dropEvent(QDropEvent *event)
{
    const auto items = IncidentListModel::incidentsFromMime(event->mimeData());
    if (m_readOnly || items.isEmpty()) {
        event->ignore();
        return;
    }
    // The stage changes through the repository; the model then moves the card. The drag
    // source's model is never asked to remove rows.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    for (const auto &[id, version] : items)
        Q_EMIT moveRequested(id, version, m_stage);
}

void IncidentColumnView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    Q_EMIT currentIncidentChanged(
        current.isValid() ? current.data(IncidentListModel::IdRole).toLongLong() : 0);
}

void IncidentColumnView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout(); // cards take the column's width
}

} // namespace Wk
