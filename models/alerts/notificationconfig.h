#pragma once

#include "channelconfig.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Wk {

// The workspace's `notifications:` section: the channels and the link back to Watchkeeper
// that messages carry. There is always exactly one desktop channel (a default one when the
// file names none).
struct NotificationConfig
{
    QUrl externalUrl; // where a reader of a message can open Watchkeeper; may be empty
    QList<ChannelConfig> channels;

    const ChannelConfig *channel(const QString &name) const;
    const ChannelConfig &desktop() const;
    // Adds the default desktop channel when there is none.
    void ensureDesktop();

    // Only the desktop: what Watchkeeper does before anything is configured.
    static NotificationConfig desktopOnly();
};

} // namespace Wk
