#pragma once

#include "models/alerts/alertsmodel.h"
#include "models/alerts/alertstatus.h"
#include "models/core/clock.h"
#include "widgets/alertdetailpane.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QToolButton;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSplitter;
class QTreeView;

namespace Wk {

class AcknowledgeDialog;
class AlertBook;
class IncidentAutomation;
class NotificationDeliveryModel;
class OpenIncidentDialog;
class AlertListProxy;
class QueryEngine;
class SilenceDialog;

// The on-call engineer's alerts page: a filter bar (severity, state, suppressed and inhibited
// shown or not, label text), grouping (none, alert name, instance), the alert list and the
// selected alert's details with a chart of its rule's expression over the last hour.
//
// Keyboard: A acknowledges the selected alerts (a dialog; Enter confirms), Shift+A takes the
// acknowledgement back, S silences them (the silence dialog prefilled with their alertname and
// instance), I opens an incident from the current alert (when the page has incidents), / goes
// to the text filter (Escape comes back), Enter opens the details (and folds or unfolds a group
// row). Dialogs open without blocking; the page talks to the AlertBook and, for incidents, to
// the IncidentAutomation.
class AlertsPage final : public QWidget
{
    Q_OBJECT
public:
    using ExpressionLookup = AlertDetailPane::ExpressionLookup;

    // How often ages are redrawn and the detail chart asked again while the page is shown.
    static constexpr qint64 TickMs = 15'000;
    static constexpr qint64 ChartRefreshMs = 60'000;

    // book and engine are not owned; engine may be null (no chart).
    AlertsPage(AlertBook *book, QueryEngine *engine, QWidget *parent = nullptr);
    ~AlertsPage() override;

    // Where the detail chart finds a rule's expression (the app looks it up in the rules).
    void setExpressionLookup(ExpressionLookup lookup);
    // What was sent for the alerts, shown in the details; not owned, may be null.
    void setDeliveryModel(NotificationDeliveryModel *model);
    // Enables "Open incident…" (I); not owned, may be null (no incident board).
    void setIncidentAutomation(IncidentAutomation *automation);

    // Filters, as the filter bar sets them.
    void setSeverityShown(const QString &severity, bool shown);
    void setStateShown(AlertStatus::State state, bool shown);
    void setShowSuppressed(bool show);
    void setTextFilter(const QString &text);
    void setGrouping(AlertsModel::Grouping grouping);

    // The selected alerts (the alerts under a selected group row included).
    QList<quint64> selectedAlertIds() const;
    void selectAlert(quint64 id);

    // The actions behind the keys; each dialog opens without blocking and is returned (null when
    // there is nothing to act on, with a message saying why).
    AcknowledgeDialog *acknowledgeSelected();
    void unacknowledgeSelected();
    SilenceDialog *suppressSelected();
    OpenIncidentDialog *openIncidentForSelected();
    void focusFilter();
    void openDetail();

    QTreeView *view() const { return m_view; }
    AlertsModel *model() const { return m_model; }
    AlertListProxy *proxy() const { return m_proxy; }
    AlertDetailPane *detail() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *suppressedToggle() const { return m_showSuppressed; }
    QString messageText() const; // the inline message, empty when none
    QString summaryText() const; // "12 alerts shown, 3 need attention"
    QAction *acknowledgeAction() const { return m_ackAction; }
    QAction *unacknowledgeAction() const { return m_unackAction; }
    QAction *silenceAction() const { return m_silenceAction; }
    QAction *openIncidentAction() const { return m_incidentAction; }

Q_SIGNALS:
    // A silence was saved from this page.
    void silenceSaved(const QString &id);
    // An incident was opened from this page (the window shows it on the board).
    void incidentOpened(qint64 incidentId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildActionBar();
    void applyFilters();
    void filterBoxToggled(const QList<QCheckBox *> &group, QCheckBox *box, bool on);
    void applyTheme();
    void showMessage(const QString &text, bool error);
    void currentChanged();
    void updateSummary();
    void scheduleSummary();
    void expandGroups();
    void scheduleTick();
    void stopTick();
    quint64 currentAlertId() const;

    QPointer<AlertBook> m_book; // not owned
    AlertsModel *m_model;       // owned through QObject parent
    AlertListProxy *m_proxy;    // owned through QObject parent

    QList<QCheckBox *> m_severityBoxes;
    QList<QCheckBox *> m_stateBoxes;
    QCheckBox *m_showSuppressed;
    QComboBox *m_grouping;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_message;
    QTreeView *m_view;
    QSplitter *m_splitter;
    QScrollArea *m_detailScroll;
    AlertDetailPane *m_detail;
    QAction *m_ackAction;
    QAction *m_unackAction;
    QAction *m_silenceAction;
    QAction *m_incidentAction;
    QToolButton *m_incidentButton = nullptr;
    QAction *m_filterAction;
    IncidentAutomation *m_automation = nullptr; // not owned

    Clock::TimerId m_tick = 0;
    qint64 m_lastChartMs = 0;
    bool m_summaryQueued = false;
};

} // namespace Wk
