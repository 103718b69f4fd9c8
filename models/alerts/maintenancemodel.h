#pragma once

#include "alertstatus.h"
#include "maintenancewindow.h"

#include "models/core/clock.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace Wk {

class AlertBook;

// The maintenance page: one row per window of an AlertBook with its schedule, whether it is in
// force, its next occurrence, its scope, how many alerts it suppresses now, and the guide's
// warnings (length outside 2-4 h, critical alerts included). Follows the book's clock.
class MaintenanceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,     // "once", "weekly"
        ScheduleRole, // "Tue 02:00 Europe/Berlin for 3h"
        ActiveRole,
        NextStartRole, // ms of the occurrence in force or the next one; null when none is left
        NextEndRole,
        MatchersRole, // {a="b"}; empty for every alert
        SuppressCriticalRole,
        CreatedByRole,
        CommentRole,
        WarningsRole,         // QStringList
        SuppressedAlertsRole, // alerts it suppresses now
        WindowRole,           // the whole Wk::MaintenanceWindow
    };
    Q_ENUM(Role)

    enum Column {
        NameColumn,
        ScheduleColumn,
        NextColumn,
        ScopeColumn,
        SuppressedColumn,
        CreatedByColumn,
        CommentColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // book is not owned.
    explicit MaintenanceModel(AlertBook *book, QObject *parent = nullptr);
    ~MaintenanceModel() override;

    MaintenanceWindow window(int row) const { return m_rows.value(row).window; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        MaintenanceWindow window;
        std::optional<MaintenanceWindow::Occurrence> next;
        bool active = false;
        QSet<quint64> suppressed; // alerts it suppresses now
    };

    Row makeRow(const MaintenanceWindow &w, qint64 now) const;
    void reload();
    void refresh();
    void countAlert(const AlertStatus &status, bool gone);
    void scheduleWake();

    QPointer<AlertBook> m_book; // not owned
    Clock *m_clock;             // not owned
    QList<Row> m_rows;
    Clock::TimerId m_wake = 0;
};

} // namespace Wk
