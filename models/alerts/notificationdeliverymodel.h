#pragma once

#include "notificationdelivery.h"

#include <QAbstractTableModel>
#include <QList>

namespace Wk {

// The delivery log as a table, oldest first, one row per attempt: time, channel, alert,
// event, outcome, detail. Every role answers on every column. Bounded: past maxRows the
// oldest rows go, so a wall display running for months keeps a steady size.
class NotificationDeliveryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ChannelColumn,
        AlertColumn,
        EventColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        DeliveryIdRole = Qt::UserRole + 1,
        TimeRole, // qint64 ms since the epoch
        ChannelRole,
        ChannelTypeRole,
        RecipientRole,
        AlertIdRole, // quint64 fingerprint
        AlertNameRole,
        SeverityRole,
        KindRole, // "firing", "resolved", "acknowledged", "escalation", "test"
        AttemptRole,
        OutcomeRole,     // int(NotificationDelivery::Outcome)
        OutcomeNameRole, // "sent", "rate-limited", ... (stable)
        ReasonRole,
        NextAttemptRole, // qint64 ms; 0 unless retrying
        CodeRole,
        FailureRole,  // bool: failed or retrying
        DeliveryRole, // the whole NotificationDelivery
    };

    explicit NotificationDeliveryModel(QObject *parent = nullptr);

    // "firing", "resolved", ... in the user's language.
    static QString kindText(Notification::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void append(const NotificationDelivery &delivery);
    const NotificationDelivery &delivery(int row) const { return m_rows.at(row); }
    const QList<NotificationDelivery> &deliveries() const { return m_rows; }
    // Rows of one outcome, for a badge ("3 failed").
    int count(NotificationDelivery::Outcome outcome) const;
    void clear();

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);

private:
    void trim();

    QList<NotificationDelivery> m_rows;
    int m_maxRows = 5000;
};

} // namespace Wk
