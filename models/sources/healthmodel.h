#pragma once

#include "healthdecoder.h"

#include <QAbstractListModel>

namespace Wk {

// The present state of every health check, one row per target and check (HealthRoles).
// History lives in the series store; this model shows only the latest poll.
class HealthModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit HealthModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A successful poll: rows for the target's "overall" and each check.
    void applyReport(const QString &target, const HealthReport &report, qint64 nowMs);
    // A failed poll: "overall" turns unhealthy with the reason; the checks become unknown,
    // since nothing is known of them now.
    void applyFailure(const QString &target, const QString &error, qint64 nowMs);

    HealthStatus status(const QString &target, const QString &check) const;
    HealthStatus worstStatus() const;

private:
    struct Row
    {
        QString target;
        QString check;
        HealthStatus status = HealthStatus::Unknown;
        QString message;
        double durationMs = -1;
        qint64 updatedMs = 0;
        QString error;
    };
    int findRow(const QString &target, const QString &check) const;
    Row &rowFor(const QString &target, const QString &check);
    void emitChanged(int row);

    QList<Row> m_rows;
};

} // namespace Wk
