#include "alertsmodel.h"

#include "alertbook.h"
#include "matcherlist.h"

#include "models/core/clock.h"
#include "models/core/duration.h"

#include <algorithm>

namespace Wk {

namespace {

int stateRank(AlertStatus::State s)
{
    switch (s) {
    case AlertStatus::State::Firing:
        return 0;
    case AlertStatus::State::Pending:
        return 1;
    case AlertStatus::State::Resolved:
        return 2;
    }
    return 3;
}

QVariantMap toVariantMap(const Labels &labels)
{
    QVariantMap m;
    for (const Label &l : labels)
        m.insert(l.name, l.value);
    return m;
}

QVariantMap toVariantMap(const QMap<QString, QString> &map)
{
    QVariantMap m;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

QVariant optionalTime(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : QVariant();
}

// The roles whose values differ between two statuses of the same alert.
QList<int> changedRoles(const AlertStatus &a, const AlertStatus &b)
{
    QList<int> roles;
    const auto add = [&roles](std::initializer_list<int> rs) {
        for (int r : rs) {
            if (!roles.contains(r))
                roles << r;
        }
    };
    using R = AlertsModel::Role;
    if (a.state != b.state || a.alert.activeAtMs != b.alert.activeAtMs ||
        a.alert.firedAtMs != b.alert.firedAtMs || a.alert.resolvedAtMs != b.alert.resolvedAtMs)
        add({Qt::DisplayRole, R::StateRole, R::ActiveAtRole, R::FiredAtRole, R::ResolvedAtRole});
    const bool ackA = a.ack.has_value();
    const bool ackB = b.ack.has_value();
    if (ackA != ackB ||
        (ackA && (a.ack->by != b.ack->by || a.ack->atMs != b.ack->atMs ||
                  a.ack->note != b.ack->note || a.ack->expiresAtMs != b.ack->expiresAtMs)))
        add({Qt::DisplayRole, Qt::ToolTipRole, R::AcknowledgedRole, R::AckByRole, R::AckAtRole,
             R::AckExpiresAtRole, R::AckNoteRole, R::AckTextRole});
    if (a.silencedBy != b.silencedBy)
        add({Qt::DisplayRole, R::SilencedRole, R::SilencedByRole});
    if (a.inhibitedBy != b.inhibitedBy)
        add({Qt::DisplayRole, R::InhibitedRole, R::InhibitedByRole});
    if (a.maintenanceIds != b.maintenanceIds)
        add({Qt::DisplayRole, R::InMaintenanceRole, R::MaintenanceRole});
    if (a.isSuppressed() != b.isSuppressed() || a.suppressionText() != b.suppressionText())
        add({Qt::DisplayRole, Qt::ToolTipRole, R::SuppressedRole, R::SuppressionTextRole});
    if (a.escalations.size() != b.escalations.size())
        add({R::EscalationStepRole, R::EscalationsRole});
    if (a.alert.value != b.alert.value)
        add({R::ValueRole});
    if (a.alert.annotations != b.alert.annotations)
        add({Qt::DisplayRole, R::AnnotationsRole, R::SummaryRole, R::DescriptionRole,
             R::RunbookUrlRole});
    if (a.needsAttention() != b.needsAttention())
        add({R::NeedsAttentionRole});
    if (!roles.isEmpty())
        add({R::StatusRole});
    return roles;
}

} // namespace

AlertsModel::AlertsModel(AlertBook *book, QObject *parent)
    : QAbstractItemModel(parent)
    , m_book(book)
{
    connect(book, &AlertBook::statusAdded, this, &AlertsModel::onAdded);
    connect(book, &AlertBook::statusChanged, this, &AlertsModel::onChanged);
    connect(book, &AlertBook::statusRemoved, this, &AlertsModel::onRemoved);
    const QList<AlertStatus> all = book->statuses();
    for (const AlertStatus &s : all)
        m_statuses.insert(s.id(), s);
    rebuild();
}

AlertsModel::~AlertsModel() = default;

// ---- filters and grouping -----------------------------------------------------------------

void AlertsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void AlertsModel::setSeverityFilter(const QStringList &severities)
{
    beginResetModel();
    m_severities = severities;
    rebuild();
    endResetModel();
}

void AlertsModel::setStateFilter(const QList<AlertStatus::State> &states)
{
    beginResetModel();
    m_states = states;
    rebuild();
    endResetModel();
}

void AlertsModel::setTextFilter(const QString &text)
{
    beginResetModel();
    m_text = text.trimmed();
    m_textMatchers.clear();
    if (m_text.contains(u'=') || m_text.contains(u'~')) {
        if (Result<LabelMatchers> m = parseMatcherList(m_text); m)
            m_textMatchers = m.value();
    }
    rebuild();
    endResetModel();
}

void AlertsModel::setShowSuppressed(bool show)
{
    beginResetModel();
    m_showSuppressed = show;
    rebuild();
    endResetModel();
}

void AlertsModel::setShowAcknowledged(bool show)
{
    beginResetModel();
    m_showAcknowledged = show;
    rebuild();
    endResetModel();
}

void AlertsModel::setExpressionLookup(std::function<QString(const Alert &)> lookup)
{
    m_expression = std::move(lookup);
    allRowsChanged(0, ColumnCount - 1, {ExpressionRole});
}

bool AlertsModel::passes(const AlertStatus &s) const
{
    if (!m_severities.isEmpty() && !m_severities.contains(s.severity()))
        return false;
    if (!m_states.isEmpty() && !m_states.contains(s.state))
        return false;
    if (!m_showSuppressed && s.isSuppressed())
        return false;
    if (!m_showAcknowledged && s.isAcknowledged())
        return false;
    if (!m_textMatchers.isEmpty())
        return matchesAll(m_textMatchers, s.alert.labels);
    if (m_text.isEmpty())
        return true;
    for (const Label &l : s.alert.labels) {
        if (l.value.contains(m_text, Qt::CaseInsensitive) ||
            l.name.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return s.alert.annotations.value(QStringLiteral("summary"))
        .contains(m_text, Qt::CaseInsensitive);
}

QString AlertsModel::groupKeyOf(const AlertStatus &s) const
{
    return m_grouping == Grouping::ByInstance ? s.alert.labels.value(u"instance") : s.alertName();
}

const AlertStatus &AlertsModel::statusOf(quint64 id) const
{
    return *m_statuses.constFind(id);
}

bool AlertsModel::lessThan(quint64 a, quint64 b) const
{
    const AlertStatus &x = statusOf(a);
    const AlertStatus &y = statusOf(b);
    const int sx = AlertStatus::severityRank(x.severity());
    const int sy = AlertStatus::severityRank(y.severity());
    if (sx != sy)
        return sx < sy;
    const int tx = stateRank(x.state);
    const int ty = stateRank(y.state);
    if (tx != ty)
        return tx < ty;
    if (x.alertName() != y.alertName())
        return x.alertName() < y.alertName();
    if (!(x.alert.labels == y.alert.labels))
        return x.alert.labels < y.alert.labels;
    return a < b;
}

void AlertsModel::rebuild()
{
    m_visible.clear();
    m_flat.clear();
    m_groups.clear();
    m_groupByUid.clear();
    m_groupByKey.clear();
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (!passes(it.value()))
            continue;
        m_visible.insert(it.key());
        if (m_grouping == Grouping::None) {
            m_flat << it.key();
            continue;
        }
        const QString key = groupKeyOf(it.value());
        Group *g = m_groupByKey.value(key);
        if (!g) {
            auto owned = std::make_unique<Group>();
            g = owned.get();
            g->uid = m_nextUid++;
            g->key = key;
            m_groupByUid.insert(g->uid, g);
            m_groupByKey.insert(key, g);
            m_groups.push_back(std::move(owned));
        }
        g->alerts << it.key();
    }
    const auto less = [this](quint64 a, quint64 b) { return lessThan(a, b); };
    std::sort(m_flat.begin(), m_flat.end(), less);
    std::sort(m_groups.begin(), m_groups.end(),
              [](const auto &a, const auto &b) { return a->key < b->key; });
    for (auto &g : m_groups)
        std::sort(g->alerts.begin(), g->alerts.end(), less);
}

// ---- incremental changes ------------------------------------------------------------------

AlertsModel::Group *AlertsModel::groupOf(quint64 id) const
{
    if (m_grouping == Grouping::None)
        return nullptr;
    return m_groupByKey.value(groupKeyOf(statusOf(id)));
}

int AlertsModel::groupRow(const Group *g) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].get() == g)
            return int(i);
    }
    return -1;
}

QList<quint64> *AlertsModel::listOf(quint64 id, QModelIndex *parentIndex, Group **groupOut)
{
    if (m_grouping == Grouping::None) {
        *parentIndex = QModelIndex();
        return &m_flat;
    }
    Group *g = groupOf(id);
    if (groupOut)
        *groupOut = g;
    if (!g)
        return nullptr;
    *parentIndex = createIndex(groupRow(g), 0, quintptr(0));
    return &g->alerts;
}

void AlertsModel::groupChanged(Group *g)
{
    const int row = groupRow(g);
    if (row < 0)
        return;
    Q_EMIT dataChanged(
        index(row, 0), index(row, ColumnCount - 1),
        {Qt::DisplayRole, GroupCountRole, SeverityRole, SeverityRankRole, StateRole});
}

void AlertsModel::insertVisible(quint64 id)
{
    const auto less = [this](quint64 a, quint64 b) { return lessThan(a, b); };
    m_visible.insert(id);
    if (m_grouping == Grouping::None) {
        const int pos =
            int(std::lower_bound(m_flat.begin(), m_flat.end(), id, less) - m_flat.begin());
        beginInsertRows({}, pos, pos);
        m_flat.insert(pos, id);
        endInsertRows();
        return;
    }
    const QString key = groupKeyOf(statusOf(id));
    if (Group *g = m_groupByKey.value(key)) {
        const int pos =
            int(std::lower_bound(g->alerts.begin(), g->alerts.end(), id, less) - g->alerts.begin());
        beginInsertRows(createIndex(groupRow(g), 0, quintptr(0)), pos, pos);
        g->alerts.insert(pos, id);
        endInsertRows();
        groupChanged(g);
        return;
    }
    auto owned = std::make_unique<Group>();
    Group *g = owned.get();
    g->uid = m_nextUid++;
    g->key = key;
    g->alerts << id;
    const auto at = std::lower_bound(m_groups.begin(), m_groups.end(), key,
                                     [](const auto &x, const QString &k) { return x->key < k; });
    const int pos = int(at - m_groups.begin());
    beginInsertRows({}, pos, pos);
    m_groups.insert(at, std::move(owned));
    m_groupByUid.insert(g->uid, g);
    m_groupByKey.insert(key, g);
    endInsertRows();
}

void AlertsModel::removeVisible(quint64 id)
{
    QModelIndex parentIndex;
    Group *g = nullptr;
    QList<quint64> *list = listOf(id, &parentIndex, &g);
    m_visible.remove(id);
    if (!list)
        return;
    const int row = int(list->indexOf(id));
    if (row < 0)
        return;
    if (g && g->alerts.size() == 1) {
        const int grow = groupRow(g);
        beginRemoveRows({}, grow, grow);
        m_groupByUid.remove(g->uid);
        m_groupByKey.remove(g->key);
        m_groups.erase(m_groups.begin() + grow);
        endRemoveRows();
        return;
    }
    beginRemoveRows(parentIndex, row, row);
    list->removeAt(row);
    endRemoveRows();
    if (g)
        groupChanged(g);
}

void AlertsModel::updateVisible(quint64 id, const AlertStatus &old)
{
    QModelIndex parentIndex;
    Group *g = nullptr;
    QList<quint64> *list = listOf(id, &parentIndex, &g);
    if (!list)
        return;
    const int row = int(list->indexOf(id));
    if (row < 0)
        return;
    QList<quint64> others = *list;
    others.removeAt(row);
    const auto less = [this](quint64 a, quint64 b) { return lessThan(a, b); };
    const int target =
        int(std::lower_bound(others.begin(), others.end(), id, less) - others.begin());
    int now = row;
    if (target != row) {
        beginMoveRows(parentIndex, row, row, parentIndex, target > row ? target + 1 : target);
        list->move(row, target);
        endMoveRows();
        now = target;
    }
    const QList<int> roles = changedRoles(old, statusOf(id));
    if (!roles.isEmpty())
        Q_EMIT dataChanged(index(now, 0, parentIndex), index(now, ColumnCount - 1, parentIndex),
                           roles);
    if (g && (old.state != statusOf(id).state))
        groupChanged(g);
}

void AlertsModel::onAdded(const AlertStatus &s)
{
    if (m_statuses.contains(s.id()))
        return onChanged(s);
    m_statuses.insert(s.id(), s);
    if (passes(s))
        insertVisible(s.id());
}

void AlertsModel::onChanged(const AlertStatus &s)
{
    const auto it = m_statuses.find(s.id());
    if (it == m_statuses.end())
        return onAdded(s);
    const AlertStatus old = *it;
    const bool was = m_visible.contains(s.id());
    const bool now = passes(s);
    if (was && !now)
        removeVisible(s.id()); // before the status changes: the row is found by its old key
    *it = s;
    if (was && now)
        updateVisible(s.id(), old);
    else if (!was && now)
        insertVisible(s.id());
}

void AlertsModel::onRemoved(const AlertStatus &s)
{
    if (!m_statuses.contains(s.id()))
        return;
    if (m_visible.contains(s.id()))
        removeVisible(s.id());
    m_statuses.remove(s.id());
}

// ---- access -------------------------------------------------------------------------------

int AlertsModel::alertCount() const
{
    return int(m_visible.size());
}

quint64 AlertsModel::alertId(const QModelIndex &index) const
{
    return data(index, IdRole).toULongLong();
}

QModelIndex AlertsModel::indexOf(quint64 id, int column) const
{
    if (!m_visible.contains(id))
        return {};
    if (m_grouping == Grouping::None)
        return index(int(m_flat.indexOf(id)), column);
    const Group *g = groupOf(id);
    if (!g)
        return {};
    return createIndex(int(g->alerts.indexOf(id)), column, g->uid);
}

void AlertsModel::refreshTimes()
{
    allRowsChanged(SinceColumn, AcknowledgedColumn, {Qt::DisplayRole});
}

void AlertsModel::allRowsChanged(int firstColumn, int lastColumn, const QList<int> &roles)
{
    const auto changed = [&](const QModelIndex &parent, int rows) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0, firstColumn, parent), index(rows - 1, lastColumn, parent),
                               roles);
    };
    if (m_grouping == Grouping::None) {
        changed({}, int(m_flat.size()));
        return;
    }
    for (size_t i = 0; i < m_groups.size(); ++i)
        changed(index(int(i), 0), int(m_groups[i]->alerts.size()));
}

QModelIndex AlertsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (m_grouping == Grouping::None || parent.internalId() != 0)
        return {};
    return createIndex(row, column, m_groups[size_t(parent.row())]->uid);
}

QModelIndex AlertsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const Group *g = m_groupByUid.value(child.internalId());
    if (!g)
        return {};
    return createIndex(groupRow(g), 0, quintptr(0));
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (m_grouping == Grouping::None)
        return parent.isValid() ? 0 : int(m_flat.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())]->alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool AlertsModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (m_grouping != Grouping::None && index.internalId() == 0)
        return groupData(*m_groups[size_t(index.row())], index.column(), role);
    const quint64 id = index.internalId() == 0
                           ? m_flat.value(index.row())
                           : m_groupByUid.value(index.internalId())->alerts.value(index.row());
    const auto it = m_statuses.constFind(id);
    if (it == m_statuses.cend())
        return {};
    return alertData(*it, index.column(), role);
}

QVariant AlertsModel::alertData(const AlertStatus &s, int column, int role) const
{
    const qint64 now = m_book ? m_book->clock()->nowMs() : 0;
    const Alert &a = s.alert;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AlertColumn:
            return s.alertName();
        case StateColumn:
            return AlertStatus::stateText(s.state);
        case SeverityColumn:
            return s.severity();
        case InstanceColumn:
            return a.labels.value(u"instance");
        case SinceColumn: {
            const qint64 since = s.state == AlertStatus::State::Resolved
                                     ? a.resolvedAtMs.value_or(a.activeAtMs)
                                     : a.firedAtMs.value_or(a.activeAtMs);
            return humanAge(std::max<qint64>(0, now - since));
        }
        case AcknowledgedColumn:
            return s.ack ? tr("%1, %2 ago").arg(s.ack->by, humanAge(s.ack->ageMs(now))) : QString();
        case SuppressionColumn:
            return s.suppressionText();
        case SummaryColumn:
            return a.annotations.value(QStringLiteral("summary"));
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case AcknowledgedColumn:
            return s.ack ? s.ack->describe(now) : QString();
        case SuppressionColumn:
            return s.suppressionText();
        default:
            return a.labels.toString();
        }
    case IdRole:
        return QVariant::fromValue(a.id);
    case FingerprintRole:
        return Alert::fingerprintToString(a.id);
    case IsGroupRole:
        return false;
    case GroupKeyRole:
        return m_grouping == Grouping::None ? QString() : groupKeyOf(s);
    case GroupCountRole:
        return 0;
    case AlertNameRole:
        return s.alertName();
    case SeverityRole:
        return s.severity();
    case SeverityRankRole:
        return AlertStatus::severityRank(s.severity());
    case StateRole:
        return s.stateName();
    case InstanceRole:
        return a.labels.value(u"instance");
    case LabelsRole:
        return toVariantMap(a.labels);
    case AnnotationsRole:
        return toVariantMap(a.annotations);
    case SummaryRole:
        return a.annotations.value(QStringLiteral("summary"));
    case DescriptionRole:
        return a.annotations.value(QStringLiteral("description"));
    case RunbookUrlRole:
        return a.annotations.value(QStringLiteral("runbook_url"));
    case ValueRole:
        return a.value;
    case RuleNameRole:
        return a.ruleName;
    case RuleGroupRole:
        return a.groupName;
    case ActiveAtRole:
        return a.activeAtMs;
    case FiredAtRole:
        return optionalTime(a.firedAtMs);
    case ResolvedAtRole:
        return optionalTime(a.resolvedAtMs);
    case AcknowledgedRole:
        return s.isAcknowledged();
    case AckByRole:
        return s.ack ? s.ack->by : QString();
    case AckAtRole:
        return s.ack ? QVariant(s.ack->atMs) : QVariant();
    case AckExpiresAtRole:
        return s.ack ? QVariant(s.ack->expiresAtMs) : QVariant();
    case AckNoteRole:
        return s.ack ? s.ack->note : QString();
    case AckTextRole:
        return s.ack ? s.ack->describe(now) : QString();
    case SilencedRole:
        return s.isSilenced();
    case SilencedByRole:
        return s.silencedBy;
    case InhibitedRole:
        return s.isInhibited();
    case InhibitedByRole:
        return s.inhibitedByNames;
    case InMaintenanceRole:
        return s.isInMaintenance();
    case MaintenanceRole:
        return s.maintenanceNames;
    case SuppressedRole:
        return s.isSuppressed();
    case SuppressionTextRole:
        return s.suppressionText();
    case EscalationStepRole:
        return s.lastEscalationStep();
    case EscalationsRole: {
        QVariantList steps;
        for (const EscalationRecord &r : s.escalations)
            steps << QVariantMap{{QStringLiteral("step"), r.step},
                                 {QStringLiteral("at"), r.atMs},
                                 {QStringLiteral("channels"), r.channels},
                                 {QStringLiteral("target"), r.target}};
        return steps;
    }
    case NeedsAttentionRole:
        return s.needsAttention();
    case StatusRole:
        return QVariant::fromValue(s);
    case ExpressionRole:
        return m_expression ? m_expression(a) : QString();
    }
    return {};
}

QVariant AlertsModel::groupData(const Group &g, int column, int role) const
{
    QString worst;
    int worstRank = 99;
    int firing = 0;
    int pending = 0;
    for (const quint64 id : g.alerts) {
        const AlertStatus &s = statusOf(id);
        const int r = AlertStatus::severityRank(s.severity());
        if (r < worstRank) {
            worstRank = r;
            worst = s.severity();
        }
        firing += s.isFiring() ? 1 : 0;
        pending += s.state == AlertStatus::State::Pending ? 1 : 0;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AlertColumn:
            return tr("%1 (%2)")
                .arg(g.key.isEmpty() ? tr("(no %1)").arg(m_grouping == Grouping::ByInstance
                                                             ? QStringLiteral("instance")
                                                             : QStringLiteral("alertname"))
                                     : g.key)
                .arg(g.alerts.size());
        case StateColumn:
            return tr("%1 firing, %2 pending").arg(firing).arg(pending);
        case SeverityColumn:
            return worst;
        }
        return {};
    case IsGroupRole:
        return true;
    case GroupKeyRole:
        return g.key;
    case GroupCountRole:
        return int(g.alerts.size());
    case SeverityRole:
        return worst;
    case SeverityRankRole:
        return worstRank;
    case StateRole:
        return firing > 0 ? QStringLiteral("firing")
                          : (pending > 0 ? QStringLiteral("pending") : QStringLiteral("resolved"));
    case IdRole:
        return QVariant::fromValue(quint64(0));
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AlertColumn:
        return tr("Alert");
    case StateColumn:
        return tr("State");
    case SeverityColumn:
        return tr("Severity");
    case InstanceColumn:
        return tr("Instance");
    case SinceColumn:
        return tr("Since");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    case SuppressionColumn:
        return tr("Suppressed");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

QHash<int, QByteArray> AlertsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{IdRole, "id"},
                  {FingerprintRole, "fingerprint"},
                  {IsGroupRole, "isGroup"},
                  {GroupKeyRole, "groupKey"},
                  {GroupCountRole, "groupCount"},
                  {AlertNameRole, "alertname"},
                  {SeverityRole, "severity"},
                  {SeverityRankRole, "severityRank"},
                  {StateRole, "state"},
                  {InstanceRole, "instance"},
                  {LabelsRole, "labels"},
                  {AnnotationsRole, "annotations"},
                  {SummaryRole, "summary"},
                  {DescriptionRole, "description"},
                  {RunbookUrlRole, "runbookUrl"},
                  {ValueRole, "value"},
                  {RuleNameRole, "ruleName"},
                  {RuleGroupRole, "ruleGroup"},
                  {ActiveAtRole, "activeAt"},
                  {FiredAtRole, "firedAt"},
                  {ResolvedAtRole, "resolvedAt"},
                  {AcknowledgedRole, "acknowledged"},
                  {AckByRole, "ackBy"},
                  {AckAtRole, "ackAt"},
                  {AckExpiresAtRole, "ackExpiresAt"},
                  {AckNoteRole, "ackNote"},
                  {AckTextRole, "ackText"},
                  {SilencedRole, "silenced"},
                  {SilencedByRole, "silencedBy"},
                  {InhibitedRole, "inhibited"},
                  {InhibitedByRole, "inhibitedBy"},
                  {InMaintenanceRole, "inMaintenance"},
                  {MaintenanceRole, "maintenance"},
                  {SuppressedRole, "suppressed"},
                  {SuppressionTextRole, "suppressionText"},
                  {EscalationStepRole, "escalationStep"},
                  {EscalationsRole, "escalations"},
                  {NeedsAttentionRole, "needsAttention"},
                  {StatusRole, "status"},
                  {ExpressionRole, "expression"}});
    return names;
}

} // namespace Wk
