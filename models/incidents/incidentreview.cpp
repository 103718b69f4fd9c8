#include "incidentreview.h"

#include "incidentchange.h"
#include "slastatus.h"

#include <QDateTime>
#include <QMap>

namespace Wk {

namespace {

QString cell(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'|', QStringLiteral("\\|"));
    return text.trimmed().isEmpty() ? QStringLiteral("\u2014") : text.trimmed();
}

QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &c : cells)
        escaped << cell(c);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString header(const QStringList &cells)
{
    QString out = row(cells) + u'|';
    for (qsizetype i = 0; i < cells.size(); ++i)
        out += QStringLiteral("---|");
    return out + u'\n';
}

QString slaResult(const SlaStatus &s)
{
    switch (s.state) {
    case SlaStatus::State::Met:
        return IncidentReview::tr("\u2714 met");
    case SlaStatus::State::Missed:
        return IncidentReview::tr("\u2716 missed by %1")
            .arg(IncidentReview::formatDuration(-s.remainingMs));
    case SlaStatus::State::Breached:
        return IncidentReview::tr("\u2716 breached, still open (%1 over)")
            .arg(IncidentReview::formatDuration(-s.remainingMs));
    case SlaStatus::State::OnTrack:
    case SlaStatus::State::DueSoon:
        break;
    }
    return IncidentReview::tr("running, %1 left")
        .arg(IncidentReview::formatDuration(s.remainingMs));
}

} // namespace

QString IncidentReview::reference(const Incident &incident)
{
    return incident.id > 0 ? QStringLiteral("INC-%1").arg(incident.id) : tr("INC-(not yet stored)");
}

QString IncidentReview::formatTime(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString IncidentReview::formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 m = s / 60;
    if (m < 60)
        return s % 60 ? tr("%1 min %2 s").arg(m).arg(s % 60) : tr("%1 min").arg(m);
    const qint64 h = m / 60;
    if (h < 24)
        return m % 60 ? tr("%1 h %2 min").arg(h).arg(m % 60) : tr("%1 h").arg(h);
    return h % 24 ? tr("%1 d %2 h").arg(h / 24).arg(h % 24) : tr("%1 d").arg(h / 24);
}

QString IncidentReview::toMarkdown(const Incident &inc, qint64 nowMs)
{
    const SeverityInfo info = IncidentSeverities::info(inc.severity);
    const SlaStatus response = SlaStatus::evaluate(inc, SlaStatus::Kind::Response, nowMs);
    const SlaStatus resolution = SlaStatus::evaluate(inc, SlaStatus::Kind::Resolution, nowMs);
    QString md;

    md += tr("# Post-incident review: %1 \u2014 %2\n\n").arg(reference(inc), inc.title);
    md += header({tr("Field"), tr("Value")});
    md += row({tr("Severity"), tr("%1 %2 (%3)").arg(info.key, info.name, info.impact)});
    md += row({tr("Stage"), IncidentStages::name(inc.stage)});
    md += row({tr("Incident commander"), inc.commander});
    md += row({tr("Responders"), inc.assignees.join(QStringLiteral(", "))});
    md += row({tr("Opened"), tr("%1 by %2").arg(formatTime(inc.createdMs), inc.createdBy)});
    md += row({tr("Review generated"), formatTime(nowMs)});
    md += u'\n';

    // Summary: one paragraph a manager can read on its own.
    md += tr("## Summary\n\n");
    QString summary = tr("%1 incident \"%2\" was opened at %3")
                          .arg(info.key, inc.title, formatTime(inc.createdMs));
    if (!inc.alerts.isEmpty()) {
        QStringList names;
        for (const Incident::LinkedAlert &a : inc.alerts) {
            const QString name = a.alertname.isEmpty() ? a.fingerprint : a.alertname;
            if (!names.contains(name))
                names << name;
        }
        summary +=
            names.size() == 1
                ? tr(" after the alert %1 fired").arg(names.first())
                : tr(" after the alerts %1 and %2 fired")
                      .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
    }
    summary += u'.';
    if (inc.acknowledgedMs)
        summary +=
            u' ' + tr("It was acknowledged by %1 after %2 (target %3, %4).")
                       .arg(inc.acknowledgedBy, formatDuration(response.elapsedMs),
                            IncidentChange::formatTarget(response.targetMs),
                            response.state == SlaStatus::State::Met ? tr("met") : tr("missed"));
    else
        summary += u' ' + tr("It has not been acknowledged.");
    if (inc.resolvedMs)
        summary +=
            u' ' + tr("Service was restored after %1 (target %2, %3).")
                       .arg(formatDuration(resolution.elapsedMs),
                            IncidentChange::formatTarget(resolution.targetMs),
                            resolution.state == SlaStatus::State::Met ? tr("met") : tr("missed"));
    else
        summary += u' ' + tr("It is not resolved yet (%1 since it was opened).")
                              .arg(formatDuration(nowMs - inc.createdMs));
    if (inc.closedMs)
        summary += u' ' + tr("It was closed at %1.").arg(formatTime(inc.closedMs));
    int done = 0;
    for (const Incident::ActionItem &a : inc.actionItems)
        done += a.done ? 1 : 0;
    if (!inc.actionItems.isEmpty())
        summary += u' ' + tr("Action items done: %1 of %2.").arg(done).arg(inc.actionItems.size());
    md += summary + QStringLiteral("\n\n");

    md += tr("## Impact\n\n");
    md += (inc.impact.isEmpty() ? tr("No impact summary was written. For a %1 incident the "
                                     "guide expects: %2.")
                                      .arg(info.key, info.impact.toLower())
                                : inc.impact) +
          QStringLiteral("\n\n");

    md += tr("## Times against targets\n\n");
    md += header({tr("Milestone"), tr("Time"), tr("After opening"), tr("Target"), tr("Result")});
    md += row({tr("Opened"), formatTime(inc.createdMs), QString(), QString(), QString()});
    md += row({tr("Acknowledged (response)"), formatTime(inc.acknowledgedMs),
               inc.acknowledgedMs ? formatDuration(response.elapsedMs) : QString(),
               IncidentChange::formatTarget(response.targetMs), slaResult(response)});
    md += row({tr("Resolved (resolution)"), formatTime(inc.resolvedMs),
               inc.resolvedMs ? formatDuration(resolution.elapsedMs) : QString(),
               IncidentChange::formatTarget(resolution.targetMs), slaResult(resolution)});
    md += row({tr("Closed"), formatTime(inc.closedMs),
               inc.closedMs ? formatDuration(inc.closedMs - inc.createdMs) : QString(), QString(),
               QString()});
    md += u'\n';

    // Time in each stage, from the stage changes on the timeline.
    QMap<int, qint64> inStage;
    IncidentStage current = IncidentStage::Detection;
    qint64 since = inc.createdMs;
    for (const TimelineEntry &e : inc.timeline) {
        if (e.kind != TimelineEntry::Kind::StageChange)
            continue;
        const auto to = IncidentStages::parse(e.data.section(u'>', 1));
        if (!to)
            continue;
        inStage[int(current)] += std::max<qint64>(0, e.atMs - since);
        current = *to;
        since = e.atMs;
    }
    if (current != IncidentStage::Closed)
        inStage[int(current)] += std::max<qint64>(0, nowMs - since);
    md += tr("## Time in each stage\n\n");
    md += header({tr("Stage"), tr("Time spent"), tr("What happens")});
    for (IncidentStage s : IncidentStages::all()) {
        if (s == IncidentStage::Closed || !inStage.contains(int(s)))
            continue;
        md += row({IncidentStages::name(s) + (s == current ? tr(" (now)") : QString()),
                   formatDuration(inStage.value(int(s))), IncidentStages::description(s)});
    }
    md += u'\n';

    md += tr("## Timeline\n\n");
    md += header({tr("Time"), tr("Who"), tr("Event"), tr("Details")});
    for (const TimelineEntry &e : inc.timeline) {
        md += row(
            {formatTime(e.atMs), e.who,
             TimelineEntry::kindName(e.kind) + (e.pending ? tr(" (not yet stored)") : QString()),
             e.text});
    }
    md += u'\n';

    md += tr("## Linked alerts\n\n");
    if (inc.alerts.isEmpty()) {
        md += tr("No alerts are linked; the incident was opened by hand.\n\n");
    } else {
        md += header({tr("Alert"), tr("Instance"), tr("Severity"), tr("State"), tr("Fired"),
                      tr("Resolved"), tr("Fingerprint")});
        for (const Incident::LinkedAlert &a : inc.alerts) {
            md += row(
                {a.alertname + (a.summary.isEmpty() ? QString() : QStringLiteral(": ") + a.summary),
                 a.instance, a.severity, a.state, formatTime(a.firedMs), formatTime(a.resolvedMs),
                 a.fingerprint});
        }
        md += u'\n';
    }

    md += tr("## Action items\n\n");
    if (inc.actionItems.isEmpty()) {
        md += tr("No action items yet. The follow-up stage assigns them: what to fix, who owns "
                 "it, by when.\n\n");
    } else {
        md += header({tr("#"), tr("Action"), tr("Owner"), tr("Due"), tr("Status")});
        for (const Incident::ActionItem &a : inc.actionItems) {
            md += row({QString::number(a.id), a.text, a.owner,
                       a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                       a.done ? tr("\u2714 done") : tr("\u2610 open")});
        }
        md += u'\n';
    }

    md += tr("## Communication\n\n");
    const QList<CommunicationChannel> required = CommunicationChecklist::required(inc.severity);
    for (CommunicationChannel c : CommunicationChecklist::allChannels()) {
        const bool needed = required.contains(c);
        const Incident::CommunicationTick *tick = nullptr;
        for (const Incident::CommunicationTick &t : inc.communication) {
            if (t.channel == c)
                tick = &t;
        }
        if (!needed && !tick)
            continue;
        QString line =
            QStringLiteral("- [%1] %2 (%3)")
                .arg(tick ? QStringLiteral("x") : QStringLiteral(" "),
                     CommunicationChecklist::text(c), CommunicationChecklist::audience(c));
        if (tick)
            line += tr(": done by %1 at %2").arg(tick->who, formatTime(tick->atMs));
        else
            line += tr(": not done");
        md += line + u'\n';
    }
    md += u'\n';
    return md;
}

} // namespace Wk
