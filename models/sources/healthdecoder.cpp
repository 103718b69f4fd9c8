#include "healthdecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Wk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::HealthDecoder", text);
}

TextPosition positionOf(const QByteArray &text, qsizetype offset)
{
    TextPosition pos{1, 1};
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++pos.column;
        }
    }
    return pos;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// A usage figure as a 0..1 ratio; the endpoint may report percent (42.5) or a ratio (0.425).
std::optional<double> usageRatio(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double x = v.toDouble();
    return x > 1.0 ? x / 100.0 : x;
}

} // namespace

HealthDecoder::HealthDecoder(HealthThresholds thresholds)
    : m_thresholds(thresholds)
{}

HealthStatus HealthDecoder::parseStatus(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == u"healthy" || s == u"ok" || s == u"up" || s == u"pass")
        return HealthStatus::Healthy;
    if (s == u"degraded" || s == u"warn" || s == u"warning")
        return HealthStatus::Degraded;
    if (s == u"unhealthy" || s == u"down" || s == u"fail" || s == u"critical" || s == u"error")
        return HealthStatus::Unhealthy;
    return HealthStatus::Unknown;
}

HealthStatus HealthDecoder::statusForDuration(const QString &check, double ms) const
{
    double degraded = 0;
    double unhealthy = 0;
    if (check == u"database") {
        degraded = m_thresholds.databaseDegradedMs;
        unhealthy = m_thresholds.databaseUnhealthyMs;
    } else if (check == u"redis") {
        degraded = m_thresholds.redisDegradedMs;
        unhealthy = m_thresholds.redisUnhealthyMs;
    } else {
        return HealthStatus::Unknown;
    }
    if (ms < degraded)
        return HealthStatus::Healthy;
    if (ms <= unhealthy)
        return HealthStatus::Degraded;
    return HealthStatus::Unhealthy;
}

HealthStatus HealthDecoder::statusForFailingApis(int failing) const
{
    if (failing >= m_thresholds.apisUnhealthyFailing)
        return HealthStatus::Unhealthy;
    if (failing >= m_thresholds.apisDegradedFailing)
        return HealthStatus::Degraded;
    return HealthStatus::Healthy;
}

HealthStatus HealthDecoder::statusForUsage(double ratio) const
{
    if (ratio < m_thresholds.resourceDegraded)
        return HealthStatus::Healthy;
    if (ratio <= m_thresholds.resourceUnhealthy)
        return HealthStatus::Degraded;
    return HealthStatus::Unhealthy;
}

void HealthDecoder::derive(HealthCheck &check) const
{
    // The measured figure decides against the guide's thresholds, but a check is never shown
    // healthier than the service itself says: a connection that failed fast has a short
    // duration and is still down.
    check.status = check.reported;
    const auto apply = [&check](HealthStatus derived, const QString &why) {
        if (derived == HealthStatus::Unknown)
            return;
        check.status = worse(derived, check.reported);
        if (check.status != check.reported)
            check.derivedFrom = why;
    };
    if ((check.name == u"database" || check.name == u"redis") && check.durationMs >= 0) {
        apply(statusForDuration(check.name, check.durationMs),
              tr("duration %1 ms").arg(check.durationMs));
        return;
    }
    if (check.name == u"external_apis") {
        int failing = -1;
        const QJsonArray apis = check.details.value(QStringLiteral("apis")).toArray();
        if (!apis.isEmpty()) {
            failing = 0;
            for (const QJsonValue &api : apis) {
                if (parseStatus(api.toObject().value(QStringLiteral("status")).toString()) !=
                    HealthStatus::Healthy)
                    ++failing;
            }
        } else {
            static const QRegularExpression re(QStringLiteral("(\\d+)\\s*/\\s*(\\d+)"));
            const auto m = re.match(check.message);
            if (m.hasMatch())
                failing = m.captured(2).toInt() - m.captured(1).toInt();
        }
        if (failing >= 0)
            apply(statusForFailingApis(failing),
                  QCoreApplication::translate("Wk::HealthDecoder", "%n API(s) failing", nullptr,
                                              failing));
        return;
    }
    if (check.name == u"system_resources") {
        double worst = -1;
        QString which;
        for (const char *key : {"cpu_usage", "memory_usage", "disk_usage"}) {
            const QString k = QString::fromLatin1(key);
            auto v = usageRatio(check.details.value(k));
            if (v && *v > worst) {
                worst = *v;
                which = k;
            }
        }
        if (worst >= 0)
            apply(statusForUsage(worst), tr("%1 at %2 %").arg(which).arg(worst * 100, 0, 'f', 1));
    }
}

Result<HealthReport> HealthDecoder::decode(const QByteArray &body) const
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        // Qt reports an illegal value just past the character it could not read.
        const qsizetype at = perr.error == QJsonParseError::IllegalValue && perr.offset > 0
                                 ? perr.offset - 1
                                 : perr.offset;
        return Error(tr("invalid response: %1").arg(perr.errorString()), {}, positionOf(body, at));
    }
    if (!doc.isObject())
        return Error(tr("invalid response: expected a JSON object at the top"), {}, {1, 1});
    const QJsonObject root = doc.object();
    // The guide wraps the report in {success, data}; accept a bare report too.
    QJsonObject data = root;
    if (root.contains(QStringLiteral("data"))) {
        const QJsonValue d = root.value(QStringLiteral("data"));
        if (!d.isObject())
            return Error(
                tr("invalid response: \"data\" is %1, expected an object").arg(typeName(d)));
        data = d.toObject();
    }
    if (root.value(QStringLiteral("success")) == QJsonValue(false)) {
        const QString msg = root.value(QStringLiteral("error")).toString();
        return Error(tr("the service answered success=false%1")
                         .arg(msg.isEmpty() ? QString() : QStringLiteral(": ") + msg));
    }
    const QJsonValue checksValue = data.value(QStringLiteral("checks"));
    if (!checksValue.isArray())
        return Error(tr("invalid response: \"data.checks\" is %1, expected an array")
                         .arg(typeName(checksValue)));

    HealthReport report;
    report.reportedOverall = parseStatus(data.value(QStringLiteral("overall")).toString());
    report.timestamp = QDateTime::fromString(data.value(QStringLiteral("timestamp")).toString(),
                                             Qt::ISODateWithMs);
    report.version = data.value(QStringLiteral("version")).toString();
    report.environment = data.value(QStringLiteral("environment")).toString();
    if (data.value(QStringLiteral("uptime")).isDouble())
        report.uptimeMs = qint64(data.value(QStringLiteral("uptime")).toDouble());

    const QJsonArray checks = checksValue.toArray();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonValue cv = checks.at(i);
        if (!cv.isObject())
            return Error(tr("invalid response: data.checks[%1] is %2, expected an object")
                             .arg(i)
                             .arg(typeName(cv)));
        QJsonObject o = cv.toObject();
        HealthCheck c;
        const QJsonValue name = o.take(QStringLiteral("name"));
        const QJsonValue status = o.take(QStringLiteral("status"));
        if (!name.isString() || name.toString().isEmpty())
            return Error(tr("invalid response: data.checks[%1].name is %2, expected a string")
                             .arg(i)
                             .arg(typeName(name)));
        if (!status.isString())
            return Error(tr("invalid response: data.checks[%1].status is %2, expected a string")
                             .arg(i)
                             .arg(typeName(status)));
        c.name = name.toString();
        c.reported = parseStatus(status.toString());
        if (c.reported == HealthStatus::Unknown)
            return Error(tr("invalid response: data.checks[%1].status \"%2\" is not healthy, "
                            "degraded or unhealthy")
                             .arg(i)
                             .arg(status.toString()));
        c.message = o.take(QStringLiteral("message")).toString();
        const QJsonValue duration = o.take(QStringLiteral("duration"));
        if (duration.isDouble())
            c.durationMs = duration.toDouble();
        else if (!duration.isUndefined() && !duration.isNull())
            return Error(tr("invalid response: data.checks[%1].duration is %2, expected a "
                            "number of milliseconds")
                             .arg(i)
                             .arg(typeName(duration)));
        c.timestamp = QDateTime::fromString(o.take(QStringLiteral("timestamp")).toString(),
                                            Qt::ISODateWithMs);
        // Nested "details" objects and flat extra fields are both kept as details.
        const QJsonValue nested = o.take(QStringLiteral("details"));
        c.details = o;
        if (nested.isObject()) {
            const QJsonObject n = nested.toObject();
            for (auto it = n.begin(); it != n.end(); ++it)
                c.details.insert(it.key(), it.value());
        }
        derive(c);
        report.overall = worse(report.overall, c.status);
        report.checks.append(c);
    }
    if (report.checks.isEmpty())
        report.overall = report.reportedOverall;
    return report;
}

} // namespace Wk
