#pragma once

#include "incidentrepository.h"
#include "slastatus.h"

#include <QAbstractListModel>

namespace Wk {

// Every incident of a repository, one row each, in the order they were opened; follows the
// repository's changed() with narrow row updates. SLA roles are evaluated on the clock when
// read, so a view repainting each second shows live countdowns without the model ticking.
// Rows can be dragged (mimeType(): the incident ids and versions as JSON).
class IncidentListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SeverityRole,     // int 1..4 (IncidentSeverity)
        SeverityKeyRole,  // "P1"
        SeverityNameRole, // "Critical"
        StageRole,        // int (IncidentStage)
        StageNameRole,    // "Assessment"
        CommanderRole,
        AssigneesRole, // QStringList
        ImpactRole,
        CreatedMsRole,
        AgeMsRole,         // now - created
        ResponseSlaRole,   // SlaStatus
        ResolutionSlaRole, // SlaStatus
        IsOpenRole,        // not Closed
        IsActiveRole,      // Detection to Resolution
        PendingRole,       // changes waiting in the offline queue (int)
        VersionRole,
        FiringAlertsRole, // number of linked alerts firing
        IncidentRole,     // the whole Incident
    };
    Q_ENUM(Role)

    // Both must outlive the model; not owned.
    IncidentListModel(IncidentRepository *repository, Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override
    {
        return Qt::MoveAction | Qt::CopyAction;
    }

    static QString mimeType() { return QStringLiteral("application/x-watchkeeper-incidents"); }
    // (id, version) pairs from mime data made by mimeData().
    static QList<QPair<qint64, int>> incidentsFromMime(const QMimeData *mime);

    int rowOf(qint64 incidentId) const;
    qint64 idAt(int row) const;
    IncidentRepository *repository() const { return m_repository; }
    Clock *clock() const { return m_clock; }
    double amberFraction() const { return m_amberFraction; }
    void setAmberFraction(double fraction) { m_amberFraction = fraction; }

private:
    void onChanged(qint64 id);
    void onRenumbered(qint64 oldId, qint64 newId);

    IncidentRepository *m_repository; // not owned
    Clock *m_clock;                   // not owned
    QList<Incident> m_rows;
    double m_amberFraction = SlaStatus::defaultAmberFraction;
};

} // namespace Wk
