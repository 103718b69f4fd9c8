#include "auditlogmodel.h"

#include "alertrepository.h"

#include <QDateTime>
#include <QSaveFile>

namespace Wk {

AuditLogModel::AuditLogModel(AlertRepository *repository, int maxRows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_maxRows(std::max(1, maxRows))
{
    reload();
}

std::optional<Error> AuditLogModel::reload()
{
    Result<QList<AuditEntry>> fresh = m_repository->auditEntries(m_lastId);
    if (!fresh)
        return fresh.error();
    QList<AuditEntry> add = fresh.value();
    if (add.isEmpty())
        return std::nullopt;
    m_lastId = add.last().id;
    if (add.size() > m_maxRows)
        add = add.mid(add.size() - m_maxRows);
    const int overflow = int(m_entries.size() + add.size()) - m_maxRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_entries.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(add.size()) - 1);
    m_entries += add;
    endInsertRows();
    return std::nullopt;
}

std::optional<Error> AuditLogModel::exportCsv(AlertRepository *repository, const QString &path)
{
    Result<QList<AuditEntry>> all = repository->auditEntries();
    if (!all)
        return all.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(AuditEntry::toCsv(all.value()));
    if (!file.commit())
        return Error(tr("cannot write %1: %2").arg(path, file.errorString()));
    return std::nullopt;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return e.actor;
        case ActionColumn:
            return e.action;
        case TargetColumn:
            return e.target;
        case DetailsColumn:
            return e.details;
        case ReasonColumn:
            return e.reason;
        }
        return {};
    case IdRole:
        return e.id;
    case TimeRole:
        return e.atMs;
    case ActorRole:
        return e.actor;
    case ActionRole:
        return e.action;
    case TargetRole:
        return e.target;
    case DetailsRole:
        return e.details;
    case ReasonRole:
        return e.reason;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailsColumn:
        return tr("What");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {TimeRole, "time"},
                  {ActorRole, "actor"},
                  {ActionRole, "action"},
                  {TargetRole, "target"},
                  {DetailsRole, "details"},
                  {ReasonRole, "reason"}});
    return names;
}

} // namespace Wk
