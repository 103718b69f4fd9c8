#pragma once

#include "alertstatus.h"

#include "models/metrics/labelmatcher.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace Wk {

class AlertBook;

// The alerts of an AlertBook for views: flat, or grouped by alertname or instance (a tree of
// group rows with the alerts under them). Filters by severity, state and label text; suppressed
// (silenced, inhibited, in maintenance) and acknowledged alerts are shown unless filtered out,
// and say why they are suppressed. Rows within a level are ordered worst severity first, then
// firing, pending, resolved, then by name. Changes arrive as row inserts, removals, moves and
// dataChanged for the one row (and its group) that changed.
class AlertsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // quint64 fingerprint (0 on group rows)
        FingerprintRole,           // 16 hex digits
        IsGroupRole,
        GroupKeyRole,   // the alertname or instance a group row stands for
        GroupCountRole, // alerts under a group row
        AlertNameRole,
        SeverityRole, // worst severity on group rows
        SeverityRankRole,
        StateRole, // "pending", "firing", "resolved"
        InstanceRole,
        LabelsRole,      // QVariantMap
        AnnotationsRole, // QVariantMap
        SummaryRole,
        DescriptionRole,
        RunbookUrlRole,
        ValueRole,
        RuleNameRole,
        RuleGroupRole,
        ActiveAtRole, // ms since the epoch
        FiredAtRole,  // ms, or null
        ResolvedAtRole,
        AcknowledgedRole,
        AckByRole,
        AckAtRole,
        AckExpiresAtRole,
        AckNoteRole,
        AckTextRole, // "acknowledged by NAME 12 min ago: NOTE"
        SilencedRole,
        SilencedByRole, // QStringList of silence ids
        InhibitedRole,
        InhibitedByRole, // QStringList of alertnames
        InMaintenanceRole,
        MaintenanceRole, // QStringList of window names
        SuppressedRole,
        SuppressionTextRole,
        EscalationStepRole, // last step taken, 0 for none
        EscalationsRole,    // QVariantList of {step, at, channels, target}
        NeedsAttentionRole, // firing, unacknowledged, unsuppressed
        StatusRole,         // the whole Wk::AlertStatus
        ExpressionRole,     // the rule's PromQL expression, from the expression lookup
    };
    Q_ENUM(Role)

    enum Column {
        AlertColumn,
        StateColumn,
        SeverityColumn,
        InstanceColumn,
        SinceColumn,
        AcknowledgedColumn,
        SuppressionColumn,
        SummaryColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Grouping { None, ByAlertName, ByInstance };

    // book is not owned.
    explicit AlertsModel(AlertBook *book, QObject *parent = nullptr);
    ~AlertsModel() override;

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // Empty lists show everything.
    void setSeverityFilter(const QStringList &severities);
    void setStateFilter(const QList<AlertStatus::State> &states);
    // Text in any label name, label value or the summary (case-insensitive); or matchers such as
    // `instance=~"db.*"` when the text parses as a matcher list.
    void setTextFilter(const QString &text);
    void setShowSuppressed(bool show);
    void setShowAcknowledged(bool show);
    // Where ExpressionRole comes from: the rule's expression for an alert (the app looks the
    // rule up in the evaluator, or reads Alertmanager's generator URL).
    void setExpressionLookup(std::function<QString(const Alert &)> lookup);
    QString textFilter() const { return m_text; }

    // The visible alerts (not counting group rows).
    int alertCount() const;
    quint64 alertId(const QModelIndex &index) const;
    QModelIndex indexOf(quint64 id, int column = 0) const;
    // Time-dependent texts (ages) were redrawn: dataChanged for those columns of every row.
    void refreshTimes();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        quintptr uid = 0;
        QString key;
        QList<quint64> alerts;
    };

    bool passes(const AlertStatus &s) const;
    const AlertStatus &statusOf(quint64 id) const; // must be known
    QString groupKeyOf(const AlertStatus &s) const;
    bool lessThan(quint64 a, quint64 b) const;
    void rebuild();
    void insertVisible(quint64 id);
    void removeVisible(quint64 id);
    void updateVisible(quint64 id, const AlertStatus &old);
    QList<quint64> *listOf(quint64 id, QModelIndex *parentIndex, Group **groupOut = nullptr);
    Group *groupOf(quint64 id) const;
    int groupRow(const Group *g) const;
    QVariant alertData(const AlertStatus &s, int column, int role) const;
    QVariant groupData(const Group &g, int column, int role) const;
    void groupChanged(Group *g);
    void allRowsChanged(int firstColumn, int lastColumn, const QList<int> &roles);

    void onAdded(const AlertStatus &s);
    void onChanged(const AlertStatus &s);
    void onRemoved(const AlertStatus &s);

    QPointer<AlertBook> m_book; // not owned
    Grouping m_grouping = Grouping::None;
    QStringList m_severities;
    QList<AlertStatus::State> m_states;
    QString m_text;
    LabelMatchers m_textMatchers;
    bool m_showSuppressed = true;
    bool m_showAcknowledged = true;
    std::function<QString(const Alert &)> m_expression;

    QHash<quint64, AlertStatus> m_statuses; // every alert of the book
    QSet<quint64> m_visible;
    QList<quint64> m_flat;                        // Grouping::None
    std::vector<std::unique_ptr<Group>> m_groups; // sorted by key
    QHash<quintptr, Group *> m_groupByUid;
    QHash<QString, Group *> m_groupByKey;
    quintptr m_nextUid = 1;
};

} // namespace Wk
