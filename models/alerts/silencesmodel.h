#pragma once

#include "alertstatus.h"
#include "silence.h"

#include "models/core/clock.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace Wk {

class AlertBook;
class SilenceStore;

// The silences view: one row per silence of a SilenceStore, active first (soonest to end), then
// pending, then expired (latest first). Each row says its state, who made it and why, whether it
// expires within 5 minutes and how many current alerts it matches ("matches no alert now").
// States move with the store's clock; counts follow the AlertBook.
class SilencesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr qint64 ExpiresSoonMs = 5 * 60'000;

    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,       // "pending", "active", "expired"
        MatchersRole,    // {a="b", ...}
        MatcherListRole, // QStringList, one matcher each
        StartsAtRole,    // ms since the epoch
        EndsAtRole,
        UpdatedAtRole,
        CreatedByRole,
        CommentRole,
        ExpiresSoonRole,       // active and ending within 5 minutes
        MatchingAlertsRole,    // current (pending or firing) alerts it matches
        MatchesNoAlertRole,    // matches none of them
        IsAcknowledgementRole, // an ACK! silence
        SilenceRole,           // the whole Wk::Silence
    };
    Q_ENUM(Role)

    enum Column {
        StateColumn,
        MatchersColumn,
        CreatedByColumn,
        CommentColumn,
        StartsColumn,
        EndsColumn,
        MatchingColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // store is not owned; book (not owned) may be null: no matching counts then.
    SilencesModel(SilenceStore *store, AlertBook *book, QObject *parent = nullptr);
    ~SilencesModel() override;

    void setShowExpired(bool show);
    void setShowAcknowledgements(bool show);
    Silence silence(int row) const { return m_rows.value(row).silence; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Silence silence;
        Silence::State state = Silence::State::Active;
        bool soon = false;
        QSet<quint64> matching; // current alerts its matchers match
    };

    QList<Row> buildRows() const;
    void reload();
    void refreshTimes();
    void countAlert(const AlertStatus &status, bool gone);
    void scheduleWake();
    QSet<quint64> matchingAlerts(const Silence &s) const;

    QPointer<SilenceStore> m_store; // not owned
    QPointer<AlertBook> m_book;     // not owned
    Clock *m_clock;                 // not owned
    bool m_showExpired = true;
    bool m_showAcks = true;
    QList<Row> m_rows;
    Clock::TimerId m_wake = 0;
};

} // namespace Wk
