#include "widgets/alertdetailpane.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/notificationdeliverymodel.h"
#include "models/core/duration.h"
#include "models/promql/parser.h"
#include "models/promql/queryengine.h"
#include "widgets/alertlistproxy.h"
#include "widgets/alertstyle.h"
#include "widgets/thememanager.h"
#include "widgets/timeserieschart.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Wk {

namespace {

// The answer's series that belong to this alert: those whose labels all have the alert's
// values (an alert's labels are its series' labels plus the rule's). All of them when none do.
QList<QuerySeries> seriesOfAlert(const QList<QuerySeries> &all, const Labels &alertLabels)
{
    QList<QuerySeries> mine;
    for (const QuerySeries &s : all) {
        bool match = true;
        for (const Label &l : s.labels) {
            if (l.name == u"__name__")
                continue;
            if (alertLabels.value(l.name) != l.value) {
                match = false;
                break;
            }
        }
        if (match)
            mine << s;
    }
    return mine.isEmpty() ? all : mine;
}

struct ChartPlan
{
    QString query;
    std::optional<double> threshold;
    QString thresholdLabel;
};

// A rule is mostly "some value compared with a number"; the comparison's output is only the
// value while the condition holds, so the chart shows the value itself with the number as a
// line, and the hour before the alert is visible too.
ChartPlan planChart(const QString &expr)
{
    ChartPlan plan{expr, std::nullopt, {}};
    const Result<Promql::ExprPtr> parsed = Promql::Parser::parse(expr);
    if (!parsed)
        return plan;
    const Promql::Expr *top = parsed.value()->unwrapped();
    if (top->kind != Promql::Expr::Kind::Binary || !Promql::isComparison(top->binaryOp) ||
        top->returnBool)
        return plan;
    const Promql::Expr *lhs = top->child(0)->unwrapped();
    const Promql::Expr *rhs = top->child(1)->unwrapped();
    const bool numberRight = rhs->kind == Promql::Expr::Kind::Number;
    const bool numberLeft = lhs->kind == Promql::Expr::Kind::Number;
    if (numberRight == numberLeft)
        return plan;
    const Promql::Expr *value = numberRight ? lhs : rhs;
    const double number = numberRight ? rhs->number : lhs->number;
    if (value->type() != Promql::ValueType::Vector)
        return plan;
    plan.query = value->toString();
    plan.threshold = number;
    // `0.1 < x` reads as `x > 0.1`.
    Promql::BinaryOp op = top->binaryOp;
    if (numberLeft) {
        switch (op) {
        case Promql::BinaryOp::Gt:
            op = Promql::BinaryOp::Lt;
            break;
        case Promql::BinaryOp::Lt:
            op = Promql::BinaryOp::Gt;
            break;
        case Promql::BinaryOp::Ge:
            op = Promql::BinaryOp::Le;
            break;
        case Promql::BinaryOp::Le:
            op = Promql::BinaryOp::Ge;
            break;
        default:
            break;
        }
    }
    plan.thresholdLabel = QStringLiteral("%1 %2").arg(Promql::binaryOpName(op)).arg(number);
    return plan;
}

QLabel *makeLabel(QWidget *parent, bool selectable = true)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AlertDetailPane::AlertDetailPane(AlertBook *book, QueryEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_engine(engine)
{
    setAccessibleName(tr("Alert details"));
    auto *outer = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Select an alert to see its details."), this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    outer->addWidget(m_hint);

    m_body = new QWidget(this);
    outer->addWidget(m_body, 1);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = makeLabel(m_body);
    m_title->setAccessibleName(tr("Alert"));
    m_badges = makeLabel(m_body);
    m_summary = makeLabel(m_body);
    m_summary->setAccessibleName(tr("Summary"));
    m_description = makeLabel(m_body);
    m_description->setAccessibleName(tr("Description"));
    layout->addWidget(m_title);
    layout->addWidget(m_badges);
    layout->addWidget(m_summary);
    layout->addWidget(m_description);

    // A grid, not a QFormLayout: Qt 6.4's QFormLayout writes out of bounds in heightForWidth
    // once rows are hidden.
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    m_runbook = new QLabel(m_body);
    m_runbook->setTextFormat(Qt::RichText);
    m_runbook->setOpenExternalLinks(true);
    m_runbook->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_runbook->setAccessibleName(tr("Runbook link"));
    m_runbook->setWordWrap(true);
    m_ack = makeLabel(m_body);
    m_suppression = makeLabel(m_body);
    m_escalation = makeLabel(m_body);
    m_notified = makeLabel(m_body);
    m_labels = makeLabel(m_body);
    m_annotations = makeLabel(m_body);
    addRow(tr("Runbook:"), m_runbook);
    addRow(tr("Acknowledged:"), m_ack);
    addRow(tr("Suppressed:"), m_suppression);
    addRow(tr("Escalation:"), m_escalation);
    addRow(tr("Notified:"), m_notified);
    addRow(tr("Labels:"), m_labels);
    addRow(tr("Annotations:"), m_annotations);
    layout->addLayout(m_form);

    m_chartCaption = makeLabel(m_body);
    layout->addWidget(m_chartCaption);
    m_chart = new TimeSeriesChart(m_body);
    m_chart->setAccessibleName(tr("Rule expression over the last hour"));
    layout->addWidget(m_chart, 1);

    applyTheme();
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this,
            &AlertDetailPane::applyTheme);
    if (book) {
        connect(book, &AlertBook::statusChanged, this, [this](const AlertStatus &s) {
            if (s.id() == m_id)
                fill(s);
        });
        connect(book, &AlertBook::statusRemoved, this, [this](const AlertStatus &s) {
            if (s.id() == m_id)
                showAlert(0);
        });
        connect(book, &AlertBook::maintenanceWindowsChanged, this, &AlertDetailPane::rebuild);
    }
    rebuild();
}

AlertDetailPane::~AlertDetailPane() = default;

void AlertDetailPane::setDeliveryModel(NotificationDeliveryModel *model)
{
    if (m_deliveries)
        disconnect(m_deliveries, nullptr, this, nullptr);
    m_deliveries = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            if (m_id && m_book) {
                if (const auto s = m_book->status(m_id))
                    fill(*s);
            }
        });
    }
    if (m_id)
        showAlert(m_id);
}

QString AlertDetailPane::notifiedText() const
{
    return m_id ? m_notified->text() : QString();
}

void AlertDetailPane::setExpressionLookup(ExpressionLookup lookup)
{
    m_lookup = std::move(lookup);
    if (m_id)
        showAlert(m_id);
}

void AlertDetailPane::applyTheme()
{
    const Theme &theme = ThemeManager::current();
    m_title->setFont(theme.font(theme.titlePt, true));
    m_summary->setFont(theme.font(theme.normalPt, true));
    for (QLabel *l : {m_badges, m_description, m_runbook, m_ack, m_suppression, m_escalation,
                      m_notified, m_labels, m_annotations, m_hint})
        l->setFont(theme.font(theme.normalPt));
    m_chartCaption->setFont(theme.font(theme.smallPt));
    QPalette muted = m_chartCaption->palette();
    muted.setColor(QPalette::WindowText, theme.textMuted);
    m_chartCaption->setPalette(muted);
    m_hint->setPalette(muted);
    m_chart->setMinimumHeight(theme.tileHeight * 3 / 2);
    m_chart->setMaximumHeight(theme.tileHeight * 3);
    layout()->setSpacing(theme.spacing);
    m_form->setHorizontalSpacing(theme.spacing * 2);
    m_form->setVerticalSpacing(theme.spacing);
}

void AlertDetailPane::showAlert(quint64 id)
{
    m_id = id;
    m_expr.clear();
    m_query.clear();
    m_threshold.reset();
    const std::optional<AlertStatus> s = m_book && id ? m_book->status(id) : std::nullopt;
    if (!s) {
        m_id = 0;
        ++m_request;
        m_chart->clearSeries();
        rebuild();
        return;
    }
    if (m_lookup)
        m_expr = m_lookup(s->alertName()).trimmed();
    if (!m_expr.isEmpty()) {
        const ChartPlan plan = planChart(m_expr);
        m_query = plan.query;
        m_threshold = plan.threshold;
        QList<Threshold> lines;
        if (plan.threshold) {
            Threshold t;
            t.value = *plan.threshold;
            t.level =
                s->severity() == u"critical" ? HealthStatus::Unhealthy : HealthStatus::Degraded;
            t.label = plan.thresholdLabel;
            lines << t;
        }
        m_chart->setThresholds(lines);
    }
    rebuild();
    refreshChart();
}

void AlertDetailPane::rebuild()
{
    const std::optional<AlertStatus> s = m_book && m_id ? m_book->status(m_id) : std::nullopt;
    m_hint->setVisible(!s);
    m_body->setVisible(s.has_value());
    if (s)
        fill(*s);
}

void AlertDetailPane::addRow(const QString &title, QLabel *value)
{
    const int row = m_form->rowCount();
    auto *label = new QLabel(title, m_body);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setBuddy(value);
    m_form->addWidget(label, row, 0, Qt::AlignTop);
    m_form->addWidget(value, row, 1);
}

void AlertDetailPane::setRow(QLabel *value, const QString &text)
{
    value->setText(text);
    value->setVisible(!text.isEmpty());
    for (int r = 0; r < m_form->rowCount(); ++r) {
        QLayoutItem *field = m_form->itemAtPosition(r, 1);
        QLayoutItem *name = m_form->itemAtPosition(r, 0);
        if (field && name && field->widget() == value && name->widget())
            name->widget()->setVisible(!text.isEmpty());
    }
}

void AlertDetailPane::fill(const AlertStatus &s)
{
    const qint64 now = m_book ? m_book->clock()->nowMs() : 0;
    const Alert &a = s.alert;
    const QString instance = a.labels.value(u"instance");
    m_title->setText(instance.isEmpty() ? s.alertName()
                                        : tr("%1 on %2").arg(s.alertName(), instance));

    QStringList badges;
    badges << AlertStyle::severityLabel(s.severity());
    const qint64 since = s.state == AlertStatus::State::Resolved
                             ? a.resolvedAtMs.value_or(a.activeAtMs)
                             : a.firedAtMs.value_or(a.activeAtMs);
    badges << tr("%1 for %2").arg(AlertStyle::stateLabel(s.state), humanAge(qMax(0, now - since)));
    if (s.isAcknowledged())
        badges << AlertStyle::acknowledgedGlyph() + u' ' + tr("acknowledged");
    if (s.isSuppressed())
        badges << AlertStyle::suppressedGlyph() + u' ' + tr("suppressed");
    m_badges->setText(badges.join(QStringLiteral("   ")));

    m_summary->setText(a.annotations.value(QStringLiteral("summary")));
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_description->setText(a.annotations.value(QStringLiteral("description")));
    m_description->setVisible(!m_description->text().isEmpty());

    m_runbookUrl = a.annotations.value(QStringLiteral("runbook_url"));
    if (m_runbookUrl.isEmpty())
        m_runbookUrl = a.annotations.value(QStringLiteral("runbook"));
    m_runbook->setText(m_runbookUrl.isEmpty()
                           ? QString()
                           : QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(m_runbookUrl.toHtmlEscaped(), m_runbookUrl.toHtmlEscaped()));
    setRow(m_runbook, m_runbook->text());

    QString ack;
    if (s.ack) {
        ack = s.ack->describe(now);
        ack += u'\n' + tr("until the alert resolves, at most until %1")
                           .arg(AlertStyle::timeText(s.ack->expiresAtMs, now));
    }
    setRow(m_ack, ack);
    setRow(m_suppression, AlertListProxy::suppressionReason(s, m_book));

    QStringList steps;
    for (const EscalationRecord &r : s.escalations)
        steps << tr("step %1 at %2 to %3 (%4)")
                     .arg(r.step)
                     .arg(AlertStyle::timeText(r.atMs, now), r.channels.join(QStringLiteral(", ")),
                          r.target);
    setRow(m_escalation, steps.join(u'\n'));

    // The latest outcome per channel and recipient, in the order they were first tried.
    QStringList order;
    QHash<QString, QString> latest;
    if (m_deliveries) {
        for (const NotificationDelivery &d : m_deliveries->deliveries()) {
            if (d.alertId != s.id() || d.channelType == u"desktop")
                continue;
            const QString who =
                d.recipient.isEmpty() ? d.channel : tr("%1 (%2)").arg(d.channel, d.recipient);
            if (!latest.contains(who))
                order << who;
            QString text = tr("%1 %2 %3")
                               .arg(who, NotificationDeliveryModel::kindText(d.kind),
                                    NotificationDelivery::outcomeText(d.outcome));
            text += u' ' + AlertStyle::timeText(d.outcome == NotificationDelivery::Outcome::Retrying
                                                    ? d.nextAttemptMs
                                                    : d.atMs,
                                                now);
            if (d.isFailure() && !d.reason.isEmpty())
                text += QStringLiteral(": ") + d.reason;
            latest.insert(who, text);
        }
    }
    QStringList notified;
    for (const QString &who : std::as_const(order))
        notified << latest.value(who);
    setRow(m_notified, notified.join(u'\n'));

    QStringList labels;
    for (const Label &l : a.labels)
        labels << QStringLiteral("%1=\"%2\"").arg(l.name, l.value);
    setRow(m_labels, labels.join(u'\n'));

    QStringList annotations;
    for (auto it = a.annotations.cbegin(); it != a.annotations.cend(); ++it) {
        if (it.key() == u"summary" || it.key() == u"description" || it.key() == u"runbook_url" ||
            it.key() == u"runbook")
            continue;
        annotations << QStringLiteral("%1: %2").arg(it.key(), it.value());
    }
    setRow(m_annotations, annotations.join(u'\n'));

    if (m_expr.isEmpty())
        m_chartCaption->setText(tr("The expression of rule %1 is not known here, so there is no "
                                   "chart.")
                                    .arg(a.ruleName.isEmpty() ? s.alertName() : a.ruleName));
    else if (m_query != m_expr)
        m_chartCaption->setText(tr("Rule expression over the last hour: %1 (the chart shows %2; "
                                   "the line is where the alert condition begins)")
                                    .arg(m_expr, m_query));
    else
        m_chartCaption->setText(tr("Rule expression over the last hour: %1").arg(m_expr));
    m_chart->setVisible(!m_expr.isEmpty() && m_engine);
}

void AlertDetailPane::refreshChart()
{
    const quint64 request = ++m_request;
    if (!m_engine || !m_book || m_query.isEmpty() || !m_id)
        return;
    const std::optional<AlertStatus> s = m_book->status(m_id);
    if (!s)
        return;
    const qint64 end = m_book->clock()->nowMs();
    const qint64 start = end - ChartRangeMs;
    const qint64 step = 15'000;
    m_chart->setTimeRange(start, end);
    m_chart->setStepMs(step);
    m_chart->setLoading(true);
    QPointer<AlertDetailPane> self(this);
    const Labels labels = s->alert.labels;
    m_engine->rangeQuery(m_query, start, end, step, [self, request, labels](QueryResult r) {
        if (!self || request != self->m_request)
            return;
        self->m_chart->setLoading(false);
        if (!r.ok()) {
            self->m_chart->setError(r.error.toString());
            return;
        }
        self->m_chart->clearError();
        self->m_chart->setSeries(seriesOfAlert(r.series, labels));
    });
}

QString AlertDetailPane::titleText() const
{
    return m_id ? m_title->text() : QString();
}

QString AlertDetailPane::summaryText() const
{
    return m_id ? m_summary->text() : QString();
}

QString AlertDetailPane::acknowledgementText() const
{
    return m_id ? m_ack->text() : QString();
}

QString AlertDetailPane::suppressionText() const
{
    return m_id ? m_suppression->text() : QString();
}

QString AlertDetailPane::escalationText() const
{
    return m_id ? m_escalation->text() : QString();
}

} // namespace Wk
