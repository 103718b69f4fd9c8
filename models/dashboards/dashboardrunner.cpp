#include "dashboardrunner.h"

#include "models/core/clock.h"
#include "models/core/duration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>
#include <map>

namespace Wk {

namespace {

bool needsRange(const Panel &p)
{
    return p.type == Panel::Type::TimeSeries || p.type == Panel::Type::Stat;
}

bool needsInstant(const Panel &p)
{
    return p.type != Panel::Type::TimeSeries;
}

bool hasSamples(const QueryResult &r)
{
    if (r.type == QueryResult::Type::Scalar)
        return true;
    for (const QuerySeries &s : r.series) {
        if (!s.samples.empty())
            return true;
    }
    return false;
}

} // namespace

DashboardRunner::DashboardRunner(Dashboard dashboard, QueryEngine *engine, Clock *clock,
                                 QObject *parent)
    : QObject(parent)
    , m_dashboard(std::move(dashboard))
    , m_engine(engine)
    , m_clock(clock)
    , m_rangeMs(m_dashboard.rangeMs)
{
    m_data = QList<PanelData>(m_dashboard.panels.size());
    m_pending = QList<int>(m_dashboard.panels.size(), 0);
    for (int i = 0; i < m_data.size(); ++i) {
        const Panel &p = m_dashboard.panels[i];
        if (!p.error.isEmpty()) {
            m_data[i].state = PanelData::State::Error;
            m_data[i].error = p.error;
        } else if (!p.isQueryPanel()) {
            m_data[i].state = PanelData::State::Ok;
        }
    }
}

bool DashboardRunner::setWords(const Dashboard &words)
{
    if (words.id != m_dashboard.id || words.panels.size() != m_dashboard.panels.size())
        return false;
    for (qsizetype i = 0; i < words.panels.size(); ++i) {
        const Panel &from = words.panels.at(i);
        const Panel &to = m_dashboard.panels.at(i);
        if (from.id != to.id || from.queries.size() != to.queries.size() ||
            from.thresholds.size() != to.thresholds.size())
            return false;
    }
    m_dashboard.title = words.title;
    m_dashboard.audience = words.audience;
    for (qsizetype i = 0; i < words.panels.size(); ++i) {
        const Panel &from = words.panels.at(i);
        Panel &to = m_dashboard.panels[i];
        to.title = from.title;
        to.description = from.description;
        to.text = from.text;
        to.targetLabel = from.targetLabel;
        for (qsizetype q = 0; q < from.queries.size(); ++q)
            to.queries[q].legend = from.queries.at(q).legend;
        for (qsizetype t = 0; t < from.thresholds.size(); ++t)
            to.thresholds[t].label = from.thresholds.at(t).label;
    }
    return true;
}

DashboardRunner::~DashboardRunner()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void DashboardRunner::setRangeMs(qint64 rangeMs)
{
    if (rangeMs <= 0 || rangeMs == m_rangeMs)
        return;
    m_rangeMs = rangeMs;
    if (m_active)
        refresh();
}

void DashboardRunner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        if (m_timer)
            m_clock->cancel(m_timer);
        m_timer = 0;
        return;
    }
    if (m_clock->nowMs() - m_lastRefreshMs >= m_dashboard.refreshMs)
        refresh();
    else
        scheduleNext();
}

void DashboardRunner::scheduleNext()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
    if (!m_active)
        return;
    m_timer = m_clock->callAt(m_lastRefreshMs + m_dashboard.refreshMs, this, [this] {
        m_timer = 0;
        refresh();
    });
}

void DashboardRunner::refresh()
{
    const quint64 generation = ++m_generation;
    const qint64 now = m_clock->nowMs();
    m_lastRefreshMs = now;
    for (int i = 0; i < m_dashboard.panels.size(); ++i) {
        const Panel &p = m_dashboard.panels[i];
        if (!p.error.isEmpty() || !p.isQueryPanel())
            continue;
        PanelData &d = m_data[i];
        qint64 range = m_rangeMs;
        if (!p.rangeOverride.isEmpty())
            range = parseDuration(p.rangeOverride).value();
        // Steps aligned to whole multiples keep points stable between refreshes.
        const qint64 step = std::max<qint64>(15'000, range / m_resolution / 1000 * 1000);
        d.endMs = now / step * step;
        d.startMs = d.endMs - range;
        d.stepMs = step;
        const int n = int(p.queries.size());
        QList<QueryResult> rangeAnswers(needsRange(p) ? n : 0);
        QList<QueryResult> instantAnswers(needsInstant(p) ? n : 0);
        d.range = rangeAnswers;
        d.instant = instantAnswers;
        m_pending[i] = int(rangeAnswers.size() + instantAnswers.size());
        for (int q = 0; q < n; ++q) {
            const QString expr = p.queries[q].expr;
            if (needsRange(p)) {
                m_engine->rangeQuery(expr, d.startMs, d.endMs, step,
                                     [this, i, q, generation](QueryResult r) {
                                         if (generation != m_generation)
                                             return;
                                         m_data[i].range[q] = std::move(r);
                                         finishPanel(i);
                                     });
            }
            if (needsInstant(p)) {
                m_engine->instantQuery(expr, now, [this, i, q, generation](QueryResult r) {
                    if (generation != m_generation)
                        return;
                    m_data[i].instant[q] = std::move(r);
                    finishPanel(i);
                });
            }
        }
    }
    scheduleNext();
    Q_EMIT refreshed();
}

void DashboardRunner::finishPanel(int i)
{
    if (--m_pending[i] > 0)
        return;
    PanelData &d = m_data[i];
    const Panel &p = m_dashboard.panels[i];
    d.updatedMs = m_clock->nowMs();
    d.error.clear();
    bool any = false;
    const auto check = [&](const QList<QueryResult> &answers) {
        for (int q = 0; q < answers.size(); ++q) {
            const QueryResult &r = answers[q];
            if (!r.ok() && d.error.isEmpty()) {
                d.error = QCoreApplication::translate("Wk::DashboardRunner", "query %1: %2")
                              .arg(p.queries[q].expr, r.error.toString());
            }
            any = any || (r.ok() && hasSamples(r));
        }
    };
    check(d.range);
    check(d.instant);
    d.state = !d.error.isEmpty() ? PanelData::State::Error
              : any              ? PanelData::State::Ok
                                 : PanelData::State::NoData;
    Q_EMIT panelUpdated(i);
}

bool DashboardRunner::allPanelsHaveData() const
{
    for (const PanelData &d : m_data) {
        if (d.state != PanelData::State::Ok)
            return false;
    }
    return true;
}

QStringList DashboardRunner::panelProblems() const
{
    QStringList out;
    for (int i = 0; i < m_data.size(); ++i) {
        const PanelData &d = m_data[i];
        const QString title = m_dashboard.panels[i].title;
        switch (d.state) {
        case PanelData::State::Ok:
            break;
        case PanelData::State::Loading:
            out << QCoreApplication::translate("Wk::DashboardRunner", "%1: loading").arg(title);
            break;
        case PanelData::State::NoData:
            out << QCoreApplication::translate("Wk::DashboardRunner", "%1: no data").arg(title);
            break;
        case PanelData::State::Error:
            out << QStringLiteral("%1: %2").arg(title, d.error);
            break;
        }
    }
    return out;
}

} // namespace Wk

namespace Wk {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString legendFor(const QString &tmpl, const Labels &labels)
{
    if (tmpl.isEmpty())
        return labels.toString();
    QString out = tmpl;
    static const QRegularExpression re(
        QStringLiteral("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
    auto it = re.globalMatch(tmpl);
    while (it.hasNext()) {
        const auto m = it.next();
        out.replace(m.captured(0), labels.value(m.captured(1)));
    }
    return out;
}

QString number(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 17);
}

} // namespace

QString panelDataToCsv(const Panel &panel, const PanelData &data)
{
    QStringList lines;
    // A chart exports its lines; every other panel the values it shows.
    if (panel.type == Panel::Type::TimeSeries) {
        QStringList header{QStringLiteral("time")};
        std::map<qint64, QStringList> rows; // time -> one cell per column
        int column = 0;
        for (int q = 0; q < data.range.size(); ++q) {
            for (const QuerySeries &s : data.range[q].series) {
                const QString legend = legendFor(panel.queries.value(q).legend, s.labels);
                header << csvField(s.labels.isEmpty() && panel.queries.value(q).legend.isEmpty()
                                       ? panel.queries.value(q).expr
                                       : legend);
                for (const Sample &x : s.samples) {
                    QStringList &row = rows[x.t];
                    while (row.size() < column)
                        row << QString();
                    row << number(x.v);
                }
                ++column;
            }
        }
        lines << header.join(u',');
        for (auto &[t, row] : rows) {
            while (row.size() < column)
                row << QString();
            lines << QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate) + u',' +
                         row.join(u',');
        }
    } else {
        QStringList labelNames;
        for (const QueryResult &r : data.instant)
            for (const QuerySeries &s : r.series)
                for (const Label &l : s.labels)
                    if (!labelNames.contains(l.name))
                        labelNames << l.name;
        QStringList header{QStringLiteral("query")};
        for (const QString &n : labelNames)
            header << csvField(n);
        header << QStringLiteral("value");
        lines << header.join(u',');
        for (int q = 0; q < data.instant.size(); ++q) {
            const QueryResult &r = data.instant[q];
            const QString name = panel.queries.value(q).legend.isEmpty()
                                     ? panel.queries.value(q).expr
                                     : panel.queries.value(q).legend;
            if (r.type == QueryResult::Type::Scalar) {
                QStringList row{csvField(name)};
                for (int i = 0; i < labelNames.size(); ++i)
                    row << QString();
                row << number(r.scalar);
                lines << row.join(u',');
                continue;
            }
            for (const QuerySeries &s : r.series) {
                QStringList row{csvField(name)};
                for (const QString &n : labelNames)
                    row << csvField(s.labels.value(n));
                row << (s.samples.empty() ? QString() : number(s.samples.back().v));
                lines << row.join(u',');
            }
        }
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace Wk
