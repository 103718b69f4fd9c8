#pragma once

#include "alertsource.h"

#include <QPointer>

namespace Wk {

class RuleEvaluator;

// The alerts of Watchkeeper's own rule evaluator.
class LocalAlertSource final : public AlertSource
{
    Q_OBJECT
public:
    // evaluator is not owned.
    explicit LocalAlertSource(RuleEvaluator *evaluator, QObject *parent = nullptr);

    QList<Alert> alerts() const override;
    QString name() const override;

private:
    QPointer<RuleEvaluator> m_evaluator; // not owned
};

} // namespace Wk
