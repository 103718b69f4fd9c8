#pragma once

#include "models/config/workspace.h"
#include "models/core/result.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Wk {

class UserConfig;

// What a start without --demo or --workspace opens, and the welcome page's side of it that
// needs no widgets: target names from a URL, the new workspace file.
class FirstRun final
{
public:
    struct Choice
    {
        bool demo = false;
        QString workspacePath;
        bool isSet() const { return demo || !workspacePath.isEmpty(); }
    };

    // The choice recorded by an earlier run, while its workspace file still exists; unset
    // otherwise (the welcome page is due).
    static Choice recorded(const UserConfig &config);

    // Shows the welcome page as a window and waits until the user chooses (recorded in
    // config) or closes it (nullopt).
    static std::optional<Choice> ask(UserConfig &config);

    // A URL as typed: "http://" added when there is no scheme, and the guide's path when there
    // is none (/api/health for health, /metrics for metrics).
    static QUrl urlFromInput(const QString &text, TargetConfig::Kind kind);
    // A job name for a service from its URL: "cloudgreet" for https://api.cloudgreet.com/...,
    // "service" for an address without a name.
    static QString serviceName(const QUrl &url);
    // The targets the welcome page writes: NAME-health every 30 s and NAME (metrics) every
    // 15 s, as the monitoring guide polls them. metrics may be empty.
    static QList<TargetConfig> targetsFor(const QUrl &health, const QUrl &metrics);
    // Writes a commented workspace file with the targets into dir (workspace.yaml, or
    // workspace-2.yaml, ... when taken) and returns its path.
    static Result<QString> writeWorkspace(const QList<TargetConfig> &targets, const QString &dir);
};

} // namespace Wk
