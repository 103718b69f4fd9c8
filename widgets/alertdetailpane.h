#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;

namespace Wk {

class AlertBook;
class NotificationDeliveryModel;
class QueryEngine;
class TimeSeriesChart;
struct AlertStatus;

// Everything about one alert: severity, state, summary and description, labels and the other
// annotations, the runbook link (opened with a click, or Tab to it and Enter), who acknowledged
// it, why it is suppressed, the escalation steps taken, and a chart of the rule's expression
// over the last hour (asked of the QueryEngine; only the alert's own series when the expression
// returns several). Follows the AlertBook: a change of the alert redraws the texts.
class AlertDetailPane final : public QWidget
{
    Q_OBJECT
public:
    // The expression of the rule that raises an alert of this name; empty when not known.
    using ExpressionLookup = std::function<QString(const QString &alertName)>;

    static constexpr qint64 ChartRangeMs = 3'600'000;

    // book and engine are not owned; engine may be null (no chart then).
    AlertDetailPane(AlertBook *book, QueryEngine *engine, QWidget *parent = nullptr);
    ~AlertDetailPane() override;

    void setExpressionLookup(ExpressionLookup lookup);
    // Where the "Notified:" row reads what was sent for the alert; not owned, may be null.
    void setDeliveryModel(NotificationDeliveryModel *model);
    // Shows the alert with this fingerprint; 0 shows the "select an alert" hint.
    void showAlert(quint64 id);
    quint64 alertId() const { return m_id; }
    // Asks the engine for the last hour again (the page does it on its refresh tick).
    void refreshChart();

    // Inspection, for tests and accessibility.
    QString titleText() const;
    QString summaryText() const;
    QString runbookUrl() const { return m_runbookUrl; }
    QString expression() const { return m_expr; }
    // What the chart asks for: the side of a comparison with a number (`rate(x[5m]) > 0.1`
    // charts `rate(x[5m])` with a line at 0.1, so the lead-up shows), else the expression.
    QString chartedQuery() const { return m_query; }
    // The comparison's number, when the chart draws one.
    std::optional<double> chartedThreshold() const { return m_threshold; }
    QString acknowledgementText() const;
    QString suppressionText() const;
    QString escalationText() const;
    QString notifiedText() const;
    TimeSeriesChart *chart() const { return m_chart; }

private:
    void rebuild();
    void fill(const AlertStatus &status);
    void applyTheme();
    void addRow(const QString &title, QLabel *value);
    void setRow(QLabel *value, const QString &text);

    QPointer<AlertBook> m_book;                       // not owned
    QPointer<QueryEngine> m_engine;                   // not owned
    QPointer<NotificationDeliveryModel> m_deliveries; // not owned
    ExpressionLookup m_lookup;
    quint64 m_id = 0;
    QString m_expr;
    QString m_query;
    std::optional<double> m_threshold;
    QString m_runbookUrl;
    quint64 m_request = 0; // the newest chart request; older answers are dropped

    QLabel *m_hint;
    QWidget *m_body;
    QLabel *m_title;
    QLabel *m_badges;
    QLabel *m_summary;
    QLabel *m_description;
    QGridLayout *m_form; // label / value rows; a row hides when its value is empty
    QLabel *m_runbook;
    QLabel *m_ack;
    QLabel *m_suppression;
    QLabel *m_escalation;
    QLabel *m_notified;
    QLabel *m_labels;
    QLabel *m_annotations;
    QLabel *m_chartCaption;
    TimeSeriesChart *m_chart;
};

} // namespace Wk
