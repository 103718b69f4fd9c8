#include "channelconfig.h"

#include <QDateTime>

namespace Wk {

bool ChannelConfig::QuietHours::contains(qint64 utcMs) const
{
    if (!isSet())
        return false;
    const QTime t = QDateTime::fromMSecsSinceEpoch(utcMs, timeZone).time();
    if (start < end)
        return t >= start && t < end;
    return t >= start || t < end; // across midnight
}

bool ChannelConfig::servesSeverity(const QString &severity) const
{
    return severities.isEmpty() || severities.contains(severity, Qt::CaseInsensitive);
}

bool ChannelConfig::sendsAcknowledged() const
{
    switch (type) {
    case ChannelType::Slack:
    case ChannelType::PagerDuty:
    case ChannelType::Email:
    case ChannelType::Desktop:
        return true;
    case ChannelType::Webhook:
    case ChannelType::Sms:
        return false;
    }
    return false;
}

QStringList ChannelConfig::secretValues() const
{
    QStringList out;
    for (const NotificationSecret *s : {&url, &routingKey, &token, &smtp.password}) {
        if (!s->isSet())
            continue;
        auto value = s->read();
        if (value)
            out << value.value();
    }
    return out;
}

QString ChannelConfig::typeName(ChannelType type)
{
    switch (type) {
    case ChannelType::Slack:
        return QStringLiteral("slack");
    case ChannelType::PagerDuty:
        return QStringLiteral("pagerduty");
    case ChannelType::Webhook:
        return QStringLiteral("webhook");
    case ChannelType::Email:
        return QStringLiteral("email");
    case ChannelType::Sms:
        return QStringLiteral("sms");
    case ChannelType::Desktop:
        return QStringLiteral("desktop");
    }
    return {};
}

std::optional<ChannelType> ChannelConfig::typeFromName(QStringView name)
{
    for (ChannelType t : {ChannelType::Slack, ChannelType::PagerDuty, ChannelType::Webhook,
                          ChannelType::Email, ChannelType::Sms, ChannelType::Desktop}) {
        if (name.compare(typeName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QStringList ChannelConfig::typeNames()
{
    return {QStringLiteral("slack"), QStringLiteral("pagerduty"), QStringLiteral("webhook"),
            QStringLiteral("email"), QStringLiteral("sms"),       QStringLiteral("desktop")};
}

ChannelConfig ChannelConfig::defaults(ChannelType type)
{
    ChannelConfig c;
    c.type = type;
    c.name = typeName(type);
    switch (type) {
    case ChannelType::PagerDuty:
        c.endpoint = pagerDutyEventsUrl();
        break;
    case ChannelType::Sms:
        c.rateLimit = {1, 5 * 60'000};
        c.sendResolved = false;
        break;
    case ChannelType::Slack:
    case ChannelType::Webhook:
    case ChannelType::Email:
    case ChannelType::Desktop:
        break;
    }
    return c;
}

QUrl ChannelConfig::pagerDutyEventsUrl()
{
    return QUrl(QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
}

} // namespace Wk
