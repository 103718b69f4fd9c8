#pragma once

#include "notificationconfig.h"

#include "models/core/result.h"

#include <QByteArray>
#include <QString>

namespace Wk {

// Reads the `notifications:` section of a workspace file:
//
//   notifications:
//     external_url: https://watchkeeper.example.com
//     channels:
//       - {name: slack-critical, type: slack, severities: [critical], url_file: /etc/wk/slack}
//       - {name: pagerduty, type: pagerduty, routing_key: ${PD_ROUTING_KEY}}
//       - {name: oncall-sms, type: sms, url_file: /etc/wk/sms-gateway, to: ["+15550100"]}
//
// Secrets (url of slack, webhook and sms; routing_key; token) are accepted only as `KEY_file:`
// or as a lone `${ENV_VAR}` reference; anything else is refused without echoing it. Errors
// read FILE:LINE:COLUMN: message. A workspace without the section gets the desktop only.
class NotificationConfigLoader
{
public:
    static Result<NotificationConfig> loadFile(const QString &workspacePath);
    // path names the file in errors and anchors relative *_file paths (its folder).
    static Result<NotificationConfig> loadText(const QByteArray &yaml, const QString &path = {});
};

} // namespace Wk
