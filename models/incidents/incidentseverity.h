#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Wk {

// P1-P4 as the monitoring guide defines them. P1 is the most severe, so the enum's order is
// the order of urgency (a smaller value is more urgent).
enum class IncidentSeverity { P1 = 1, P2, P3, P4 };

// What one severity means, with the guide's targets: the time to acknowledge (response) and
// the time to restore service (resolution), both counted from the incident's creation.
struct SeverityInfo
{
    IncidentSeverity severity = IncidentSeverity::P4;
    QString key;      // "P1", stable, stored in the database
    QString name;     // "Critical" (translated)
    QString impact;   // "Complete service outage" (translated)
    QString examples; // "Database down, authentication failure" (translated)
    qint64 responseMs = 0;
    qint64 resolutionMs = 0;
};

class IncidentSeverities final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::IncidentSeverities)
public:
    static QList<IncidentSeverity> all();
    static SeverityInfo info(IncidentSeverity severity);
    // "P1".
    static QString key(IncidentSeverity severity);
    // "P1 Critical".
    static QString label(IncidentSeverity severity);
    // Accepts "P1".."P4" and "1".."4", case-insensitive.
    static std::optional<IncidentSeverity> parse(QStringView text);
    static qint64 responseTargetMs(IncidentSeverity severity) { return info(severity).responseMs; }
    static qint64 resolutionTargetMs(IncidentSeverity severity)
    {
        return info(severity).resolutionMs;
    }
};

} // namespace Wk
