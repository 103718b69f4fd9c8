#include "incidentstage.h"

namespace Wk {

QList<IncidentStage> IncidentStages::all()
{
    return {IncidentStage::Detection,  IncidentStage::Assessment, IncidentStage::Response,
            IncidentStage::Resolution, IncidentStage::FollowUp,   IncidentStage::Closed};
}

QString IncidentStages::key(IncidentStage stage)
{
    switch (stage) {
    case IncidentStage::Detection:
        return QStringLiteral("detection");
    case IncidentStage::Assessment:
        return QStringLiteral("assessment");
    case IncidentStage::Response:
        return QStringLiteral("response");
    case IncidentStage::Resolution:
        return QStringLiteral("resolution");
    case IncidentStage::FollowUp:
        return QStringLiteral("follow-up");
    case IncidentStage::Closed:
        break;
    }
    return QStringLiteral("closed");
}

QString IncidentStages::name(IncidentStage stage)
{
    switch (stage) {
    case IncidentStage::Detection:
        return tr("Detection");
    case IncidentStage::Assessment:
        return tr("Assessment");
    case IncidentStage::Response:
        return tr("Response");
    case IncidentStage::Resolution:
        return tr("Resolution");
    case IncidentStage::FollowUp:
        return tr("Follow-up");
    case IncidentStage::Closed:
        break;
    }
    return tr("Closed");
}

QString IncidentStages::description(IncidentStage stage)
{
    switch (stage) {
    case IncidentStage::Detection:
        return tr("Monitoring detected the issue, the on-call engineer was alerted and the "
                  "incident was created.");
    case IncidentStage::Assessment:
        return tr("The engineer assesses severity and impact, escalates if necessary and "
                  "informs stakeholders.");
    case IncidentStage::Response:
        return tr("The response team is assembled, root cause analysis starts and mitigation "
                  "steps are carried out.");
    case IncidentStage::Resolution:
        return tr("The issue is resolved and verified, service is back to normal and the "
                  "post-incident review is scheduled.");
    case IncidentStage::FollowUp:
        return tr("The post-incident review is held, action items are assigned and monitoring "
                  "and alerting are improved.");
    case IncidentStage::Closed:
        break;
    }
    return tr("The incident is over and its follow-up is done.");
}

std::optional<IncidentStage> IncidentStages::parse(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("followup") || t == QLatin1String("follow_up"))
        return IncidentStage::FollowUp;
    for (IncidentStage s : all()) {
        if (t == key(s) || t == name(s).toLower())
            return s;
    }
    return std::nullopt;
}

std::optional<IncidentStage> IncidentStages::next(IncidentStage stage)
{
    if (stage == IncidentStage::Closed)
        return std::nullopt;
    return IncidentStage(int(stage) + 1);
}

std::optional<IncidentStage> IncidentStages::previous(IncidentStage stage)
{
    if (stage == IncidentStage::Detection)
        return std::nullopt;
    return IncidentStage(int(stage) - 1);
}

} // namespace Wk
