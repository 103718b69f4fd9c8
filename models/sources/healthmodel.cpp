#include "healthmodel.h"

#include <QCoreApplication>

namespace Wk {

HealthModel::HealthModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int HealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case HealthRoles::Check:
        return r.check;
    case Qt::ToolTipRole:
        return r.error.isEmpty() ? r.message : r.error;
    case HealthRoles::Target:
        return r.target;
    case HealthRoles::Status:
        return int(r.status);
    case HealthRoles::StatusText:
        return healthStatusText(r.status);
    case HealthRoles::Message:
        return r.message;
    case HealthRoles::DurationMs:
        return r.durationMs;
    case HealthRoles::UpdatedMs:
        return r.updatedMs;
    case HealthRoles::Error:
        return r.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> HealthModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {HealthRoles::Target, "target"},
            {HealthRoles::Check, "check"},
            {HealthRoles::Status, "status"},
            {HealthRoles::StatusText, "statusText"},
            {HealthRoles::Message, "message"},
            {HealthRoles::DurationMs, "durationMs"},
            {HealthRoles::UpdatedMs, "updatedMs"},
            {HealthRoles::Error, "error"}};
}

int HealthModel::findRow(const QString &target, const QString &check) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].target == target && m_rows[i].check == check)
            return i;
    }
    return -1;
}

HealthModel::Row &HealthModel::rowFor(const QString &target, const QString &check)
{
    int i = findRow(target, check);
    if (i < 0) {
        // Keep a target's rows together, "overall" first.
        int at = int(m_rows.size());
        for (int j = int(m_rows.size()) - 1; j >= 0; --j) {
            if (m_rows[j].target == target) {
                at = j + 1;
                break;
            }
        }
        beginInsertRows({}, at, at);
        Row row;
        row.target = target;
        row.check = check;
        m_rows.insert(at, row);
        endInsertRows();
        i = at;
    }
    return m_rows[i];
}

void HealthModel::emitChanged(int row)
{
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx,
                       {HealthRoles::Status, HealthRoles::StatusText, HealthRoles::Message,
                        HealthRoles::DurationMs, HealthRoles::UpdatedMs, HealthRoles::Error,
                        Qt::ToolTipRole});
}

void HealthModel::applyReport(const QString &target, const HealthReport &report, qint64 nowMs)
{
    {
        Row &o = rowFor(target, QStringLiteral("overall"));
        o.status = report.overall;
        QStringList parts;
        if (!report.version.isEmpty())
            parts
                << QCoreApplication::translate("Wk::HealthModel", "version %1").arg(report.version);
        if (!report.environment.isEmpty())
            parts << report.environment;
        o.message = parts.join(QStringLiteral(", "));
        o.durationMs = -1;
        o.updatedMs = nowMs;
        o.error.clear();
        emitChanged(findRow(target, o.check));
    }
    QSet<QString> seen;
    for (const HealthCheck &c : report.checks) {
        seen.insert(c.name);
        Row &r = rowFor(target, c.name);
        r.status = c.status;
        r.message = c.derivedFrom.isEmpty()
                        ? c.message
                        : QCoreApplication::translate("Wk::HealthModel", "%1 (%2)")
                              .arg(c.message, c.derivedFrom);
        r.durationMs = c.durationMs;
        r.updatedMs = nowMs;
        r.error.clear();
        emitChanged(findRow(target, c.name));
    }
    // Checks the service no longer reports go away.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const Row &r = m_rows[i];
        if (r.target == target && r.check != u"overall" && !seen.contains(r.check)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
}

void HealthModel::applyFailure(const QString &target, const QString &error, qint64 nowMs)
{
    Q_UNUSED(nowMs)
    Row &o = rowFor(target, QStringLiteral("overall"));
    o.status = HealthStatus::Unhealthy;
    o.message = error;
    o.error = error;
    emitChanged(findRow(target, o.check));
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.target == target && r.check != u"overall") {
            r.status = HealthStatus::Unknown;
            r.error = error;
            emitChanged(i);
        }
    }
}

HealthStatus HealthModel::status(const QString &target, const QString &check) const
{
    const int i = findRow(target, check);
    return i < 0 ? HealthStatus::Unknown : m_rows[i].status;
}

HealthStatus HealthModel::worstStatus() const
{
    HealthStatus s = HealthStatus::Unknown;
    for (const Row &r : m_rows)
        s = worse(s, r.status);
    return s;
}

} // namespace Wk
