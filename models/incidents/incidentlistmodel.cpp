#include "incidentlistmodel.h"

#include "slastatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <algorithm>

namespace Wk {

IncidentListModel::IncidentListModel(IncidentRepository *repository, Clock *clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_rows(repository->incidents())
{
    connect(m_repository, &IncidentRepository::changed, this, &IncidentListModel::onChanged);
    connect(m_repository, &IncidentRepository::incidentRenumbered, this,
            &IncidentListModel::onRenumbered);
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &inc = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return IncidentSeverities::key(inc.severity) + QStringLiteral(" \u00b7 ") + inc.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2 \u2014 %3\n%4")
            .arg(IncidentSeverities::label(inc.severity), inc.title,
                 IncidentStages::name(inc.stage), IncidentSeverities::info(inc.severity).impact);
    case IdRole:
        return inc.id;
    case TitleRole:
        return inc.title;
    case SeverityRole:
        return int(inc.severity);
    case SeverityKeyRole:
        return IncidentSeverities::key(inc.severity);
    case SeverityNameRole:
        return IncidentSeverities::info(inc.severity).name;
    case StageRole:
        return int(inc.stage);
    case StageNameRole:
        return IncidentStages::name(inc.stage);
    case CommanderRole:
        return inc.commander;
    case AssigneesRole:
        return inc.assignees;
    case ImpactRole:
        return inc.impact;
    case CreatedMsRole:
        return inc.createdMs;
    case AgeMsRole:
        return m_clock->nowMs() - inc.createdMs;
    case ResponseSlaRole:
        return QVariant::fromValue(
            SlaStatus::evaluate(inc, SlaStatus::Kind::Response, m_clock->nowMs(), m_amberFraction));
    case ResolutionSlaRole:
        return QVariant::fromValue(SlaStatus::evaluate(inc, SlaStatus::Kind::Resolution,
                                                       m_clock->nowMs(), m_amberFraction));
    case IsOpenRole:
        return inc.isOpen();
    case IsActiveRole:
        return inc.isActive();
    case PendingRole:
        return inc.pendingChanges;
    case VersionRole:
        return inc.version;
    case FiringAlertsRole:
        return int(std::count_if(
            inc.alerts.cbegin(), inc.alerts.cend(),
            [](const Incident::LinkedAlert &a) { return a.state == QLatin1String("firing"); }));
    case IncidentRole:
        return QVariant::fromValue(inc);
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "incidentId"},
                  {TitleRole, "title"},
                  {SeverityRole, "severity"},
                  {SeverityKeyRole, "severityKey"},
                  {SeverityNameRole, "severityName"},
                  {StageRole, "stage"},
                  {StageNameRole, "stageName"},
                  {CommanderRole, "commander"},
                  {AssigneesRole, "assignees"},
                  {ImpactRole, "impact"},
                  {CreatedMsRole, "createdMs"},
                  {AgeMsRole, "ageMs"},
                  {ResponseSlaRole, "responseSla"},
                  {ResolutionSlaRole, "resolutionSla"},
                  {IsOpenRole, "isOpen"},
                  {IsActiveRole, "isActive"},
                  {PendingRole, "pending"},
                  {VersionRole, "version"},
                  {FiringAlertsRole, "firingAlerts"},
                  {IncidentRole, "incident"}});
    return names;
}

Qt::ItemFlags IncidentListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList IncidentListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *IncidentListModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray list;
    QList<int> seen;
    for (const QModelIndex &index : indexes) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || seen.contains(index.row()))
            continue;
        seen << index.row();
        const Incident &inc = m_rows.at(index.row());
        list.append(
            QJsonObject{{QStringLiteral("id"), inc.id}, {QStringLiteral("version"), inc.version}});
    }
    if (list.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QJsonDocument(list).toJson(QJsonDocument::Compact));
    return mime;
}

QList<QPair<qint64, int>> IncidentListModel::incidentsFromMime(const QMimeData *mime)
{
    QList<QPair<qint64, int>> out;
    if (!mime || !mime->hasFormat(mimeType()))
        return out;
    const QJsonArray list = QJsonDocument::fromJson(mime->data(mimeType())).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("id")).toInteger(),
                    o.value(QStringLiteral("version")).toInt()});
    }
    return out;
}

int IncidentListModel::rowOf(qint64 incidentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == incidentId)
            return i;
    }
    return -1;
}

qint64 IncidentListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void IncidentListModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    const auto inc = m_repository->incident(id);
    if (!inc) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(*inc);
        endInsertRows();
        return;
    }
    m_rows[row] = *inc;
    const QModelIndex changedIndex = index(row);
    Q_EMIT dataChanged(changedIndex, changedIndex);
}

void IncidentListModel::onRenumbered(qint64 oldId, qint64 newId)
{
    // The stored incident arrives through changed(newId); the offline row goes away.
    onChanged(oldId);
    onChanged(newId);
}

} // namespace Wk
