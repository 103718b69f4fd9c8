#include "incidenttimelinemodel.h"

#include <QDateTime>
#include <QLocale>

namespace Wk {

IncidentTimelineModel::IncidentTimelineModel(IncidentRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &IncidentRepository::changed, this, &IncidentTimelineModel::onChanged);
    connect(m_repository, &IncidentRepository::incidentRenumbered, this,
            &IncidentTimelineModel::onRenumbered);
}

void IncidentTimelineModel::setIncident(qint64 incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    const auto inc = m_repository->incident(incidentId);
    m_entries = inc ? inc->timeline : QList<TimelineEntry>();
    endResetModel();
}

int IncidentTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant IncidentTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2 \u2014 %3: %4")
            .arg(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime().toString(
                     QStringLiteral("HH:mm:ss")),
                 e.who, TimelineEntry::kindName(e.kind), e.text);
    case Qt::ToolTipRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime(),
                                  QLocale::LongFormat);
    case KindRole:
        return int(e.kind);
    case KindKeyRole:
        return TimelineEntry::kindKey(e.kind);
    case KindNameRole:
        return TimelineEntry::kindName(e.kind);
    case WhoRole:
        return e.who;
    case AtMsRole:
        return e.atMs;
    case TextRole:
        return e.text;
    case DataRole:
        return e.data;
    case PendingRole:
        return e.pending;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> IncidentTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {KindKeyRole, "kindKey"},
                  {KindNameRole, "kindName"},
                  {WhoRole, "who"},
                  {AtMsRole, "atMs"},
                  {TextRole, "text"},
                  {DataRole, "data"},
                  {PendingRole, "pending"}});
    return names;
}

void IncidentTimelineModel::onChanged(qint64 id)
{
    if (id != m_incidentId || m_incidentId == 0)
        return;
    const auto inc = m_repository->incident(id);
    const QList<TimelineEntry> next = inc ? inc->timeline : QList<TimelineEntry>();
    // The usual case: entries appended after the ones shown.
    const bool appended = next.size() > m_entries.size() &&
                          std::equal(m_entries.cbegin(), m_entries.cend(), next.cbegin());
    if (appended) {
        beginInsertRows({}, int(m_entries.size()), int(next.size()) - 1);
        m_entries = next;
        endInsertRows();
        return;
    }
    if (next == m_entries)
        return;
    beginResetModel();
    m_entries = next;
    endResetModel();
}

void IncidentTimelineModel::onRenumbered(qint64 oldId, qint64 newId)
{
    if (oldId == m_incidentId)
        setIncident(newId);
}

} // namespace Wk
