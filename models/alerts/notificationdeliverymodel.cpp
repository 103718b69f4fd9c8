#include "notificationdeliverymodel.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Wk {

namespace {
// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::NotificationDeliveryModel)
};

} // namespace

QString NotificationDeliveryModel::kindText(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::Firing:
        return Tr::tr("firing");
    case Notification::Kind::Resolved:
        return Tr::tr("resolved");
    case Notification::Kind::Acknowledged:
        return Tr::tr("acknowledged");
    case Notification::Kind::Escalation:
        return Tr::tr("escalation");
    case Notification::Kind::Test:
        return Tr::tr("test");
    }
    return {};
}

NotificationDeliveryModel::NotificationDeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int NotificationDeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationDeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationDeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationDelivery &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(d.atMs).toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ChannelColumn:
            return d.recipient.isEmpty() ? d.channel
                                         : QStringLiteral("%1 → %2").arg(d.channel, d.recipient);
        case AlertColumn:
            return d.alertName;
        case EventColumn:
            return kindText(d.kind);
        case OutcomeColumn:
            return NotificationDelivery::outcomeText(d.outcome);
        case DetailColumn:
            return d.describe();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return d.describe();
    case DeliveryIdRole:
        return d.id;
    case TimeRole:
        return d.atMs;
    case ChannelRole:
        return d.channel;
    case ChannelTypeRole:
        return d.channelType;
    case RecipientRole:
        return d.recipient;
    case AlertIdRole:
        return d.alertId;
    case AlertNameRole:
        return d.alertName;
    case SeverityRole:
        return d.severity;
    case KindRole:
        return Notification::kindName(d.kind);
    case AttemptRole:
        return d.attempt;
    case OutcomeRole:
        return int(d.outcome);
    case OutcomeNameRole:
        return NotificationDelivery::outcomeName(d.outcome);
    case ReasonRole:
        return d.reason;
    case NextAttemptRole:
        return d.nextAttemptMs;
    case CodeRole:
        return d.code;
    case FailureRole:
        return d.isFailure();
    case DeliveryRole:
        return QVariant::fromValue(d);
    default:
        return {};
    }
}

QVariant NotificationDeliveryModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return Tr::tr("Time");
    case ChannelColumn:
        return Tr::tr("Channel");
    case AlertColumn:
        return Tr::tr("Alert");
    case EventColumn:
        return Tr::tr("Event");
    case OutcomeColumn:
        return Tr::tr("Outcome");
    case DetailColumn:
        return Tr::tr("Detail");
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationDeliveryModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {Qt::ToolTipRole, "toolTip"},
            {DeliveryIdRole, "deliveryId"},
            {TimeRole, "time"},
            {ChannelRole, "channel"},
            {ChannelTypeRole, "channelType"},
            {RecipientRole, "recipient"},
            {AlertIdRole, "alertId"},
            {AlertNameRole, "alertName"},
            {SeverityRole, "severity"},
            {KindRole, "kind"},
            {AttemptRole, "attempt"},
            {OutcomeRole, "outcome"},
            {OutcomeNameRole, "outcomeName"},
            {ReasonRole, "reason"},
            {NextAttemptRole, "nextAttempt"},
            {CodeRole, "code"},
            {FailureRole, "failure"},
            {DeliveryRole, "delivery"}};
}

void NotificationDeliveryModel::append(const NotificationDelivery &delivery)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(delivery);
    endInsertRows();
    trim();
}

int NotificationDeliveryModel::count(NotificationDelivery::Outcome outcome) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(),
                      [outcome](const NotificationDelivery &d) { return d.outcome == outcome; }));
}

void NotificationDeliveryModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void NotificationDeliveryModel::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    trim();
}

void NotificationDeliveryModel::trim()
{
    const int excess = int(m_rows.size()) - m_maxRows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.remove(0, excess);
    endRemoveRows();
}

} // namespace Wk
