#include "faultset.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::FaultSet)
};

QString stateText(FaultSet::State s)
{
    switch (s) {
    case FaultSet::State::Slow:
        return QStringLiteral("slow");
    case FaultSet::State::Down:
        return QStringLiteral("down");
    case FaultSet::State::Ok:
        break;
    }
    return QStringLiteral("ok");
}

std::optional<FaultSet::State> parseState(const QJsonValue &v)
{
    if (v.isNull())
        return FaultSet::State::Ok;
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s == u"ok")
        return FaultSet::State::Ok;
    if (s == u"slow")
        return FaultSet::State::Slow;
    if (s == u"down")
        return FaultSet::State::Down;
    return std::nullopt;
}

QString stateExpected(const QString &key)
{
    return Tr::tr("\"%1\": expected \"ok\", \"slow\" or \"down\" (or null)").arg(key);
}

struct NumberRule
{
    const char *key;
    std::optional<double> FaultSet::*field;
    double min;
    double max;
    const char *what; // how the value is read, for the error message
};

const NumberRule NumberRules[] = {
    {"error_rate", &FaultSet::errorRate, 0, 1,
     QT_TRANSLATE_NOOP("Wk::FaultSet", "a share of requests")},
    {"memory", &FaultSet::memory, 0, 1, QT_TRANSLATE_NOOP("Wk::FaultSet", "a usage ratio")},
    {"disk", &FaultSet::disk, 0, 1, QT_TRANSLATE_NOOP("Wk::FaultSet", "a usage ratio")},
    {"cpu", &FaultSet::cpu, 0, 1, QT_TRANSLATE_NOOP("Wk::FaultSet", "a usage ratio")},
    {"traffic", &FaultSet::traffic, 0, 100,
     QT_TRANSLATE_NOOP("Wk::FaultSet", "a request rate multiplier")},
    {"failed_logins", &FaultSet::failedLogins, 0, 100000,
     QT_TRANSLATE_NOOP("Wk::FaultSet", "failed logins per minute")},
    {"deprecated_calls", &FaultSet::deprecatedCalls, 0, 100000,
     QT_TRANSLATE_NOOP("Wk::FaultSet", "calls per minute")},
    {"cache_miss", &FaultSet::cacheMiss, 0, 1,
     QT_TRANSLATE_NOOP("Wk::FaultSet", "a cache miss ratio")},
    {"latency", &FaultSet::latency, 0, 60,
     QT_TRANSLATE_NOOP("Wk::FaultSet", "seconds added to each request")},
};

} // namespace

const QStringList &FaultSet::keys()
{
    static const QStringList k = {
        QStringLiteral("database"),      QStringLiteral("redis"),
        QStringLiteral("external_api"),  QStringLiteral("error_rate"),
        QStringLiteral("memory"),        QStringLiteral("disk"),
        QStringLiteral("cpu"),           QStringLiteral("traffic"),
        QStringLiteral("failed_logins"), QStringLiteral("deprecated_calls"),
        QStringLiteral("cache_miss"),    QStringLiteral("latency")};
    return k;
}

const QStringList &FaultSet::apiKeys()
{
    static const QStringList k = {QStringLiteral("telnyx"), QStringLiteral("retell"),
                                  QStringLiteral("google_calendar"), QStringLiteral("supabase")};
    return k;
}

QString FaultSet::apiDisplayName(Api api)
{
    switch (api) {
    case Telnyx:
        return QStringLiteral("Telnyx");
    case Retell:
        return QStringLiteral("Retell AI");
    case GoogleCalendar:
        return QStringLiteral("Google Calendar");
    case Supabase:
        return QStringLiteral("Supabase");
    case ApiCount:
        break;
    }
    return {};
}

bool FaultSet::isEmpty() const
{
    return *this == FaultSet();
}

QJsonObject FaultSet::toJson() const
{
    QJsonObject o;
    if (database != State::Ok)
        o.insert(QStringLiteral("database"), stateText(database));
    if (redis != State::Ok)
        o.insert(QStringLiteral("redis"), stateText(redis));
    QJsonObject apis;
    for (int i = 0; i < ApiCount; ++i) {
        if (externalApis[size_t(i)] != State::Ok)
            apis.insert(apiKeys()[i], stateText(externalApis[size_t(i)]));
    }
    if (!apis.isEmpty())
        o.insert(QStringLiteral("external_api"), apis);
    for (const NumberRule &rule : NumberRules) {
        if (const std::optional<double> &v = this->*rule.field)
            o.insert(QString::fromLatin1(rule.key), *v);
    }
    return o;
}

Result<FaultSet> FaultSet::merged(const QJsonObject &patch) const
{
    FaultSet out = *this;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"database" || key == u"redis") {
            const auto s = parseState(v);
            if (!s)
                return Error(stateExpected(key));
            (key == u"database" ? out.database : out.redis) = *s;
            continue;
        }
        if (key == u"external_api") {
            if (v.isNull()) {
                out.externalApis.fill(State::Ok);
                continue;
            }
            if (!v.isObject())
                return Error(Tr::tr("\"external_api\": expected an object such as "
                                    "{\"retell\": \"down\"}, with keys %1")
                                 .arg(apiKeys().join(QStringLiteral(", "))));
            const QJsonObject apis = v.toObject();
            for (auto a = apis.begin(); a != apis.end(); ++a) {
                const qsizetype index = apiKeys().indexOf(a.key());
                const QString where = QStringLiteral("external_api.") + a.key();
                if (index < 0)
                    return Error(Tr::tr("\"%1\": unknown API; expected one of %2")
                                     .arg(where, apiKeys().join(QStringLiteral(", "))));
                const auto s = parseState(a.value());
                if (!s)
                    return Error(stateExpected(where));
                out.externalApis[size_t(index)] = *s;
            }
            continue;
        }
        const NumberRule *rule = nullptr;
        for (const NumberRule &r : NumberRules) {
            if (key == QLatin1String(r.key))
                rule = &r;
        }
        if (!rule)
            return Error(Tr::tr("unknown fault \"%1\"; expected one of %2")
                             .arg(key, keys().join(QStringLiteral(", "))));
        if (v.isNull()) {
            out.*(rule->field) = std::nullopt;
            continue;
        }
        const double x = v.toDouble();
        if (!v.isDouble() || !(x >= rule->min && x <= rule->max))
            return Error(Tr::tr("\"%1\": expected a number from %2 to %3 (%4) or null")
                             .arg(key)
                             .arg(rule->min)
                             .arg(rule->max)
                             .arg(Tr::tr(rule->what)));
        out.*(rule->field) = x;
    }
    return out;
}

Result<QJsonObject> FaultSet::parsePatch(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error(
            Tr::tr("invalid JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return Error(Tr::tr("expected a JSON object with fault names as keys, such as "
                            "{\"database\": \"slow\"}"));
    return doc.object();
}

} // namespace Wk
