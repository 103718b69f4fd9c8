#include "incident.h"

#include <QJsonArray>

#include <algorithm>

namespace Wk {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

bool Incident::involves(const QString &who) const
{
    return !who.isEmpty() && (commander == who || assignees.contains(who));
}

bool Incident::isTicked(CommunicationChannel channel) const
{
    return std::any_of(communication.cbegin(), communication.cend(),
                       [&](const CommunicationTick &t) { return t.channel == channel; });
}

const Incident::LinkedAlert *Incident::alert(const QString &fingerprint) const
{
    for (const LinkedAlert &a : alerts) {
        if (a.fingerprint == fingerprint)
            return &a;
    }
    return nullptr;
}

const Incident::ActionItem *Incident::actionItem(int itemId) const
{
    for (const ActionItem &a : actionItems) {
        if (a.id == itemId)
            return &a;
    }
    return nullptr;
}

bool Incident::takesAlert(const LinkedAlert &candidate) const
{
    if (!isActive())
        return false;
    return std::any_of(alerts.cbegin(), alerts.cend(), [&](const LinkedAlert &a) {
        return a.fingerprint == candidate.fingerprint ||
               (!candidate.instance.isEmpty() && a.instance == candidate.instance);
    });
}

bool Incident::attachesBefore(const Incident &a, const Incident &b)
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.createdMs != b.createdMs)
        return a.createdMs < b.createdMs;
    return a.id < b.id;
}

bool Incident::hasSlaBreachRecorded(const QString &slaKey) const
{
    return std::any_of(timeline.cbegin(), timeline.cend(), [&](const TimelineEntry &e) {
        return e.kind == TimelineEntry::Kind::SlaBreach && e.data == slaKey;
    });
}

QJsonObject Incident::toJson() const
{
    QJsonArray alertArray;
    for (const LinkedAlert &a : alerts) {
        QJsonObject o{{key("fingerprint"), a.fingerprint},
                      {key("alertname"), a.alertname},
                      {key("instance"), a.instance},
                      {key("severity"), a.severity},
                      {key("state"), a.state},
                      {key("fired_ms"), a.firedMs}};
        if (!a.summary.isEmpty())
            o.insert(key("summary"), a.summary);
        if (a.resolvedMs)
            o.insert(key("resolved_ms"), a.resolvedMs);
        alertArray.append(o);
    }
    QJsonArray ticks;
    for (const CommunicationTick &t : communication) {
        ticks.append(QJsonObject{{key("channel"), CommunicationChecklist::key(t.channel)},
                                 {key("who"), t.who},
                                 {key("at_ms"), t.atMs}});
    }
    QJsonArray items;
    for (const ActionItem &a : actionItems) {
        QJsonObject o{{key("id"), a.id},
                      {key("text"), a.text},
                      {key("owner"), a.owner},
                      {key("done"), a.done}};
        if (a.due.isValid())
            o.insert(key("due"), a.due.toString(Qt::ISODate));
        items.append(o);
    }
    QJsonArray entries;
    for (const TimelineEntry &e : timeline)
        entries.append(e.toJson());

    QJsonObject o{{key("id"), id},
                  {key("title"), title},
                  {key("severity"), IncidentSeverities::key(severity)},
                  {key("stage"), IncidentStages::key(stage)},
                  {key("commander"), commander},
                  {key("assignees"), QJsonArray::fromStringList(assignees)},
                  {key("impact"), impact},
                  {key("created_ms"), createdMs},
                  {key("created_by"), createdBy},
                  {key("alerts"), alertArray},
                  {key("communication"), ticks},
                  {key("action_items"), items},
                  {key("version"), version},
                  {key("updated_ms"), updatedMs},
                  {key("updated_by"), updatedBy},
                  {key("timeline"), entries}};
    if (acknowledgedMs) {
        o.insert(key("acknowledged_ms"), acknowledgedMs);
        o.insert(key("acknowledged_by"), acknowledgedBy);
    }
    if (resolvedMs)
        o.insert(key("resolved_ms"), resolvedMs);
    if (closedMs)
        o.insert(key("closed_ms"), closedMs);
    if (pendingChanges)
        o.insert(key("pending_changes"), pendingChanges);
    return o;
}

Incident Incident::fromJson(const QJsonObject &o)
{
    Incident inc;
    inc.id = o.value(key("id")).toInteger();
    inc.title = o.value(key("title")).toString();
    inc.severity = IncidentSeverities::parse(o.value(key("severity")).toString())
                       .value_or(IncidentSeverity::P3);
    inc.stage =
        IncidentStages::parse(o.value(key("stage")).toString()).value_or(IncidentStage::Detection);
    inc.commander = o.value(key("commander")).toString();
    for (const QJsonValue &v : o.value(key("assignees")).toArray())
        inc.assignees << v.toString();
    inc.impact = o.value(key("impact")).toString();
    inc.createdMs = o.value(key("created_ms")).toInteger();
    inc.createdBy = o.value(key("created_by")).toString();
    inc.acknowledgedMs = o.value(key("acknowledged_ms")).toInteger();
    inc.acknowledgedBy = o.value(key("acknowledged_by")).toString();
    inc.resolvedMs = o.value(key("resolved_ms")).toInteger();
    inc.closedMs = o.value(key("closed_ms")).toInteger();
    for (const QJsonValue &v : o.value(key("alerts")).toArray()) {
        const QJsonObject a = v.toObject();
        inc.alerts.append(LinkedAlert{
            a.value(key("fingerprint")).toString(), a.value(key("alertname")).toString(),
            a.value(key("instance")).toString(), a.value(key("severity")).toString(),
            a.value(key("state")).toString(), a.value(key("summary")).toString(),
            a.value(key("fired_ms")).toInteger(), a.value(key("resolved_ms")).toInteger()});
    }
    for (const QJsonValue &v : o.value(key("communication")).toArray()) {
        const QJsonObject t = v.toObject();
        if (auto channel = CommunicationChecklist::parse(t.value(key("channel")).toString())) {
            inc.communication.append(CommunicationTick{*channel, t.value(key("who")).toString(),
                                                       t.value(key("at_ms")).toInteger()});
        }
    }
    for (const QJsonValue &v : o.value(key("action_items")).toArray()) {
        const QJsonObject a = v.toObject();
        inc.actionItems.append(
            ActionItem{a.value(key("id")).toInt(), a.value(key("text")).toString(),
                       a.value(key("owner")).toString(),
                       QDate::fromString(a.value(key("due")).toString(), Qt::ISODate),
                       a.value(key("done")).toBool()});
    }
    inc.version = o.value(key("version")).toInt();
    inc.updatedMs = o.value(key("updated_ms")).toInteger();
    inc.updatedBy = o.value(key("updated_by")).toString();
    for (const QJsonValue &v : o.value(key("timeline")).toArray())
        inc.timeline.append(TimelineEntry::fromJson(v.toObject()));
    inc.pendingChanges = o.value(key("pending_changes")).toInt();
    return inc;
}

} // namespace Wk
