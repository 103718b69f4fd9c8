#include "escalationpolicy.h"

namespace Wk {

EscalationPolicy EscalationPolicy::guideDefault()
{
    constexpr qint64 Minute = 60'000;
    EscalationPolicy p;
    p.matchers << LabelMatcher(QStringLiteral("severity"), LabelMatcher::Op::Equal,
                               QStringLiteral("critical"));
    p.steps << EscalationStep{1,
                              5 * Minute,
                              {QStringLiteral("pagerduty"), QStringLiteral("sms")},
                              QStringLiteral("on-call engineer")};
    p.steps << EscalationStep{
        2,
        15 * Minute,
        {QStringLiteral("pagerduty"), QStringLiteral("sms"), QStringLiteral("slack")},
        QStringLiteral("secondary on-call")};
    p.steps << EscalationStep{3,
                              30 * Minute,
                              {QStringLiteral("pagerduty"), QStringLiteral("sms"),
                               QStringLiteral("slack"), QStringLiteral("email")},
                              QStringLiteral("engineering management")};
    return p;
}

} // namespace Wk
