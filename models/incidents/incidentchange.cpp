#include "incidentchange.h"

#include <QJsonArray>

#include <algorithm>

namespace Wk {

namespace {

using Kind = IncidentChange::Kind;

const QList<Kind> &allKinds()
{
    static const QList<Kind> kinds{
        Kind::Create,        Kind::MoveStage,        Kind::SetSeverity,    Kind::SetTitle,
        Kind::SetCommander,  Kind::SetAssignees,     Kind::SetImpact,      Kind::TickCommunication,
        Kind::AddActionItem, Kind::UpdateActionItem, Kind::AddNote,        Kind::Acknowledge,
        Kind::AlertFired,    Kind::AlertResolved,    Kind::RecordSlaBreach};
    return kinds;
}

QString arg(const char *name)
{
    return QString::fromLatin1(name);
}

QString quoted(const QString &text, int max = 60)
{
    QString t = text.simplified();
    if (t.size() > max)
        t = t.left(max - 1) + QChar(0x2026);
    return u'"' + t + u'"';
}

QString orNobody(const QString &name)
{
    return name.isEmpty() ? IncidentChange::tr("nobody") : name;
}

QString alertLabel(const Incident::LinkedAlert &a)
{
    const QString name = a.alertname.isEmpty() ? a.fingerprint : a.alertname;
    return a.instance.isEmpty() ? name : IncidentChange::tr("%1 on %2").arg(name, a.instance);
}

} // namespace

bool IncidentChange::isChecked() const
{
    switch (kind) {
    case Kind::MoveStage:
    case Kind::SetSeverity:
    case Kind::SetTitle:
    case Kind::SetCommander:
    case Kind::SetAssignees:
    case Kind::SetImpact:
    case Kind::TickCommunication:
    case Kind::AddActionItem:
    case Kind::UpdateActionItem:
        return true;
    case Kind::Create:
    case Kind::AddNote:
    case Kind::Acknowledge:
    case Kind::AlertFired:
    case Kind::AlertResolved:
    case Kind::RecordSlaBreach:
        break;
    }
    return false;
}

QString IncidentChange::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::MoveStage:
        return QStringLiteral("move");
    case Kind::SetSeverity:
        return QStringLiteral("severity");
    case Kind::SetTitle:
        return QStringLiteral("title");
    case Kind::SetCommander:
        return QStringLiteral("commander");
    case Kind::SetAssignees:
        return QStringLiteral("assignees");
    case Kind::SetImpact:
        return QStringLiteral("impact");
    case Kind::TickCommunication:
        return QStringLiteral("communication");
    case Kind::AddActionItem:
        return QStringLiteral("add-action-item");
    case Kind::UpdateActionItem:
        return QStringLiteral("update-action-item");
    case Kind::AddNote:
        return QStringLiteral("note");
    case Kind::Acknowledge:
        return QStringLiteral("acknowledge");
    case Kind::AlertFired:
        return QStringLiteral("alert-fired");
    case Kind::AlertResolved:
        return QStringLiteral("alert-resolved");
    case Kind::RecordSlaBreach:
        break;
    }
    return QStringLiteral("sla-breach");
}

QString IncidentChange::describe() const
{
    switch (kind) {
    case Kind::Create:
        return tr("open incident %1").arg(quoted(args.value(arg("title")).toString()));
    case Kind::MoveStage: {
        const auto stage = IncidentStages::parse(args.value(arg("stage")).toString());
        return tr("move to %1").arg(stage ? IncidentStages::name(*stage) : QString());
    }
    case Kind::SetSeverity:
        return tr("set severity %1").arg(args.value(arg("severity")).toString());
    case Kind::SetTitle:
        return tr("rename to %1").arg(quoted(args.value(arg("title")).toString()));
    case Kind::SetCommander:
        return tr("make %1 commander").arg(orNobody(args.value(arg("commander")).toString()));
    case Kind::SetAssignees:
        return tr("assign %1")
            .arg(orNobody(args.value(arg("assignees"))
                              .toVariant()
                              .toStringList()
                              .join(QStringLiteral(", "))));
    case Kind::SetImpact:
        return tr("set impact %1").arg(quoted(args.value(arg("impact")).toString()));
    case Kind::TickCommunication: {
        const auto channel = CommunicationChecklist::parse(args.value(arg("channel")).toString());
        const QString what = channel ? CommunicationChecklist::text(*channel) : QString();
        return args.value(arg("ticked")).toBool() ? tr("tick %1").arg(quoted(what))
                                                  : tr("untick %1").arg(quoted(what));
    }
    case Kind::AddActionItem:
        return tr("add action item %1").arg(quoted(args.value(arg("text")).toString()));
    case Kind::UpdateActionItem:
        return tr("edit action item %1").arg(quoted(args.value(arg("text")).toString()));
    case Kind::AddNote:
        return tr("note %1").arg(quoted(args.value(arg("text")).toString()));
    case Kind::Acknowledge:
        return tr("acknowledge");
    case Kind::AlertFired:
        return tr("link alert %1").arg(args.value(arg("alertname")).toString());
    case Kind::AlertResolved:
        return tr("record alert %1 resolved").arg(args.value(arg("fingerprint")).toString());
    case Kind::RecordSlaBreach:
        break;
    }
    return tr("record %1 SLA breach").arg(args.value(arg("sla")).toString());
}

IncidentChange IncidentChange::create(const QString &title, IncidentSeverity severity,
                                      const QString &commander, const QString &impact)
{
    IncidentChange c;
    c.kind = Kind::Create;
    c.args = {{arg("title"), title},
              {arg("severity"), IncidentSeverities::key(severity)},
              {arg("commander"), commander},
              {arg("impact"), impact}};
    return c;
}

namespace {

IncidentChange make(Kind kind, qint64 id, int baseVersion, QJsonObject args)
{
    IncidentChange c;
    c.kind = kind;
    c.incidentId = id;
    c.baseVersion = baseVersion;
    c.args = std::move(args);
    return c;
}

QJsonObject alertToJson(const Incident::LinkedAlert &a)
{
    return {{arg("fingerprint"), a.fingerprint},
            {arg("alertname"), a.alertname},
            {arg("instance"), a.instance},
            {arg("severity"), a.severity},
            {arg("summary"), a.summary}};
}

} // namespace

IncidentChange IncidentChange::createFromAlert(const QString &title, IncidentSeverity severity,
                                               const Incident::LinkedAlert &alert,
                                               bool attachToActive)
{
    IncidentChange c = create(title, severity);
    c.args.insert(arg("alert"), alertToJson(alert));
    c.args.insert(arg("attach_to_active"), attachToActive);
    return c;
}

std::optional<Incident::LinkedAlert> IncidentChange::linkedAlert() const
{
    QJsonObject o;
    if (kind == Kind::Create)
        o = args.value(arg("alert")).toObject();
    else if (kind == Kind::AlertFired)
        o = args;
    if (o.value(arg("fingerprint")).toString().isEmpty())
        return std::nullopt;
    Incident::LinkedAlert a;
    a.fingerprint = o.value(arg("fingerprint")).toString();
    a.alertname = o.value(arg("alertname")).toString();
    a.instance = o.value(arg("instance")).toString();
    a.severity = o.value(arg("severity")).toString();
    a.summary = o.value(arg("summary")).toString();
    a.state = QStringLiteral("firing");
    a.firedMs = atMs;
    return a;
}

bool IncidentChange::attachesToActiveIncident() const
{
    return kind == Kind::Create && args.value(arg("attach_to_active")).toBool() &&
           linkedAlert().has_value();
}

IncidentChange IncidentChange::attachedTo(qint64 id) const
{
    IncidentChange c = *this;
    c.kind = Kind::AlertFired;
    c.incidentId = id;
    c.baseVersion = 0;
    c.args = linkedAlert() ? alertToJson(*linkedAlert()) : QJsonObject();
    return c;
}

IncidentChange IncidentChange::moveStage(qint64 id, int baseVersion, IncidentStage stage)
{
    return make(Kind::MoveStage, id, baseVersion, {{arg("stage"), IncidentStages::key(stage)}});
}

IncidentChange IncidentChange::setSeverity(qint64 id, int baseVersion, IncidentSeverity severity)
{
    return make(Kind::SetSeverity, id, baseVersion,
                {{arg("severity"), IncidentSeverities::key(severity)}});
}

IncidentChange IncidentChange::setTitle(qint64 id, int baseVersion, const QString &title)
{
    return make(Kind::SetTitle, id, baseVersion, {{arg("title"), title}});
}

IncidentChange IncidentChange::setCommander(qint64 id, int baseVersion, const QString &commander)
{
    return make(Kind::SetCommander, id, baseVersion, {{arg("commander"), commander}});
}

IncidentChange IncidentChange::setAssignees(qint64 id, int baseVersion,
                                            const QStringList &assignees)
{
    return make(Kind::SetAssignees, id, baseVersion,
                {{arg("assignees"), QJsonArray::fromStringList(assignees)}});
}

IncidentChange IncidentChange::setImpact(qint64 id, int baseVersion, const QString &impact)
{
    return make(Kind::SetImpact, id, baseVersion, {{arg("impact"), impact}});
}

IncidentChange IncidentChange::tickCommunication(qint64 id, int baseVersion,
                                                 CommunicationChannel channel, bool ticked)
{
    return make(Kind::TickCommunication, id, baseVersion,
                {{arg("channel"), CommunicationChecklist::key(channel)}, {arg("ticked"), ticked}});
}

IncidentChange IncidentChange::addActionItem(qint64 id, int baseVersion, const QString &text,
                                             const QString &owner, const QDate &due)
{
    return make(Kind::AddActionItem, id, baseVersion,
                {{arg("text"), text},
                 {arg("owner"), owner},
                 {arg("due"), due.isValid() ? due.toString(Qt::ISODate) : QString()}});
}

IncidentChange IncidentChange::updateActionItem(qint64 id, int baseVersion,
                                                const Incident::ActionItem &item)
{
    return make(Kind::UpdateActionItem, id, baseVersion,
                {{arg("item"), item.id},
                 {arg("text"), item.text},
                 {arg("owner"), item.owner},
                 {arg("due"), item.due.isValid() ? item.due.toString(Qt::ISODate) : QString()},
                 {arg("done"), item.done}});
}

IncidentChange IncidentChange::addNote(qint64 id, const QString &text)
{
    return make(Kind::AddNote, id, 0, {{arg("text"), text}});
}

IncidentChange IncidentChange::acknowledge(qint64 id)
{
    return make(Kind::Acknowledge, id, 0, {});
}

IncidentChange IncidentChange::alertFired(qint64 id, const Incident::LinkedAlert &alert)
{
    return make(Kind::AlertFired, id, 0, alertToJson(alert));
}

IncidentChange IncidentChange::alertResolved(qint64 id, const QString &fingerprint)
{
    return make(Kind::AlertResolved, id, 0, {{arg("fingerprint"), fingerprint}});
}

IncidentChange IncidentChange::recordSlaBreach(qint64 id, const QString &slaKey, qint64 targetMs)
{
    return make(Kind::RecordSlaBreach, id, 0, {{arg("sla"), slaKey}, {arg("target_ms"), targetMs}});
}

Result<IncidentChange::Outcome> IncidentChange::applyTo(const Incident &current) const
{
    Outcome out;
    Incident &inc = out.incident;
    inc = current;
    const auto append = [&](TimelineEntry::Kind entryKind, const QString &text,
                            const QString &data = {}) {
        TimelineEntry e;
        e.kind = entryKind;
        e.who = who;
        e.atMs = atMs;
        e.text = text;
        e.data = data;
        out.added.append(e);
        inc.timeline.append(e);
        out.anythingChanged = true;
    };
    const auto fieldEdit = [&] {
        out.fieldsChanged = true;
        out.anythingChanged = true;
        inc.updatedMs = atMs;
        inc.updatedBy = who;
    };
    const auto acknowledgeIfNeeded = [&](const QString &how) {
        if (inc.acknowledgedMs != 0)
            return;
        inc.acknowledgedMs = atMs;
        inc.acknowledgedBy = who;
        append(TimelineEntry::Kind::Acknowledgement, how);
    };

    switch (kind) {
    case Kind::Create: {
        const QString title = args.value(arg("title")).toString().trimmed();
        if (title.isEmpty())
            return Error(tr("an incident needs a title"));
        const auto severity = IncidentSeverities::parse(args.value(arg("severity")).toString());
        if (!severity)
            return Error(tr("severity \"%1\" is not one of P1, P2, P3, P4")
                             .arg(args.value(arg("severity")).toString()));
        inc = Incident();
        inc.title = title;
        inc.severity = *severity;
        inc.stage = IncidentStage::Detection;
        inc.commander = args.value(arg("commander")).toString().trimmed();
        inc.impact = args.value(arg("impact")).toString().trimmed();
        inc.createdMs = atMs;
        inc.createdBy = who;
        inc.version = 1;
        inc.updatedMs = atMs;
        inc.updatedBy = who;
        const SeverityInfo info = IncidentSeverities::info(*severity);
        append(TimelineEntry::Kind::Created,
               tr("Opened as %1 (%2): %3").arg(info.key, info.name, title), info.key);
        if (const auto alert = linkedAlert()) {
            inc.alerts.append(*alert);
            QString text = alert->severity.isEmpty()
                               ? tr("%1 firing").arg(alertLabel(*alert))
                               : tr("%1 firing (%2)").arg(alertLabel(*alert), alert->severity);
            if (!alert->summary.isEmpty())
                text += QStringLiteral(": ") + alert->summary;
            append(TimelineEntry::Kind::AlertFired, text, alert->fingerprint);
        }
        out.fieldsChanged = true;
        return out;
    }
    case Kind::MoveStage: {
        const auto stage = IncidentStages::parse(args.value(arg("stage")).toString());
        if (!stage)
            return Error(tr("\"%1\" is not a stage").arg(args.value(arg("stage")).toString()));
        if (*stage == inc.stage)
            return out;
        const IncidentStage from = inc.stage;
        inc.stage = *stage;
        fieldEdit();
        QString text =
            tr("%1 \u2192 %2").arg(IncidentStages::name(from), IncidentStages::name(*stage));
        if (*stage < IncidentStage::Resolution && inc.resolvedMs != 0) {
            inc.resolvedMs = 0;
            text += u' ' + tr("(reopened: the resolution target runs again)");
        }
        if (*stage != IncidentStage::Closed)
            inc.closedMs = 0;
        append(TimelineEntry::Kind::StageChange, text,
               IncidentStages::key(from) + u'>' + IncidentStages::key(*stage));
        if (*stage > IncidentStage::Detection)
            acknowledgeIfNeeded(
                tr("Acknowledged by moving to %1").arg(IncidentStages::name(*stage)));
        if (*stage >= IncidentStage::Resolution && inc.resolvedMs == 0)
            inc.resolvedMs = atMs;
        if (*stage == IncidentStage::Closed)
            inc.closedMs = atMs;
        return out;
    }
    case Kind::SetSeverity: {
        const auto severity = IncidentSeverities::parse(args.value(arg("severity")).toString());
        if (!severity)
            return Error(tr("severity \"%1\" is not one of P1, P2, P3, P4")
                             .arg(args.value(arg("severity")).toString()));
        if (*severity == inc.severity)
            return out;
        const IncidentSeverity from = inc.severity;
        inc.severity = *severity;
        fieldEdit();
        append(TimelineEntry::Kind::SeverityChange,
               (*severity < from ? tr("Escalated %1 \u2192 %2") : tr("Downgraded %1 \u2192 %2"))
                   .arg(IncidentSeverities::label(from), IncidentSeverities::label(*severity)),
               IncidentSeverities::key(from) + u'>' + IncidentSeverities::key(*severity));
        return out;
    }
    case Kind::SetTitle: {
        const QString title = args.value(arg("title")).toString().trimmed();
        if (title.isEmpty())
            return Error(tr("an incident needs a title"));
        if (title == inc.title)
            return out;
        const QString from = inc.title;
        inc.title = title;
        fieldEdit();
        append(TimelineEntry::Kind::TitleChange, tr("Renamed from %1").arg(quoted(from, 120)));
        return out;
    }
    case Kind::SetCommander: {
        const QString commander = args.value(arg("commander")).toString().trimmed();
        if (commander == inc.commander)
            return out;
        inc.commander = commander;
        fieldEdit();
        append(TimelineEntry::Kind::CommanderChange,
               commander.isEmpty() ? tr("No incident commander")
                                   : tr("%1 is incident commander").arg(commander),
               commander);
        return out;
    }
    case Kind::SetAssignees: {
        QStringList assignees;
        for (const QJsonValue &v : args.value(arg("assignees")).toArray()) {
            const QString name = v.toString().trimmed();
            if (!name.isEmpty() && !assignees.contains(name))
                assignees << name;
        }
        if (assignees == inc.assignees)
            return out;
        inc.assignees = assignees;
        fieldEdit();
        append(TimelineEntry::Kind::AssigneesChange,
               assignees.isEmpty() ? tr("Nobody assigned")
                                   : tr("Assigned: %1").arg(assignees.join(QStringLiteral(", "))),
               assignees.join(u','));
        return out;
    }
    case Kind::SetImpact: {
        const QString impact = args.value(arg("impact")).toString().trimmed();
        if (impact == inc.impact)
            return out;
        inc.impact = impact;
        fieldEdit();
        append(TimelineEntry::Kind::ImpactChange, tr("Impact: %1").arg(impact));
        return out;
    }
    case Kind::TickCommunication: {
        const auto channel = CommunicationChecklist::parse(args.value(arg("channel")).toString());
        if (!channel)
            return Error(tr("\"%1\" is not a communication channel")
                             .arg(args.value(arg("channel")).toString()));
        const bool ticked = args.value(arg("ticked")).toBool();
        if (ticked == inc.isTicked(*channel))
            return out;
        if (ticked) {
            inc.communication.append(Incident::CommunicationTick{*channel, who, atMs});
        } else {
            inc.communication.erase(std::remove_if(inc.communication.begin(),
                                                   inc.communication.end(),
                                                   [&](const Incident::CommunicationTick &t) {
                                                       return t.channel == *channel;
                                                   }),
                                    inc.communication.end());
        }
        fieldEdit();
        append(TimelineEntry::Kind::Communication,
               (ticked ? tr("Done: %1") : tr("Not done after all: %1"))
                   .arg(CommunicationChecklist::text(*channel)),
               CommunicationChecklist::key(*channel));
        return out;
    }
    case Kind::AddActionItem: {
        Incident::ActionItem item;
        item.text = args.value(arg("text")).toString().trimmed();
        if (item.text.isEmpty())
            return Error(tr("an action item needs a text"));
        item.owner = args.value(arg("owner")).toString().trimmed();
        item.due = QDate::fromString(args.value(arg("due")).toString(), Qt::ISODate);
        int maxId = 0;
        for (const Incident::ActionItem &a : inc.actionItems)
            maxId = std::max(maxId, a.id);
        item.id = maxId + 1;
        inc.actionItems.append(item);
        fieldEdit();
        append(TimelineEntry::Kind::ActionItem,
               tr("Action item %1: %2 (owner %3, due %4)")
                   .arg(item.id)
                   .arg(item.text, orNobody(item.owner),
                        item.due.isValid() ? item.due.toString(Qt::ISODate) : tr("no date")),
               QString::number(item.id));
        return out;
    }
    case Kind::UpdateActionItem: {
        const int itemId = args.value(arg("item")).toInt();
        auto it = std::find_if(inc.actionItems.begin(), inc.actionItems.end(),
                               [&](const Incident::ActionItem &a) { return a.id == itemId; });
        if (it == inc.actionItems.end())
            return Error(tr("incident %1 has no action item %2").arg(inc.id).arg(itemId));
        Incident::ActionItem item = *it;
        item.text = args.value(arg("text")).toString().trimmed();
        if (item.text.isEmpty())
            return Error(tr("an action item needs a text"));
        item.owner = args.value(arg("owner")).toString().trimmed();
        item.due = QDate::fromString(args.value(arg("due")).toString(), Qt::ISODate);
        item.done = args.value(arg("done")).toBool();
        if (item == *it)
            return out;
        const bool doneChanged = item.done != it->done;
        *it = item;
        fieldEdit();
        QString text;
        if (doneChanged)
            text = item.done ? tr("Action item %1 done: %2").arg(item.id).arg(item.text)
                             : tr("Action item %1 open again: %2").arg(item.id).arg(item.text);
        else
            text = tr("Action item %1 now: %2 (owner %3, due %4)")
                       .arg(item.id)
                       .arg(item.text, orNobody(item.owner),
                            item.due.isValid() ? item.due.toString(Qt::ISODate) : tr("no date"));
        append(TimelineEntry::Kind::ActionItem, text, QString::number(item.id));
        return out;
    }
    case Kind::AddNote: {
        const QString text = args.value(arg("text")).toString().trimmed();
        if (text.isEmpty())
            return Error(tr("a note needs a text"));
        append(TimelineEntry::Kind::Note, text);
        return out;
    }
    case Kind::Acknowledge:
        acknowledgeIfNeeded(tr("Acknowledged"));
        return out;
    case Kind::AlertFired: {
        Incident::LinkedAlert alert;
        alert.fingerprint = args.value(arg("fingerprint")).toString();
        if (alert.fingerprint.isEmpty())
            return Error(tr("an alert needs a fingerprint"));
        alert.alertname = args.value(arg("alertname")).toString();
        alert.instance = args.value(arg("instance")).toString();
        alert.severity = args.value(arg("severity")).toString();
        alert.summary = args.value(arg("summary")).toString();
        alert.state = QStringLiteral("firing");
        alert.firedMs = atMs;
        auto it =
            std::find_if(inc.alerts.begin(), inc.alerts.end(), [&](const Incident::LinkedAlert &a) {
                return a.fingerprint == alert.fingerprint;
            });
        QString text;
        if (it != inc.alerts.end()) {
            if (it->state == alert.state)
                return out;
            it->state = alert.state;
            it->firedMs = atMs;
            it->resolvedMs = 0;
            text = tr("%1 firing again").arg(alertLabel(*it));
        } else {
            inc.alerts.append(alert);
            text = alert.severity.isEmpty()
                       ? tr("%1 firing").arg(alertLabel(alert))
                       : tr("%1 firing (%2)").arg(alertLabel(alert), alert.severity);
            if (!alert.summary.isEmpty())
                text += QStringLiteral(": ") + alert.summary;
        }
        append(TimelineEntry::Kind::AlertFired, text, alert.fingerprint);
        return out;
    }
    case Kind::AlertResolved: {
        const QString fingerprint = args.value(arg("fingerprint")).toString();
        auto it =
            std::find_if(inc.alerts.begin(), inc.alerts.end(), [&](const Incident::LinkedAlert &a) {
                return a.fingerprint == fingerprint;
            });
        if (it == inc.alerts.end())
            return Error(tr("alert %1 is not linked to incident %2").arg(fingerprint).arg(inc.id));
        if (it->state == QLatin1String("resolved"))
            return out;
        it->state = QStringLiteral("resolved");
        it->resolvedMs = atMs;
        append(TimelineEntry::Kind::AlertResolved, tr("%1 resolved").arg(alertLabel(*it)),
               fingerprint);
        return out;
    }
    case Kind::RecordSlaBreach: {
        const QString sla = args.value(arg("sla")).toString();
        if (sla != QLatin1String("response") && sla != QLatin1String("resolution"))
            return Error(tr("\"%1\" is not an SLA (response or resolution)").arg(sla));
        if (inc.hasSlaBreachRecorded(sla))
            return out;
        const qint64 targetMs = args.value(arg("target_ms")).toInteger();
        const SeverityInfo info = IncidentSeverities::info(inc.severity);
        append(TimelineEntry::Kind::SlaBreach,
               sla == QLatin1String("response")
                   ? tr("Response target missed: not acknowledged within %1 (%2)")
                         .arg(formatTarget(targetMs), info.key)
                   : tr("Resolution target missed: not resolved within %1 (%2)")
                         .arg(formatTarget(targetMs), info.key),
               sla);
        return out;
    }
    }
    return Error(tr("unknown change"));
}

QString IncidentChange::formatTarget(qint64 ms)
{
    if (ms % (60 * 60 * 1000) == 0)
        return tr("%n h", nullptr, int(ms / (60 * 60 * 1000)));
    return tr("%n min", nullptr, int(ms / (60 * 1000)));
}

QJsonObject IncidentChange::toJson() const
{
    return {{arg("kind"), kindKey(kind)},
            {arg("incident"), incidentId},
            {arg("base_version"), baseVersion},
            {arg("who"), who},
            {arg("at_ms"), atMs},
            {arg("args"), args},
            {arg("uid"), uid}};
}

Result<IncidentChange> IncidentChange::fromJson(const QJsonObject &o)
{
    const QString key = o.value(arg("kind")).toString();
    const auto it = std::find_if(allKinds().cbegin(), allKinds().cend(),
                                 [&](Kind k) { return kindKey(k) == key; });
    if (it == allKinds().cend())
        return Error(tr("unknown change kind \"%1\"").arg(key));
    IncidentChange c;
    c.kind = *it;
    c.incidentId = o.value(arg("incident")).toInteger();
    c.baseVersion = o.value(arg("base_version")).toInt();
    c.who = o.value(arg("who")).toString();
    c.atMs = o.value(arg("at_ms")).toInteger();
    c.args = o.value(arg("args")).toObject();
    c.uid = o.value(arg("uid")).toString();
    return c;
}

} // namespace Wk
