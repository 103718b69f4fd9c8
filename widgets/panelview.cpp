#include "panelview.h"

#include "alertspanel.h"
#include "barchartwidget.h"
#include "funnelwidget.h"
#include "gaugewidget.h"
#include "incidentspanel.h"
#include "legendtemplate.h"
#include "stattile.h"
#include "statusgridview.h"
#include "thememanager.h"
#include "timeserieschart.h"

#include "models/dashboards/dashboardrunner.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Wk {

namespace {

HealthStatus levelStatusOf(const QString &level)
{
    const QString l = level.toLower();
    if (l == u"healthy" || l == u"ok")
        return HealthStatus::Healthy;
    if (l == u"unhealthy" || l == u"critical" || l == u"error")
        return HealthStatus::Unhealthy;
    return HealthStatus::Degraded;
}

QList<Threshold> thresholdsOf(const Panel &p)
{
    QList<Threshold> out;
    for (const PanelThreshold &t : p.thresholds) {
        Threshold x;
        x.value = t.value;
        x.level = levelStatusOf(t.level);
        if (!t.colour.isEmpty())
            x.colour = QColor(t.colour);
        x.label = t.label;
        out.append(x);
    }
    return out;
}

Unit unitOf(const Panel &p)
{
    bool ok = false;
    const Unit u = unitFromString(p.unit, &ok);
    return ok ? u : Unit::None;
}

// The single number an instant answer stands for: a scalar, or the first series' value.
double firstValue(const QueryResult &r)
{
    if (r.type == QueryResult::Type::Scalar)
        return r.scalar;
    for (const QuerySeries &s : r.series) {
        if (!s.samples.empty())
            return s.samples.back().v;
    }
    return std::nan("");
}

} // namespace

QList<Threshold> PanelView::thresholds(const Wk::Panel &panel)
{
    return thresholdsOf(panel);
}

Unit PanelView::unit(const Wk::Panel &panel)
{
    return unitOf(panel);
}

double PanelView::singleValue(const QueryResult &answer)
{
    return firstValue(answer);
}

PanelView::PanelView(const Wk::Panel &panel, QAbstractItemModel *health, Clock *clock,
                     QWidget *parent)
    : PanelView(panel, PanelModels{health, nullptr, nullptr, clock}, parent)
{}

PanelView::PanelView(const Wk::Panel &panel, const PanelModels &models, QWidget *parent)
    : QFrame(parent)
    , m_panel(panel)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("panel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    m_title->setText(panel.title);
    m_title->setTextFormat(Qt::PlainText);
    applyTheme();
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, &PanelView::applyTheme);
    m_title->setToolTip(panel.description);
    layout->addWidget(m_title);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    const Unit unit = unitOf(panel);
    const QList<Threshold> thresholds = thresholdsOf(panel);
    const ThresholdDirection direction =
        panel.lowerIsWorse ? ThresholdDirection::LowerIsWorse : ThresholdDirection::HigherIsWorse;
    if (!panel.error.isEmpty()) {
        setMessage(panel.error, true);
        m_text =
            new QLabel(tr("This panel could not be read; the rest of the dashboard works."), this);
        m_text->setWordWrap(true);
        m_content = m_text;
    } else {
        switch (panel.type) {
        case Wk::Panel::Type::TimeSeries:
            m_chart = new TimeSeriesChart(this);
            m_chart->setUnit(unit);
            m_chart->setThresholds(thresholds);
            if (panel.target)
                m_chart->setTarget(*panel.target, panel.targetLabel);
            m_chart->setLoading(true);
            m_content = m_chart;
            break;
        case Wk::Panel::Type::Stat:
            m_stat = new StatTile(this);
            m_stat->setUnit(unit);
            m_stat->setThresholds(thresholds, direction);
            if (panel.target)
                m_stat->setCaption(panel.targetLabel.isEmpty()
                                       ? tr("target %1").arg(formatValue(*panel.target, unit))
                                       : panel.targetLabel);
            m_content = m_stat;
            break;
        case Wk::Panel::Type::Gauge:
            m_gauge = new GaugeWidget(this);
            m_gauge->setUnit(unit);
            m_gauge->setThresholds(thresholds, direction);
            if (unit == Unit::PercentRatio)
                m_gauge->setRange(0, 1);
            else if (panel.target)
                m_gauge->setRange(0, *panel.target);
            m_content = m_gauge;
            break;
        case Wk::Panel::Type::Status:
            m_status = new StatusGridView(this);
            m_status->setModel(models.health);
            m_status->setClock(models.clock);
            m_content = m_status;
            break;
        case Wk::Panel::Type::Bar:
            m_bar = new BarChartWidget(this);
            m_bar->setUnit(unit);
            m_content = m_bar;
            break;
        case Wk::Panel::Type::Funnel:
            m_funnel = new FunnelWidget(this);
            m_funnel->setUnit(unit);
            m_content = m_funnel;
            break;
        case Wk::Panel::Type::Table:
            m_table = new QTableWidget(this);
            m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
            m_table->verticalHeader()->hide();
            m_table->horizontalHeader()->setStretchLastSection(true);
            m_content = m_table;
            break;
        case Wk::Panel::Type::Incidents:
            if (models.incidents) {
                m_incidents = new IncidentsPanel(models.incidents, this);
                m_content = m_incidents;
                break;
            }
            m_text = new QLabel(tr("No incident board in this workspace."), this);
            m_text->setWordWrap(true);
            m_content = m_text;
            break;
        case Wk::Panel::Type::Alerts:
            if (models.alerts) {
                m_content = new AlertsPanel(models.alerts, models.clock, this);
                break;
            }
            m_text = new QLabel(tr("No alert source in this workspace."), this);
            m_text->setWordWrap(true);
            m_content = m_text;
            break;
        case Wk::Panel::Type::Text:
            m_text = new QLabel(panel.text, this);
            m_text->setWordWrap(true);
            m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            m_content = m_text;
            break;
        }
    }
    m_hasData = !panel.isQueryPanel() && panel.error.isEmpty();
    layout->addWidget(m_content, 1);
}

void PanelView::applyTheme()
{
    const Theme &theme = ThemeManager::current();
    m_title->setFont(theme.font(theme.titlePt, true));
    m_message->setFont(theme.font(theme.normalPt));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.window);
    pal.setColor(QPalette::WindowText, theme.text);
    setPalette(pal);
}

void PanelView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    const Theme &theme = ThemeManager::current();
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
                 error ? theme.statusColour(HealthStatus::Unhealthy) : theme.textMuted);
    m_message->setPalette(pal);
}

QString PanelView::stateText() const
{
    if (m_chart && !m_chart->overlayText().isEmpty())
        return m_chart->overlayText();
    return m_message->isHidden() ? QString() : m_message->text();
}

void PanelView::apply(const PanelData &data)
{
    if (!m_panel.error.isEmpty())
        return;
    m_lastData = std::make_unique<PanelData>(data);
    switch (data.state) {
    case PanelData::State::Loading:
        m_hasData = false;
        return;
    case PanelData::State::Error:
        m_hasData = false;
        // A chart says it over its plot (keeping the last lines); other panels above.
        if (m_chart)
            m_chart->setError(data.error);
        else
            setMessage(data.error, true);
        return;
    case PanelData::State::NoData:
        m_hasData = false;
        if (!m_chart)
            setMessage(tr("no data"), false);
        if (m_chart) {
            m_chart->setLoading(false);
            m_chart->clearSeries();
        }
        return;
    case PanelData::State::Ok:
        break;
    }
    m_hasData = true;
    setMessage({}, false);

    if (m_chart) {
        QList<QuerySeries> all;
        QString legend;
        for (int q = 0; q < data.range.size(); ++q) {
            const QString tmpl = m_panel.queries[q].legend;
            for (QuerySeries s : data.range[q].series) {
                // Each query may name its series differently: bake the legend into a label.
                s.labels.set(QStringLiteral("__legend__"), expandLegendTemplate(tmpl, s.labels));
                all.append(s);
            }
        }
        m_chart->clearError();
        m_chart->setLoading(false);
        m_chart->setTimeRange(data.startMs, data.endMs);
        m_chart->setStepMs(data.stepMs);
        m_chart->setSeries(all, QStringLiteral("{{__legend__}}"));
    }
    if (m_stat) {
        if (!data.range.isEmpty() && !data.range[0].series.isEmpty())
            m_stat->setSeries(data.range[0].series[0].samples);
        if (!data.instant.isEmpty())
            m_stat->setValue(firstValue(data.instant[0]));
    }
    if (m_gauge && !data.instant.isEmpty())
        m_gauge->setValue(firstValue(data.instant[0]));
    if (m_bar || m_funnel) {
        QList<QPair<QString, double>> items; // label and value, in query order
        for (int q = 0; q < data.instant.size(); ++q) {
            const PanelQuery &pq = m_panel.queries[q];
            const QueryResult &r = data.instant[q];
            if (r.type == QueryResult::Type::Vector && r.series.size() > 1) {
                for (const QuerySeries &s : r.series) {
                    if (!s.samples.empty())
                        items.append(
                            {expandLegendTemplate(pq.legend, s.labels), s.samples.back().v});
                }
            } else {
                items.append({pq.legend.isEmpty() ? pq.expr : pq.legend, firstValue(r)});
            }
        }
        if (m_bar) {
            QList<BarChartWidget::Bar> bars;
            for (const auto &[label, value] : items)
                bars.append({label, value});
            m_bar->setBars(bars);
        } else {
            QList<FunnelWidget::Stage> stages;
            for (const auto &[label, value] : items)
                stages.append({label, value});
            m_funnel->setStages(stages);
        }
    }
    if (m_table) {
        // One row per series: its labels (without the metric name) and its value.
        QStringList columns = m_panel.columns;
        const bool chosen = !columns.isEmpty();
        QList<QuerySeries> rows;
        for (const QueryResult &r : data.instant) {
            for (const QuerySeries &s : r.series) {
                rows.append(s);
                for (const Label &l : s.labels) {
                    if (!chosen && l.name != u"__name__" && !columns.contains(l.name))
                        columns.append(l.name);
                }
            }
        }
        // A table of chosen labels (deployment: version, environment) needs no value column.
        const int valueColumns = chosen ? 0 : 1;
        m_table->setColumnCount(int(columns.size()) + valueColumns);
        m_table->setHorizontalHeaderLabels(chosen ? columns : columns + QStringList{tr("value")});
        m_table->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(rows[r].labels.value(columns[c])));
            if (chosen)
                continue;
            const double v = rows[r].samples.empty() ? std::nan("") : rows[r].samples.back().v;
            m_table->setItem(r, int(columns.size()),
                             new QTableWidgetItem(formatValue(v, unitOf(m_panel))));
        }
        m_table->resizeColumnsToContents();
    }
}

void PanelView::setDataAge(qint64 ageMs, qint64 refreshMs)
{
    const bool stale = m_hasData && ageMs > 2 * refreshMs;
    if (m_chart) {
        m_chart->setRefreshIntervalMs(refreshMs);
        m_chart->setDataAgeMs(ageMs);
    }
    if (m_stat)
        m_stat->setStale(stale, ageMs);
}

void PanelView::copyQuery() const
{
    QStringList exprs;
    for (const PanelQuery &q : m_panel.queries)
        exprs << q.expr;
    QApplication::clipboard()->setText(exprs.join(u'\n'));
}

bool PanelView::exportPng(const QString &path)
{
    return grab().save(path, "PNG");
}

bool PanelView::exportCsv(const QString &path) const
{
    if (!m_lastData)
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(panelDataToCsv(m_panel, *m_lastData).toUtf8());
    return f.commit();
}

void PanelView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_interactive)
        return;
    QMenu menu(this);
    menu.addAction(tr("View full"), this, &PanelView::fullViewRequested);
    QAction *copy = menu.addAction(tr("Copy query"), this, &PanelView::copyQuery);
    copy->setEnabled(!m_panel.queries.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Export as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export panel as PNG"),
                                                          m_panel.id + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            setMessage(tr("could not write %1").arg(path), true);
    });
    QAction *csv = menu.addAction(tr("Export as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export panel data as CSV"),
                                                          m_panel.id + QStringLiteral(".csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            setMessage(tr("could not write %1").arg(path), true);
    });
    csv->setEnabled(m_lastData != nullptr);
    menu.exec(event->globalPos());
}

void PanelView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double-click on the title bar opens the full view; the chart uses its own for zoom.
    if (m_interactive && m_title->geometry().contains(event->pos()))
        Q_EMIT fullViewRequested();
    QFrame::mouseDoubleClickEvent(event);
}

void PanelView::setInteractive(bool interactive)
{
    m_interactive = interactive;
    if (m_chart)
        m_chart->setInteractive(interactive);
}

} // namespace Wk
