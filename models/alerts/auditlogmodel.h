#pragma once

#include "auditentry.h"

#include "models/core/result.h"

#include <QAbstractTableModel>

#include <optional>

namespace Wk {

class AlertRepository;

// The alerts audit log for viewing: the newest maxRows entries, oldest first, grown by reload()
// with the entries written since (by this process or another). exportCsv() writes the whole log.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TimeRole, // ms since the epoch
        ActorRole,
        ActionRole,
        TargetRole,
        DetailsRole,
        ReasonRole,
    };
    Q_ENUM(Role)

    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        DetailsColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // repository is not owned.
    explicit AuditLogModel(AlertRepository *repository, int maxRows = 10'000,
                           QObject *parent = nullptr);

    // Appends the entries written since the last reload; drops the oldest beyond maxRows.
    std::optional<Error> reload();
    AuditEntry entry(int row) const { return m_entries.value(row); }

    // The whole audit log as RFC 4180 CSV (AuditEntry::toCsv), written atomically.
    static std::optional<Error> exportCsv(AlertRepository *repository, const QString &path);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    AlertRepository *m_repository; // not owned
    int m_maxRows;
    QList<AuditEntry> m_entries;
    qint64 m_lastId = 0;
};

} // namespace Wk
