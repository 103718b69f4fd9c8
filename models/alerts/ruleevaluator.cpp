#include "ruleevaluator.h"

#include "models/core/clock.h"
#include "models/core/logging.h"
#include "models/metrics/sample.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/queryengine.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Wk {

namespace {

QMap<QString, QString> toMap(const Labels &labels)
{
    QMap<QString, QString> map;
    for (const Label &l : labels)
        map.insert(l.name, l.value);
    return map;
}

enum Event { Pending, Firing, Resolved, Removed };

// A label set with labels set (an empty value removes one), always built as a new list so a
// label set shared with others is never changed in place.
Labels withLabels(const Labels &labels, const QList<Label> &changes)
{
    QList<Label> list;
    list.reserve(labels.size() + changes.size());
    for (const Label &l : labels) {
        const bool changed = std::any_of(changes.begin(), changes.end(),
                                         [&](const Label &c) { return c.name == l.name; });
        if (!changed)
            list.append(l);
    }
    for (const Label &c : changes) {
        if (!c.value.isEmpty())
            list.append(c);
    }
    return Labels::fromList(std::move(list));
}

} // namespace

struct RuleEvaluator::RuleState
{
    Rule rule;
    QMap<QString, Result<AlertTemplate>> labelTemplates;
    QMap<QString, Result<AlertTemplate>> annotationTemplates;
    QHash<quint64, Alert> active;
    QList<quint64> order; // active alerts in the order they appeared
    QSet<Labels> previousSeries;
    std::optional<Error> lastError;
};

struct RuleEvaluator::GroupState
{
    RuleGroup group;
    std::vector<std::unique_ptr<RuleState>> rules;
    bool busy = false;
    Clock::TimerId timer = 0;
};

RuleEvaluator::RuleEvaluator(Clock *clock, QueryEngine *engine, SeriesStore *store, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_engine(engine)
    , m_store(store)
{}

RuleEvaluator::~RuleEvaluator()
{
    stop();
}

void RuleEvaluator::setOptions(const Options &options)
{
    m_options = options;
}

const RuleGroup &RuleEvaluator::group(int index) const
{
    return m_groups.at(size_t(index))->group;
}

qint64 RuleEvaluator::intervalMs(int groupIndex) const
{
    const qint64 interval = group(groupIndex).intervalMs;
    return interval > 0 ? interval : m_options.defaultIntervalMs;
}

void RuleEvaluator::setRules(const QList<RuleGroup> &groups)
{
    const bool wasRunning = m_running;
    stop();
    ++m_generation;
    std::vector<std::unique_ptr<GroupState>> old = std::move(m_groups);
    m_groups.clear();
    for (const RuleGroup &g : groups) {
        auto state = std::make_unique<GroupState>();
        state->group = g;
        const GroupState *previous = nullptr;
        for (const auto &o : old) {
            if (o->group.name == g.name && o->group.file == g.file)
                previous = o.get();
        }
        for (const Rule &rule : g.rules) {
            auto r = std::make_unique<RuleState>();
            r->rule = rule;
            if (rule.isAlerting()) {
                for (auto it = rule.labels.begin(); it != rule.labels.end(); ++it)
                    r->labelTemplates.insert(it.key(), AlertTemplate::parse(it.value(), rule.name));
                for (auto it = rule.annotations.begin(); it != rule.annotations.end(); ++it)
                    r->annotationTemplates.insert(it.key(),
                                                  AlertTemplate::parse(it.value(), rule.name));
            }
            if (previous) {
                for (const auto &p : previous->rules) {
                    if (p->rule.name == rule.name && p->rule.labels == rule.labels &&
                        p->rule.kind == rule.kind) {
                        r->active = p->active;
                        r->order = p->order;
                        r->previousSeries = p->previousSeries;
                        break;
                    }
                }
            }
            state->rules.push_back(std::move(r));
        }
        m_groups.push_back(std::move(state));
    }
    if (wasRunning)
        start();
}

void RuleEvaluator::start()
{
    if (m_running)
        return;
    m_running = true;
    const qint64 now = m_clock->nowMs();
    for (int i = 0; i < groupCount(); ++i) {
        const qint64 interval = intervalMs(i);
        scheduleGroup(i, (now / interval + 1) * interval);
    }
}

void RuleEvaluator::stop()
{
    m_running = false;
    for (const auto &g : m_groups) {
        if (g->timer) {
            m_clock->cancel(g->timer);
            g->timer = 0;
        }
    }
}

void RuleEvaluator::scheduleGroup(int groupIndex, qint64 atMs)
{
    GroupState &g = *m_groups.at(size_t(groupIndex));
    const quint64 generation = m_generation;
    g.timer = m_clock->callAt(atMs, this, [this, groupIndex, atMs, generation] {
        if (generation != m_generation || !m_running)
            return;
        m_groups.at(size_t(groupIndex))->timer = 0;
        // The next evaluation is planned first, so a slow one cannot shift the schedule.
        scheduleGroup(groupIndex, atMs + intervalMs(groupIndex));
        evaluateGroup(groupIndex, atMs);
    });
}

void RuleEvaluator::evaluateGroup(int groupIndex, qint64 tMs)
{
    GroupState &g = *m_groups.at(size_t(groupIndex));
    if (g.busy) {
        qCWarning(lcAlerts) << "rule group" << g.group.name
                            << "is still evaluating; skipping the evaluation at" << tMs;
        return;
    }
    g.busy = true;
    evaluateRule(groupIndex, 0, tMs, m_generation);
}

void RuleEvaluator::evaluateRule(int groupIndex, int ruleIndex, qint64 tMs, quint64 generation)
{
    GroupState &g = *m_groups.at(size_t(groupIndex));
    if (ruleIndex >= int(g.rules.size())) {
        g.busy = false;
        if (m_store)
            m_store->notifyAppended(tMs);
        Q_EMIT groupEvaluated(g.group.name, tMs);
        return;
    }
    const QString expr = g.rules.at(size_t(ruleIndex))->rule.expr;
    QPointer<RuleEvaluator> self(this);
    m_engine->instantQuery(expr, tMs,
                           [self, groupIndex, ruleIndex, tMs, generation](QueryResult result) {
                               if (!self || generation != self->m_generation)
                                   return;
                               self->finishRule(groupIndex, ruleIndex, tMs, generation, result);
                           });
}

void RuleEvaluator::finishRule(int groupIndex, int ruleIndex, qint64 tMs, quint64 generation,
                               const QueryResult &result)
{
    GroupState &g = *m_groups.at(size_t(groupIndex));
    RuleState &r = *g.rules.at(size_t(ruleIndex));

    // The query answer as an instant vector; a scalar is a vector of one label-less sample.
    std::vector<Sample> vector;
    std::optional<Error> error;
    if (!result.ok()) {
        error = result.error;
    } else if (result.type == QueryResult::Type::Scalar) {
        vector.push_back({Labels(), result.scalar});
    } else if (result.type == QueryResult::Type::Vector) {
        for (const QuerySeries &s : result.series) {
            if (!s.samples.empty())
                vector.push_back({s.labels, s.samples.front().v});
        }
    } else {
        error = Error(QStringLiteral("rule result is not a vector or scalar"));
    }

    QList<std::pair<int, Alert>> events;
    if (!error) {
        Result<std::vector<Sample>> output = r.rule.isAlerting()
                                                 ? alertingOutput(g, r, tMs, vector, events)
                                                 : recordingOutput(g, r, vector);
        if (output) {
            r.lastError.reset();
            write(r, tMs, output.value());
        } else {
            error = output.error();
        }
    }
    if (error) {
        r.lastError = error;
        if (m_options.logFailures)
            qCWarning(lcAlerts) << "rule" << r.rule.name << "of group" << g.group.name
                                << "failed:" << error->message;
    }

    for (const auto &[event, alert] : std::as_const(events)) {
        switch (event) {
        case Pending:
            Q_EMIT alertPending(alert);
            break;
        case Firing:
            Q_EMIT alertFiring(alert);
            break;
        case Resolved:
            Q_EMIT alertResolved(alert);
            break;
        default:
            Q_EMIT alertRemoved(alert);
            break;
        }
        if (generation != m_generation)
            return; // a slot replaced the rules
    }
    if (error) {
        Q_EMIT ruleFailed(g.group.name, r.rule.name, *error);
        if (generation != m_generation)
            return;
    }
    evaluateRule(groupIndex, ruleIndex + 1, tMs, generation);
}

Result<std::vector<RuleEvaluator::Sample>>
RuleEvaluator::recordingOutput(const GroupState &g, RuleState &r, const std::vector<Sample> &vector)
{
    std::vector<Sample> out;
    out.reserve(vector.size());
    QSet<Labels> seen;
    for (const Sample &s : vector) {
        QList<Label> changes = {{QStringLiteral("__name__"), r.rule.name}};
        for (auto it = r.rule.labels.begin(); it != r.rule.labels.end(); ++it)
            changes.append({it.key(), it.value()});
        const Labels labels = withLabels(s.labels, changes);
        if (seen.contains(labels))
            return Error(QStringLiteral(
                "vector contains metrics with the same labelset after applying rule labels"));
        seen.insert(labels);
        out.push_back({labels, s.value});
    }
    if (g.group.limit > 0 && int(out.size()) > g.group.limit)
        return Error(QStringLiteral("exceeded limit of %1 with %2 series")
                         .arg(g.group.limit)
                         .arg(out.size()));
    return out;
}

Result<std::vector<RuleEvaluator::Sample>>
RuleEvaluator::alertingOutput(const GroupState &g, RuleState &r, qint64 tMs,
                              const std::vector<Sample> &vector,
                              QList<std::pair<int, Alert>> &events)
{
    // Templates may run PromQL (`query`): answered when the engine answers synchronously.
    TemplateEnvironment env;
    env.externalUrl = m_options.externalUrl;
    QPointer<QueryEngine> engine(m_engine);
    env.query = [engine, tMs](const QString &expr) -> Result<QList<TemplateValue::SampleData>> {
        std::optional<QueryResult> answer;
        if (engine)
            engine->instantQuery(expr, tMs, [&answer](QueryResult result) { answer = result; });
        if (!answer)
            return Error(tr("the query engine does not answer template queries synchronously"));
        if (!answer->ok())
            return answer->error;
        QList<TemplateValue::SampleData> samples;
        if (answer->type == QueryResult::Type::Scalar)
            samples.append({{}, answer->scalar});
        for (const QuerySeries &s : answer->series) {
            if (!s.samples.empty())
                samples.append({toMap(s.labels), s.samples.back().v});
        }
        return samples;
    };

    // Alerts for this evaluation's result: labels and annotations expanded per sample.
    QHash<quint64, Alert> current;
    QList<quint64> currentOrder;
    for (const Sample &s : vector) {
        AlertTemplate::Data data;
        data.labels = toMap(s.labels);
        data.externalLabels = m_options.externalLabels;
        data.externalUrl = m_options.externalUrl;
        data.value = s.value;
        const auto expand = [&](const Result<AlertTemplate> &t) {
            if (!t)
                return QStringLiteral("<error expanding template: error parsing template "
                                      "__alert_%1: %2>")
                    .arg(r.rule.name, t.error().message);
            return t.value().expand(data, env);
        };
        QList<Label> changes = {{QStringLiteral("__name__"), QString()}};
        for (auto it = r.labelTemplates.begin(); it != r.labelTemplates.end(); ++it)
            changes.append({it.key(), expand(it.value())});
        changes.append({QStringLiteral("alertname"), r.rule.name});
        const Labels labels = withLabels(s.labels, changes);
        QMap<QString, QString> annotations;
        for (auto it = r.annotationTemplates.begin(); it != r.annotationTemplates.end(); ++it)
            annotations.insert(it.key(), expand(it.value()));

        const quint64 id = Alert::fingerprint(labels);
        if (current.contains(id))
            return Error(QStringLiteral(
                "vector contains metrics with the same labelset after applying alert labels"));
        Alert a;
        a.id = id;
        a.ruleName = r.rule.name;
        a.groupName = g.group.name;
        a.state = Alert::State::Pending;
        a.labels = labels;
        a.annotations = annotations;
        a.value = s.value;
        a.activeAtMs = tMs;
        a.lastEvaluatedMs = tMs;
        current.insert(id, a);
        currentOrder.append(id);
    }

    for (const quint64 id : std::as_const(currentOrder)) {
        auto it = r.active.find(id);
        if (it != r.active.end() && it->state != Alert::State::Inactive) {
            it->value = current[id].value;
            it->annotations = current[id].annotations;
            it->lastEvaluatedMs = tMs;
            continue;
        }
        if (it == r.active.end())
            r.order.append(id);
        r.active.insert(id, current[id]);
        events.append({Pending, current[id]});
    }

    int activePending = 0;
    std::vector<Sample> out;
    QList<Label> rawRuleLabels;
    for (auto it = r.rule.labels.begin(); it != r.rule.labels.end(); ++it)
        rawRuleLabels.append({it.key(), it.value()});
    const Labels ruleLabels = Labels::fromList(rawRuleLabels);
    const QList<quint64> ids = r.order;
    for (const quint64 id : ids) {
        Alert &a = r.active[id];
        if (!current.contains(id)) {
            bool keepFiring = false;
            if (a.state == Alert::State::Firing && r.rule.keepFiringForMs > 0) {
                if (!a.keepFiringSinceMs)
                    a.keepFiringSinceMs = tMs;
                keepFiring = tMs - *a.keepFiringSinceMs < r.rule.keepFiringForMs;
            }
            // A pending alert disappears at once; a resolved one after its retention.
            const bool remove =
                a.state == Alert::State::Pending ||
                (a.resolvedAtMs && tMs - *a.resolvedAtMs > m_options.resolvedRetentionMs);
            const bool wasActive = a.state != Alert::State::Inactive;
            if (wasActive && !keepFiring) {
                const bool wasFiring = a.state == Alert::State::Firing;
                a.state = Alert::State::Inactive;
                a.resolvedAtMs = tMs;
                if (wasFiring && !remove)
                    events.append({Resolved, a});
            }
            if (remove) {
                events.append({Removed, a});
                r.active.remove(id);
                r.order.removeOne(id);
            }
            if (!keepFiring)
                continue;
        } else {
            a.keepFiringSinceMs.reset();
        }
        ++activePending;
        if (a.state == Alert::State::Pending && tMs - a.activeAtMs >= r.rule.forMs) {
            a.state = Alert::State::Firing;
            a.firedAtMs = tMs;
            events.append({Firing, a});
        }
        // Prometheus starts these series from the rule's labels as written, so a label whose
        // template expanded to nothing appears there with its template text.
        QList<Label> alertsLabels = a.labels.list();
        alertsLabels.append({QStringLiteral("__name__"), QStringLiteral("ALERTS")});
        alertsLabels.append({QStringLiteral("alertstate"), a.stateName()});
        out.push_back({withLabels(ruleLabels, alertsLabels), 1});
        QList<Label> forStateLabels = a.labels.list();
        forStateLabels.append({QStringLiteral("__name__"), QStringLiteral("ALERTS_FOR_STATE")});
        const Labels forState = withLabels(ruleLabels, forStateLabels);
        // Unix seconds, truncated, as Prometheus writes it.
        out.push_back({forState, double(a.activeAtMs >= 0 ? a.activeAtMs / 1000
                                                          : -((-a.activeAtMs + 999) / 1000))});
    }

    if (g.group.limit > 0 && activePending > g.group.limit) {
        for (const quint64 id : std::as_const(r.order))
            events.append({Removed, r.active.value(id)});
        r.active.clear();
        r.order.clear();
        return Error(QStringLiteral("exceeded limit of %1 with %2 alerts")
                         .arg(g.group.limit)
                         .arg(activePending));
    }
    return out;
}

void RuleEvaluator::write(RuleState &r, qint64 tMs, const std::vector<Sample> &output)
{
    QSet<Labels> returned;
    returned.reserve(qsizetype(output.size()));
    for (const Sample &s : output)
        returned.insert(s.labels);
    if (m_store) {
        for (const Sample &s : output) {
            const SeriesId id = m_store->intern(s.labels);
            if (m_store->append(id, tMs, s.value))
                continue;
            // Prometheus accepts a repeated identical sample and refuses everything else.
            const std::optional<Wk::Sample> last = m_store->latest(id);
            if (last && last->t == tMs &&
                (last->v == s.value || (std::isnan(last->v) && std::isnan(s.value))))
                continue;
            r.lastError =
                Error(last && last->t == tMs ? QStringLiteral("duplicate sample for timestamp")
                                             : QStringLiteral("out of order sample"));
        }
        for (const Labels &labels : std::as_const(r.previousSeries)) {
            if (!returned.contains(labels))
                m_store->append(labels, tMs, staleNaN());
        }
    }
    r.previousSeries = returned;
}

QList<Alert> RuleEvaluator::alerts() const
{
    QList<Alert> out;
    for (const auto &g : m_groups) {
        for (const auto &r : g->rules) {
            for (const quint64 id : r->order)
                out.append(r->active.value(id));
        }
    }
    return out;
}

QList<Alert> RuleEvaluator::alerts(const QString &ruleName) const
{
    QList<Alert> out;
    for (const auto &g : m_groups) {
        for (const auto &r : g->rules) {
            if (r->rule.name != ruleName || !r->rule.isAlerting())
                continue;
            for (const quint64 id : r->order)
                out.append(r->active.value(id));
        }
    }
    return out;
}

std::optional<Error> RuleEvaluator::lastError(int groupIndex, int ruleIndex) const
{
    return m_groups.at(size_t(groupIndex))->rules.at(size_t(ruleIndex))->lastError;
}

} // namespace Wk
