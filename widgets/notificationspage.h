#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Wk {

class NotificationDeliveryModel;

// The notification delivery log: what went to which channel for which alert, when, and what
// came of it (sent, retrying at a time, failed and why, rate-limited, left to the desktop that
// sends for the team). Newest at the bottom and followed as it grows; a text filter (Ctrl+F)
// narrows it to a channel, an alert or a reason, and "Problems only" to failures and retries;
// opening a row (double-click, Enter) goes to its alert.
class NotificationsPage final : public QWidget
{
    Q_OBJECT
public:
    // model is not owned.
    explicit NotificationsPage(NotificationDeliveryModel *model, QWidget *parent = nullptr);

    void setTextFilter(const QString &text);
    void setProblemsOnly(bool only);
    QTreeView *view() const { return m_view; }
    int visibleRows() const;
    QString summaryText() const;

Q_SIGNALS:
    // A row was opened (double-click or Enter): show its alert.
    void alertActivated(quint64 alertId);

private:
    void updateSummary();

    QPointer<NotificationDeliveryModel> m_model; // not owned
    QSortFilterProxyModel *m_text;
    QSortFilterProxyModel *m_problems;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QLabel *m_summary;
    QTreeView *m_view;
    bool m_stickToBottom = true;
};

} // namespace Wk
