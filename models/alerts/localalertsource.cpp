#include "localalertsource.h"

#include "ruleevaluator.h"

namespace Wk {

LocalAlertSource::LocalAlertSource(RuleEvaluator *evaluator, QObject *parent)
    : AlertSource(parent)
    , m_evaluator(evaluator)
{
    connect(evaluator, &RuleEvaluator::alertPending, this, &AlertSource::alertChanged);
    connect(evaluator, &RuleEvaluator::alertFiring, this, &AlertSource::alertChanged);
    connect(evaluator, &RuleEvaluator::alertResolved, this, &AlertSource::alertChanged);
    connect(evaluator, &RuleEvaluator::alertRemoved, this, &AlertSource::alertRemoved);
    connect(evaluator, &RuleEvaluator::groupEvaluated, this, &AlertSource::refreshed);
}

QList<Alert> LocalAlertSource::alerts() const
{
    return m_evaluator ? m_evaluator->alerts() : QList<Alert>{};
}

QString LocalAlertSource::name() const
{
    return tr("local rules");
}

} // namespace Wk
