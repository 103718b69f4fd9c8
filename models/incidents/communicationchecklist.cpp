#include "communicationchecklist.h"

namespace Wk {

QList<CommunicationChannel> CommunicationChecklist::allChannels()
{
    return {CommunicationChannel::SlackIncidents, CommunicationChannel::StakeholderEmail,
            CommunicationChannel::Phone,          CommunicationChannel::StatusPage,
            CommunicationChannel::CustomerEmail,  CommunicationChannel::SocialMedia};
}

QList<CommunicationChannel> CommunicationChecklist::required(IncidentSeverity severity)
{
    QList<CommunicationChannel> list{CommunicationChannel::SlackIncidents,
                                     CommunicationChannel::StakeholderEmail};
    if (severity == IncidentSeverity::P1)
        list << CommunicationChannel::Phone;
    if (severity <= IncidentSeverity::P2)
        list << CommunicationChannel::StatusPage << CommunicationChannel::CustomerEmail;
    if (severity == IncidentSeverity::P1)
        list << CommunicationChannel::SocialMedia;
    return list;
}

QString CommunicationChecklist::key(CommunicationChannel channel)
{
    switch (channel) {
    case CommunicationChannel::SlackIncidents:
        return QStringLiteral("slack");
    case CommunicationChannel::StakeholderEmail:
        return QStringLiteral("stakeholder-email");
    case CommunicationChannel::Phone:
        return QStringLiteral("phone");
    case CommunicationChannel::StatusPage:
        return QStringLiteral("status-page");
    case CommunicationChannel::CustomerEmail:
        return QStringLiteral("customer-email");
    case CommunicationChannel::SocialMedia:
        break;
    }
    return QStringLiteral("social-media");
}

std::optional<CommunicationChannel> CommunicationChecklist::parse(QStringView key)
{
    for (CommunicationChannel c : allChannels()) {
        if (key == CommunicationChecklist::key(c))
            return c;
    }
    return std::nullopt;
}

QString CommunicationChecklist::text(CommunicationChannel channel)
{
    switch (channel) {
    case CommunicationChannel::SlackIncidents:
        return tr("Slack: real-time updates in #incidents");
    case CommunicationChannel::StakeholderEmail:
        return tr("E-mail: status updates to stakeholders");
    case CommunicationChannel::Phone:
        return tr("Phone: call the on-call chain (critical incidents)");
    case CommunicationChannel::StatusPage:
        return tr("Status page: public status update");
    case CommunicationChannel::CustomerEmail:
        return tr("E-mail: customer notification (P1/P2)");
    case CommunicationChannel::SocialMedia:
        break;
    }
    return tr("Social media: post for a major incident");
}

QString CommunicationChecklist::audience(CommunicationChannel channel)
{
    switch (channel) {
    case CommunicationChannel::SlackIncidents:
    case CommunicationChannel::StakeholderEmail:
    case CommunicationChannel::Phone:
        return tr("internal");
    case CommunicationChannel::StatusPage:
    case CommunicationChannel::CustomerEmail:
    case CommunicationChannel::SocialMedia:
        break;
    }
    return tr("external");
}

} // namespace Wk
