#include "notificationdelivery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Wk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::NotificationDelivery", text);
}
} // namespace

QString NotificationDelivery::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::Retrying:
        return QStringLiteral("retrying");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::RateLimited:
        return QStringLiteral("rate-limited");
    case Outcome::NotConfigured:
        return QStringLiteral("not configured");
    case Outcome::Superseded:
        return QStringLiteral("superseded");
    case Outcome::Suppressed:
        return QStringLiteral("suppressed");
    case Outcome::Delegated:
        return QStringLiteral("delegated");
    }
    return {};
}

QString NotificationDelivery::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent:
        return tr("sent");
    case Outcome::Retrying:
        return tr("retrying");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::RateLimited:
        return tr("rate-limited");
    case Outcome::NotConfigured:
        return tr("not configured");
    case Outcome::Superseded:
        return tr("superseded");
    case Outcome::Suppressed:
        return tr("suppressed");
    case Outcome::Delegated:
        return tr("left to another desktop");
    }
    return {};
}

QString NotificationDelivery::describe() const
{
    QString text;
    if (outcome == Outcome::Retrying) {
        text = tr("retrying at %1 (attempt %2)")
                   .arg(QDateTime::fromMSecsSinceEpoch(nextAttemptMs, Qt::UTC)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                        QStringLiteral(" UTC"))
                   .arg(attempt + 1);
    } else {
        text = outcomeText(outcome);
    }
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + reason;
    return text;
}

} // namespace Wk
