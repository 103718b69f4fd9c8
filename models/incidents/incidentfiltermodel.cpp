#include "incidentfiltermodel.h"

#include "incidentlistmodel.h"

namespace Wk {

IncidentFilterModel::IncidentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void IncidentFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the way to re-run it.
    invalidateFilter();
}

void IncidentFilterModel::setStage(std::optional<IncidentStage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    refilter();
}

void IncidentFilterModel::setSeverities(const QSet<IncidentSeverity> &severities)
{
    if (severities == m_severities)
        return;
    m_severities = severities;
    refilter();
}

void IncidentFilterModel::setMineOnly(bool mineOnly, const QString &operatorName)
{
    if (mineOnly == m_mineOnly && operatorName == m_operator)
        return;
    m_mineOnly = mineOnly;
    m_operator = operatorName;
    refilter();
}

void IncidentFilterModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    refilter();
}

bool IncidentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using R = IncidentListModel::Role;
    if (m_stage && index.data(R::StageRole).toInt() != int(*m_stage))
        return false;
    if (!m_severities.isEmpty() &&
        !m_severities.contains(IncidentSeverity(index.data(R::SeverityRole).toInt())))
        return false;
    if (m_openOnly && !index.data(R::IsOpenRole).toBool())
        return false;
    if (m_mineOnly) {
        if (m_operator.isEmpty())
            return false;
        if (index.data(R::CommanderRole).toString() != m_operator &&
            !index.data(R::AssigneesRole).toStringList().contains(m_operator))
            return false;
    }
    return true;
}

bool IncidentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    using R = IncidentListModel::Role;
    const int ls = left.data(R::SeverityRole).toInt();
    const int rs = right.data(R::SeverityRole).toInt();
    if (ls != rs)
        return ls < rs;
    const qint64 lc = left.data(R::CreatedMsRole).toLongLong();
    const qint64 rc = right.data(R::CreatedMsRole).toLongLong();
    if (lc != rc)
        return lc < rc;
    return left.data(R::IdRole).toLongLong() < right.data(R::IdRole).toLongLong();
}

} // namespace Wk
