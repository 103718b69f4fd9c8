#pragma once

#include "alertsource.h"

#include "models/core/result.h"

#include <optional>

namespace Wk {

class AlertRepository;

// The alerts that were pending or firing when the alert history last recorded them: what the
// command line lists from a workspace database when no rule evaluator runs in the process.
// Read once, at construction (or load()).
class RecordedAlertSource final : public AlertSource
{
    Q_OBJECT
public:
    // repository is not owned.
    explicit RecordedAlertSource(AlertRepository *repository, QObject *parent = nullptr);

    std::optional<Error> load();
    QList<Alert> alerts() const override { return m_alerts; }
    QString name() const override;

private:
    AlertRepository *m_repository; // not owned
    QList<Alert> m_alerts;
};

} // namespace Wk
