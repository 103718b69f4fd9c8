#pragma once

#include "models/core/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

namespace Wk {

struct TlsConfig
{
    QString caFile;
    bool insecureSkipVerify = false;
};

// One endpoint that Watchkeeper polls.
struct TargetConfig
{
    enum class Kind { Health, Metrics };

    QString name; // becomes the job label
    Kind kind = Kind::Health;
    QUrl url;
    qint64 intervalMs = 30'000; // the guide: health every 30 seconds
    qint64 timeoutMs = 10'000;
    qint64 maxBodyBytes = 10ll * 1024 * 1024;
    QMap<QString, QString> labels; // extra labels on every series of this target
    TlsConfig tls;
    QString credentialsFile; // bearer token read from this file at each poll
    QString bearerToken;     // from ${ENV} only; never written back in plain text
    QString instanceLabel;   // overrides the instance label (default: host:port of the url)

    // host:port, as Prometheus's instance label.
    QString instance() const;
    QString key() const; // unique per workspace: the name
    static QString kindName(Kind kind);
};

// How to reach the workspace's Prometheus server (the remote query engine).
struct PrometheusAccess
{
    qint64 timeoutMs = 30'000;
    TlsConfig tls;
    QString credentialsFile; // a bearer token read at each query
    QString bearerToken;     // from ${ENV} only
};

// One screen of the NOC wall: which dashboards it rotates through and how fast.
struct DisplayConfig
{
    int screen = 0;
    QStringList dashboards; // ids, in playlist order; empty = all
    qint64 rotateMs = 30'000;
    bool dimAtNight = false;
    int nightStartHour = 22; // local time
    int nightEndHour = 6;
};

// The workspace file: what to poll, where to keep state, which rules and dashboards to use.
struct Workspace
{
    QString path; // the file it was read from; relative paths below are resolved against it
    QString title;
    QList<TargetConfig> targets;
    QString database; // a SQLite file path or a postgresql:// URL; empty = the user's data folder
    QStringList ruleFiles;
    QString dashboardsDir;
    QUrl alertmanager;
    QUrl prometheus; // the default remote engine, when set
    PrometheusAccess prometheusAccess;
    // incidents: open_for: alert severity (lower case) -> incident severity 1..4 (P1..P4).
    // Unset: the defaults (critical P1, high P2); set and empty: alerts open no incident.
    std::optional<QMap<QString, int>> incidentOpenFor;
    QList<DisplayConfig> displays; // the wall's screens; empty = one screen, all dashboards

    const TargetConfig *target(const QString &key) const;
};

// Reads and validates a workspace file. Errors name file, line and column.
class WorkspaceLoader
{
public:
    static Result<Workspace> loadFile(const QString &path);
    static Result<Workspace> loadText(const QByteArray &yaml, const QString &path = {});
    // ${VAR} and ${VAR:-default} from the environment; an unset variable without default is an
    // error that names it.
    static Result<QString> expandEnv(const QString &text);
};

// The workspace `watchkeeper --demo` uses: the simulator's endpoints at the given base URL.
Workspace demoWorkspace(const QUrl &base, const QString &databasePath);

} // namespace Wk
