#include "notificationconfig.h"

namespace Wk {

const ChannelConfig *NotificationConfig::channel(const QString &name) const
{
    for (const ChannelConfig &c : channels) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const ChannelConfig &NotificationConfig::desktop() const
{
    for (const ChannelConfig &c : channels) {
        if (c.type == ChannelType::Desktop)
            return c;
    }
    static const ChannelConfig fallback = ChannelConfig::defaults(ChannelType::Desktop);
    return fallback;
}

void NotificationConfig::ensureDesktop()
{
    for (const ChannelConfig &c : std::as_const(channels)) {
        if (c.type == ChannelType::Desktop)
            return;
    }
    ChannelConfig desktop = ChannelConfig::defaults(ChannelType::Desktop);
    // The name "desktop" may be taken by a channel of another type.
    for (int i = 2; channel(desktop.name); ++i)
        desktop.name = QStringLiteral("desktop-%1").arg(i);
    channels.append(desktop);
}

NotificationConfig NotificationConfig::desktopOnly()
{
    NotificationConfig c;
    c.ensureDesktop();
    return c;
}

} // namespace Wk
