#pragma once

#include "models/core/result.h"
#include "models/metrics/labelmatcher.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Wk {

// An inhibition rule in Alertmanager's model: while an alert matching sourceMatchers fires, the
// alerts matching targetMatchers that have the same values for the `equal` labels (a label
// missing on both counts as equal) are inhibited. An alert matching both sides never inhibits
// one that also matches both sides, so it cannot mute itself.
struct InhibitRule
{
    LabelMatchers sourceMatchers;
    LabelMatchers targetMatchers;
    QStringList equal;

    bool isSource(const Labels &labels) const { return matchesAll(sourceMatchers, labels); }
    bool isTarget(const Labels &labels) const { return matchesAll(targetMatchers, labels); }
    bool equalLabels(const Labels &source, const Labels &target) const;
    // Whether `source` (firing) inhibits `target` under this rule.
    bool inhibits(const Labels &source, const Labels &target) const;

    // Watchkeeper's default: SystemDown and DatabaseUnavailable inhibit the performance and
    // error-rate alerts of the same instance (they are consequences, not causes).
    static QList<InhibitRule> defaults();

    // The list under an `inhibit_rules:` key, in Alertmanager's configuration format:
    // source_matchers / target_matchers (lists of matcher strings), the older source_match /
    // source_match_re / target_match / target_match_re maps, and equal. Errors say file:line.
    static Result<QList<InhibitRule>> parse(const YAML::Node &list, const QString &file = {});
    // A YAML text that is either that list or a map holding an `inhibit_rules:` key.
    static Result<QList<InhibitRule>> parseYaml(const QByteArray &text, const QString &file = {});
};

} // namespace Wk
