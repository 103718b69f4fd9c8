#pragma once

#include "incidentseverity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Wk {

// The guide's incident communication plan as a checklist per severity. Internal: Slack updates
// in #incidents and status e-mail to stakeholders for every incident, phone for critical (P1)
// ones. External: status page and customer e-mail for P1/P2, social media for major (P1) ones.
enum class CommunicationChannel {
    SlackIncidents,
    StakeholderEmail,
    Phone,
    StatusPage,
    CustomerEmail,
    SocialMedia,
};

class CommunicationChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::CommunicationChecklist)
public:
    static QList<CommunicationChannel> allChannels();
    // The channels an incident of `severity` must use, in the order they appear on the list.
    static QList<CommunicationChannel> required(IncidentSeverity severity);
    // "slack", "stakeholder-email", ...: stable keys stored in the database.
    static QString key(CommunicationChannel channel);
    static std::optional<CommunicationChannel> parse(QStringView key);
    // "Slack: real-time updates in #incidents" (translated).
    static QString text(CommunicationChannel channel);
    // "internal" or "external" audience (translated).
    static QString audience(CommunicationChannel channel);
};

} // namespace Wk
