#include "timelineentry.h"

#include <QList>

namespace Wk {

namespace {

const QList<TimelineEntry::Kind> &allKinds()
{
    using K = TimelineEntry::Kind;
    static const QList<K> kinds{
        K::Created,     K::Note,          K::StageChange,   K::SeverityChange,  K::Acknowledgement,
        K::AlertFired,  K::AlertResolved, K::SlaBreach,     K::CommanderChange, K::AssigneesChange,
        K::TitleChange, K::ImpactChange,  K::Communication, K::ActionItem};
    return kinds;
}

} // namespace

QString TimelineEntry::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Created:
        return QStringLiteral("created");
    case Kind::Note:
        return QStringLiteral("note");
    case Kind::StageChange:
        return QStringLiteral("stage");
    case Kind::SeverityChange:
        return QStringLiteral("severity");
    case Kind::Acknowledgement:
        return QStringLiteral("acknowledged");
    case Kind::AlertFired:
        return QStringLiteral("alert-fired");
    case Kind::AlertResolved:
        return QStringLiteral("alert-resolved");
    case Kind::SlaBreach:
        return QStringLiteral("sla-breach");
    case Kind::CommanderChange:
        return QStringLiteral("commander");
    case Kind::AssigneesChange:
        return QStringLiteral("assignees");
    case Kind::TitleChange:
        return QStringLiteral("title");
    case Kind::ImpactChange:
        return QStringLiteral("impact");
    case Kind::Communication:
        return QStringLiteral("communication");
    case Kind::ActionItem:
        break;
    }
    return QStringLiteral("action-item");
}

std::optional<TimelineEntry::Kind> TimelineEntry::parseKind(QStringView key)
{
    for (Kind k : allKinds()) {
        if (key == kindKey(k))
            return k;
    }
    return std::nullopt;
}

QString TimelineEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Created:
        return tr("Opened");
    case Kind::Note:
        return tr("Note");
    case Kind::StageChange:
        return tr("Stage");
    case Kind::SeverityChange:
        return tr("Severity");
    case Kind::Acknowledgement:
        return tr("Acknowledged");
    case Kind::AlertFired:
        return tr("Alert firing");
    case Kind::AlertResolved:
        return tr("Alert resolved");
    case Kind::SlaBreach:
        return tr("SLA breach");
    case Kind::CommanderChange:
        return tr("Commander");
    case Kind::AssigneesChange:
        return tr("Assignees");
    case Kind::TitleChange:
        return tr("Title");
    case Kind::ImpactChange:
        return tr("Impact");
    case Kind::Communication:
        return tr("Communication");
    case Kind::ActionItem:
        break;
    }
    return tr("Action item");
}

QJsonObject TimelineEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("who"), who},
                  {QStringLiteral("at_ms"), atMs},
                  {QStringLiteral("text"), text}};
    if (id != 0)
        o.insert(QStringLiteral("id"), id);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    if (pending)
        o.insert(QStringLiteral("pending"), true);
    return o;
}

TimelineEntry TimelineEntry::fromJson(const QJsonObject &o)
{
    TimelineEntry e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.kind = parseKind(o.value(QStringLiteral("kind")).toString()).value_or(Kind::Note);
    e.who = o.value(QStringLiteral("who")).toString();
    e.atMs = o.value(QStringLiteral("at_ms")).toInteger();
    e.text = o.value(QStringLiteral("text")).toString();
    e.data = o.value(QStringLiteral("data")).toString();
    e.pending = o.value(QStringLiteral("pending")).toBool();
    return e;
}

} // namespace Wk
