#pragma once

#include "models/core/result.h"
#include "models/metrics/labelmatcher.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Wk {

// One step of an escalation policy: afterMs after an alert fired, if nobody has acknowledged it,
// notify `channels` (notifier names, as in the rules' `channels` label) for `target`.
struct EscalationStep
{
    int number = 0; // 1, 2, 3, ...
    qint64 afterMs = 0;
    QStringList channels;
    QString target; // who is paged: "on-call engineer", "secondary on-call", ...
};

// A step taken, as recorded on the alert.
struct EscalationRecord
{
    int step = 0;
    qint64 atMs = 0;
    QStringList channels;
    QString target;
};

// Which alerts escalate and when. An alert escalates while it fires unacknowledged and is not
// suppressed; acknowledging it stops further steps.
struct EscalationPolicy
{
    LabelMatchers matchers; // the alerts it applies to
    QList<EscalationStep> steps;

    bool appliesTo(const Labels &labels) const
    {
        return !steps.isEmpty() && matchesAll(matchers, labels);
    }

    // The guide's PagerDuty policy for critical alerts: 5 -> 15 -> 30 minutes. Step 1 pages the
    // on-call engineer again with an SMS fallback, step 2 the secondary on-call, step 3 adds
    // e-mail to management (the guide: management receives high and critical alerts).
    static EscalationPolicy guideDefault();

    // The map under a workspace's `escalation:` key:
    //   matchers: ['severity="critical"']      # which alerts escalate (default: critical)
    //   steps:
    //     - after: 5m
    //       channels: [pagerduty, sms]
    //       target: on-call engineer
    // Steps are numbered in the order of their delays; errors say file:line:column.
    static Result<EscalationPolicy> parse(const YAML::Node &node, const QString &file = {});
    // The same from a whole workspace text (its `escalation:` key; the guide's policy without).
    static Result<EscalationPolicy> parseYaml(const QByteArray &text, const QString &file = {});
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::EscalationStep)
Q_DECLARE_METATYPE(Wk::EscalationRecord)
