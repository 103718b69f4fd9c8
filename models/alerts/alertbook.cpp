#include "alertbook.h"

#include "alertrepository.h"
#include "alertsource.h"
#include "matcherlist.h"
#include "silencestore.h"

#include "models/core/duration.h"
#include "models/core/logging.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Wk {

namespace {

constexpr qint64 DayMs = 86'400'000;
const QString SystemActor = QStringLiteral("watchkeeper");

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString describeAlert(const Alert &alert)
{
    Labels rest = alert.labels;
    rest.remove(u"alertname");
    return alert.alertName() + rest.toString();
}

QString describeWindow(const MaintenanceWindow &w)
{
    QString text = w.name + QStringLiteral(": ") + w.scheduleText();
    if (!w.matchers.isEmpty())
        text += u' ' + matcherListToString(w.matchers);
    if (w.suppressCritical)
        text += QCoreApplication::translate("Wk::AlertBook", " (critical alerts included)");
    return text;
}

} // namespace

AlertBook::AlertBook(Clock *clock, AlertSource *source, SilenceStore *silences,
                     AlertRepository *repository, QObject *parent)
    : AlertBook(clock, source, silences, repository, Options{}, parent)
{}

AlertBook::AlertBook(Clock *clock, AlertSource *source, SilenceStore *silences,
                     AlertRepository *repository, const Options &options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_source(source)
    , m_silences(silences)
    , m_repository(repository)
    , m_options(options)
    , m_inhibitRules(InhibitRule::defaults())
    , m_policy(EscalationPolicy::guideDefault())
{
    connect(source, &AlertSource::alertChanged, this, &AlertBook::onAlertChanged);
    connect(source, &AlertSource::alertRemoved, this, &AlertBook::onAlertRemoved);
    connect(source, &AlertSource::refreshed, this, &AlertBook::onRefreshed);
    if (silences)
        connect(silences, &SilenceStore::silencesChanged, this, &AlertBook::update);
    loadFromRepository();
    const QList<Alert> current = source->alerts();
    for (const Alert &a : current)
        onAlertChanged(a);
    m_events.clear(); // what was already there is not news
    update();
    scheduleReload();
}

AlertBook::~AlertBook()
{
    if (m_wake)
        m_clock->cancel(m_wake);
    if (m_reload)
        m_clock->cancel(m_reload);
}

void AlertBook::setOptions(const Options &options)
{
    m_options = options;
    if (m_reload) {
        m_clock->cancel(m_reload);
        m_reload = 0;
    }
    scheduleReload();
}

void AlertBook::setOperatorName(const QString &name)
{
    m_operator = name.trimmed();
}

QString AlertBook::operatorName() const
{
    return m_operator.isEmpty() ? systemUserName() : m_operator;
}

QString AlertBook::systemUserName()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return tr("unknown user");
}

void AlertBook::setInhibitRules(const QList<InhibitRule> &rules)
{
    m_inhibitRules = rules;
    for (Entry &e : m_entries)
        classify(e);
    update();
}

void AlertBook::setEscalationPolicy(const EscalationPolicy &policy)
{
    m_policy = policy;
    std::sort(
        m_policy.steps.begin(), m_policy.steps.end(),
        [](const EscalationStep &a, const EscalationStep &b) { return a.afterMs < b.afterMs; });
    update();
}

QList<AlertStatus> AlertBook::statuses() const
{
    QList<AlertStatus> out;
    out.reserve(m_order.size());
    for (const quint64 id : m_order)
        out << m_entries.constFind(id)->status;
    return out;
}

std::optional<AlertStatus> AlertBook::status(quint64 fingerprint) const
{
    const auto it = m_entries.constFind(fingerprint);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->status;
}

// ---- source events ------------------------------------------------------------------------

void AlertBook::recordHistory(const Alert &alert, const QString &event, const QString &detail,
                              int step)
{
    if (!m_repository || !m_options.recordHistory)
        return;
    AlertHistoryEntry e;
    e.fingerprint = alert.id;
    e.atMs = m_clock->nowMs();
    e.event = event;
    e.alertName = alert.alertName();
    e.labels = alert.labels;
    e.annotations = alert.annotations;
    e.value = alert.value;
    e.activeAtMs = alert.activeAtMs;
    e.detail = detail;
    e.step = step;
    if (auto err = m_repository->appendHistory({e}))
        qCWarning(lcAlerts).noquote() << err->toString();
}

void AlertBook::onAlertChanged(const Alert &alert)
{
    auto it = m_entries.find(alert.id);
    const bool added = it == m_entries.end();
    if (added) {
        it = m_entries.insert(alert.id, Entry{});
        m_order << alert.id;
    }
    Entry &e = *it;
    const bool wasResolved = e.status.alert.isResolved();
    if (wasResolved && !alert.isResolved())
        e.escalations.clear(); // a new episode
    if (added && !alert.isResolved())
        e.escalations = recordedEscalations(alert); // steps taken before a restart
    e.status.alert = alert;
    if (added)
        classify(e);
    const QString event = alert.isResolved()                     ? AlertHistoryEntry::Resolved
                          : alert.state == Alert::State::Pending ? AlertHistoryEntry::Pending
                                                                 : AlertHistoryEntry::Firing;
    if (event != e.lastEvent) {
        recordHistory(alert, event);
        e.lastEvent = event;
        if (event == AlertHistoryEntry::Firing)
            m_events << Event{Event::Firing, alert.id};
        else if (event == AlertHistoryEntry::Resolved)
            m_events << Event{Event::Resolved, alert.id};
    }
    updateAlerts({alert.id});
}

QList<EscalationRecord> AlertBook::recordedEscalations(const Alert &alert) const
{
    QList<EscalationRecord> out;
    if (!m_repository || !m_options.escalate || !m_options.recordHistory)
        return out;
    const auto recorded = m_repository->escalationsSince(alert.id, alert.activeAtMs);
    if (!recorded) {
        qCWarning(lcAlerts).noquote() << recorded.error().toString();
        return out;
    }
    for (const AlertHistoryEntry &h : recorded.value()) {
        EscalationRecord r{h.step, h.atMs, {}, {}};
        for (const EscalationStep &step : std::as_const(m_policy.steps)) {
            if (step.number == h.step) {
                r.channels = step.channels;
                r.target = step.target;
            }
        }
        out << r;
    }
    return out;
}

void AlertBook::onAlertRemoved(const Alert &alert)
{
    const auto it = m_entries.find(alert.id);
    if (it == m_entries.end())
        return;
    recordHistory(alert, AlertHistoryEntry::Removed);
    const AlertStatus last = it->status;
    const bool announced = it->announced;
    m_entries.erase(it);
    m_order.removeOne(alert.id);
    if (const auto ack = m_acks.constFind(alert.id); ack != m_acks.cend()) {
        endAck(*ack, Acknowledgement::EndReason::Resolved, m_clock->nowMs(), SystemActor,
               tr("the alert is gone"));
    }
    if (announced)
        Q_EMIT statusRemoved(last);
    // Only a cause of inhibition changes other alerts when it leaves.
    bool source = false;
    for (const InhibitRule &rule : std::as_const(m_inhibitRules))
        source = source || rule.isSource(alert.labels);
    if (source)
        update();
    else
        updateAlerts({alert.id});
}

void AlertBook::onRefreshed()
{
    const QList<Alert> current = m_source->alerts();
    QSet<quint64> changed;
    for (const Alert &a : current) {
        auto it = m_entries.find(a.id);
        if (it == m_entries.end()) {
            onAlertChanged(a);
            continue;
        }
        // Values and annotations move between transitions; keep the state the events gave.
        Alert &known = it->status.alert;
        if (known.state == a.state && known.resolvedAtMs == a.resolvedAtMs &&
            (known.value != a.value || known.annotations != a.annotations ||
             known.lastEvaluatedMs != a.lastEvaluatedMs)) {
            known = a;
            changed.insert(a.id);
        }
    }
    // Alertmanager's own view of suppression may have changed for any alert.
    if (m_source->isRemote())
        update();
    else
        updateAlerts(changed);
}

// ---- the computation ----------------------------------------------------------------------

std::optional<Acknowledgement> AlertBook::ackFromSilences(const Labels &labels,
                                                          const Context &ctx) const
{
    const Silence *best = nullptr;
    for (const Silence *s : ctx.acks) {
        if (s->matches(labels) && (!best || s->startsAtMs > best->startsAtMs))
            best = s;
    }
    if (!best)
        return std::nullopt;
    Acknowledgement a;
    a.labels = labels;
    a.alertName = labels.value(u"alertname");
    a.by = best->createdBy;
    a.atMs = best->startsAtMs;
    a.expiresAtMs = best->endsAtMs;
    a.note = best->comment.mid(Silence::acknowledgementPrefix().size()).trimmed();
    a.silenceId = best->id;
    return a;
}

AlertBook::Context AlertBook::prepare(qint64 now) const
{
    Context ctx;
    ctx.now = now;
    if (m_silences)
        ctx.silences = m_silences->silences();
    for (const Silence &s : std::as_const(ctx.silences)) {
        ctx.byId.insert(s.id, &s);
        if (!s.isActiveAt(now))
            continue;
        if (!s.isAcknowledgement())
            ctx.muting << &s;
        else if (!m_expiredAckSilences.contains(s.id))
            ctx.acks << &s;
    }
    for (const MaintenanceWindow &w : m_windows) {
        if (w.isActiveAt(now))
            ctx.windows << &w;
    }
    ctx.sources.resize(m_inhibitRules.size());
    for (const quint64 id : m_order) {
        const Entry &e = *m_entries.constFind(id); // in the hash: valid for this update
        const Alert &a = e.status.alert;
        if (a.state != Alert::State::Firing || a.isResolved())
            continue;
        for (qsizetype r = 0; r < m_inhibitRules.size(); ++r) {
            if (e.isSourceOf(r))
                ctx.sources[r][equalKey(m_inhibitRules.at(r), a.labels)] << &e;
        }
    }
    return ctx;
}

AlertStatus AlertBook::compute(const Entry &e, const Context &ctx) const
{
    AlertStatus s;
    s.alert = e.status.alert;
    const Alert &alert = s.alert;
    s.state = alert.isResolved() || alert.state == Alert::State::Inactive
                  ? AlertStatus::State::Resolved
              : alert.state == Alert::State::Pending ? AlertStatus::State::Pending
                                                     : AlertStatus::State::Firing;
    s.escalations = e.escalations;
    if (s.state == AlertStatus::State::Resolved)
        return s;

    if (const auto ack = m_acks.constFind(alert.id);
        ack != m_acks.cend() && ack->isInForceAt(ctx.now)) {
        s.ack = *ack;
    } else {
        s.ack = ackFromSilences(alert.labels, ctx);
        if (s.ack)
            s.ack->fingerprint = alert.id;
    }

    const std::optional<AlertSource::ExternalStatus> external =
        m_source ? m_source->externalStatus(alert.id) : std::nullopt;
    if (external) {
        for (const QString &id : external->silencedBy) {
            const Silence *known = ctx.byId.value(id);
            if (!known || !known->isAcknowledgement())
                s.silencedBy << id;
        }
        for (const quint64 by : external->inhibitedBy) {
            s.inhibitedBy << by;
            const auto src = m_entries.constFind(by);
            s.inhibitedByNames << (src != m_entries.cend() ? src->status.alertName()
                                                           : Alert::fingerprintToString(by));
        }
    } else {
        for (const Silence *silence : ctx.muting) {
            if (silence->matches(alert.labels))
                s.silencedBy << silence->id;
        }
        for (qsizetype r = 0; r < m_inhibitRules.size(); ++r) {
            if (ctx.sources.at(r).isEmpty() || !e.isTargetOf(r))
                continue;
            const auto found =
                ctx.sources.at(r).constFind(equalKey(m_inhibitRules.at(r), alert.labels));
            if (found == ctx.sources.at(r).cend())
                continue;
            for (const Entry *src : *found) {
                if (src->status.alert.id == alert.id || s.inhibitedBy.contains(src->status.id()))
                    continue;
                // Alertmanager's two-sided exclusion (see InhibitRule::inhibits).
                if (src->isTargetOf(r) && e.isSourceOf(r))
                    continue;
                s.inhibitedBy << src->status.id();
                s.inhibitedByNames << src->status.alertName();
            }
        }
    }
    for (const MaintenanceWindow *w : ctx.windows) {
        if (w->appliesTo(alert.labels)) {
            s.maintenanceIds << w->id;
            s.maintenanceNames << w->name;
        }
    }
    return s;
}

void AlertBook::classify(Entry &e) const
{
    e.inhibitRoles.clear();
    for (const InhibitRule &rule : m_inhibitRules) {
        const Labels &l = e.status.alert.labels;
        e.inhibitRoles << quint8((rule.isSource(l) ? 1 : 0) | (rule.isTarget(l) ? 2 : 0));
    }
}

QString AlertBook::equalKey(const InhibitRule &rule, const Labels &labels)
{
    QString key;
    for (const QString &name : rule.equal) {
        key += labels.value(name);
        key += QChar(0xffff); // not a character: cannot occur in a label value
    }
    return key;
}

void AlertBook::update()
{
    m_pendingFull = true;
    runUpdates();
}

void AlertBook::updateAlerts(const QSet<quint64> &ids)
{
    m_pendingIds += ids;
    runUpdates();
}

void AlertBook::runUpdates()
{
    if (m_updating)
        return; // the running update picks it up
    m_updating = true;
    for (int rounds = 0; rounds < 10 && (m_pendingFull || !m_pendingIds.isEmpty()); ++rounds) {
        const bool full = std::exchange(m_pendingFull, false);
        updateOnce(full, std::exchange(m_pendingIds, {}));
    }
    m_updating = false;
}

void AlertBook::updateOnce(bool full, QSet<quint64> ids)
{
    const qint64 now = m_clock->nowMs();
    endAcks(now);
    renewAckSilences(now);
    ids += std::exchange(m_touched, {});
    if (!full) {
        // An alert that can inhibit others changes the status of the targets it may inhibit.
        const QSet<quint64> given = ids;
        for (const quint64 id : given) {
            const auto it = m_entries.constFind(id);
            if (it == m_entries.cend())
                continue;
            const Labels &source = it->status.alert.labels;
            for (qsizetype r = 0; r < m_inhibitRules.size(); ++r) {
                if (!it->isSourceOf(r))
                    continue;
                for (auto t = m_entries.cbegin(); t != m_entries.cend(); ++t) {
                    if (t->isTargetOf(r) &&
                        m_inhibitRules.at(r).equalLabels(source, t->status.alert.labels))
                        ids.insert(t.key());
                }
            }
        }
    }
    QList<quint64> scope;
    if (full) {
        scope = m_order;
    } else {
        for (const quint64 id : std::as_const(m_order)) {
            if (ids.contains(id))
                scope << id;
        }
    }
    const Context ctx = prepare(now);

    QList<quint64> added;
    QList<quint64> changed;
    QHash<quint64, bool> wasSuppressed;
    for (const quint64 id : std::as_const(scope)) {
        Entry &e = m_entries[id];
        AlertStatus next = compute(e, ctx);
        if (!e.announced) {
            e.status = next;
            e.announced = true;
            added << id;
        } else if (!(next == e.status)) {
            changed << id;
            wasSuppressed.insert(id, e.status.isSuppressed());
            e.status = next;
        }
    }

    QList<QPair<quint64, EscalationStep>> steps;
    for (const quint64 id : std::as_const(scope)) {
        Entry &e = m_entries[id];
        const AlertStatus &s = e.status;
        if (!m_options.escalate || !s.isFiring() || s.isAcknowledged() || s.isSuppressed() ||
            !m_policy.appliesTo(s.alert.labels))
            continue;
        const qint64 firedAt = s.alert.firedAtMs.value_or(s.alert.activeAtMs);
        const EscalationStep *due = nullptr;
        for (const EscalationStep &step : std::as_const(m_policy.steps)) {
            if (step.number > s.lastEscalationStep() && firedAt + step.afterMs <= now)
                due = &step;
        }
        if (!due)
            continue;
        if (!added.contains(id) && !changed.contains(id)) {
            changed << id;
            wasSuppressed.insert(id, s.isSuppressed());
        }
        e.escalations << EscalationRecord{due->number, now, due->channels, due->target};
        e.status.escalations = e.escalations;
        steps << qMakePair(id, *due);
        recordHistory(s.alert, AlertHistoryEntry::Escalated,
                      tr("step %1 after %2 min to %3 (%4)")
                          .arg(due->number)
                          .arg(due->afterMs / 60'000)
                          .arg(due->target, due->channels.join(QStringLiteral(", "))),
                      due->number);
    }

    for (const quint64 id : std::as_const(added)) {
        if (const auto it = m_entries.constFind(id); it != m_entries.cend())
            Q_EMIT statusAdded(it->status);
    }
    for (const quint64 id : std::as_const(changed)) {
        const auto it = m_entries.constFind(id);
        if (it == m_entries.cend())
            continue;
        Q_EMIT statusChanged(it->status);
        if (wasSuppressed.value(id) != it->status.isSuppressed())
            Q_EMIT suppressionChanged(it->status);
    }
    const QList<Event> events = std::exchange(m_events, {});
    for (const Event &ev : events) {
        const auto it = m_entries.constFind(ev.id);
        if (it == m_entries.cend())
            continue;
        switch (ev.kind) {
        case Event::Firing:
            if (it->status.isFiring())
                Q_EMIT alertFiring(it->status);
            break;
        case Event::Resolved:
            Q_EMIT alertResolved(it->status);
            break;
        case Event::AckStarted:
            Q_EMIT acknowledged(it->status);
            break;
        case Event::AckEnded:
            Q_EMIT unacknowledged(it->status, ev.reason);
            break;
        }
    }
    for (const auto &[id, step] : std::as_const(steps)) {
        const auto it = m_entries.constFind(id);
        if (it != m_entries.cend())
            Q_EMIT escalated(it->status, step);
    }

    const int attention = attentionCount();
    const QString worst = worstAttentionSeverity();
    if (attention != m_attention || worst != m_worst) {
        m_attention = attention;
        m_worst = worst;
        Q_EMIT attentionChanged(attention, worst);
    }
    scheduleWake(now, full, QSet<quint64>(scope.cbegin(), scope.cend()));
}

void AlertBook::scheduleWake(qint64 now, bool full, const QSet<quint64> &ids)
{
    qint64 next = std::numeric_limits<qint64>::max();
    const auto consider = [&](qint64 t) {
        if (t > now && t < next)
            next = t;
    };
    // A partial update changes no silence or window: keep the wake-up they asked for.
    if (!full && m_wake)
        next = m_wakeAt;
    if (full && m_silences) {
        const QList<Silence> silences = m_silences->silences();
        for (const Silence &s : silences) {
            consider(s.startsAtMs);
            consider(s.endsAtMs);
        }
    }
    if (full) {
        for (const MaintenanceWindow &w : std::as_const(m_windows)) {
            if (const auto occ = w.nextOccurrence(now)) {
                consider(occ->startMs);
                consider(occ->endMs);
            }
        }
    }
    const bool remote = m_silences && m_silences->isRemote();
    for (const Acknowledgement &a : std::as_const(m_acks)) {
        consider(a.expiresAtMs);
        if (remote && !a.silenceId.isEmpty()) {
            if (const auto s = m_silences->silence(a.silenceId))
                consider(s->endsAtMs - m_options.ackSilenceMs / 2);
        }
    }
    for (const quint64 id : full ? m_order : QList<quint64>(ids.cbegin(), ids.cend())) {
        const auto entry = m_entries.constFind(id);
        if (entry == m_entries.cend())
            continue;
        const AlertStatus &s = entry->status;
        if (!m_options.escalate || !s.isFiring() || s.isAcknowledged() || s.isSuppressed() ||
            !m_policy.appliesTo(s.alert.labels))
            continue;
        const qint64 firedAt = s.alert.firedAtMs.value_or(s.alert.activeAtMs);
        for (const EscalationStep &step : std::as_const(m_policy.steps)) {
            if (step.number > s.lastEscalationStep())
                consider(firedAt + step.afterMs);
        }
    }
    if (next == std::numeric_limits<qint64>::max()) {
        if (m_wake) {
            m_clock->cancel(m_wake);
            m_wake = 0;
        }
        return;
    }
    if (m_wake && m_wakeAt == next)
        return;
    if (m_wake)
        m_clock->cancel(m_wake);
    m_wakeAt = next;
    m_wake = m_clock->callAt(next, this, [this] {
        m_wake = 0;
        update();
    });
}

// ---- acknowledgements ---------------------------------------------------------------------

Result<Acknowledgement> AlertBook::acknowledge(quint64 fingerprint, const QString &note,
                                               qint64 expiresInMs)
{
    const qint64 now = m_clock->nowMs();
    const QString fp = Alert::fingerprintToString(fingerprint);
    const auto it = m_entries.constFind(fingerprint);
    if (it == m_entries.cend())
        return Error(tr("there is no alert %1").arg(fp));
    const AlertStatus &s = it->status;
    if (s.state == AlertStatus::State::Resolved)
        return Error(tr("alert %1 (%2) has resolved; there is nothing to acknowledge")
                         .arg(fp, s.alertName()));
    if (s.ack)
        return Error(tr("alert %1 (%2) is already acknowledged by %3 %4 ago")
                         .arg(fp, s.alertName(), s.ack->by, humanAge(s.ack->ageMs(now))));
    if (expiresInMs <= 0)
        return Error(tr("an acknowledgement must last a positive time"));

    Acknowledgement a;
    a.fingerprint = fingerprint;
    a.alertName = s.alertName();
    a.labels = s.alert.labels;
    a.by = operatorName();
    a.atMs = now;
    a.expiresAtMs = now + expiresInMs;
    a.note = note.trimmed();
    if (m_repository) {
        AuditEntry audit;
        audit.atMs = now;
        audit.actor = a.by;
        audit.action = AuditEntry::Acknowledge;
        audit.target = fp;
        audit.details = tr("%1 until %2").arg(describeAlert(s.alert), timeText(a.expiresAtMs));
        audit.reason = a.note;
        Result<qint64> id = m_repository->insertAck(a, audit);
        if (!id)
            return id.error();
        a.id = id.value();
    } else {
        a.id = m_nextLocalId++;
    }
    m_acks.insert(fingerprint, a);
    m_events << Event{Event::AckStarted, fingerprint};
    if (m_silences && m_silences->isRemote())
        createAckSilence(a);
    updateAlerts({fingerprint});
    return a;
}

AlertBook::BulkResult AlertBook::acknowledge(const QList<quint64> &fingerprints,
                                             const QString &note, qint64 expiresInMs)
{
    BulkResult out;
    for (const quint64 fp : fingerprints) {
        Result<Acknowledgement> r = acknowledge(fp, note, expiresInMs);
        if (r)
            out.acknowledged << r.value();
        else
            out.failed << qMakePair(fp, r.error());
    }
    return out;
}

std::optional<Error> AlertBook::unacknowledge(quint64 fingerprint, const QString &reason)
{
    const qint64 now = m_clock->nowMs();
    if (const auto it = m_acks.constFind(fingerprint); it != m_acks.cend()) {
        if (auto err = endAck(*it, Acknowledgement::EndReason::Unacknowledged, now, operatorName(),
                              reason))
            return err;
        updateAlerts({fingerprint});
        return std::nullopt;
    }
    const std::optional<AlertStatus> s = status(fingerprint);
    if (s && s->ack && !s->ack->silenceId.isEmpty() && m_silences) {
        // An ACK! silence made elsewhere (karma, amtool): expiring it is the un-acknowledgement.
        m_expiredAckSilences.insert(s->ack->silenceId);
        QPointer<AlertBook> self(this);
        m_silences->expire(s->ack->silenceId, operatorName(),
                           reason.isEmpty() ? tr("unacknowledged") : reason,
                           [self](const std::optional<Error> &err) {
                               if (self && err)
                                   Q_EMIT self->errorOccurred(err->toString());
                           });
        m_events << Event{Event::AckEnded, fingerprint, Acknowledgement::EndReason::Unacknowledged};
        updateAlerts({fingerprint});
        return std::nullopt;
    }
    return Error(tr("alert %1 is not acknowledged").arg(Alert::fingerprintToString(fingerprint)));
}

bool AlertBook::isAcknowledged(quint64 fingerprint) const
{
    const auto it = m_entries.constFind(fingerprint);
    return it != m_entries.cend() && it->status.isAcknowledged();
}

std::optional<Acknowledgement> AlertBook::acknowledgement(quint64 fingerprint) const
{
    const auto it = m_entries.constFind(fingerprint);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->status.ack;
}

std::optional<Error> AlertBook::endAck(const Acknowledgement &ack,
                                       Acknowledgement::EndReason reason, qint64 now,
                                       const QString &by, const QString &why)
{
    const Acknowledgement a = ack; // ack may live in m_acks
    if (m_repository && a.id > 0) {
        AuditEntry audit;
        audit.atMs = now;
        audit.actor = by;
        audit.action = reason == Acknowledgement::EndReason::Unacknowledged
                           ? AuditEntry::Unacknowledge
                           : AuditEntry::AckEnded;
        audit.target = Alert::fingerprintToString(a.fingerprint);
        audit.details = tr("%1: acknowledgement by %2 ended (%3)")
                            .arg(a.alertName + a.labels.withoutName().toString(), a.by,
                                 Acknowledgement::endReasonName(reason));
        audit.reason = why;
        if (auto err = m_repository->endAck(a.id, now, reason, by, audit)) {
            // Another process may have ended it first; then the database already says so.
            Result<QList<Acknowledgement>> open = m_repository->openAcks();
            const bool stillOpen =
                !open || std::any_of(open.value().cbegin(), open.value().cend(),
                                     [&a](const Acknowledgement &x) { return x.id == a.id; });
            if (stillOpen) {
                Q_EMIT errorOccurred(err->toString());
                return err;
            }
        }
    }
    m_acks.remove(a.fingerprint);
    m_touched.insert(a.fingerprint);
    m_ackSilenceBusy.remove(a.id);
    m_events << Event{Event::AckEnded, a.fingerprint, reason};
    if (!a.silenceId.isEmpty() && m_silences) {
        m_expiredAckSilences.insert(a.silenceId);
        QPointer<AlertBook> self(this);
        m_silences->expire(a.silenceId, by, why, [self](const std::optional<Error> &err) {
            if (self && err)
                Q_EMIT self->errorOccurred(err->toString());
        });
    }
    return std::nullopt;
}

void AlertBook::endAcks(qint64 now)
{
    const QList<Acknowledgement> open = m_acks.values();
    for (const Acknowledgement &a : open) {
        if (now >= a.expiresAtMs) {
            endAck(a, Acknowledgement::EndReason::Expired, now, SystemActor,
                   tr("the acknowledgement expired"));
            continue;
        }
        const auto it = m_entries.constFind(a.fingerprint);
        if (it != m_entries.cend() && it->status.alert.isResolved()) {
            endAck(a, Acknowledgement::EndReason::Resolved, now, SystemActor,
                   tr("the alert resolved"));
        }
    }
}

void AlertBook::createAckSilence(const Acknowledgement &ack)
{
    if (!m_silences || m_ackSilenceBusy.contains(ack.id))
        return;
    const qint64 now = m_clock->nowMs();
    Silence s;
    for (const Label &l : ack.labels)
        s.matchers << LabelMatcher(l.name, LabelMatcher::Op::Equal, l.value);
    s.startsAtMs = now;
    s.endsAtMs = std::min(now + m_options.ackSilenceMs, ack.expiresAtMs);
    s.createdBy = ack.by;
    s.comment = Silence::acknowledgementPrefix() + u' ' +
                (ack.note.isEmpty() ? tr("acknowledged in Watchkeeper") : ack.note);
    m_ackSilenceBusy.insert(ack.id);
    QPointer<AlertBook> self(this);
    const qint64 ackId = ack.id;
    const quint64 fp = ack.fingerprint;
    m_silences->save(s, [self, ackId, fp](const Result<QString> &r) {
        if (!self)
            return;
        self->m_ackSilenceBusy.remove(ackId);
        if (!r) {
            Q_EMIT self->errorOccurred(r.error().toString());
            return;
        }
        const auto it = self->m_acks.find(fp);
        if (it == self->m_acks.end() || it->id != ackId) {
            // The acknowledgement ended while Alertmanager was answering.
            self->m_expiredAckSilences.insert(r.value());
            self->m_silences->expire(r.value(), SystemActor, tr("acknowledgement ended"), {});
            return;
        }
        it->silenceId = r.value();
        if (self->m_repository) {
            if (auto err = self->m_repository->setAckSilence(ackId, r.value()))
                qCWarning(lcAlerts).noquote() << err->toString();
        }
        self->updateAlerts({fp});
    });
}

void AlertBook::renewAckSilences(qint64 now)
{
    if (!m_silences || !m_silences->isRemote())
        return;
    const QList<Acknowledgement> open = m_acks.values();
    for (const Acknowledgement &a : open) {
        if (!a.isInForceAt(now) || m_ackSilenceBusy.contains(a.id))
            continue;
        const auto entry = m_entries.constFind(a.fingerprint);
        if (entry == m_entries.cend() || entry->status.alert.isResolved())
            continue;
        if (a.silenceId.isEmpty()) {
            createAckSilence(a); // the first attempt failed: try again
            continue;
        }
        const std::optional<Silence> s = m_silences->silence(a.silenceId);
        if (!s)
            continue; // not read back yet
        if (s->stateAt(now) == Silence::State::Expired) {
            // Expired on the server (by hand, or while Watchkeeper was away): make a new one.
            m_acks[a.fingerprint].silenceId.clear();
            createAckSilence(m_acks[a.fingerprint]);
            continue;
        }
        if (s->endsAtMs - now > m_options.ackSilenceMs / 2 || s->endsAtMs >= a.expiresAtMs)
            continue;
        Silence renewed = *s;
        renewed.endsAtMs = std::min(now + m_options.ackSilenceMs, a.expiresAtMs);
        m_ackSilenceBusy.insert(a.id);
        QPointer<AlertBook> self(this);
        const qint64 ackId = a.id;
        const quint64 fp = a.fingerprint;
        m_silences->save(renewed, [self, ackId, fp](const Result<QString> &r) {
            if (!self)
                return;
            self->m_ackSilenceBusy.remove(ackId);
            if (!r) {
                Q_EMIT self->errorOccurred(r.error().toString());
                return;
            }
            const auto it = self->m_acks.find(fp);
            if (it != self->m_acks.end() && it->id == ackId && it->silenceId != r.value()) {
                it->silenceId = r.value();
                if (self->m_repository)
                    self->m_repository->setAckSilence(ackId, r.value());
            }
        });
    }
}

// ---- silences -----------------------------------------------------------------------------

std::optional<Silence> AlertBook::silenceFromAlert(quint64 fingerprint, qint64 durationMs) const
{
    const auto it = m_entries.constFind(fingerprint);
    if (it == m_entries.cend())
        return std::nullopt;
    return Silence::fromAlert(it->status.alert.labels, operatorName(), m_clock->nowMs(),
                              durationMs);
}

QList<quint64> AlertBook::matchingAlerts(const LabelMatchers &matchers) const
{
    QList<quint64> out;
    for (const quint64 id : m_order) {
        const AlertStatus &s = m_entries.constFind(id)->status;
        if (s.state != AlertStatus::State::Resolved && matchesAll(matchers, s.alert.labels))
            out << id;
    }
    return out;
}

int AlertBook::matchingAlertCount(const LabelMatchers &matchers) const
{
    return int(matchingAlerts(matchers).size());
}

// ---- maintenance windows ------------------------------------------------------------------

std::optional<MaintenanceWindow> AlertBook::maintenanceWindow(qint64 id) const
{
    for (const MaintenanceWindow &w : m_windows) {
        if (w.id == id)
            return w;
    }
    return std::nullopt;
}

Result<MaintenanceWindow> AlertBook::addMaintenanceWindow(MaintenanceWindow w)
{
    const qint64 now = m_clock->nowMs();
    if (w.createdBy.trimmed().isEmpty())
        w.createdBy = operatorName();
    w.createdAtMs = now;
    w.updatedAtMs = now;
    const MaintenanceWindow::Validation v = w.validate();
    if (!v.ok())
        return Error(v.errors.join(QStringLiteral("; ")));
    if (m_repository) {
        AuditEntry audit;
        audit.atMs = now;
        audit.actor = w.createdBy;
        audit.action = AuditEntry::MaintenanceAdd;
        audit.details = describeWindow(w);
        audit.reason = w.comment;
        Result<qint64> id = m_repository->insertWindow(w, audit);
        if (!id)
            return id.error();
        w.id = id.value();
    } else {
        w.id = m_nextLocalId++;
    }
    m_windows << w;
    Q_EMIT maintenanceWindowsChanged();
    update();
    return w;
}

std::optional<Error> AlertBook::updateMaintenanceWindow(MaintenanceWindow w)
{
    const auto it = std::find_if(m_windows.begin(), m_windows.end(),
                                 [&w](const MaintenanceWindow &x) { return x.id == w.id; });
    if (it == m_windows.end())
        return Error(tr("there is no maintenance window %1").arg(w.id));
    const qint64 now = m_clock->nowMs();
    w.createdAtMs = it->createdAtMs;
    if (w.createdBy.trimmed().isEmpty())
        w.createdBy = it->createdBy;
    w.updatedAtMs = now;
    const MaintenanceWindow::Validation v = w.validate();
    if (!v.ok())
        return Error(v.errors.join(QStringLiteral("; ")));
    if (m_repository) {
        AuditEntry audit;
        audit.atMs = now;
        audit.actor = operatorName();
        audit.action = AuditEntry::MaintenanceEdit;
        audit.target = QString::number(w.id);
        audit.details = describeWindow(w);
        audit.reason = w.comment;
        if (auto err = m_repository->updateWindow(w, audit))
            return err;
    }
    *it = w;
    Q_EMIT maintenanceWindowsChanged();
    update();
    return std::nullopt;
}

std::optional<Error> AlertBook::removeMaintenanceWindow(qint64 id, const QString &reason)
{
    const auto it = std::find_if(m_windows.begin(), m_windows.end(),
                                 [id](const MaintenanceWindow &x) { return x.id == id; });
    if (it == m_windows.end())
        return Error(tr("there is no maintenance window %1").arg(id));
    const qint64 now = m_clock->nowMs();
    if (m_repository) {
        AuditEntry audit;
        audit.atMs = now;
        audit.actor = operatorName();
        audit.action = AuditEntry::MaintenanceRemove;
        audit.target = QString::number(id);
        audit.details = describeWindow(*it);
        audit.reason = reason;
        if (auto err = m_repository->removeWindow(id, now, audit))
            return err;
    }
    m_windows.erase(it);
    Q_EMIT maintenanceWindowsChanged();
    update();
    return std::nullopt;
}

// ---- summary, reload ----------------------------------------------------------------------

int AlertBook::attentionCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.status.needsAttention() ? 1 : 0;
    return n;
}

QString AlertBook::worstAttentionSeverity() const
{
    QString worst;
    int rank = std::numeric_limits<int>::max();
    for (const Entry &e : m_entries) {
        if (!e.status.needsAttention())
            continue;
        const int r = AlertStatus::severityRank(e.status.severity());
        if (r < rank) {
            rank = r;
            worst = e.status.severity();
        }
    }
    return worst;
}

void AlertBook::loadFromRepository()
{
    if (!m_repository)
        return;
    Result<qint64> last = m_repository->lastAuditId();
    Result<QList<Acknowledgement>> acks = m_repository->openAcks();
    Result<QList<MaintenanceWindow>> windows = m_repository->maintenanceWindows();
    for (const auto *err : {last ? nullptr : &last.error(), acks ? nullptr : &acks.error(),
                            windows ? nullptr : &windows.error()}) {
        if (err) {
            qCWarning(lcAlerts).noquote() << err->toString();
            Q_EMIT errorOccurred(err->toString());
            return;
        }
    }
    m_lastAuditId = last.value();
    QHash<quint64, Acknowledgement> fresh;
    for (const Acknowledgement &a : acks.value())
        fresh.insert(a.fingerprint, a); // ordered by id: the latest wins
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        const auto old = m_acks.constFind(it.key());
        if (old == m_acks.cend() || old->id != it->id)
            m_events << Event{Event::AckStarted, it.key()};
        else if (it->silenceId.isEmpty())
            it->silenceId = old->silenceId; // ours, possibly not written back yet
    }
    for (auto it = m_acks.cbegin(); it != m_acks.cend(); ++it) {
        const auto now = fresh.constFind(it.key());
        if (now == fresh.cend() || now->id != it->id)
            m_events << Event{Event::AckEnded, it.key(),
                              Acknowledgement::EndReason::Unacknowledged};
    }
    m_acks = fresh;
    const QList<MaintenanceWindow> &ws = windows.value();
    bool sameWindows = ws.size() == m_windows.size();
    for (qsizetype i = 0; sameWindows && i < ws.size(); ++i)
        sameWindows = ws.at(i).id == m_windows.at(i).id &&
                      ws.at(i).updatedAtMs == m_windows.at(i).updatedAtMs;
    if (!sameWindows) {
        m_windows = ws;
        Q_EMIT maintenanceWindowsChanged();
    }
}

void AlertBook::reloadIfChanged()
{
    if (!m_repository)
        return;
    prune();
    Result<qint64> last = m_repository->lastAuditId();
    if (!last || last.value() == m_lastAuditId)
        return;
    loadFromRepository();
    if (m_silences && !m_silences->isRemote())
        m_silences->refresh();
    update();
}

void AlertBook::scheduleReload()
{
    if (!m_repository || m_options.reloadIntervalMs <= 0 || m_reload)
        return;
    m_reload = m_clock->callAfter(m_options.reloadIntervalMs, this, [this] {
        m_reload = 0;
        reloadIfChanged();
        scheduleReload();
    });
}

void AlertBook::prune()
{
    const qint64 now = m_clock->nowMs();
    if (now - m_lastPruneMs < DayMs)
        return;
    m_lastPruneMs = now;
    if (Result<int> r = m_repository->pruneHistory(now - m_options.historyRetentionMs); !r)
        qCWarning(lcAlerts).noquote() << r.error().toString();
}

} // namespace Wk
