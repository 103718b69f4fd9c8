#include "alertmanagercodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace Wk {

namespace {

Result<QJsonDocument> parse(const QByteArray &json)
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error(
            QCoreApplication::translate("Wk::AlertmanagerCodec", "not JSON at offset %1: %2")
                .arg(err.offset)
                .arg(err.errorString()));
    return doc;
}

} // namespace

QString AlertmanagerCodec::expressionFromGeneratorUrl(const QString &url)
{
    const QUrlQuery query{QUrl(url)};
    return query.queryItemValue(QStringLiteral("g0.expr"), QUrl::FullyDecoded);
}

QString AlertmanagerCodec::formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> AlertmanagerCodec::parseTime(const QString &text)
{
    // Go writes up to nine fraction digits; Qt reads three.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    if (m.captured(1).startsWith(QLatin1String("0001-01-01")))
        return 0;
    const QString fraction = (m.captured(2) + QStringLiteral("000")).left(3);
    const QDateTime t =
        QDateTime::fromString(m.captured(1) + u'.' + fraction + m.captured(3), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QJsonObject AlertmanagerCodec::labelsToJson(const Labels &labels)
{
    QJsonObject o;
    for (const Label &l : labels)
        o.insert(l.name, l.value);
    return o;
}

Labels AlertmanagerCodec::labelsFromJson(const QJsonObject &object)
{
    QList<Label> list;
    for (auto it = object.begin(); it != object.end(); ++it)
        list.append({it.key(), it.value().toString()});
    return Labels::fromList(std::move(list));
}

QJsonObject AlertmanagerCodec::mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> AlertmanagerCodec::mapFromJson(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QJsonArray AlertmanagerCodec::matchersToJson(const LabelMatchers &matchers)
{
    QJsonArray a;
    for (const LabelMatcher &m : matchers) {
        a.append(QJsonObject{{QStringLiteral("name"), m.name()},
                             {QStringLiteral("value"), m.value()},
                             {QStringLiteral("isRegex"), m.isRegex()},
                             {QStringLiteral("isEqual"), !m.isNegative()}});
    }
    return a;
}

Result<LabelMatchers> AlertmanagerCodec::matchersFromJson(const QJsonArray &array)
{
    LabelMatchers out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return Error(tr("matcher %1 has no name").arg(i + 1));
        const bool regex = o.value(QLatin1String("isRegex")).toBool();
        const bool equal = o.value(QLatin1String("isEqual")).toBool(true);
        const LabelMatcher::Op op =
            regex ? (equal ? LabelMatcher::Op::RegexMatch : LabelMatcher::Op::RegexNoMatch)
                  : (equal ? LabelMatcher::Op::Equal : LabelMatcher::Op::NotEqual);
        LabelMatcher m(name, op, o.value(QLatin1String("value")).toString());
        if (!m.isValid())
            return Error(tr("matcher %1: %2").arg(i + 1).arg(m.error()));
        out << m;
    }
    return out;
}

Result<RemoteAlert> AlertmanagerCodec::decodeAlert(const QJsonObject &o, int index)
{
    RemoteAlert r;
    const QString fp = o.value(QLatin1String("fingerprint")).toString();
    const std::optional<quint64> id = Alert::fingerprintFromString(fp);
    if (!id)
        return Error(tr("alert %1: fingerprint \"%2\" is not hexadecimal").arg(index + 1).arg(fp));
    const std::optional<qint64> startsAt = parseTime(o.value(QLatin1String("startsAt")).toString());
    if (!startsAt)
        return Error(tr("alert %1: startsAt is not a time").arg(index + 1));
    r.alert.id = *id;
    r.alert.labels = labelsFromJson(o.value(QLatin1String("labels")).toObject());
    r.alert.ruleName = r.alert.alertName();
    r.alert.annotations = mapFromJson(o.value(QLatin1String("annotations")).toObject());
    r.alert.state = Alert::State::Firing;
    r.alert.activeAtMs = *startsAt;
    r.alert.firedAtMs = *startsAt;
    r.endsAtMs = parseTime(o.value(QLatin1String("endsAt")).toString()).value_or(0);
    r.updatedAtMs = parseTime(o.value(QLatin1String("updatedAt")).toString()).value_or(0);
    r.alert.lastEvaluatedMs = r.updatedAtMs;
    r.generatorUrl = o.value(QLatin1String("generatorURL")).toString();
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    r.state = status.value(QLatin1String("state")).toString();
    for (const QJsonValue &v : status.value(QLatin1String("silencedBy")).toArray())
        r.silencedBy << v.toString();
    for (const QJsonValue &v : status.value(QLatin1String("inhibitedBy")).toArray()) {
        if (const auto by = Alert::fingerprintFromString(v.toString()))
            r.inhibitedBy << *by;
    }
    for (const QJsonValue &v : o.value(QLatin1String("receivers")).toArray())
        r.receivers << v.toObject().value(QLatin1String("name")).toString();
    return r;
}

Result<QList<RemoteAlert>> AlertmanagerCodec::decodeAlerts(const QByteArray &json)
{
    Result<QJsonDocument> doc = parse(json);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return Error(tr("expected a list of alerts"));
    QList<RemoteAlert> out;
    const QJsonArray a = doc.value().array();
    for (qsizetype i = 0; i < a.size(); ++i) {
        Result<RemoteAlert> r = decodeAlert(a.at(i).toObject(), int(i));
        if (!r)
            return r.error();
        out << std::move(r).value();
    }
    return out;
}

Result<QList<RemoteAlert>> AlertmanagerCodec::decodeAlertGroups(const QByteArray &json)
{
    Result<QJsonDocument> doc = parse(json);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return Error(tr("expected a list of alert groups"));
    QList<RemoteAlert> out;
    QSet<quint64> seen;
    int index = 0;
    for (const QJsonValue &g : doc.value().array()) {
        for (const QJsonValue &v : g.toObject().value(QLatin1String("alerts")).toArray()) {
            Result<RemoteAlert> r = decodeAlert(v.toObject(), index++);
            if (!r)
                return r.error();
            if (seen.contains(r.value().alert.id)) {
                for (RemoteAlert &known : out) {
                    if (known.alert.id == r.value().alert.id) {
                        for (const QString &name : std::as_const(r.value().receivers)) {
                            if (!known.receivers.contains(name))
                                known.receivers << name;
                        }
                    }
                }
                continue;
            }
            seen.insert(r.value().alert.id);
            out << std::move(r).value();
        }
    }
    return out;
}

Result<Silence> AlertmanagerCodec::decodeSilenceObject(const QJsonObject &o, int index)
{
    const auto bad = [index](const QString &what) {
        return Error(tr("silence %1: %2").arg(index + 1).arg(what));
    };
    Silence s;
    s.id = o.value(QLatin1String("id")).toString();
    if (s.id.isEmpty())
        return bad(tr("no id"));
    Result<LabelMatchers> matchers = matchersFromJson(o.value(QLatin1String("matchers")).toArray());
    if (!matchers)
        return bad(matchers.error().message);
    s.matchers = matchers.value();
    const auto startsAt = parseTime(o.value(QLatin1String("startsAt")).toString());
    const auto endsAt = parseTime(o.value(QLatin1String("endsAt")).toString());
    if (!startsAt || !endsAt)
        return bad(tr("startsAt or endsAt is not a time"));
    s.startsAtMs = *startsAt;
    s.endsAtMs = *endsAt;
    s.updatedAtMs = parseTime(o.value(QLatin1String("updatedAt")).toString()).value_or(0);
    s.createdBy = o.value(QLatin1String("createdBy")).toString();
    s.comment = o.value(QLatin1String("comment")).toString();
    return s;
}

Result<QList<Silence>> AlertmanagerCodec::decodeSilences(const QByteArray &json)
{
    Result<QJsonDocument> doc = parse(json);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return Error(tr("expected a list of silences"));
    QList<Silence> out;
    const QJsonArray a = doc.value().array();
    for (qsizetype i = 0; i < a.size(); ++i) {
        Result<Silence> s = decodeSilenceObject(a.at(i).toObject(), int(i));
        if (!s)
            return s.error();
        out << std::move(s).value();
    }
    return out;
}

Result<Silence> AlertmanagerCodec::decodeSilence(const QByteArray &json)
{
    Result<QJsonDocument> doc = parse(json);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject())
        return Error(tr("expected a silence object"));
    return decodeSilenceObject(doc.value().object(), 0);
}

Result<QString> AlertmanagerCodec::decodeSilenceId(const QByteArray &json)
{
    Result<QJsonDocument> doc = parse(json);
    if (!doc)
        return doc.error();
    const QString id = doc.value().object().value(QLatin1String("silenceID")).toString();
    if (id.isEmpty())
        return Error(tr("the answer names no silenceID"));
    return id;
}

QByteArray AlertmanagerCodec::encodeSilence(const Silence &s)
{
    QJsonObject o{{QStringLiteral("matchers"), matchersToJson(s.matchers)},
                  {QStringLiteral("startsAt"), formatTime(s.startsAtMs)},
                  {QStringLiteral("endsAt"), formatTime(s.endsAtMs)},
                  {QStringLiteral("createdBy"), s.createdBy},
                  {QStringLiteral("comment"), s.comment}};
    if (!s.id.isEmpty())
        o.insert(QStringLiteral("id"), s.id);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray AlertmanagerCodec::encodeAlerts(const QList<Alert> &alerts, qint64 endsAtMs,
                                           const QString &generatorUrl)
{
    QJsonArray a;
    for (const Alert &alert : alerts) {
        QJsonObject o{{QStringLiteral("labels"), labelsToJson(alert.labels)},
                      {QStringLiteral("annotations"), mapToJson(alert.annotations)},
                      {QStringLiteral("startsAt"), formatTime(alert.activeAtMs)}};
        if (alert.resolvedAtMs)
            o.insert(QStringLiteral("endsAt"), formatTime(*alert.resolvedAtMs));
        else if (endsAtMs > 0)
            o.insert(QStringLiteral("endsAt"), formatTime(endsAtMs));
        if (!generatorUrl.isEmpty())
            o.insert(QStringLiteral("generatorURL"), generatorUrl);
        a.append(o);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace Wk
