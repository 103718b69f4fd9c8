#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Wk {

// The guide's five-stage response process, then Closed. The order is the order of progress.
enum class IncidentStage { Detection, Assessment, Response, Resolution, FollowUp, Closed };

class IncidentStages final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::IncidentStages)
public:
    // Every stage in order, Closed last.
    static QList<IncidentStage> all();
    // "detection", "follow-up", ...: stable, stored in the database and used on the command line.
    static QString key(IncidentStage stage);
    // "Detection", "Follow-up" (translated).
    static QString name(IncidentStage stage);
    // What happens in the stage, from the guide (translated).
    static QString description(IncidentStage stage);
    // Accepts the key or the name in any case, and "followup".
    static std::optional<IncidentStage> parse(QStringView text);
    static std::optional<IncidentStage> next(IncidentStage stage);
    static std::optional<IncidentStage> previous(IncidentStage stage);
    // Detection to Resolution: the service is not yet restored, or is being verified. Alerts
    // attach only to incidents in these stages.
    static bool isActive(IncidentStage stage) { return stage <= IncidentStage::Resolution; }
};

} // namespace Wk
