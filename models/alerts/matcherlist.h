#pragma once

#include "models/core/result.h"
#include "models/metrics/labelmatcher.h"

namespace Wk {

// Parses a list of matchers as Alertmanager and amtool accept them: `{a="b", c=~"d|e"}` or the
// same without braces; values may be quoted (commas inside quotes belong to the value). Each
// matcher must be valid; an error names the offending matcher.
Result<LabelMatchers> parseMatcherList(const QString &text);

// {a="b", c=~"d"}
QString matcherListToString(const LabelMatchers &matchers);

} // namespace Wk
