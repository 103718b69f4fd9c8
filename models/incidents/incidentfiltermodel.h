#pragma once

#include "incidentseverity.h"
#include "incidentstage.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Wk {

// The board's filters over an IncidentListModel: one stage (a board column), a set of
// severities, "mine" (commander or assignee is the operator) and "open only" (not Closed).
// Sorted by urgency: severity, then the oldest first.
class IncidentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IncidentFilterModel(QObject *parent = nullptr);

    void setStage(std::optional<IncidentStage> stage);
    std::optional<IncidentStage> stage() const { return m_stage; }
    // Empty: every severity.
    void setSeverities(const QSet<IncidentSeverity> &severities);
    QSet<IncidentSeverity> severities() const { return m_severities; }
    void setMineOnly(bool mineOnly, const QString &operatorName);
    bool mineOnly() const { return m_mineOnly; }
    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    std::optional<IncidentStage> m_stage;
    QSet<IncidentSeverity> m_severities;
    bool m_mineOnly = false;
    QString m_operator;
    bool m_openOnly = false;
};

} // namespace Wk
