#include "notification.h"

#include "alertmanagercodec.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace Wk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::Notification", text);
}
} // namespace

QString Notification::severity() const
{
    return alert.labels.value(u"severity").trimmed().toLower();
}

QString Notification::alertName() const
{
    const QString name = alert.labels.value(u"alertname");
    return name.isEmpty() ? alert.ruleName : name;
}

QString Notification::summary() const
{
    const QString s = alert.annotations.value(QStringLiteral("summary")).trimmed();
    return s.isEmpty() ? alertName() : s;
}

QString Notification::description() const
{
    return alert.annotations.value(QStringLiteral("description")).trimmed();
}

QString Notification::runbookUrl() const
{
    const QString text = alert.annotations.value(QStringLiteral("runbook_url")).trimmed();
    const QUrl u(text, QUrl::StrictMode);
    if (u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https"))
        return text;
    return {};
}

QString Notification::fingerprint() const
{
    return QStringLiteral("%1").arg(alert.id, 16, 16, QLatin1Char('0'));
}

QString Notification::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Firing:
        return QStringLiteral("firing");
    case Kind::Resolved:
        return QStringLiteral("resolved");
    case Kind::Acknowledged:
        return QStringLiteral("acknowledged");
    case Kind::Escalation:
        return QStringLiteral("escalation");
    case Kind::Test:
        return QStringLiteral("test");
    }
    return {};
}

QString Notification::statusText() const
{
    switch (kind) {
    case Kind::Firing:
        return tr("FIRING");
    case Kind::Resolved:
        return tr("RESOLVED");
    case Kind::Acknowledged:
        return who.isEmpty() ? tr("ACKNOWLEDGED") : tr("ACKNOWLEDGED by %1").arg(who);
    case Kind::Escalation:
        return target.isEmpty() ? tr("ESCALATION step %1").arg(step)
                                : tr("ESCALATION step %1 (%2)").arg(step).arg(target);
    case Kind::Test:
        return tr("TEST");
    }
    return {};
}

QString Notification::headline() const
{
    const QString sev = severity().toUpper();
    const QString s = summary();
    const QString name = alertName();
    QString text = QStringLiteral("[%1] ").arg(statusText());
    if (!sev.isEmpty())
        text += sev + u' ';
    text += name;
    if (s != name)
        text += QStringLiteral(": ") + s;
    return text;
}

Notification Notification::test(const QString &channelName, const QString &severity, qint64 atMs)
{
    Notification n;
    n.kind = Kind::Test;
    n.atMs = atMs;
    n.alert.ruleName = QStringLiteral("WatchkeeperTest");
    n.alert.state = Alert::State::Firing;
    n.alert.labels = Labels{{QStringLiteral("alertname"), QStringLiteral("WatchkeeperTest")},
                            {QStringLiteral("channel"), channelName},
                            {QStringLiteral("severity"), severity}};
    n.alert.annotations.insert(
        QStringLiteral("summary"),
        tr("Test notification from Watchkeeper to channel %1").arg(channelName));
    n.alert.annotations.insert(
        QStringLiteral("description"),
        tr("If you can read this, channel %1 delivers. No action is needed.").arg(channelName));
    n.alert.id = Alert::fingerprint(n.alert.labels);
    n.alert.activeAtMs = atMs;
    n.alert.firedAtMs = atMs;
    return n;
}

namespace {

QJsonValue optionalMs(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(double(*ms)) : QJsonValue();
}

std::optional<qint64> optionalMsFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}

} // namespace

QJsonObject Notification::toJson() const
{
    QJsonObject a{{QStringLiteral("id"), Alert::fingerprintToString(alert.id)},
                  {QStringLiteral("rule"), alert.ruleName},
                  {QStringLiteral("group"), alert.groupName},
                  {QStringLiteral("state"), alert.stateName()},
                  {QStringLiteral("labels"), AlertmanagerCodec::labelsToJson(alert.labels)},
                  {QStringLiteral("annotations"), AlertmanagerCodec::mapToJson(alert.annotations)},
                  {QStringLiteral("value"),
                   std::isfinite(alert.value) ? QJsonValue(alert.value) : QJsonValue()},
                  {QStringLiteral("activeAt"), double(alert.activeAtMs)},
                  {QStringLiteral("firedAt"), optionalMs(alert.firedAtMs)},
                  {QStringLiteral("resolvedAt"), optionalMs(alert.resolvedAtMs)}};
    return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("alert"), a},
                       {QStringLiteral("at"), double(atMs)},
                       {QStringLiteral("who"), who},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("step"), step},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("externalUrl"), externalUrl.toString()},
                       {QStringLiteral("link"), link.toString()}};
}

std::optional<Notification> Notification::fromJson(const QJsonObject &o)
{
    Notification n;
    bool known = false;
    for (const Kind k :
         {Kind::Firing, Kind::Resolved, Kind::Acknowledged, Kind::Escalation, Kind::Test}) {
        if (o.value(QStringLiteral("kind")).toString() == kindName(k)) {
            n.kind = k;
            known = true;
        }
    }
    const QJsonObject a = o.value(QStringLiteral("alert")).toObject();
    const auto id = Alert::fingerprintFromString(a.value(QStringLiteral("id")).toString());
    if (!known || !id)
        return std::nullopt;
    n.alert.id = *id;
    n.alert.ruleName = a.value(QStringLiteral("rule")).toString();
    n.alert.groupName = a.value(QStringLiteral("group")).toString();
    const QString state = a.value(QStringLiteral("state")).toString();
    for (const Alert::State s :
         {Alert::State::Inactive, Alert::State::Pending, Alert::State::Firing}) {
        if (state == Alert::stateName(s))
            n.alert.state = s;
    }
    n.alert.labels =
        AlertmanagerCodec::labelsFromJson(a.value(QStringLiteral("labels")).toObject());
    n.alert.annotations =
        AlertmanagerCodec::mapFromJson(a.value(QStringLiteral("annotations")).toObject());
    const QJsonValue value = a.value(QStringLiteral("value"));
    n.alert.value = value.isDouble() ? value.toDouble() : std::nan("");
    n.alert.activeAtMs = qint64(a.value(QStringLiteral("activeAt")).toDouble());
    n.alert.firedAtMs = optionalMsFrom(a.value(QStringLiteral("firedAt")));
    n.alert.resolvedAtMs = optionalMsFrom(a.value(QStringLiteral("resolvedAt")));
    n.atMs = qint64(o.value(QStringLiteral("at")).toDouble());
    n.who = o.value(QStringLiteral("who")).toString();
    n.note = o.value(QStringLiteral("note")).toString();
    n.step = o.value(QStringLiteral("step")).toInt();
    n.target = o.value(QStringLiteral("target")).toString();
    n.externalUrl = QUrl(o.value(QStringLiteral("externalUrl")).toString());
    n.link = QUrl(o.value(QStringLiteral("link")).toString());
    return n;
}

} // namespace Wk
