#include "incidentseverity.h"

namespace Wk {

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
} // namespace

QList<IncidentSeverity> IncidentSeverities::all()
{
    return {IncidentSeverity::P1, IncidentSeverity::P2, IncidentSeverity::P3, IncidentSeverity::P4};
}

SeverityInfo IncidentSeverities::info(IncidentSeverity severity)
{
    switch (severity) {
    case IncidentSeverity::P1:
        return {severity,
                QStringLiteral("P1"),
                tr("Critical"),
                tr("Complete service outage"),
                tr("Database down, authentication failure"),
                5 * minute,
                1 * hour};
    case IncidentSeverity::P2:
        return {severity,
                QStringLiteral("P2"),
                tr("High"),
                tr("Significant service degradation"),
                tr("Slow response times, feature unavailability"),
                15 * minute,
                4 * hour};
    case IncidentSeverity::P3:
        return {severity,
                QStringLiteral("P3"),
                tr("Medium"),
                tr("Minor service impact"),
                tr("Non-critical feature issues"),
                1 * hour,
                24 * hour};
    case IncidentSeverity::P4:
        break;
    }
    return {IncidentSeverity::P4,
            QStringLiteral("P4"),
            tr("Low"),
            tr("Minimal impact"),
            tr("Cosmetic issues, minor bugs"),
            4 * hour,
            72 * hour};
}

QString IncidentSeverities::key(IncidentSeverity severity)
{
    return QStringLiteral("P%1").arg(int(severity));
}

QString IncidentSeverities::label(IncidentSeverity severity)
{
    return key(severity) + u' ' + info(severity).name;
}

std::optional<IncidentSeverity> IncidentSeverities::parse(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'P') || t.startsWith(u'p'))
        t = t.mid(1);
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 1 || n > 4 || t.size() != 1)
        return std::nullopt;
    return IncidentSeverity(n);
}

} // namespace Wk
