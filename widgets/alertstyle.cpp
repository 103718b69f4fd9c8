#include "widgets/alertstyle.h"

#include <QDateTime>
#include <QLocale>

#include <cstdlib>

namespace Wk {

QString AlertStyle::severityGlyph(const QString &severity)
{
    if (severity == u"critical")
        return QStringLiteral("\u2716");
    if (severity == u"high")
        return QStringLiteral("\u25B2");
    if (severity == u"medium")
        return QStringLiteral("\u25C6");
    if (severity == u"low")
        return QStringLiteral("\u25BD");
    return QStringLiteral("\u25CF");
}

QString AlertStyle::severityWord(const QString &severity)
{
    if (severity == u"critical")
        return tr("critical");
    if (severity == u"high")
        return tr("high");
    if (severity == u"medium")
        return tr("medium");
    if (severity == u"low")
        return tr("low");
    if (severity.isEmpty())
        return tr("none");
    return severity;
}

QString AlertStyle::severityLabel(const QString &severity)
{
    return severityGlyph(severity) + QLatin1Char(' ') + severityWord(severity);
}

QColor AlertStyle::severityColour(const Theme &theme, const QString &severity)
{
    switch (AlertStatus::severityRank(severity)) {
    case 0:
        return theme.unhealthy;
    case 1:
        return theme.degraded;
    case 2:
        return theme.accent;
    default:
        break;
    }
    return theme.unknown;
}

QString AlertStyle::stateGlyph(AlertStatus::State state)
{
    switch (state) {
    case AlertStatus::State::Firing:
        return QStringLiteral("\u25CF");
    case AlertStatus::State::Pending:
        return QStringLiteral("\u25D0");
    case AlertStatus::State::Resolved:
        break;
    }
    return QStringLiteral("\u2714");
}

QString AlertStyle::stateLabel(AlertStatus::State state)
{
    return stateGlyph(state) + QLatin1Char(' ') + AlertStatus::stateText(state);
}

QString AlertStyle::stateLabel(const QString &stateName)
{
    if (stateName == u"pending")
        return stateLabel(AlertStatus::State::Pending);
    if (stateName == u"resolved")
        return stateLabel(AlertStatus::State::Resolved);
    if (stateName == u"firing")
        return stateLabel(AlertStatus::State::Firing);
    return stateName;
}

QColor AlertStyle::stateColour(const Theme &theme, AlertStatus::State state)
{
    switch (state) {
    case AlertStatus::State::Firing:
        return theme.text;
    case AlertStatus::State::Pending:
        return theme.textMuted;
    case AlertStatus::State::Resolved:
        break;
    }
    return theme.healthy;
}

QString AlertStyle::timeText(qint64 ms, qint64 nowMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const qint64 days = std::abs(now.date().daysTo(t.date()));
    // In the user's conventions: "14:05" / "2:05 PM", "Mo. 14:05", "27.11.26, 14:05".
    const QLocale locale;
    if (days == 0)
        return locale.toString(t.time(), QLocale::ShortFormat);
    if (days < 7) {
        return locale.toString(t, QStringLiteral("ddd ")) +
               locale.toString(t.time(), QLocale::ShortFormat);
    }
    return locale.toString(t, QLocale::ShortFormat);
}

QString AlertStyle::acknowledgedGlyph()
{
    return QStringLiteral("\u2713");
}

QString AlertStyle::suppressedGlyph()
{
    return QStringLiteral("\u2298");
}

} // namespace Wk
