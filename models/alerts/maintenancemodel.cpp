#include "maintenancemodel.h"

#include "alertbook.h"
#include "matcherlist.h"

#include <QDateTime>

#include <limits>

namespace Wk {

MaintenanceModel::MaintenanceModel(AlertBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
    , m_clock(book->clock())
{
    connect(book, &AlertBook::maintenanceWindowsChanged, this, &MaintenanceModel::reload);
    connect(book, &AlertBook::statusAdded, this,
            [this](const AlertStatus &s) { countAlert(s, false); });
    connect(book, &AlertBook::statusChanged, this,
            [this](const AlertStatus &s) { countAlert(s, false); });
    connect(book, &AlertBook::statusRemoved, this,
            [this](const AlertStatus &s) { countAlert(s, true); });
    const qint64 now = m_clock->nowMs();
    const QList<MaintenanceWindow> windows = book->maintenanceWindows();
    for (const MaintenanceWindow &w : windows)
        m_rows << makeRow(w, now);
    scheduleWake();
}

MaintenanceModel::~MaintenanceModel()
{
    if (m_wake)
        m_clock->cancel(m_wake);
}

MaintenanceModel::Row MaintenanceModel::makeRow(const MaintenanceWindow &w, qint64 now) const
{
    Row r;
    r.window = w;
    r.next = w.nextOccurrence(now);
    r.active = r.next && r.next->contains(now);
    if (m_book) {
        const QList<AlertStatus> statuses = m_book->statuses();
        for (const AlertStatus &s : statuses) {
            if (s.maintenanceIds.contains(w.id))
                r.suppressed.insert(s.id());
        }
    }
    return r;
}

void MaintenanceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const qint64 now = m_clock->nowMs();
    const QList<MaintenanceWindow> windows = m_book->maintenanceWindows();
    for (const MaintenanceWindow &w : windows)
        m_rows << makeRow(w, now);
    endResetModel();
    scheduleWake();
}

void MaintenanceModel::refresh()
{
    const qint64 now = m_clock->nowMs();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row fresh = makeRow(m_rows.at(i).window, now);
        const Row &old = m_rows.at(i);
        const bool timesChanged = fresh.active != old.active || fresh.next != old.next;
        const bool countChanged = fresh.suppressed != old.suppressed;
        m_rows[i] = fresh;
        if (timesChanged)
            Q_EMIT dataChanged(index(i, NextColumn), index(i, NextColumn),
                               {Qt::DisplayRole, ActiveRole, NextStartRole, NextEndRole});
        if (countChanged)
            Q_EMIT dataChanged(index(i, SuppressedColumn), index(i, SuppressedColumn),
                               {Qt::DisplayRole, SuppressedAlertsRole});
    }
    scheduleWake();
}

void MaintenanceModel::countAlert(const AlertStatus &status, bool gone)
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row &r = m_rows[i];
        const bool in = !gone && status.maintenanceIds.contains(r.window.id);
        if (in == r.suppressed.contains(status.id()))
            continue;
        if (in)
            r.suppressed.insert(status.id());
        else
            r.suppressed.remove(status.id());
        Q_EMIT dataChanged(index(i, SuppressedColumn), index(i, SuppressedColumn),
                           {Qt::DisplayRole, SuppressedAlertsRole});
    }
}

void MaintenanceModel::scheduleWake()
{
    if (m_wake) {
        m_clock->cancel(m_wake);
        m_wake = 0;
    }
    const qint64 now = m_clock->nowMs();
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Row &r : std::as_const(m_rows)) {
        if (!r.next)
            continue;
        for (const qint64 t : {r.next->startMs, r.next->endMs}) {
            if (t > now && t < next)
                next = t;
        }
    }
    if (next == std::numeric_limits<qint64>::max())
        return;
    m_wake = m_clock->callAt(next, this, [this] {
        m_wake = 0;
        refresh();
    });
}

int MaintenanceModel::rowOf(qint64 id) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).window.id == id)
            return i;
    }
    return -1;
}

int MaintenanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaintenanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaintenanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const MaintenanceWindow &w = r.window;
    const auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return w.name;
        case ScheduleColumn:
            return w.scheduleText();
        case NextColumn:
            if (!r.next)
                return tr("no occurrence left");
            if (r.active)
                return tr("in force until %1").arg(time(r.next->endMs));
            return tr("next: %1").arg(time(r.next->startMs));
        case ScopeColumn: {
            const QString base =
                w.suppressCritical ? tr("every alert") : tr("every alert but critical");
            return w.matchers.isEmpty() ? base : base + u' ' + matcherListToString(w.matchers);
        }
        case SuppressedColumn:
            return int(r.suppressed.size());
        case CreatedByColumn:
            return w.createdBy;
        case CommentColumn:
            return w.comment;
        }
        return {};
    case Qt::ToolTipRole:
        return w.validate().warnings.join(u'\n');
    case IdRole:
        return w.id;
    case NameRole:
        return w.name;
    case KindRole:
        return MaintenanceWindow::kindName(w.kind);
    case ScheduleRole:
        return w.scheduleText();
    case ActiveRole:
        return r.active;
    case NextStartRole:
        return r.next ? QVariant(r.next->startMs) : QVariant();
    case NextEndRole:
        return r.next ? QVariant(r.next->endMs) : QVariant();
    case MatchersRole:
        return w.matchers.isEmpty() ? QString() : matcherListToString(w.matchers);
    case SuppressCriticalRole:
        return w.suppressCritical;
    case CreatedByRole:
        return w.createdBy;
    case CommentRole:
        return w.comment;
    case WarningsRole:
        return w.validate().warnings;
    case SuppressedAlertsRole:
        return int(r.suppressed.size());
    case WindowRole:
        return QVariant::fromValue(w);
    }
    return {};
}

QVariant MaintenanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ScheduleColumn:
        return tr("Schedule");
    case NextColumn:
        return tr("Next");
    case ScopeColumn:
        return tr("Suppresses");
    case SuppressedColumn:
        return tr("Alerts now");
    case CreatedByColumn:
        return tr("Created by");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

QHash<int, QByteArray> MaintenanceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {NameRole, "name"},
                  {KindRole, "kind"},
                  {ScheduleRole, "schedule"},
                  {ActiveRole, "active"},
                  {NextStartRole, "nextStart"},
                  {NextEndRole, "nextEnd"},
                  {MatchersRole, "matchers"},
                  {SuppressCriticalRole, "suppressCritical"},
                  {CreatedByRole, "createdBy"},
                  {CommentRole, "comment"},
                  {WarningsRole, "warnings"},
                  {SuppressedAlertsRole, "suppressedAlerts"},
                  {WindowRole, "window"}});
    return names;
}

} // namespace Wk
