#include "notificationconfigloader.h"

#include "models/core/duration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <set>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::NotificationConfigLoader)
};

QString str(const YAML::Node &n)
{
    return QString::fromStdString(n.Scalar());
}

// Collects the first error with its position; later reads become no-ops.
class Reader
{
public:
    Reader(QString file, QDir base)
        : m_file(std::move(file))
        , m_base(std::move(base))
    {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const YAML::Node &at, const QString &message)
    {
        if (m_error)
            return;
        const YAML::Mark m = at.Mark();
        m_error = m.line >= 0 ? Error(message, m_file, TextPosition{m.line + 1, m.column + 1})
                              : Error(message, m_file);
    }

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

    // A plain value with ${VAR} references expanded.
    QString scalar(const YAML::Node &n, const QString &what)
    {
        if (failed())
            return {};
        if (!n.IsScalar()) {
            fail(n, Tr::tr("%1 must be a single value").arg(what));
            return {};
        }
        auto expanded = WorkspaceLoader::expandEnv(str(n));
        if (!expanded) {
            fail(n, Tr::tr("%1: %2").arg(what, expanded.error().message));
            return {};
        }
        return expanded.value();
    }

    QString required(const YAML::Node &map, const char *key, const QString &what)
    {
        const YAML::Node n = map[key];
        if (!n) {
            fail(map, Tr::tr("%1 is required").arg(what));
            return {};
        }
        const QString v = scalar(n, what);
        if (!failed() && v.trimmed().isEmpty())
            fail(n, Tr::tr("%1 must not be empty").arg(what));
        return v.trimmed();
    }

    QStringList list(const YAML::Node &n, const QString &what, bool allowSingle)
    {
        QStringList out;
        if (failed())
            return out;
        if (allowSingle && n.IsScalar()) {
            out << scalar(n, what).trimmed();
        } else if (n.IsSequence()) {
            for (const auto &item : n)
                out << scalar(item, what).trimmed();
        } else {
            fail(n, Tr::tr("%1 must be a list").arg(what));
        }
        for (qsizetype i = 0; i < out.size() && !failed(); ++i) {
            if (out[i].isEmpty())
                fail(n, Tr::tr("%1 must not hold empty entries").arg(what));
        }
        return out;
    }

    qint64 duration(const YAML::Node &n, const QString &what, bool allowZero = false)
    {
        const QString text = scalar(n, what);
        if (failed())
            return 0;
        auto d = parseDuration(text);
        if (!d) {
            fail(n, Tr::tr("%1: %2").arg(what, d.error().message));
            return 0;
        }
        if (d.value() < 0 || (d.value() == 0 && !allowZero))
            fail(n, Tr::tr("%1 must be greater than zero").arg(what));
        return d.value();
    }

    bool boolean(const YAML::Node &n, const QString &what)
    {
        const QString v = scalar(n, what).toLower();
        if (v == u"true" || v == u"yes" || v == u"on")
            return true;
        if (!failed() && v != u"false" && v != u"no" && v != u"off")
            fail(n, Tr::tr("%1 must be true or false").arg(what));
        return false;
    }

    int integer(const YAML::Node &n, const QString &what, int min, int max)
    {
        const QString v = scalar(n, what);
        bool ok = false;
        const int i = v.toInt(&ok);
        if (!failed() && (!ok || i < min || i > max))
            fail(n, Tr::tr("%1 must be a whole number from %2 to %3").arg(what).arg(min).arg(max));
        return i;
    }

    QUrl url(const YAML::Node &n, const QString &what)
    {
        const QString text = scalar(n, what);
        if (failed())
            return {};
        const QUrl u(text, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") ||
            u.host().isEmpty()) {
            fail(n, Tr::tr("%1 must be an http or https URL").arg(what));
            return {};
        }
        return u;
    }

    QString path(const YAML::Node &n, const QString &what)
    {
        const QString text = scalar(n, what).trimmed();
        if (failed())
            return {};
        if (text.isEmpty()) {
            fail(n, Tr::tr("%1 must not be empty").arg(what));
            return {};
        }
        return QDir::cleanPath(m_base.absoluteFilePath(text));
    }

    // A secret: `key_file: PATH` or `key: ${VAR}`; a literal value is refused without being
    // repeated. Checks that the file is readable now; its content is read at each use.
    NotificationSecret secret(const YAML::Node &channel, const std::string &key,
                              const QString &channelName, bool required, bool isUrl)
    {
        if (failed())
            return {};
        const QString k = QString::fromStdString(key);
        const YAML::Node inlineNode = channel[key];
        const YAML::Node fileNode = channel[key + "_file"];
        if (inlineNode && fileNode) {
            fail(fileNode,
                 Tr::tr("channel \"%1\": use either %2 or %2_file, not both").arg(channelName, k));
            return {};
        }
        NotificationSecret s;
        const YAML::Node at = fileNode ? fileNode : inlineNode;
        if (fileNode) {
            const QString file = path(fileNode, Tr::tr("%1_file").arg(k));
            if (failed())
                return {};
            const QFileInfo info(file);
            if (!info.isFile() || !info.isReadable()) {
                fail(fileNode, Tr::tr("channel \"%1\": cannot read %2_file %3")
                                   .arg(channelName, k, QDir::toNativeSeparators(file)));
                return {};
            }
            s = NotificationSecret::fromFile(file);
        } else if (inlineNode) {
            static const QRegularExpression envRef(
                QStringLiteral("^\\s*\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}\\s*$"));
            const auto m =
                inlineNode.IsScalar() ? envRef.match(str(inlineNode)) : QRegularExpressionMatch();
            if (!m.hasMatch()) {
                fail(inlineNode,
                     Tr::tr("channel \"%1\": %2 is a secret and is not accepted written in the "
                            "workspace; put it in a file and name it with %2_file:, or use "
                            "%2: ${ENVIRONMENT_VARIABLE}")
                         .arg(channelName, k));
                return {};
            }
            const QString variable = m.captured(1);
            const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
            if (value.isNull()) {
                fail(inlineNode, Tr::tr("channel \"%1\": %2: environment variable %3 is not set")
                                     .arg(channelName, k, variable));
                return {};
            }
            if (value.trimmed().isEmpty()) {
                fail(inlineNode, Tr::tr("channel \"%1\": %2: environment variable %3 is empty")
                                     .arg(channelName, k, variable));
                return {};
            }
            s = NotificationSecret::fromEnvironment(variable,
                                                    QString::fromLocal8Bit(value).trimmed());
        } else {
            if (required)
                fail(channel,
                     Tr::tr("channel \"%1\" needs %2_file: PATH or %2: ${ENVIRONMENT_VARIABLE}")
                         .arg(channelName, k));
            return {};
        }
        auto value = s.read();
        if (!value) {
            fail(at, Tr::tr("channel \"%1\": %2: %3").arg(channelName, k, value.error().message));
            return {};
        }
        if (isUrl) {
            const QUrl u(value.value(), QUrl::StrictMode);
            if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") ||
                u.host().isEmpty())
                fail(at, Tr::tr("channel \"%1\": the %2 from %3 is not an http or https URL")
                             .arg(channelName, k, s.origin()));
        }
        return s;
    }

private:
    QString m_file;
    QDir m_base;
    std::optional<Error> m_error;
};

std::set<std::string> keysFor(ChannelType type)
{
    std::set<std::string> keys{"name", "type", "severities"};
    const std::set<std::string> delivery{"rate_limit", "retry", "timeout", "send_resolved"};
    switch (type) {
    case ChannelType::Slack:
        keys.insert(delivery.begin(), delivery.end());
        keys.insert({"url", "url_file", "channel", "username", "tls"});
        break;
    case ChannelType::PagerDuty:
        keys.insert(delivery.begin(), delivery.end());
        keys.insert({"url", "routing_key", "routing_key_file", "source", "tls"});
        break;
    case ChannelType::Webhook:
        keys.insert(delivery.begin(), delivery.end());
        keys.insert({"url", "url_file", "tls"});
        break;
    case ChannelType::Email:
        keys.insert(delivery.begin(), delivery.end());
        keys.insert({"smarthost", "hello", "from", "to", "require_tls", "auth_username",
                     "auth_password", "auth_password_file", "tls"});
        break;
    case ChannelType::Sms:
        keys.insert(delivery.begin(), delivery.end());
        keys.insert({"url", "url_file", "token", "token_file", "to", "max_length", "tls"});
        break;
    case ChannelType::Desktop:
        keys.insert({"reminder_interval", "repeat_sound", "quiet_hours"});
        break;
    }
    return keys;
}

void readSmarthost(Reader &r, const YAML::Node &n, ChannelConfig &c)
{
    const QString text = r.scalar(n, Tr::tr("smarthost")).trimmed();
    if (r.failed())
        return;
    static const QRegularExpression re(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]\\s]+):(\\d+)$"));
    const auto m = re.match(text);
    const int port = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || port < 1 || port > 65535) {
        r.fail(n, Tr::tr("smarthost must be HOST:PORT, e.g. localhost:25"));
        return;
    }
    QString host = m.captured(1);
    if (host.startsWith(u'['))
        host = host.mid(1, host.size() - 2);
    c.smtp.host = host;
    c.smtp.port = quint16(port);
}

// Port 465 speaks TLS from the start; otherwise require_tls (default: when there is a user)
// asks for STARTTLS. A password is a secret (auth_password_file or ${ENV}) and needs TLS.
void readSmtpSecurity(Reader &r, const YAML::Node &node, const QString &name, ChannelConfig &c)
{
    if (r.failed())
        return;
    c.smtp.implicitTls = c.smtp.port == 465;
    if (node["auth_username"])
        c.smtp.username = r.scalar(node["auth_username"], Tr::tr("auth_username")).trimmed();
    c.smtp.password = r.secret(node, "auth_password", name, false, false);
    if (r.failed())
        return;
    if (c.smtp.username.isEmpty() != !c.smtp.password.isSet()) {
        r.fail(node["auth_username"] ? node["auth_username"] : node,
               Tr::tr("channel \"%1\": auth_username and auth_password (or auth_password_file) "
                      "go together")
                   .arg(name));
        return;
    }
    c.smtp.requireTls = !c.smtp.username.isEmpty();
    if (node["require_tls"])
        c.smtp.requireTls = r.boolean(node["require_tls"], Tr::tr("require_tls"));
    if (!r.failed() && !c.smtp.username.isEmpty() && !c.smtp.requireTls && !c.smtp.implicitTls)
        r.fail(node["require_tls"],
               Tr::tr("channel \"%1\": a password is never sent unencrypted; keep require_tls: "
                      "true or use port 465")
                   .arg(name));
}

bool plausibleAddress(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("^[^\\s<>@,;\"]+@[^\\s<>@,;\"]+$"));
    return re.match(address).hasMatch();
}

void readQuietHours(Reader &r, const YAML::Node &n, ChannelConfig &c)
{
    if (!r.checkKeys(n, {"start", "end", "time_zone"}, Tr::tr("quiet_hours")))
        return;
    const auto time = [&r, &n](const char *key) {
        const YAML::Node t = n[key];
        if (!t) {
            r.fail(n, Tr::tr("quiet_hours needs start and end (HH:MM)"));
            return QTime();
        }
        const QString text = r.scalar(t, QString::fromLatin1(key));
        const QTime parsed = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
        if (!r.failed() && !parsed.isValid())
            r.fail(t, Tr::tr("%1 must be a time of day as HH:MM").arg(QString::fromLatin1(key)));
        return parsed;
    };
    c.quietHours.start = time("start");
    c.quietHours.end = time("end");
    if (const YAML::Node tz = n["time_zone"]) {
        const QString id = r.scalar(tz, Tr::tr("time_zone")).trimmed();
        const QTimeZone zone(id.toUtf8());
        if (!r.failed() && !zone.isValid())
            r.fail(tz, Tr::tr("unknown time zone \"%1\" (examples: UTC, Europe/Berlin)").arg(id));
        c.quietHours.timeZone = zone;
    }
    if (!r.failed() && c.quietHours.start == c.quietHours.end)
        r.fail(n, Tr::tr("quiet_hours start and end must differ"));
}

void readDelivery(Reader &r, const YAML::Node &node, ChannelConfig &c)
{
    if (const YAML::Node rl = node["rate_limit"]) {
        if (r.checkKeys(rl, {"count", "per"}, Tr::tr("rate_limit"))) {
            c.rateLimit.count =
                rl["count"] ? r.integer(rl["count"], Tr::tr("rate_limit count"), 0, 1'000'000) : 1;
            if (c.rateLimit.count > 0) {
                if (!rl["per"])
                    r.fail(rl, Tr::tr("rate_limit needs per: a duration, e.g. 5m"));
                else
                    c.rateLimit.perMs = r.duration(rl["per"], Tr::tr("rate_limit per"));
            } else {
                c.rateLimit = {};
            }
        }
    }
    if (const YAML::Node retry = node["retry"]) {
        if (r.checkKeys(retry, {"backoff", "max_retry_after"}, Tr::tr("retry"))) {
            if (const YAML::Node b = retry["backoff"]) {
                c.retry.backoffMs.clear();
                if (!b.IsSequence())
                    r.fail(b,
                           Tr::tr("backoff must be a list of durations, e.g. [5s, 30s, 2m, 10m]"));
                else
                    for (const auto &d : b)
                        c.retry.backoffMs << r.duration(d, Tr::tr("a backoff"));
            }
            if (retry["max_retry_after"])
                c.retry.maxRetryAfterMs =
                    r.duration(retry["max_retry_after"], Tr::tr("max_retry_after"), true);
        }
    }
    if (node["timeout"])
        c.timeoutMs = r.duration(node["timeout"], Tr::tr("timeout"));
    if (node["send_resolved"])
        c.sendResolved = r.boolean(node["send_resolved"], Tr::tr("send_resolved"));
}

void readTls(Reader &r, const YAML::Node &n, ChannelConfig &c)
{
    if (!r.checkKeys(n, {"ca_file", "insecure_skip_verify"}, Tr::tr("tls")))
        return;
    if (n["ca_file"])
        c.tls.caFile = r.path(n["ca_file"], Tr::tr("ca_file"));
    if (n["insecure_skip_verify"])
        c.tls.insecureSkipVerify =
            r.boolean(n["insecure_skip_verify"], Tr::tr("insecure_skip_verify"));
}

ChannelConfig readChannel(Reader &r, const YAML::Node &node)
{
    if (!node.IsMap()) {
        r.fail(node, Tr::tr("each channel must be a mapping with at least name and type"));
        return {};
    }
    const QString name = r.required(node, "name", Tr::tr("a channel's name"));
    if (r.failed())
        return {};
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!namePattern.match(name).hasMatch()) {
        r.fail(node["name"], Tr::tr("channel name \"%1\" may hold only letters, digits, '_', '.' "
                                    "and '-'")
                                 .arg(name));
        return {};
    }
    const QString typeText =
        r.required(node, "type", Tr::tr("the type of channel \"%1\"").arg(name));
    if (r.failed())
        return {};
    const auto type = ChannelConfig::typeFromName(typeText);
    if (!type) {
        r.fail(node["type"], Tr::tr("channel \"%1\": unknown type \"%2\" (known: %3)")
                                 .arg(name, typeText, ChannelConfig::typeNames().join(u", ")));
        return {};
    }
    ChannelConfig c = ChannelConfig::defaults(*type);
    c.name = name;
    if (!r.checkKeys(node, keysFor(*type),
                     Tr::tr("channel \"%1\" (%2)").arg(name, ChannelConfig::typeName(*type))))
        return c;
    if (node["severities"]) {
        c.severities = r.list(node["severities"], Tr::tr("severities"), false);
        for (QString &s : c.severities)
            s = s.toLower();
    }
    readDelivery(r, node, c);
    if (node["tls"])
        readTls(r, node["tls"], c);

    switch (*type) {
    case ChannelType::Slack:
        c.url = r.secret(node, "url", name, true, true);
        if (node["channel"])
            c.slackChannel = r.scalar(node["channel"], Tr::tr("channel")).trimmed();
        if (node["username"])
            c.username = r.scalar(node["username"], Tr::tr("username")).trimmed();
        break;
    case ChannelType::PagerDuty:
        c.routingKey = r.secret(node, "routing_key", name, true, false);
        if (node["url"])
            c.endpoint = r.url(node["url"], Tr::tr("url"));
        if (node["source"])
            c.source = r.scalar(node["source"], Tr::tr("source")).trimmed();
        break;
    case ChannelType::Webhook:
        c.url = r.secret(node, "url", name, true, true);
        break;
    case ChannelType::Email:
        if (!node["smarthost"]) {
            r.fail(node, Tr::tr("channel \"%1\": email needs an SMTP relay as smarthost: HOST:PORT")
                             .arg(name));
            break;
        }
        readSmarthost(r, node["smarthost"], c);
        if (node["hello"])
            c.smtp.hello = r.scalar(node["hello"], Tr::tr("hello")).trimmed();
        c.from = r.required(node, "from", Tr::tr("channel \"%1\": from").arg(name));
        if (!r.failed() && !plausibleAddress(c.from))
            r.fail(node["from"],
                   Tr::tr("from must be a mail address such as watchkeeper@example.com"));
        if (!node["to"]) {
            r.fail(node, Tr::tr("channel \"%1\" needs to: a list of mail addresses").arg(name));
            break;
        }
        c.recipients = r.list(node["to"], Tr::tr("to"), true);
        for (const QString &to : std::as_const(c.recipients)) {
            if (!r.failed() && !plausibleAddress(to))
                r.fail(node["to"], Tr::tr("\"%1\" is not a mail address").arg(to));
        }
        readSmtpSecurity(r, node, name, c);
        break;
    case ChannelType::Sms:
        c.url = r.secret(node, "url", name, true, true);
        c.token = r.secret(node, "token", name, false, false);
        if (!node["to"]) {
            r.fail(node, Tr::tr("channel \"%1\" needs to: a list of phone numbers").arg(name));
            break;
        }
        c.recipients = r.list(node["to"], Tr::tr("to"), true);
        if (node["max_length"])
            c.maxLength = r.integer(node["max_length"], Tr::tr("max_length"), 20, 10'000);
        break;
    case ChannelType::Desktop:
        if (node["reminder_interval"])
            c.reminderIntervalMs =
                r.duration(node["reminder_interval"], Tr::tr("reminder_interval"));
        if (node["repeat_sound"]) {
            c.repeatSeverities = r.list(node["repeat_sound"], Tr::tr("repeat_sound"), false);
            for (QString &s : c.repeatSeverities)
                s = s.toLower();
        }
        if (node["quiet_hours"])
            readQuietHours(r, node["quiet_hours"], c);
        break;
    }
    if (!r.failed() &&
        c.recipients.size() != QSet<QString>(c.recipients.begin(), c.recipients.end()).size())
        r.fail(node["to"], Tr::tr("channel \"%1\" names a recipient twice").arg(name));
    return c;
}

} // namespace

Result<NotificationConfig> NotificationConfigLoader::loadFile(const QString &workspacePath)
{
    QFile f(workspacePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read workspace: %1").arg(f.errorString()), workspacePath);
    return loadText(f.readAll(), QFileInfo(workspacePath).absoluteFilePath());
}

Result<NotificationConfig> NotificationConfigLoader::loadText(const QByteArray &yaml,
                                                              const QString &path)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(QString::fromStdString(e.msg), path,
                     TextPosition{e.mark.line + 1, e.mark.column + 1});
    }
    NotificationConfig config;
    const QDir base = path.isEmpty() ? QDir::current() : QFileInfo(path).absoluteDir();
    Reader r(path, base);
    if (!root || root.IsNull() || !root.IsMap() || !root["notifications"]) {
        config.ensureDesktop();
        return config;
    }
    const YAML::Node section = root["notifications"];
    if (section.IsNull()) {
        config.ensureDesktop();
        return config;
    }
    if (!r.checkKeys(section, {"external_url", "channels"}, Tr::tr("notifications")))
        return r.error();
    if (section["external_url"])
        config.externalUrl = r.url(section["external_url"], Tr::tr("external_url"));
    if (const YAML::Node channels = section["channels"]) {
        if (!channels.IsSequence()) {
            r.fail(channels, Tr::tr("channels must be a list"));
            return r.error();
        }
        bool haveDesktop = false;
        for (const auto &node : channels) {
            ChannelConfig c = readChannel(r, node);
            if (r.failed())
                return r.error();
            if (config.channel(c.name)) {
                r.fail(node["name"],
                       Tr::tr("a channel named \"%1\" is defined twice; names must be unique")
                           .arg(c.name));
                return r.error();
            }
            if (c.type == ChannelType::Desktop) {
                if (haveDesktop) {
                    r.fail(node, Tr::tr("only one desktop channel is allowed"));
                    return r.error();
                }
                haveDesktop = true;
            }
            config.channels.append(c);
        }
    }
    if (r.failed())
        return r.error();
    config.ensureDesktop();
    return config;
}

} // namespace Wk
