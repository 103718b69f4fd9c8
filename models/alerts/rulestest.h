#pragma once

#include <QStringList>
#include <QTextStream>

namespace Wk {

// `watchkeeper rules test FILE...`: runs rule unit test files in the format of `promtool test
// rules` and reports as promtool does: "Unit Testing:  FILE" then "  SUCCESS" on out, or
// "  FAILED:" and the differences on err. Rules are evaluated on a simulated clock over a fresh
// series store and the local PromQL engine. Returns 0 when every file passes, 1 otherwise.
int runRulesTest(const QStringList &files, QTextStream &out, QTextStream &err);

} // namespace Wk
