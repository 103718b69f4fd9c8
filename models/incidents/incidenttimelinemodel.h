#pragma once

#include "incidentrepository.h"

#include <QAbstractListModel>

namespace Wk {

// The timeline of one incident, oldest first, following the repository: entries appended
// elsewhere arrive as inserted rows.
class IncidentTimelineModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int (TimelineEntry::Kind)
        KindKeyRole,                 // "note"
        KindNameRole,                // "Note"
        WhoRole,
        AtMsRole,
        TextRole,
        DataRole,
        PendingRole, // waiting in the offline queue
    };
    Q_ENUM(Role)

    // `repository` must outlive the model; not owned.
    explicit IncidentTimelineModel(IncidentRepository *repository, QObject *parent = nullptr);

    // 0: none.
    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onChanged(qint64 id);
    void onRenumbered(qint64 oldId, qint64 newId);

    IncidentRepository *m_repository; // not owned
    qint64 m_incidentId = 0;
    QList<TimelineEntry> m_entries;
};

} // namespace Wk
