#include "workspace.h"

#include "models/core/duration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <set>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::Workspace)
};

QString str(const YAML::Node &n)
{
    return QString::fromStdString(n.Scalar());
}

// Collects the first error with its position and stops further reading.
class Reader
{
public:
    explicit Reader(QString file)
        : m_file(std::move(file))
    {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const YAML::Node &at, const QString &message)
    {
        if (!m_error) {
            const YAML::Mark m = at.Mark();
            m_error = Error(message, m_file, TextPosition{m.line + 1, m.column + 1});
        }
    }

    // Only the given keys are allowed, as Prometheus's strict config parsing does.
    bool checkKeys(const YAML::Node &map, const std::set<std::string> &allowed, const QString &what)
    {
        if (!map.IsMap()) {
            fail(map, Tr::tr("%1 must be a mapping").arg(what));
            return false;
        }
        for (const auto &kv : map) {
            const std::string key = kv.first.Scalar();
            if (!allowed.count(key)) {
                QStringList names;
                for (const auto &a : allowed)
                    names << QString::fromStdString(a);
                fail(kv.first, Tr::tr("unknown key \"%1\" in %2 (allowed: %3)")
                                   .arg(QString::fromStdString(key), what, names.join(u", ")));
                return false;
            }
        }
        return true;
    }

    QString scalar(const YAML::Node &n, const QString &what)
    {
        if (!n.IsScalar()) {
            fail(n, Tr::tr("%1 must be a single value").arg(what));
            return {};
        }
        auto expanded = WorkspaceLoader::expandEnv(str(n));
        if (!expanded) {
            fail(n, expanded.error().message);
            return {};
        }
        return expanded.value();
    }

    qint64 duration(const YAML::Node &n, const QString &what)
    {
        const QString text = scalar(n, what);
        if (failed())
            return 0;
        auto d = parseDuration(text);
        if (!d) {
            fail(n, Tr::tr("%1: %2").arg(what, d.error().message));
            return 0;
        }
        if (d.value() <= 0)
            fail(n, Tr::tr("%1 must be greater than zero").arg(what));
        return d.value();
    }

    qint64 size(const YAML::Node &n, const QString &what)
    {
        static const QRegularExpression re(
            QStringLiteral("^\\s*(\\d+)\\s*(B|KB|KiB|MB|MiB|GB|GiB)?\\s*$"));
        const QString text = scalar(n, what);
        const auto m = re.match(text);
        if (!m.hasMatch()) {
            fail(n, Tr::tr("%1: \"%2\" is not a size (examples: 512KiB, 10MiB)").arg(what, text));
            return 0;
        }
        const QString unit = m.captured(2);
        qint64 mult = 1;
        if (unit == u"KB")
            mult = 1000;
        else if (unit == u"KiB")
            mult = 1024;
        else if (unit == u"MB")
            mult = 1000 * 1000;
        else if (unit == u"MiB")
            mult = 1024 * 1024;
        else if (unit == u"GB")
            mult = 1000ll * 1000 * 1000;
        else if (unit == u"GiB")
            mult = 1024ll * 1024 * 1024;
        return m.captured(1).toLongLong() * mult;
    }

    bool boolean(const YAML::Node &n, const QString &what)
    {
        const QString text = scalar(n, what);
        if (text == u"true")
            return true;
        if (text != u"false")
            fail(n, Tr::tr("%1 must be true or false").arg(what));
        return false;
    }

    QUrl url(const YAML::Node &n, const QString &what)
    {
        const QString text = scalar(n, what);
        const QUrl u(text, QUrl::StrictMode);
        if (!failed() && (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") ||
                          u.host().isEmpty())) {
            fail(n, Tr::tr("%1: \"%2\" is not an http:// or https:// URL").arg(what, text));
        }
        return u;
    }

    QString path(const YAML::Node &n, const QString &what, const QDir &base)
    {
        const QString text = scalar(n, what);
        if (text.isEmpty() || text.contains(u"://"))
            return text;
        return QDir::cleanPath(base.absoluteFilePath(text));
    }

private:
    QString m_file;
    std::optional<Error> m_error;
};

// tls:, credentials_file: and bearer_token: of a target or the Prometheus server.
void readAccess(Reader &r, const YAML::Node &n, const QDir &base, TlsConfig *tlsConfig,
                QString *credentialsFile, QString *bearerToken)
{
    if (const YAML::Node tls = n["tls"]) {
        if (r.checkKeys(tls, {"ca_file", "insecure_skip_verify"}, Tr::tr("tls"))) {
            if (tls["ca_file"])
                tlsConfig->caFile = r.path(tls["ca_file"], Tr::tr("ca_file"), base);
            if (tls["insecure_skip_verify"])
                tlsConfig->insecureSkipVerify =
                    r.boolean(tls["insecure_skip_verify"], Tr::tr("insecure_skip_verify"));
        }
    }
    if (n["credentials_file"])
        *credentialsFile = r.path(n["credentials_file"], Tr::tr("credentials_file"), base);
    if (const YAML::Node token = n["bearer_token"]) {
        // Secrets are never inline: only an environment reference is accepted.
        const QString raw = str(token);
        if (!raw.trimmed().startsWith(u"${"))
            r.fail(token, Tr::tr("bearer_token must be an environment reference like ${TOKEN}; "
                                 "put secrets in credentials_file or the environment"));
        else
            *bearerToken = r.scalar(token, Tr::tr("bearer_token"));
    }
}

TargetConfig readTarget(Reader &r, const YAML::Node &n, const QDir &base)
{
    TargetConfig t;
    if (!r.checkKeys(n,
                     {"name", "kind", "url", "interval", "timeout", "max_body_size", "labels",
                      "tls", "credentials_file", "bearer_token", "instance"},
                     Tr::tr("a target")))
        return t;
    if (!n["name"] || !n["url"]) {
        r.fail(n, Tr::tr("a target needs a name and a url"));
        return t;
    }
    t.name = r.scalar(n["name"], Tr::tr("name"));
    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_.-]*$"));
    if (!r.failed() && !nameRe.match(t.name).hasMatch())
        r.fail(n["name"],
               Tr::tr("target name \"%1\" may use letters, digits, _ . - only").arg(t.name));
    t.url = r.url(n["url"], Tr::tr("url"));
    if (n["kind"]) {
        const QString kind = r.scalar(n["kind"], Tr::tr("kind"));
        if (kind == u"health")
            t.kind = TargetConfig::Kind::Health;
        else if (kind == u"metrics")
            t.kind = TargetConfig::Kind::Metrics;
        else if (!r.failed())
            r.fail(n["kind"], Tr::tr("kind must be health or metrics, not \"%1\"").arg(kind));
    } else if (t.url.path().endsWith(u"/metrics")) {
        t.kind = TargetConfig::Kind::Metrics;
    }
    if (t.kind == TargetConfig::Kind::Metrics)
        t.intervalMs = 15'000;
    if (n["interval"])
        t.intervalMs = r.duration(n["interval"], Tr::tr("interval"));
    if (n["timeout"])
        t.timeoutMs = r.duration(n["timeout"], Tr::tr("timeout"));
    else
        t.timeoutMs = std::min(t.timeoutMs, t.intervalMs);
    if (!r.failed() && t.timeoutMs > t.intervalMs)
        r.fail(n["timeout"], Tr::tr("timeout must not be longer than the interval"));
    if (n["instance"])
        t.instanceLabel = r.scalar(n["instance"], Tr::tr("instance"));
    if (n["max_body_size"])
        t.maxBodyBytes = r.size(n["max_body_size"], Tr::tr("max_body_size"));
    if (const YAML::Node labels = n["labels"]) {
        if (!labels.IsMap()) {
            r.fail(labels, Tr::tr("labels must be a mapping of name: value"));
        } else {
            for (const auto &kv : labels)
                t.labels.insert(str(kv.first), r.scalar(kv.second, Tr::tr("a label value")));
        }
    }
    readAccess(r, n, base, &t.tls, &t.credentialsFile, &t.bearerToken);
    return t;
}

// prometheus: a URL, or a mapping with url, timeout, tls, credentials_file, bearer_token.
void readPrometheus(Reader &r, const YAML::Node &n, const QDir &base, Workspace &ws)
{
    if (n.IsScalar()) {
        ws.prometheus = r.url(n, Tr::tr("prometheus"));
        return;
    }
    if (!r.checkKeys(n, {"url", "timeout", "tls", "credentials_file", "bearer_token"},
                     Tr::tr("prometheus")))
        return;
    if (!n["url"]) {
        r.fail(n, Tr::tr("prometheus needs a url"));
        return;
    }
    ws.prometheus = r.url(n["url"], Tr::tr("url"));
    if (n["timeout"])
        ws.prometheusAccess.timeoutMs = r.duration(n["timeout"], Tr::tr("timeout"));
    PrometheusAccess &a = ws.prometheusAccess;
    readAccess(r, n, base, &a.tls, &a.credentialsFile, &a.bearerToken);
}

// incidents: open_for: {critical: P1, high: P2}
void readIncidents(Reader &r, const YAML::Node &n, Workspace &ws)
{
    if (!r.checkKeys(n, {"open_for"}, Tr::tr("incidents")))
        return;
    const YAML::Node openFor = n["open_for"];
    if (!openFor)
        return;
    if (!openFor.IsMap() && !(openFor.IsNull() || (openFor.IsScalar() && str(openFor).isEmpty()))) {
        r.fail(openFor, Tr::tr("open_for must be a mapping of alert severity to P1, P2, P3 or P4"));
        return;
    }
    QMap<QString, int> mapping;
    if (openFor.IsMap()) {
        static const QRegularExpression levelRe(QStringLiteral("^[Pp]?([1-4])$"));
        for (const auto &kv : openFor) {
            const QString severity = r.scalar(kv.first, Tr::tr("an alert severity")).trimmed();
            const QString level = r.scalar(kv.second, Tr::tr("an incident severity")).trimmed();
            if (r.failed())
                return;
            const auto m = levelRe.match(level);
            if (!m.hasMatch()) {
                r.fail(
                    kv.second,
                    Tr::tr("open_for: \"%1\" for %2 is not P1, P2, P3 or P4").arg(level, severity));
                return;
            }
            mapping.insert(severity.toLower(), m.captured(1).toInt());
        }
    }
    ws.incidentOpenFor = mapping;
}

} // namespace

QString TargetConfig::instance() const
{
    if (!instanceLabel.isEmpty())
        return instanceLabel;
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return url.host() + u':' + QString::number(port);
}

QString TargetConfig::key() const
{
    return name;
}

QString TargetConfig::kindName(Kind kind)
{
    return kind == Kind::Health ? QStringLiteral("health") : QStringLiteral("metrics");
}

const TargetConfig *Workspace::target(const QString &key) const
{
    for (const TargetConfig &t : targets) {
        if (t.key() == key)
            return &t;
    }
    return nullptr;
}

Result<QString> WorkspaceLoader::expandEnv(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\\}"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const QByteArray value = qgetenv(name.toLocal8Bit().constData());
        if (value.isNull() && m.capturedStart(2) < 0)
            return Error(Tr::tr("environment variable %1 is not set").arg(name));
        out += value.isNull() ? m.captured(2) : QString::fromLocal8Bit(value);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

Result<Workspace> WorkspaceLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read workspace: %1").arg(f.errorString()), path);
    return loadText(f.readAll(), QFileInfo(path).absoluteFilePath());
}

Result<Workspace> WorkspaceLoader::loadText(const QByteArray &yaml, const QString &path)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(QString::fromStdString(e.msg), path,
                     TextPosition{e.mark.line + 1, e.mark.column + 1});
    }
    Workspace ws;
    ws.path = path;
    const QDir base = path.isEmpty() ? QDir::current() : QFileInfo(path).absoluteDir();
    Reader r(path);
    if (!root || root.IsNull())
        return Error(Tr::tr("the workspace is empty; it needs at least a targets: list"), path);
    if (!r.checkKeys(root,
                     // notifications, inhibit_rules and escalation are read by their own
                     // loaders (models/alerts) from the same file.
                     {"title", "targets", "database", "rule_files", "dashboards", "alertmanager",
                      "prometheus", "displays", "notifications", "inhibit_rules", "escalation",
                      "incidents"},
                     Tr::tr("the workspace")))
        return r.error();
    if (root["title"])
        ws.title = r.scalar(root["title"], Tr::tr("title"));
    const YAML::Node targets = root["targets"];
    if (!targets || !targets.IsSequence()) {
        r.fail(targets ? targets : root, Tr::tr("targets must be a list"));
        return r.error();
    }
    for (const auto &node : targets) {
        TargetConfig t = readTarget(r, node, base);
        if (r.failed())
            return r.error();
        // The name is the job label: two targets with one name would write the same series.
        if (ws.target(t.key())) {
            r.fail(
                node,
                Tr::tr("a target named \"%1\" is defined twice; names must be unique").arg(t.name));
            return r.error();
        }
        ws.targets.append(t);
    }
    if (root["database"])
        ws.database = r.path(root["database"], Tr::tr("database"), base);
    if (const YAML::Node rules = root["rule_files"]) {
        if (!rules.IsSequence())
            r.fail(rules, Tr::tr("rule_files must be a list of paths"));
        else
            for (const auto &n : rules)
                ws.ruleFiles << r.path(n, Tr::tr("a rule file"), base);
    }
    if (root["dashboards"])
        ws.dashboardsDir = r.path(root["dashboards"], Tr::tr("dashboards"), base);
    if (root["alertmanager"])
        ws.alertmanager = r.url(root["alertmanager"], Tr::tr("alertmanager"));
    if (root["prometheus"])
        readPrometheus(r, root["prometheus"], base, ws);
    if (root["incidents"])
        readIncidents(r, root["incidents"], ws);
    if (r.failed())
        return r.error();
    if (const YAML::Node displays = root["displays"]) {
        if (!displays.IsSequence()) {
            r.fail(displays, Tr::tr("displays must be a list"));
            return r.error();
        }
        for (const auto &n : displays) {
            if (!r.checkKeys(n, {"screen", "dashboards", "rotate", "dim_at_night", "night"},
                             Tr::tr("a display")))
                return r.error();
            DisplayConfig d;
            if (n["screen"]) {
                bool ok = false;
                d.screen = r.scalar(n["screen"], Tr::tr("screen")).toInt(&ok);
                if (!ok || d.screen < 0)
                    r.fail(n["screen"], Tr::tr("screen must be a screen number from 0"));
            }
            if (const YAML::Node list = n["dashboards"]) {
                if (!list.IsSequence())
                    r.fail(list, Tr::tr("dashboards must be a list of dashboard ids"));
                else
                    for (const auto &id : list)
                        d.dashboards << r.scalar(id, Tr::tr("a dashboard id"));
            }
            if (n["rotate"])
                d.rotateMs = r.duration(n["rotate"], Tr::tr("rotate"));
            if (n["dim_at_night"])
                d.dimAtNight = r.boolean(n["dim_at_night"], Tr::tr("dim_at_night"));
            if (const YAML::Node night = n["night"]) {
                static const QRegularExpression re(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
                const auto m = re.match(r.scalar(night, Tr::tr("night")));
                if (!m.hasMatch() || m.captured(1).toInt() > 23 || m.captured(2).toInt() > 23)
                    r.fail(night, Tr::tr("night must be hours like 22-6"));
                else {
                    d.nightStartHour = m.captured(1).toInt();
                    d.nightEndHour = m.captured(2).toInt();
                }
            }
            if (r.failed())
                return r.error();
            ws.displays.append(d);
        }
    }
    if (r.failed())
        return r.error();
    return ws;
}

Workspace demoWorkspace(const QUrl &base, const QString &databasePath)
{
    Workspace ws;
    ws.title = Tr::tr("CloudGreet (simulated)");
    ws.database = databasePath;
    TargetConfig health;
    health.name = QStringLiteral("cloudgreet-health");
    health.kind = TargetConfig::Kind::Health;
    health.url = base.resolved(QUrl(QStringLiteral("/api/health/detailed")));
    health.intervalMs = 30'000; // the guide: every 30 seconds (SystemDown counts two polls)
    // The simulator gets a new port every run; a stable instance keeps its history one series.
    health.instanceLabel = QStringLiteral("cloudgreet-sim");
    health.timeoutMs = 5'000;
    TargetConfig metrics = health;
    metrics.name = QStringLiteral("cloudgreet");
    metrics.kind = TargetConfig::Kind::Metrics;
    metrics.url = base.resolved(QUrl(QStringLiteral("/metrics")));
    metrics.intervalMs = 15'000;
    ws.targets = {health, metrics};
    return ws;
}

} // namespace Wk
