#include "notification.h"

#include <QCoreApplication>

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

} // namespace Wk
